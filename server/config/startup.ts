/**
 * What the server checks before it starts, shared by server/main.ts and the operator's check
 * (`npm run doctor`): the environment, the ML configuration, and what production refuses.
 */
import { realpathSync } from "node:fs";
import { DEMO_CONFIG, readSettings, type ServerSettings, SettingsError } from "./env";
import { loadMlConfig } from "./load-ml-config";
import type { MissionLocale } from "./ml-config";

/** The statistics token of the shipped demo configuration: public, so never in production. */
export const DEMO_STATS_TOKEN = "DEMO-jeton-public-de-demonstration-a-remplacer";
const STATS_TOKEN_MIN_LENGTH = 32;

export interface Startup {
  settings: ServerSettings;
  missionsLocales: MissionLocale[];
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Production's refusals about the ML configuration; throws a one-line SettingsError. */
export function checkProductionConfig(settings: ServerSettings, missionsLocales: readonly MissionLocale[]): void {
  if (!settings.production) return;
  if (samePath(settings.mlConfigPath, DEMO_CONFIG)) {
    throw new SettingsError(
      "ML_CONFIG : la configuration de démonstration (demo/missions-locales.json) est refusée en production (NODE_ENV=production)",
    );
  }
  for (const ml of missionsLocales) {
    const token = ml.statistiques?.jeton;
    if (token === undefined) continue;
    if (token === DEMO_STATS_TOKEN) {
      throw new SettingsError(
        `ML_CONFIG : ${ml.id} garde le jeton de statistiques de la démonstration, refusé en production : générez-en un (openssl rand -base64 32)`,
      );
    }
    if (token.length < STATS_TOKEN_MIN_LENGTH) {
      throw new SettingsError(
        `ML_CONFIG : le jeton de statistiques de ${ml.id} a moins de ${STATS_TOKEN_MIN_LENGTH} caractères (openssl rand -base64 32)`,
      );
    }
  }
}

/** Throws SettingsError or MlConfigError with the message to print. */
export function validateStartup(env: NodeJS.ProcessEnv = process.env): Startup {
  const settings = readSettings(env);
  const missionsLocales = loadMlConfig(settings.mlConfigPath);
  checkProductionConfig(settings, missionsLocales);
  return { settings, missionsLocales };
}
