/**
 * The files of deploy/ as an operator uses them (README.md, "Deploying for a Mission Locale"):
 * systemd accepts the unit; Caddy reads the Caddyfile (tests/e2e/behind-caddy.test.ts runs it);
 * nginx runs the shipped server block in front of the built server, over HTTPS, and the server
 * then sees the youth's address and scheme: its own pages may send, HSTS is sent once, and two
 * machines get two rate-limit buckets whatever they forge.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { caddyPath } from "../support/caddy";
import { type Nginx, startNginx } from "../support/nginx";
import { type ServerProcess, startServer, testSpoolKey } from "../support/server-process";

const deployFile = (name: string) => fileURLToPath(new URL(`../../deploy/${name}`, import.meta.url));

describe("deploy/ml-preinscription.service", () => {
  it("passes systemd-analyze verify, and its hardening scores as OK", () => {
    const verify = spawnSync("systemd-analyze", ["verify", deployFile("ml-preinscription.service")], {
      encoding: "utf8",
    });
    expect(verify.error, "systemd-analyze (Debian's systemd) is needed").toBeUndefined();
    expect(verify.stderr.trim()).toBe("");
    expect(verify.status).toBe(0);
    const security = spawnSync(
      "systemd-analyze",
      ["security", "--offline=true", "--no-pager", deployFile("ml-preinscription.service")],
      { encoding: "utf8" },
    );
    expect(security.stdout).toMatch(/Overall exposure level for .*: [0-2]\.\d (OK|SAFE)/);
  });
});

describe("deploy/Caddyfile", () => {
  it("is read by Caddy as it is shipped", () => {
    const adapted = execFileSync(
      caddyPath(),
      ["adapt", "--config", deployFile("Caddyfile"), "--adapter", "caddyfile"],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(JSON.parse(adapted).apps.http.servers).toBeDefined();
  });
});

describe("deploy/nginx.conf in front of the built server", () => {
  let server: ServerProcess;
  let nginx: Nginx;

  beforeAll(async () => {
    const workDir = await mkdtemp(join(tmpdir(), "ml-nginx-e2e-"));
    server = await startServer({
      via: "built",
      env: {
        TRUST_PROXY: "127.0.0.1,::1",
        RATE_LIMIT: "1",
        MAIL_TRANSPORT: "outbox",
        SPOOL_KEY: testSpoolKey(),
        SPOOL_DIR: join(workDir, "spool"),
        DATA_DIR: join(workDir, "data"),
        OUTBOX_DIR: join(workDir, "outbox"),
      },
    });
    nginx = await startNginx(server.port);
  }, 90_000);

  afterAll(async () => {
    await nginx?.stop();
    await server?.stop();
  });

  function post(localAddress: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; hsts: string | string[] | undefined }>((resolve, reject) => {
      const req = request(
        `${nginx.url}/api/v1/ml/roubaix/preinscriptions`,
        {
          method: "POST",
          localAddress,
          rejectUnauthorized: false,
          headers: {
            "Content-Type": "application/json",
            "Idempotency-Key": randomUUID(),
            Origin: nginx.url,
            ...headers,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, hsts: res.headers["strict-transport-security"] }));
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify(validPayload()));
    });
  }

  it("accepts a registration from the server's own https page, with one HSTS header", async () => {
    const answer = await post("127.0.0.2");
    expect(answer.status).toBe(202);
    expect(answer.hsts).toBe("max-age=31536000; includeSubDomains");
  });

  it("counts each machine on its own, whatever X-Forwarded-For it forges", async () => {
    expect((await post("127.0.0.4")).status).toBe(202);
    expect((await post("127.0.0.4", { "X-Forwarded-For": "203.0.113.9" })).status).toBe(429);
    expect((await post("127.0.0.5")).status).toBe(202);
  });
});
