/**
 * Fills a DATA_DIR with a year of fictitious counters for the demo ML, to try the director's page:
 *   npx tsx scripts/demo-stats.ts [DATA_DIR] [--jusqu-au=YYYY-MM-DD] [--ml=roubaix]
 * then `DATA_DIR=… npm start` and open /admin/roubaix/stats (demo token in demo/missions-locales.json).
 * It overwrites that ML's counters: never point it at a real server's DATA_DIR.
 */

import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { dayIn } from "../contract/schema/age";
import { writeFileDurably } from "../server/delivery/durable-file";
import { serializeCounters } from "../server/stats/counters-file";
import { STATS_FOLDER } from "../server/stats/store";
import { demoCounters } from "./demo-stats-lib";

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const dataDir = resolve(args.find((arg) => !arg.startsWith("--")) ?? process.env.DATA_DIR ?? "var/data");
const until = option("jusqu-au") ?? dayIn(new Date(), "Europe/Paris");
const ml = option("ml") ?? "roubaix";
if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || !/^[a-z0-9-]{2,40}$/.test(ml)) {
  process.stderr.write("usage : npx tsx scripts/demo-stats.ts [DATA_DIR] [--jusqu-au=AAAA-MM-JJ] [--ml=roubaix]\n");
  process.exit(1);
}

const counters = demoCounters({ until });
const folder = join(dataDir, STATS_FOLDER);
await mkdir(folder, { recursive: true, mode: 0o700 });
await writeFileDurably(join(folder, `${ml}.json`), Buffer.from(serializeCounters(counters)));
const total = Object.values(counters.jours).reduce((a, b) => a + b, 0);
process.stdout.write(`${total} pré-inscriptions fictives écrites dans ${join(folder, `${ml}.json`)}\n`);
