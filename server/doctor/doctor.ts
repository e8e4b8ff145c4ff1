/**
 * `npm run doctor` (node dist/server/main.js --check): what the server would refuse at start, with
 * the same code, then what it can only learn by trying — folders or the database, the mail provider — and, with
 * `--test-email <ml>`, one labelled test message to that ML's mailbox. Prints a checklist;
 * returns 1 when any line is ✗. Never prints a secret.
 */
import { randomBytes } from "node:crypto";
import { SettingsError } from "../config/env";
import { MlConfigError } from "../config/load-ml-config";
import { type Startup, validateStartup } from "../config/startup";
import { transportFromSettings } from "../mail/choose-transport";
import { type Check, checkFolder, checkTransport, withoutSecrets } from "./checks";
import { checkDatabase } from "./database";

export interface DoctorOptions {
  /** The ML to send a test email to. */
  testEmail?: string;
}

export function parseDoctorArguments(argv: readonly string[]): DoctorOptions | string {
  const index = argv.indexOf("--test-email");
  if (index === -1) return {};
  const ml = argv[index + 1];
  if (!ml || ml.startsWith("--"))
    return "--test-email : indiquez l'identifiant d'une Mission Locale (ex. --test-email roubaix)";
  return { testEmail: ml };
}

function environmentCheck(startup: Startup): Check {
  const { settings } = startup;
  const facts = [
    settings.production ? "NODE_ENV=production" : "développement (NODE_ENV n'est pas production)",
    `transport ${settings.transport}`,
    settings.spoolKey ? "SPOOL_KEY présente" : "SPOOL_KEY générée pour le développement",
    settings.databaseUrl ? "stockage PostgreSQL (DATABASE_URL)" : "stockage dans SPOOL_DIR et DATA_DIR",
    settings.trustedProxies.ranges.length > 0
      ? `TRUST_PROXY ${settings.trustedProxies.source}`
      : "TRUST_PROXY non défini (derrière un proxy, tous les jeunes partageraient une limite)",
    `écoute ${settings.host}:${settings.port}`,
  ];
  return { ok: true, label: `Environnement : ${facts.join(", ")}` };
}

async function sendTestEmail(startup: Startup, mlId: string): Promise<Check> {
  const ml = startup.missionsLocales.find((candidate) => candidate.id === mlId);
  if (!ml) return { ok: false, label: `E-mail d'essai : Mission Locale « ${mlId} » absente de ML_CONFIG` };
  const transport = await transportFromSettings(startup.settings);
  const reference = `ESSAI-${randomBytes(4).toString("hex").toUpperCase()}`;
  try {
    const outcome = await transport.send({
      reference,
      mlId: ml.id,
      // Carried like an alert: operator-facing, no attachment, no personal data.
      kind: "alert",
      from: ml.expediteur,
      to: [ml.boiteReception],
      subject: `[ESSAI] Pré-inscriptions en ligne : message d'essai (${reference})`,
      text: [
        "Ceci est un message d'essai envoyé par la commande de vérification du serveur de pré-inscription",
        `(npm run doctor -- --test-email ${ml.id}).`,
        "",
        `S'il est arrivé dans cette boîte (${ml.boiteReception}), les pré-inscriptions de ${ml.nom} y arriveront aussi.`,
        "Il ne contient aucune donnée personnelle. Vous pouvez le supprimer.",
      ].join("\n"),
      attachments: [],
    });
    if (outcome.ok) return { ok: true, label: `E-mail d'essai ${reference} envoyé à ${ml.boiteReception} (${ml.id})` };
    return {
      ok: false,
      label: `E-mail d'essai à ${ml.boiteReception} refusé (${withoutSecrets(outcome.kind, startup.settings)})`,
    };
  } finally {
    await transport.close?.();
  }
}

export async function runDoctor(
  argv: readonly string[],
  write: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const mark = (check: Check) => {
    write(`${check.ok ? "✓" : "✗"} ${check.label}`);
    for (const detail of check.details ?? []) write(`    ${detail}`);
    return check.ok;
  };
  write("ml-preinscription — vérification");
  const options = parseDoctorArguments(argv);
  if (typeof options === "string") {
    mark({ ok: false, label: options });
    return 1;
  }
  let startup: Startup;
  try {
    startup = validateStartup(env);
  } catch (error) {
    if (!(error instanceof SettingsError || error instanceof MlConfigError)) throw error;
    const [first = "", ...rest] = error.message.split("\n");
    mark({ ok: false, label: first, details: rest.map((line) => line.trim()) });
    write("✗ Le serveur refuserait de démarrer : corrigez ce point, puis relancez la vérification.");
    return 1;
  }
  const { settings, missionsLocales } = startup;
  const results = [
    mark(environmentCheck(startup)),
    mark({
      ok: true,
      label: `ML_CONFIG ${settings.mlConfigPath} : ${missionsLocales.length} Mission(s) Locale(s) valide(s)`,
      details: missionsLocales.map(
        (ml) =>
          `${ml.id} → ${ml.boiteReception} ; origines autorisées : ${ml.originesAutorisees.join(", ") || "aucune (seulement les pages de ce serveur)"}`,
      ),
    }),
    // With DATABASE_URL everything kept is in the database: the folders are not used.
    ...(settings.databaseUrl !== undefined
      ? [mark(await checkDatabase(settings.databaseUrl))]
      : [
          mark(await checkFolder("SPOOL_DIR", settings.spoolDir)),
          mark(await checkFolder("DATA_DIR", settings.dataDir)),
        ]),
    mark(await checkTransport(settings, missionsLocales)),
  ];
  if (options.testEmail !== undefined) results.push(mark(await sendTestEmail(startup, options.testEmail)));
  const failures = results.filter((ok) => !ok).length;
  write(failures === 0 ? "Tout est prêt." : `${failures} point(s) à corriger.`);
  return failures === 0 ? 0 : 1;
}
