import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import { type MissionLocale, mlConfigFileSchema } from "./ml-config";

// Messages of rules without an explicit one (types, unknown keys) in French for the admins.
z.config(z.locales.fr());

export class MlConfigError extends Error {}

/** Parses and validates the ML config; the error names each faulty key and its problem. */
export function parseMlConfig(text: string, source = "ML_CONFIG"): MissionLocale[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MlConfigError(`${source} : JSON invalide (${(error as Error).message})`);
  }
  const result = mlConfigFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map(String).join(".") || "(racine)";
      return `${path} : ${issue.message}`;
    });
    const heading = `${source} : configuration des Missions Locales invalide`;
    // One problem on one line (what the journal shows best); several, one line each.
    if (problems.length === 1) throw new MlConfigError(`${heading} : ${problems[0]}`);
    throw new MlConfigError(`${heading}\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
  return result.data.missionsLocales;
}

export function loadMlConfig(path: string): MissionLocale[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new MlConfigError(`ML_CONFIG : lecture impossible de ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
  return parseMlConfig(text, path);
}
