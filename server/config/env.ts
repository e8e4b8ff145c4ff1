/**
 * Server settings from the environment (README.md, "Configuration"), validated at start.
 */
import { availableParallelism } from "node:os";
import { parseTrustedProxies, type TrustedProxies, TrustProxyError } from "../middleware/client-address";
import { projectPath } from "../paths";

export type TransportKind = "resend" | "smtp" | "outbox";

export interface ServerSettings {
  port: number;
  host: string;
  production: boolean;
  mlConfigPath: string;
  transport: TransportKind;
  resendApiKey?: string;
  resendBaseUrl?: string;
  smtpUrl?: string;
  outboxDir: string;
  spoolDir: string;
  dataDir: string;
  /** 32 bytes, or undefined in development (a key is generated). */
  spoolKey?: Buffer;
  /** The State's directory (API Annuaire de l'administration); tests point it at a fake. */
  annuaireUrl?: string;
  /** The operator's address for delivery alerts, beside each ML's own `alertes`. */
  alertEmail?: string;
  /** Registrations accepted per client IP per hour; 0 turns every per-IP limiter off. */
  rateLimit: number;
  /** Worker threads rendering PDFs; 0 renders on the request thread. */
  renderThreads: number;
  /** TRUST_PROXY: reverse proxies whose forwarded headers are believed (none by default). */
  trustedProxies: TrustedProxies;
  /** Non-fatal remarks for the start log (e.g. the outbox warning). */
  warnings: string[];
}

export class SettingsError extends Error {}

/**
 * RENDER_THREADS by default: one core left to the request thread; more than 4 never paid off.
 * On 2 cores, one render thread served 215 registrations/s against 172 on the request thread
 * (npm run bench, same run), both within target, for ~20 MB more RSS: kept.
 */
export function defaultRenderThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export const DEMO_CONFIG = projectPath("demo", "missions-locales.json");

/** A whole number from the environment, within bounds; a clear one-line error otherwise. */
export function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SettingsError(`${name} : entier attendu entre ${min} et ${max}, reçu « ${raw} »`);
  }
  return value;
}

function chooseTransport(env: NodeJS.ProcessEnv): TransportKind {
  const explicit = env.MAIL_TRANSPORT;
  if (explicit) {
    if (explicit !== "resend" && explicit !== "smtp" && explicit !== "outbox") {
      throw new SettingsError(`MAIL_TRANSPORT : « resend », « smtp » ou « outbox » attendu, reçu « ${explicit} »`);
    }
    return explicit;
  }
  if (env.RESEND_API_KEY) return "resend";
  if (env.SMTP_URL) return "smtp";
  return "outbox";
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const production = env.NODE_ENV === "production";
  const transport = chooseTransport(env);
  const warnings: string[] = [];
  if (transport === "outbox") {
    if (production) throw new SettingsError("MAIL_TRANSPORT=outbox est refusé en production (NODE_ENV=production)");
    warnings.push(
      "MAIL_TRANSPORT=outbox : les e-mails ne partent pas, ils sont écrits dans OUTBOX_DIR (développement uniquement)",
    );
  }
  if (transport === "resend" && !env.RESEND_API_KEY)
    throw new SettingsError("RESEND_API_KEY manque pour MAIL_TRANSPORT=resend");
  if (transport === "smtp" && !env.SMTP_URL) throw new SettingsError("SMTP_URL manque pour MAIL_TRANSPORT=smtp");

  let spoolKey: Buffer | undefined;
  if (env.SPOOL_KEY) {
    spoolKey = Buffer.from(env.SPOOL_KEY, "base64");
    if (spoolKey.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(env.SPOOL_KEY)) {
      throw new SettingsError("SPOOL_KEY : 32 octets aléatoires en base64 attendus (openssl rand -base64 32)");
    }
    // 32 random bytes hold ~30 distinct values; fewer than 16 means a typed or patterned key.
    if (new Set(spoolKey).size < 16) {
      throw new SettingsError("SPOOL_KEY trop faible (octets répétés) : générez-la avec « openssl rand -base64 32 »");
    }
  } else if (transport !== "outbox") {
    throw new SettingsError("SPOOL_KEY manque : générez-la avec « openssl rand -base64 32 » et gardez-la secrète");
  }

  let trustedProxies: TrustedProxies;
  try {
    trustedProxies = parseTrustedProxies(env.TRUST_PROXY);
  } catch (error) {
    if (error instanceof TrustProxyError) throw new SettingsError(error.message);
    throw error;
  }

  return {
    trustedProxies,
    port: integer(env, "PORT", 8787, 0, 65535),
    host: env.HOST || "127.0.0.1",
    production,
    mlConfigPath: env.ML_CONFIG || DEMO_CONFIG,
    transport,
    resendApiKey: env.RESEND_API_KEY,
    resendBaseUrl: env.RESEND_BASE_URL,
    smtpUrl: env.SMTP_URL,
    outboxDir: env.OUTBOX_DIR || "var/outbox",
    spoolDir: env.SPOOL_DIR || "var/spool",
    dataDir: env.DATA_DIR || "var/data",
    spoolKey,
    alertEmail: env.ALERT_EMAIL || undefined,
    annuaireUrl: env.ANNUAIRE_URL || undefined,
    rateLimit: integer(env, "RATE_LIMIT", 60, 0, 1_000_000),
    renderThreads: integer(env, "RENDER_THREADS", defaultRenderThreads(), 0, 64),
    warnings,
  };
}
