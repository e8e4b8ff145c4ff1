/**
 * A production-like ML configuration: the demo's Missions Locales with their own statistics
 * token, written to a temporary file (ML_CONFIG), and a clean production environment.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_CONFIG_PATH } from "./demo-config";

type RawMl = Record<string, unknown> & { id: string; statistiques?: { jeton: string; parcours?: boolean } };

/** Writes the config to a fresh folder; `change` may edit each ML (e.g. its token). */
export async function writeProductionConfig(
  change: (ml: RawMl) => void = () => {},
): Promise<{ dir: string; path: string }> {
  const config = JSON.parse(readFileSync(DEMO_CONFIG_PATH, "utf8")) as { missionsLocales: RawMl[] };
  for (const ml of config.missionsLocales) {
    if (ml.statistiques) ml.statistiques.jeton = randomBytes(32).toString("base64");
    change(ml);
  }
  const dir = await mkdtemp(join(tmpdir(), "ml-prod-"));
  const path = join(dir, "missions-locales.json");
  await writeFile(path, JSON.stringify(config, null, 2));
  return { dir, path };
}

/** The environment of a server in production, without the parent's variables that matter here. */
export function productionEnv(dir: string, configPath: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    ML_CONFIG: configPath,
    SPOOL_KEY: randomBytes(32).toString("base64"),
    SPOOL_DIR: join(dir, "spool"),
    DATA_DIR: join(dir, "data"),
    ...extra,
  };
}
