/**
 * What `NODE_ENV=production` refuses at start: the built server (`node dist/server/main.js`, as
 * the systemd unit runs it) exits 1 with one clear line on stderr, before listening.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEMO_STATS_TOKEN } from "../../server/config/startup";
import { DEMO_CONFIG_PATH } from "../support/demo-config";
import { productionEnv, writeProductionConfig } from "../support/production-config";
import { freePort } from "../support/server-process";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function start(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: String(await freePort()), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, stderr, stdout };
}

async function refusal(env: NodeJS.ProcessEnv): Promise<string> {
  const { code, stderr, stdout } = await start(env);
  expect(code).toBe(1);
  expect(stdout).not.toContain('"event":"started"');
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  return lines[0] ?? "";
}

const SMTP = { SMTP_URL: "smtp://127.0.0.1:9" };

describe("NODE_ENV=production refuses to start", () => {
  it("with the shipped demo configuration", async () => {
    const { dir } = await writeProductionConfig();
    const env = productionEnv(dir, "", SMTP);
    delete env.ML_CONFIG;
    expect(await refusal(env)).toBe(
      "ml-preinscription : ML_CONFIG : la configuration de démonstration (demo/missions-locales.json) est refusée en production (NODE_ENV=production)",
    );
    expect(await refusal({ ...env, ML_CONFIG: DEMO_CONFIG_PATH })).toContain("configuration de démonstration");
  });

  it("with a copy of it that keeps the demo's statistics token", async () => {
    const { dir, path } = await writeProductionConfig((ml) => {
      if (ml.statistiques) ml.statistiques.jeton = DEMO_STATS_TOKEN;
    });
    expect(await refusal(productionEnv(dir, path, SMTP))).toBe(
      "ml-preinscription : ML_CONFIG : roubaix garde le jeton de statistiques de la démonstration, refusé en production : générez-en un (openssl rand -base64 32)",
    );
  });

  it("with a statistics token shorter than 32 characters", async () => {
    const { dir, path } = await writeProductionConfig((ml) => {
      if (ml.statistiques) ml.statistiques.jeton = "court-0123456789";
    });
    const line = await refusal(productionEnv(dir, path, SMTP));
    expect(line).toContain("configuration des Missions Locales invalide : missionsLocales.0.statistiques.jeton");
    expect(line).toContain("32 caractères au moins");
  });

  it("with a SPOOL_KEY that is not 32 bytes, or visibly weak", async () => {
    const { dir, path } = await writeProductionConfig();
    const env = (key: string) => productionEnv(dir, path, { ...SMTP, SPOOL_KEY: key });
    expect(await refusal(env(randomBytes(16).toString("base64")))).toBe(
      "ml-preinscription : SPOOL_KEY : 32 octets aléatoires en base64 attendus (openssl rand -base64 32)",
    );
    const weak = "SPOOL_KEY trop faible (octets répétés) : générez-la avec « openssl rand -base64 32 »";
    expect(await refusal(env(Buffer.alloc(32, 7).toString("base64")))).toBe(`ml-preinscription : ${weak}`);
    expect(await refusal(env(Buffer.from("abcdefghijklmno".repeat(3).slice(0, 32)).toString("base64")))).toBe(
      `ml-preinscription : ${weak}`,
    );
  });

  it("with the development outbox", async () => {
    const { dir, path } = await writeProductionConfig();
    expect(await refusal(productionEnv(dir, path, { MAIL_TRANSPORT: "outbox" }))).toBe(
      "ml-preinscription : MAIL_TRANSPORT=outbox est refusé en production (NODE_ENV=production)",
    );
  });

  it("and starts with a configuration of its own", async () => {
    const { dir, path } = await writeProductionConfig();
    const port = await freePort();
    const child = spawn(process.execPath, ["dist/server/main.js"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        ...productionEnv(dir, path, { ...SMTP, PORT: String(port), RENDER_THREADS: "0" }),
      },
      stdio: "ignore",
    });
    try {
      const deadline = Date.now() + 20_000;
      let status = 0;
      while (status !== 200 && Date.now() < deadline) {
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (response) => response.status,
          () => 0,
        );
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });
});
