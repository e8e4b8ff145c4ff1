/**
 * The operator's checks (`npm run doctor`): each one says ✓ or ✗ in a line, never a secret.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, statfs, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { ServerSettings } from "../config/env";
import type { MissionLocale } from "../config/ml-config";

export interface Check {
  ok: boolean;
  label: string;
  /** Further lines under it (details, never a secret). */
  details?: string[];
}

/** Below this, a spool of waiting messages (about 40 KB each) could fill the disk. */
export const MIN_FREE_BYTES = 100 * 1024 * 1024;

function size(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} Go`;
  return `${Math.round(bytes / 1024 ** 2)} Mo`;
}

/** The folder exists or can be made, a file can be written and synced there, and room is left. */
export async function checkFolder(name: string, folder: string): Promise<Check> {
  const probe = join(folder, `.verification-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(probe, "wx", 0o600);
    try {
      await handle.writeFile("verification\n");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await unlink(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "erreur";
    return { ok: false, label: `${name} ${folder} : pas accessible en écriture (${code})` };
  }
  const stats = await statfs(folder);
  const free = stats.bavail * stats.bsize;
  if (free < MIN_FREE_BYTES) {
    return {
      ok: false,
      label: `${name} ${folder} : seulement ${size(free)} libres (${size(MIN_FREE_BYTES)} au moins)`,
    };
  }
  return { ok: true, label: `${name} ${folder} : accessible en écriture, ${size(free)} libres` };
}

/** Where mail goes, without the credentials: SMTP's host and port, never its user or password. */
export function transportLabel(settings: ServerSettings): string {
  if (settings.transport === "smtp") {
    try {
      const url = new URL(settings.smtpUrl ?? "");
      return `SMTP ${url.hostname}:${url.port || (url.protocol === "smtps:" ? "465" : "587")}`;
    } catch {
      return "SMTP (adresse SMTP_URL illisible)";
    }
  }
  if (settings.transport === "resend") return settings.resendBaseUrl ? `Resend (${settings.resendBaseUrl})` : "Resend";
  return `outbox (développement : les e-mails restent dans ${settings.outboxDir})`;
}

/** Removes any secret of the settings from a message that a library wrote. */
export function withoutSecrets(text: string, settings: ServerSettings): string {
  const secrets = [settings.resendApiKey, settings.spoolKey?.toString("base64")];
  try {
    const url = new URL(settings.smtpUrl ?? "");
    secrets.push(settings.smtpUrl, decodeURIComponent(url.password), url.password);
  } catch {
    secrets.push(settings.smtpUrl);
  }
  try {
    const url = new URL(settings.databaseUrl ?? "");
    secrets.push(decodeURIComponent(url.password), url.password);
  } catch {
    secrets.push(settings.databaseUrl);
  }
  let clean = text;
  for (const secret of secrets) if (secret) clean = clean.split(secret).join("***");
  return clean.replace(/\s+/g, " ").trim().slice(0, 200);
}

interface SmtpFailure extends Error {
  code?: string;
  responseCode?: number;
}

async function checkSmtp(settings: ServerSettings): Promise<Check> {
  const { default: nodemailer } = await import("nodemailer");
  const transporter = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 15_000,
  });
  const label = transportLabel(settings);
  try {
    await transporter.verify();
    return { ok: true, label: `${label} : connexion acceptée (et authentification, si SMTP_URL en donne une)` };
  } catch (error) {
    const failure = error as SmtpFailure;
    const why = failure.responseCode ? `réponse ${failure.responseCode}` : (failure.code ?? "erreur");
    return { ok: false, label: `${label} : ${why} — ${withoutSecrets(failure.message, settings)}` };
  } finally {
    transporter.close();
  }
}

/** The domain of a sender like `Nom <adresse@domaine>`. */
export function senderDomain(expediteur: string): string {
  const address = /<([^>]+)>/.exec(expediteur)?.[1] ?? expediteur;
  return (address.split("@").pop() ?? "").trim().toLowerCase();
}

/**
 * Resend: listing the account's domains is authenticated and changes nothing. A key restricted to
 * sending (the safer kind) may not list them: Resend then answers `restricted_api_key`, which
 * still proves the key is known.
 */
async function checkResend(settings: ServerSettings, missionsLocales: readonly MissionLocale[]): Promise<Check> {
  const { Resend } = await import("resend");
  const client = new Resend(
    settings.resendApiKey,
    settings.resendBaseUrl ? { baseUrl: settings.resendBaseUrl } : undefined,
  );
  const label = transportLabel(settings);
  const { data, error } = await client.domains.list({}, { signal: AbortSignal.timeout(15_000) });
  if (error) {
    if (error.name === "restricted_api_key") {
      return { ok: true, label: `${label} : clé acceptée (restreinte à l'envoi : domaines non vérifiables ici)` };
    }
    const status = error.statusCode ?? "injoignable";
    return { ok: false, label: `${label} : ${status} ${error.name} — ${withoutSecrets(error.message, settings)}` };
  }
  const verified = new Set(
    (data?.data ?? []).filter((domain) => domain.status === "verified").map((domain) => domain.name.toLowerCase()),
  );
  const unverified = [...new Set(missionsLocales.map((ml) => senderDomain(ml.expediteur)))].filter(
    (domain) => !verified.has(domain),
  );
  if (unverified.length > 0) {
    return {
      ok: false,
      label: `${label} : clé acceptée, mais domaine d'expédition non vérifié chez Resend : ${unverified.join(", ")}`,
    };
  }
  return { ok: true, label: `${label} : clé acceptée, domaines d'expédition vérifiés (${[...verified].join(", ")})` };
}

export async function checkTransport(
  settings: ServerSettings,
  missionsLocales: readonly MissionLocale[],
): Promise<Check> {
  if (settings.transport === "smtp") return checkSmtp(settings);
  if (settings.transport === "resend") return checkResend(settings, missionsLocales);
  return { ok: true, label: transportLabel(settings) };
}
