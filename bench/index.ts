/**
 * `npm run bench`: every performance figure (README.md, "Performance"), each beside a reference measured in the
 * same run (the machine is shared and noisy: only same-run ratios and medians mean something).
 * Prints a Markdown table and writes bench/results.json.
 *
 * Flags: --quick (fewer runs, for trying things), --no-lighthouse, --profile (CPU profile of the
 * server during the load, summarised at the end).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultRenderThreads } from "../server/config/env";
import { communesFigures, loadCommunes, measureIndex, samplePostalCodes } from "./communes";
import { lighthouse, lighthouseFigures } from "./lighthouse";
import { loadFigures, loadRegistrations } from "./load";
import { idleRss, measureStarts, memoryStartFigures } from "./memory-start";
import { measurePdf } from "./pdf";
import { writePlainForm } from "./plain-form";
import { measurePostgresLoad } from "./postgres-load";
import { formatSummary, readProfile, summarize } from "./profile-summary";
import { type Figure, machine, machineLine, table } from "./report";
import { startBenchServer, startFlags } from "./server";

import { measureTimeToUsable, servePlainForm } from "./time-to-usable";
import { measureWeight } from "./weight";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const RUNS = {
  starts: quick ? 1 : 3,
  timeToUsable: quick ? 4 : 12,
  pdf: { ours: quick ? 100 : 300, naive: quick ? 10 : 40, chromium: quick ? 8 : 30 },
  load: { durationS: quick ? 5 : 10, warmupS: quick ? 2 : 3, connections: [10, 50] },
  communesS: quick ? 5 : 10,
};
const RESULTS = fileURLToPath(new URL("results.json", import.meta.url));

const figures: Figure[] = [];
const raw: Record<string, unknown> = {};
const failures: string[] = [];

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** A section that fails is reported and the others still run. */
async function section<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const start = performance.now();
  log(`${name}…`);
  try {
    const value = await work();
    log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    failures.push(`${name}: ${message}`);
    log(`${name} FAILED: ${message}`);
    return undefined;
  }
}

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return "unknown";
  }
}

const host = machine();
log(machineLine(host));
const plainForm = await writePlainForm();

await section("widget weight", async () => {
  const { result, figures: f } = await measureWeight(plainForm);
  raw.weight = result;
  figures.push(...f);
});

// In this process, before any server or browser of ours runs beside it.
const pdf = await section("PDF rendering", async () => {
  const { result, figures: f } = await measurePdf(RUNS.pdf);
  raw.pdf = result;
  figures.push(...f);
  return result;
});

const startsMs = (await section("server starts", () => measureStarts(RUNS.starts))) ?? [];
const profileDir = args.has("--profile") ? await mkdtemp(join(tmpdir(), "ml-bench-profile-")) : undefined;
const server = await startBenchServer({
  nodeFlags: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
});
startsMs.push(server.startMs);
const memory = { idleRssMb: await idleRss(server), loadedRssMb: Number.NaN };
const timing: Figure[] = [];

try {
  await section("time to a usable form", async () => {
    const { result, figures: f } = await measureTimeToUsable(`${server.url}/`, plainForm, RUNS.timeToUsable);
    raw.timeToUsable = result;
    timing.push(...f);
  });
  if (!args.has("--no-lighthouse")) {
    await section("Lighthouse", async () => {
      const widget = await lighthouse(`${server.url}/`);
      const plainServer = await servePlainForm(plainForm);
      try {
        const plain = await lighthouse(plainServer.url);
        raw.lighthouse = { widget, plain };
        timing.push(...lighthouseFigures(widget, plain));
      } finally {
        plainServer.server.close();
      }
    });
  }
  figures.push(...timing);

  await section("accepting registrations", async () => {
    const load = await loadRegistrations(server, RUNS.load);
    raw.load = load;
    const threads = defaultRenderThreads();
    const setup = `${threads} render thread${threads > 1 ? "s" : ""}, the default here`;
    figures.push(...loadFigures(load, pdf?.rendersPerSecond ?? Number.NaN, host.cores, setup));
  });

  const codes = samplePostalCodes();
  const communesLoad = await section("communes under load", () => loadCommunes(server, codes, RUNS.communesS));
  memory.loadedRssMb = await server.rssMb();
  const index = measureIndex(codes);
  figures.push(
    ...memoryStartFigures({
      startsMs,
      ...memory,
      command: `node ${[...startFlags(), "dist/server/main.js"].join(" ")}, as npm start`,
    }),
  );
  if (communesLoad) {
    const communes = { load: communesLoad, ...index };
    raw.communes = communes;
    figures.push(...communesFigures(communes, typeof globalThis.gc === "function"));
  }
} finally {
  await server.stop();
}
raw.memoryStart = { startsMs, ...memory };

// The same load with PDFs drawn on the request thread: what the render threads buy, same run.
await section("accepting registrations, RENDER_THREADS=0", async () => {
  const inline = await startBenchServer({ env: { RENDER_THREADS: "0" } });
  try {
    const idle = await idleRss(inline);
    const load = await loadRegistrations(inline, { ...RUNS.load, connections: [10] });
    raw.loadRequestThread = { ...load, idleRssMb: idle, loadedRssMb: await inline.rssMb() };
    const setup = `RENDER_THREADS=0: on the request thread; RSS ${Math.round(idle)} MB idle`;
    figures.push(...loadFigures(load, pdf?.rendersPerSecond ?? Number.NaN, host.cores, setup));
  } finally {
    await inline.stop();
  }
});

// The same load with everything kept in PostgreSQL (DATABASE_URL), beside the file adapter above.
await section("accepting registrations, PostgreSQL", async () => {
  const measured = await measurePostgresLoad(RUNS.load, pdf?.rendersPerSecond ?? Number.NaN);
  raw.loadPostgres = measured.load;
  figures.push(...measured.figures);
});

let profile: string | undefined;
if (profileDir) {
  const files = (await readdir(profileDir)).filter((file) => file.endsWith(".cpuprofile"));
  // tsx's loader thread writes a profile too, idle nearly all the time: keep the busiest one.
  const summaries = files.map((file) => summarize(readProfile(join(profileDir, file)), 20));
  const busy = (s: (typeof summaries)[number]) => s.totalMs - (s.groups.find(([name]) => name === "(idle)")?.[1] ?? 0);
  const main = summaries.sort((a, b) => busy(b) - busy(a))[0];
  if (main) {
    profile = formatSummary(main);
    log(`CPU profiles in ${profileDir}`);
  }
}

const output = [
  `Machine: ${machineLine(host)}. Commit ${gitCommit()}.`,
  "",
  // In the order, whatever order the sections ran in.
  table([...figures].sort((a, b) => a.section.localeCompare(b.section))),
  ...(failures.length ? ["", "Sections that failed:", ...failures.map((f) => `- ${f}`)] : []),
  ...(profile ? ["", "Server CPU profile over the whole run (start, page visits, load):", profile] : []),
].join("\n");
process.stdout.write(`${output}\n`);
await writeFile(
  RESULTS,
  `${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), machine: host, runs: RUNS, figures, failures, raw }, null, 2)}\n`,
);
log(`results written to ${RESULTS}`);
process.exit(failures.length ? 1 : 0);
