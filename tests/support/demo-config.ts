import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseMlConfig } from "../../server/config/load-ml-config";
import type { MissionLocale } from "../../server/config/ml-config";

export const DEMO_CONFIG_PATH = fileURLToPath(new URL("../../demo/missions-locales.json", import.meta.url));

/** The demo config's Missions Locales, validated as the server does. */
export function demoMissionsLocales(): MissionLocale[] {
  return parseMlConfig(readFileSync(DEMO_CONFIG_PATH, "utf8"));
}

export function demoRoubaix(overrides: Partial<MissionLocale> = {}): MissionLocale {
  const ml = demoMissionsLocales().find((candidate) => candidate.id === "roubaix");
  if (!ml) throw new Error("roubaix absent de la config de démo");
  return { ...ml, ...overrides };
}
