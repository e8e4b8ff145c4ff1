import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSettings, SettingsError } from "../../server/config/env";
import { MlConfigError, parseMlConfig } from "../../server/config/load-ml-config";
import { createAlerter } from "../../server/delivery/alerts";
import { open, seal, UnreadableSealError } from "../../server/delivery/seal";
import { openSpool } from "../../server/delivery/spool";
import { createDeliveryWorker, retryDelay, SpoolFullError } from "../../server/delivery/worker";
import { memoryLogger } from "../../server/log";
import type { MailTransport, OutgoingMail, SendOutcome } from "../../server/mail/types";
import { demoMissionsLocales } from "../support/demo-config";
import { openTestStorage, STORAGE_KINDS, type TestStorage, testMail } from "../support/storage";
import { buildTestApp } from "../support/test-app";

const DAY = 24 * 60 * 60 * 1000;

function scriptedTransport(outcomes: SendOutcome[]): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    name: "resend",
    sent,
    async send(message) {
      const outcome = outcomes.shift() ?? { ok: true };
      if (outcome.ok) sent.push(message);
      return outcome;
    },
  };
}

async function tempSpool() {
  const dir = join(await mkdtemp(join(tmpdir(), "ml-unit-")), "spool");
  const key = randomBytes(32);
  return { dir, key, spool: await openSpool(dir, key) };
}

describe("sealing", () => {
  it("opens with the right key and reference only", () => {
    const key = randomBytes(32);
    const sealed = seal(key, "PI-AAAA-BBBB", Buffer.from("Camille"));
    expect(sealed.includes(Buffer.from("Camille"))).toBe(false);
    expect(open(key, "PI-AAAA-BBBB", sealed).toString()).toBe("Camille");
    expect(() => open(randomBytes(32), "PI-AAAA-BBBB", sealed)).toThrow(UnreadableSealError);
    expect(() => open(key, "PI-AAAA-CCCC", sealed)).toThrow(UnreadableSealError);
    expect(() => open(key, "PI-AAAA-BBBB", sealed.subarray(0, 20))).toThrow(UnreadableSealError);
  });

  it("uses a fresh nonce for every file", () => {
    const key = randomBytes(32);
    expect(seal(key, "PI-AAAA-BBBB", Buffer.from("x")).equals(seal(key, "PI-AAAA-BBBB", Buffer.from("x")))).toBe(false);
  });
});

