/**
 * `npm run doctor`'s checklist, in-process with the same entry code: against the SMTP test server
 * and the Resend fake, good and bad credentials, an unwritable folder, a bad configuration.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDoctor } from "../../server/doctor/doctor";
import { startPostgres } from "../support/postgres";
import { productionEnv, writeProductionConfig } from "../support/production-config";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type SmtpFake, startSmtpFake } from "../support/smtp-fake";

const SMTP_PASSWORD = "mot-de-passe-tres-secret-7f3a";
const DOMAINS = ["ml-roubaix.example.org", "ml-tourcoing-demo.example.org"];

let smtp: SmtpFake;
let resend: ResendFake;

beforeAll(async () => {
  smtp = await startSmtpFake(0, { auth: { user: "ml-roubaix", pass: SMTP_PASSWORD } });
  resend = await startResendFake("re_test_fictif", {
    domains: DOMAINS,
    sendingOnlyKey: "re_envoi_seulement",
  });
});

afterAll(async () => {
  await smtp?.close();
  await resend?.close();
});

async function doctor(
  extra: Record<string, string>,
  argv: string[] = [],
  change?: Parameters<typeof writeProductionConfig>[0],
) {
  const { dir, path } = await writeProductionConfig(change);
  const env = productionEnv(dir, path, extra);
  const lines: string[] = [];
  const code = await runDoctor(argv, (line) => lines.push(line), env);
  return { code, output: lines.join("\n"), env, dir };
}

const smtpUrl = (pass: string) => `smtp://ml-roubaix:${pass}@127.0.0.1:${smtp.port}`;

describe("npm run doctor with SMTP", () => {
  it("checks everything, sends a labelled test email to the ML's mailbox, and prints no secret", async () => {
    const before = smtp.messages.length;
    const { code, output, env } = await doctor({ SMTP_URL: smtpUrl(SMTP_PASSWORD) }, [
      "--check",
      "--test-email",
      "roubaix",
    ]);
    expect(output).toContain("✓ Environnement : NODE_ENV=production, transport smtp");
    expect(output).toMatch(/✓ ML_CONFIG .* : 2 Mission\(s\) Locale\(s\) valide\(s\)/);
    expect(output).toContain(
      "roubaix → preinscriptions@ml-roubaix.example.org ; origines autorisées : http://localhost:8787",
    );
    expect(output).toMatch(/✓ SPOOL_DIR .* accessible en écriture, [\d.]+ [GM]o libres/);
    expect(output).toMatch(/✓ DATA_DIR /);
    expect(output).toContain(`✓ SMTP 127.0.0.1:${smtp.port} : connexion acceptée`);
    expect(output).toMatch(/✓ E-mail d'essai ESSAI-[0-9A-F]{8} envoyé à preinscriptions@ml-roubaix.example.org/);
    expect(output).toContain("Tout est prêt.");
    expect(output).not.toContain("✗");
    expect(code).toBe(0);
    const [message] = (await smtp.waitForMessages(before + 1)).slice(before);
    expect(message?.subject).toMatch(/^\[ESSAI\] /);
    expect(message?.to && "text" in message.to ? message.to.text : "").toBe("preinscriptions@ml-roubaix.example.org");
    expect(message?.text).toContain("message d'essai");
    for (const secret of [SMTP_PASSWORD, env.SPOOL_KEY ?? "?"]) expect(output).not.toContain(secret);
  });

  it("says ✗ for refused credentials, exits 1, and still prints no password", async () => {
    const { code, output } = await doctor({ SMTP_URL: smtpUrl("pas-le-bon-mot-de-passe-91b2") });
    expect(output).toMatch(new RegExp(`✗ SMTP 127.0.0.1:${smtp.port} : réponse 535`));
    expect(output).toContain("1 point(s) à corriger.");
    expect(output).not.toContain("pas-le-bon-mot-de-passe-91b2");
    expect(code).toBe(1);
  });

  it("says ✗ when nothing answers at the SMTP address", async () => {
    const { code, output } = await doctor({ SMTP_URL: "smtp://127.0.0.1:9" });
    expect(output).toMatch(/✗ SMTP 127.0.0.1:9 : ECONNECTION|✗ SMTP 127.0.0.1:9 : ESOCKET/);
    expect(code).toBe(1);
  });
});

describe("npm run doctor with Resend", () => {
  it("lists the domains with the key and finds the senders' domains verified; sends the test email", async () => {
    const before = resend.emails.length;
    const { code, output } = await doctor({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url }, [
      "--test-email",
      "tourcoing-demo",
    ]);
    expect(output).toContain("✓ Resend");
    expect(output).toContain(
      "clé acceptée, domaines d'expédition vérifiés (ml-roubaix.example.org, ml-tourcoing-demo.example.org)",
    );
    expect(code).toBe(0);
    const [email] = (await resend.waitForEmails(before + 1)).slice(before);
    expect(email?.to).toEqual(["preinscriptions@ml-tourcoing-demo.example.org"]);
    expect(email?.subject).toMatch(/^\[ESSAI\] /);
    expect(output).not.toContain(resend.apiKey);
  });

  it("says ✗ for an unknown key, ✓ for a sending-only key", async () => {
    const bad = await doctor({ RESEND_API_KEY: "re_inconnue_0000", RESEND_BASE_URL: resend.url });
    expect(bad.output).toContain("✗ Resend");
    expect(bad.output).toContain("403 invalid_api_key");
    expect(bad.output).not.toContain("re_inconnue_0000");
    expect(bad.code).toBe(1);
    const sendingOnly = await doctor({ RESEND_API_KEY: "re_envoi_seulement", RESEND_BASE_URL: resend.url });
    expect(sendingOnly.output).toContain("✓ Resend");
    expect(sendingOnly.output).toContain("restreinte à l'envoi");
    expect(sendingOnly.code).toBe(0);
  });

  it("says ✗ when a sender's domain is not verified at Resend", async () => {
    const { code, output } = await doctor({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url }, [], (ml) => {
      if (ml.id === "roubaix") ml.expediteur = "Pré-inscriptions <ne-pas-repondre@autre-domaine.example.org>";
    });
    expect(output).toContain("domaine d'expédition non vérifié chez Resend : autre-domaine.example.org");
    expect(code).toBe(1);
  });
});

describe("npm run doctor finds what would stop the server", () => {
  it("says ✗ for a folder that cannot be written", async () => {
    const { dir, path } = await writeProductionConfig();
    const aFile = join(dir, "un-fichier");
    await writeFile(aFile, "");
    const lines: string[] = [];
    const env = productionEnv(dir, path, { SMTP_URL: smtpUrl(SMTP_PASSWORD), SPOOL_DIR: join(aFile, "spool") });
    const code = await runDoctor([], (line) => lines.push(line), env);
    expect(lines.join("\n")).toContain(`✗ SPOOL_DIR ${join(aFile, "spool")} : pas accessible en écriture (ENOTDIR)`);
    expect(lines.join("\n")).toMatch(/✓ DATA_DIR /);
    expect(code).toBe(1);
  });

  it("says ✗ for a bad ML configuration, naming the key, with the server's own message", async () => {
    const { code, output } = await doctor({ SMTP_URL: smtpUrl(SMTP_PASSWORD) }, [], (ml) => {
      ml.boiteReception = "pas-une-adresse";
    });
    expect(output).toMatch(/✗ .*missions-locales.json : configuration des Missions Locales invalide/);
    expect(output).toContain("boiteReception");
    expect(output).toContain("Le serveur refuserait de démarrer");
    expect(code).toBe(1);
  });

  it("says ✗ for the demo configuration in production, as the server would", async () => {
    const { dir } = await writeProductionConfig();
    const lines: string[] = [];
    const env = productionEnv(dir, "", { SMTP_URL: smtpUrl(SMTP_PASSWORD) });
    delete env.ML_CONFIG;
    const code = await runDoctor([], (line) => lines.push(line), env);
    expect(lines[1]).toContain(
      "✗ ML_CONFIG : la configuration de démonstration (demo/missions-locales.json) est refusée en production",
    );
    expect(code).toBe(1);
  });

  it("says ✗ for --test-email without an ML, or an unknown ML", async () => {
    expect((await doctor({ SMTP_URL: smtpUrl(SMTP_PASSWORD) }, ["--test-email"])).output).toContain(
      "✗ --test-email : indiquez l'identifiant",
    );
    const unknown = await doctor({ SMTP_URL: smtpUrl(SMTP_PASSWORD) }, ["--test-email", "nulle-part"]);
    expect(unknown.output).toContain("✗ E-mail d'essai : Mission Locale « nulle-part » absente de ML_CONFIG");
    expect(unknown.code).toBe(1);
  });
});

describe("npm run doctor with DATABASE_URL", () => {
  it("checks the database instead of the folders, and never prints its password", async () => {
    const cluster = await startPostgres();
    try {
      const url = new URL(cluster.url);
      const ok = await doctor({ SMTP_URL: smtpUrl(SMTP_PASSWORD), DATABASE_URL: cluster.url });
      expect(ok.output).toMatch(/✓ DATABASE_URL 127\.0\.0\.1:\d+\/ml_test : PostgreSQL \d+/);
      expect(ok.output).toContain("le serveur appliquera 1");
      expect(ok.output).not.toMatch(/SPOOL_DIR|DATA_DIR \//);
      expect(ok.code).toBe(0);
      url.password = "mot-de-passe-base-secret";
      url.port = String(Number(url.port) + 1);
      const down = await doctor({ SMTP_URL: smtpUrl(SMTP_PASSWORD), DATABASE_URL: url.toString() });
      expect(down.output).toMatch(/✗ DATABASE_URL 127\.0\.0\.1:\d+\/ml_test : connexion impossible \(ECONNREFUSED\)/);
      expect(down.output).not.toContain("mot-de-passe-base-secret");
      expect(down.code).toBe(1);
    } finally {
      await cluster.stop();
    }
  }, 60_000);
});
