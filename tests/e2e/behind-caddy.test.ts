/**
 * The production set-up for real: Debian's Caddy with TLS (its internal CA) in front of the built
 * server (TRUST_PROXY=127.0.0.1,::1), with deploy/Caddyfile's directives. Through HTTPS the demo
 * page works in Chromium and the email reaches the Resend fake; the server's own https pages are
 * not refused for their origin; clients from different addresses get their own rate-limit
 * bucket, whatever X-Forwarded-For they forge; HSTS is sent once. Without TRUST_PROXY, a forged
 * X-Forwarded-For sent straight to the server changes nothing.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { type Caddy, startCaddy } from "../support/caddy";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer, testSpoolKey } from "../support/server-process";
import { CAMILLE, fillUpToReview, launchChromium, phonePage, send } from "./person";

let fake: ResendFake;
let server: ServerProcess;
let caddy: Caddy;

beforeAll(async () => {
  fake = await startResendFake();
  const workDir = await mkdtemp(join(tmpdir(), "ml-caddy-e2e-"));
  server = await startServer({
    via: "built",
    env: {
      TRUST_PROXY: "127.0.0.1,::1",
      RATE_LIMIT: "2",
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      SPOOL_KEY: testSpoolKey(),
      SPOOL_DIR: join(workDir, "spool"),
      DATA_DIR: join(workDir, "data"),
    },
  });
  caddy = await startCaddy(server.port);
}, 90_000);

afterAll(async () => {
  await caddy?.stop();
  await server?.stop();
  await fake?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A POST through Caddy from a chosen local source address (Caddy's CA is not trusted here). */
function postThroughCaddy(localAddress: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${caddy.url}/api/v1/ml/roubaix/preinscriptions`,
      {
        method: "POST",
        localAddress,
        rejectUnauthorized: false,
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": randomUUID(),
          Origin: caddy.url,
          ...headers,
        },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(validPayload()));
  });
}

describe("behind Caddy over HTTPS", () => {
  it("lets a youth register on the demo page, the embed page may send too, and the emails arrive", async () => {
    const browser = await launchChromium();
    try {
      const page = await phonePage(browser, { ignoreHTTPSErrors: true });
      const before = fake.emails.length;
      const startedAt = Date.now();
      const home = await page.goto(`${caddy.url}/`);
      expect(home?.status()).toBe(200);
      expect(await home?.headerValue("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
      // The form posts with Origin https://localhost:<port>: the server's own origin, not a 403.
      const answers: number[] = [];
      page.on("response", (response) => {
        if (response.url().endsWith("/preinscriptions")) answers.push(response.status());
      });
      await fillUpToReview(page, CAMILLE, "derriere-caddy");
      await send(page, startedAt);
      expect(answers).toEqual([202]);
      const reference = (await page.getByText(/^PI-[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent())?.trim();
      const emails = await fake.waitForEmails(before + 1);
      expect(emails.some((email) => email.subject.includes(reference ?? "?"))).toBe(true);

      // The iframe page of the server, /embed/roubaix, is the same origin: its POST goes through.
      await page.goto(`${caddy.url}/embed/roubaix`);
      const status = await page.evaluate(
        async ([payload, key]) =>
          (
            await fetch("/api/v1/ml/roubaix/preinscriptions", {
              method: "POST",
              headers: { "Content-Type": "application/json", "Idempotency-Key": key },
              body: payload,
            })
          ).status,
        [JSON.stringify(validPayload()), randomUUID()] as const,
      );
      expect(status).toBe(202);
      await fake.waitForEmails(before + 2);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("gives clients from different addresses their own rate-limit bucket, whatever they forge", async () => {
    const first = await postThroughCaddy("127.0.0.2");
    expect(first.status).toBe(202);
    expect(first.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect((await postThroughCaddy("127.0.0.2")).status).toBe(202);
    const limited = await postThroughCaddy("127.0.0.2");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Caddy replaces a forged X-Forwarded-For with the address it saw.
    expect((await postThroughCaddy("127.0.0.2", { "X-Forwarded-For": "203.0.113.77" })).status).toBe(429);
    // Another machine of the same youth centre's neighbourhood: its own bucket.
    expect((await postThroughCaddy("127.0.0.3")).status).toBe(202);
    expect((await postThroughCaddy("127.0.0.3")).status).toBe(202);
    expect((await postThroughCaddy("127.0.0.3")).status).toBe(429);
  });
});

describe("without TRUST_PROXY", () => {
  it("ignores a forged X-Forwarded-For sent straight to the server: one bucket", async () => {
    const direct = await startServer({ via: "built", env: { RATE_LIMIT: "2", MAIL_TRANSPORT: "outbox" } });
    try {
      const post = (forged: string) =>
        fetch(`${direct.url}/api/v1/ml/roubaix/preinscriptions`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "Idempotency-Key": randomUUID(),
            Origin: direct.url,
            "X-Forwarded-For": forged,
            "X-Forwarded-Proto": "https",
          },
          body: JSON.stringify(validPayload()),
        });
      const first = await post("203.0.113.1");
      expect(first.status).toBe(202);
      expect(first.headers.get("Strict-Transport-Security")).toBeNull();
      expect((await post("203.0.113.2")).status).toBe(202);
      expect((await post("203.0.113.3")).status).toBe(429);
    } finally {
      await direct.stop();
    }
  });
});