describe("delivery worker", () => {
  const missionsLocales = new Map(demoMissionsLocales().map((ml) => [ml.id, ml]));

  it("purges what outlived the ML's retention limit (7 days), with a purged event and an alert", async () => {
    const { dir, spool } = await tempSpool();
    const t0 = Date.parse("2026-11-02T10:00:00Z");
    await spool.put(testMail("PI-OLD0-0001"), t0);
    await spool.put(testMail("PI-NEW0-0001"), t0 + 2 * DAY);
    const logger = memoryLogger();
    const transport = scriptedTransport(
      Array.from({ length: 10 }, () => ({ ok: false, retryable: false, kind: "resend:403:validation_error" })),
    );
    let now = t0 + 7 * DAY + 60_000;
    const alerter = createAlerter({ transport, logger, missionsLocales, now: () => now, gatherMs: 0 });
    const worker = createDeliveryWorker({
      spool,
      transport,
      logger,
      alerter,
      missionsLocales,
      now: () => now,
      minSendIntervalMs: 0,
    });
    await worker.start();
    const events = logger.lines.map((line) => JSON.parse(line) as { event: string; reference?: string });
    expect(events.filter((e) => e.event === "purged").map((e) => e.reference)).toEqual(["PI-OLD0-0001"]);
    expect((await readdir(dir)).filter((f) => f.endsWith(".msg"))).toHaveLength(1);
    now += 6 * DAY;
    await worker.stop();
    expect(worker.pending().count).toBe(1);
  });

  it("backs off exponentially with jitter: first retry within 5 s, capped at 5 minutes", () => {
    const top = (attempt: number) => retryDelay(attempt, 1000, 300_000, () => 1);
    const bottom = (attempt: number) => retryDelay(attempt, 1000, 300_000, () => 0);
    expect([1, 2, 3, 4].map(top)).toEqual([1200, 2400, 4800, 9600]);
    expect([1, 2, 3, 4].map(bottom)).toEqual([800, 1600, 3200, 6400]);
    expect(top(30)).toBe(360_000);
    expect(bottom(30)).toBe(240_000);
  });

  it("waits at least what Retry-After asks before the next attempt", async () => {
    const { spool } = await tempSpool();
    const logger = memoryLogger();
    const transport = scriptedTransport([{ ok: false, retryable: true, kind: "resend:429:x", retryAfterMs: 400_000 }]);
    const alerter = createAlerter({ transport, logger, missionsLocales, now: Date.now });
    const worker = createDeliveryWorker({ spool, transport, logger, alerter, missionsLocales, now: Date.now });
    await worker.start();
    await worker.enqueue(testMail("PI-RETR-0001"));
    for (let i = 0; i < 100 && !logger.lines.some((l) => l.includes('"retry"')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await worker.stop();
    const retry = logger.lines
      .map((l) => JSON.parse(l) as { event: string; delayMs?: number })
      .find((e) => e.event === "retry");
    expect(retry?.delayMs).toBe(400_000);
    expect(transport.sent).toEqual([]);
  });

  it("moves unreadable files to quarantine at start", async () => {
    const { dir, spool } = await tempSpool();
    const entry = await spool.put(testMail("PI-GOOD-0001"), Date.now());
    // The same bytes under another reference: the associated data no longer matches.
    await rename(join(dir, entry.file), join(dir, entry.file.replace("PI-GOOD-0001", "PI-BAD0-0001")));
    const logger = memoryLogger();
    const transport = scriptedTransport([]);
    const alerter = createAlerter({ transport, logger, missionsLocales, now: Date.now, gatherMs: 0 });
    const worker = createDeliveryWorker({ spool, transport, logger, alerter, missionsLocales, now: Date.now });
    await worker.start();
    await worker.stop();
    expect(await readdir(join(dir, "quarantine"))).toHaveLength(1);
    expect(transport.sent.map((m) => m.kind)).toEqual(["alert"]);
    expect(transport.sent[0]?.text).toContain("PI-BAD0-0001");
  });
});

/** Makes the stored message for `reference` unreadable the way each adapter can be damaged. */
async function damage(storage: TestStorage, reference: string, to: string): Promise<void> {
  if (storage.sql) {
    // The same sealed bytes under another reference: the associated data no longer matches.
    await storage.sql`UPDATE spool SET reference = ${to} WHERE reference = ${reference}`;
    return;
  }
  const file = (await readdir(storage.spoolDir)).find((name) => name.includes(reference));
  if (!file) throw new Error("message absent du spool");
  await rename(join(storage.spoolDir, file), join(storage.spoolDir, file.replace(reference, to)));
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("délai dépassé");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(STORAGE_KINDS)("delivery worker on the %s storage", (kind) => {
  const missionsLocales = new Map(demoMissionsLocales().map((ml) => [ml.id, ml]));
  const events = (logger: ReturnType<typeof memoryLogger>) =>
    logger.lines.map((line) => JSON.parse(line) as { event: string; reference?: string; delayMs?: number });

  async function setUp(transport: MailTransport, now: () => number, tuning: { maxPending?: number } = {}) {
    const logger = memoryLogger();
    const storage = await openTestStorage(kind, { missionsLocales: [...missionsLocales.values()], logger, now });
    const alerter = createAlerter({ transport, logger, missionsLocales, now, gatherMs: 0 });
    const worker = (extra: { maxInFlight?: number } = {}) =>
      storage.delivery({ transport, logger, alerter, missionsLocales, now, minSendIntervalMs: 0, ...tuning, ...extra });
    return { logger, storage, worker };
  }

  it("purges what outlived the ML's retention limit (7 days) once, with a purged event and an alert", async () => {
    const t0 = Date.parse("2026-11-02T10:00:00Z");
    let now = t0;
    const transport = scriptedTransport(
      Array.from({ length: 20 }, () => ({ ok: false, retryable: false, kind: "resend:403:validation_error" })),
    );
    const { logger, storage, worker } = await setUp(transport, () => now);
    const before = worker();
    await before.start();
    await before.enqueue(testMail("PI-OLD0-0001"));
    now = t0 + 2 * DAY;
    await before.enqueue(testMail("PI-NEW0-0001"));
    await before.stop();
    now = t0 + 7 * DAY + 60_000;
    const after = worker();
    await after.start();
    expect(
      events(logger)
        .filter((e) => e.event === "purged")
        .map((e) => e.reference),
    ).toEqual(["PI-OLD0-0001"]);
    expect(after.pending().count).toBe(1);
    await after.stop();
    await storage.close();
  });

  it("waits at least what Retry-After asks before the next attempt", async () => {
    const transport = scriptedTransport([{ ok: false, retryable: true, kind: "resend:429:x", retryAfterMs: 400_000 }]);
    const { logger, storage, worker } = await setUp(transport, Date.now);
    const running = worker();
    await running.start();
    await running.enqueue(testMail("PI-RETR-0001"));
    await until(() => events(logger).some((e) => e.event === "retry"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await running.stop();
    expect(events(logger).find((e) => e.event === "retry")?.delayMs).toBe(400_000);
    expect(transport.sent).toEqual([]);
    await storage.close();
  });

  it("sets an unreadable message aside and alerts, sending nothing of it", async () => {
    const transport = scriptedTransport([]);
    const { logger, storage, worker } = await setUp(transport, Date.now);
    // Accepts without sending: the message waits for the next start.
    const first = worker({ maxInFlight: 0 });
    await first.enqueue(testMail("PI-GOOD-0001"));
    await first.stop();
    await damage(storage, "PI-GOOD-0001", "PI-BAD0-0001");
    const second = worker();
    await second.start();
    // Files are opened once as the worker starts; a row when it falls due.
    await until(() => events(logger).some((e) => e.event === "quarantined"));
    await second.stop();
    expect(events(logger).filter((e) => e.event === "quarantined")).toHaveLength(1);
    expect(transport.sent.map((m) => m.kind)).toEqual(["alert"]);
    expect(transport.sent[0]?.text).toContain("PI-BAD0-0001");
    expect(second.pending().count).toBe(0);
    await storage.close();
  });

  it("refuses beyond SPOOL_MAX and answers a repeat of a waiting message without writing it twice", async () => {
    const transport = scriptedTransport(
      Array.from({ length: 20 }, () => ({ ok: false, retryable: true, kind: "resend:500:x", retryAfterMs: 600_000 })),
    );
    const { storage, worker } = await setUp(transport, Date.now, { maxPending: 2 });
    const running = worker();
    await running.start();
    expect(await running.enqueue(testMail("PI-FULL-0001"))).toBe("en-attente");
    expect(await running.enqueue(testMail("PI-FULL-0001"))).toBe("deja-en-attente");
    expect(await running.enqueue(testMail("PI-FULL-0002"))).toBe("en-attente");
    await expect(running.enqueue(testMail("PI-FULL-0003"))).rejects.toBeInstanceOf(SpoolFullError);
    expect(running.pending().count).toBe(2);
    await running.stop();
    await storage.close();
  });
});

describe("settings and configuration", () => {
  it("refuses to start without SPOOL_KEY outside the development outbox", () => {
    expect(() => readSettings({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_x" })).toThrow(/SPOOL_KEY manque/);
    expect(() => readSettings({ SMTP_URL: "smtp://127.0.0.1:25", SPOOL_KEY: "trop-court" })).toThrow(SettingsError);
    expect(
      readSettings({ SMTP_URL: "smtp://127.0.0.1:25", SPOOL_KEY: randomBytes(32).toString("base64") }).transport,
    ).toBe("smtp");
  });

  it("refuses DATABASE_URL without SPOOL_KEY (every instance must open the others' messages) or not postgres://", () => {
    expect(() => readSettings({ DATABASE_URL: "postgres://ml@127.0.0.1:5432/ml" })).toThrow(
      /DATABASE_URL demande SPOOL_KEY, la même pour toutes les instances/,
    );
    const spoolKey = randomBytes(32).toString("base64");
    expect(() => readSettings({ DATABASE_URL: "mysql://ml@127.0.0.1/ml", SPOOL_KEY: spoolKey })).toThrow(
      /DATABASE_URL : une adresse postgres:\/\//,
    );
    expect(readSettings({ DATABASE_URL: "postgresql://ml@127.0.0.1/ml", SPOOL_KEY: spoolKey }).databaseUrl).toBe(
      "postgresql://ml@127.0.0.1/ml",
    );
  });

  it("refuses the outbox in production and warns loudly in development", () => {
    expect(() => readSettings({ NODE_ENV: "production" })).toThrow(/outbox est refusé en production/);
    expect(readSettings({}).warnings[0]).toContain("outbox");
  });

  it("names the faulty key and the problem in a bad ML config", () => {
    const bad = JSON.stringify({
      missionsLocales: [{ ...demoMissionsLocales()[0], boiteReception: "pas-une-adresse", age: { min: 16 } }],
    });
    expect(() => parseMlConfig(bad)).toThrow(MlConfigError);
    try {
      parseMlConfig(bad);
    } catch (error) {
      expect((error as Error).message).toContain("missionsLocales.0.boiteReception : adresse e-mail attendue");
      expect((error as Error).message).toContain("missionsLocales.0.age.max");
    }
  });
});

describe("/healthz", () => {
  it("turns 503 when the spool is not writable", async () => {
    const setup = await buildTestApp();
    expect((await setup.app.request("/healthz")).status).toBe(200);
    const fresh = await buildTestApp();
    await rm(fresh.spoolDir, { recursive: true });
    const response = await fresh.app.request("/healthz");
    expect(response.status).toBe(503);
    expect(((await response.json()) as { status: string }).status).toBe("degraded");
  });
});
