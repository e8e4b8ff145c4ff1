/**
 * What only the PostgreSQL adapter promises: several instances on one database. Each "instance"
 * here is a storage of its own (its own connection pool) on the same database.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAlerter } from "../../server/delivery/alerts";
import { KeyReusedError } from "../../server/delivery/idempotency";
import { deriveKeys } from "../../server/delivery/keys";
import { SpoolUnwritableError } from "../../server/delivery/worker";
import { memoryLogger } from "../../server/log";
import type { MailTransport, SendOutcome } from "../../server/mail/types";
import { connect } from "../../server/storage/postgres/connect";
import { migrate } from "../../server/storage/postgres/migrations";
import { validPayload } from "../fixtures/payload";
import { demoMissionsLocales } from "../support/demo-config";
import { startPostgres } from "../support/postgres";
import { freshDatabase, openTestStorage, testMail } from "../support/storage";
import { buildTestApp, postRegistration } from "../support/test-app";

const missionsLocales = demoMissionsLocales();
const byId = new Map(missionsLocales.map((ml) => [ml.id, ml]));

function countingTransport(): MailTransport & { sent: string[] } {
  const sent: string[] = [];
  return {
    name: "resend",
    sent,
    async send(message): Promise<SendOutcome> {
      sent.push(message.reference);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { ok: true };
    },
  };
}

const reference = (i: number) => `PI-${String(i).padStart(4, "0")}-TEST`;

async function instance(databaseUrl: string, transport: MailTransport, keys = deriveKeys(randomBytes(32))) {
  const logger = memoryLogger();
  const storage = await openTestStorage("postgres", { missionsLocales, logger, now: Date.now, databaseUrl, keys });
  const alerter = createAlerter({ transport, logger, missionsLocales: byId, now: Date.now, gatherMs: 0 });
  const worker = storage.delivery({
    transport,
    logger,
    alerter,
    missionsLocales: byId,
    now: Date.now,
    minSendIntervalMs: 0,
  });
  const { sql } = storage;
  if (!sql) throw new Error("stockage PostgreSQL attendu");
  return { storage, worker, logger, sql };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("délai dépassé");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("PostgreSQL storage, several instances", () => {
  it("migrates once when two instances start together, and again finds nothing to do", async () => {
    const url = await freshDatabase();
    const [a, b] = [connect(url), connect(url)];
    const applied = await Promise.all([migrate(a), migrate(b)]);
    expect(applied.flat()).toEqual([1]);
    expect(await migrate(a)).toEqual([]);
    expect(await a`SELECT version FROM schema_migrations`).toEqual([{ version: 1 }]);
    await Promise.all([a.end(), b.end()]);
  });

  it("sends each message once when two instances share the spool", async () => {
    const url = await freshDatabase();
    const keys = deriveKeys(randomBytes(32));
    const transport = countingTransport();
    const [one, two] = [await instance(url, transport, keys), await instance(url, transport, keys)];
    await Promise.all([one.worker.start(), two.worker.start()]);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? one : two).worker.enqueue(testMail(reference(i)))),
    );
    await until(() => transport.sent.length >= 30);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...transport.sent].sort()).toEqual(Array.from({ length: 30 }, (_, i) => reference(i)).sort());
    const delivered = (lines: string[]) => lines.filter((line) => line.includes('"delivered"')).length;
    // Both took part: claims are spread, not one instance doing all the work.
    expect(delivered(one.logger.lines)).toBeGreaterThan(0);
    expect(delivered(two.logger.lines)).toBeGreaterThan(0);
    expect(await one.sql`SELECT count(*)::int AS n FROM spool`).toEqual([{ n: 0 }]);
    await Promise.all([one.worker.stop(), two.worker.stop()]);
    await Promise.all([one.storage.close(), two.storage.close()]);
  });

  it("takes over the claim of an instance that died while sending, once its lease lapsed", async () => {
    const url = await freshDatabase();
    const keys = deriveKeys(randomBytes(32));
    let handedToDead = 0;
    const dying: MailTransport = {
      name: "resend",
      send: () => {
        handedToDead++;
        return new Promise<SendOutcome>(() => undefined); // the process dies before an answer
      },
    };
    const dead = await instance(url, dying, keys);
    await dead.worker.start();
    await dead.worker.enqueue(testMail(reference(1)));
    await until(() => handedToDead === 1);
    // Its connections go (a SIGKILL): no renewal, no release.
    await dead.sql.end({ timeout: 0 });
    const transport = countingTransport();
    const survivor = await instance(url, transport, keys);
    const startedAt = Date.now();
    await survivor.worker.start();
    await until(() => transport.sent.length === 1);
    // The test lease is 1.5 s (30 s in production).
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(transport.sent).toEqual([reference(1)]);
    await survivor.worker.stop();
    await survivor.storage.close();
  });

  it("purges an expired message once when two instances sweep together: one purged event, one alert", async () => {
    const url = await freshDatabase();
    const keys = deriveKeys(randomBytes(32));
    const transport = countingTransport();
    const seeding = await instance(url, transport, keys);
    // Accepted ten days ago (retention 7 days): written directly, as the worker would have.
    await seeding.sql`INSERT INTO spool (reference, kind, ml_id, accepted_at, due_at, sealed)
      VALUES ('PI-OLD0-0001', 'registration', 'roubaix', ${Date.now() - 10 * 86_400_000}::bigint,
        ${Date.now() + 3_600_000}::bigint, '\\x00'::bytea)`;
    const [one, two] = [await instance(url, transport, keys), await instance(url, transport, keys)];
    await Promise.all([one.worker.start(), two.worker.start()]);
    await Promise.all([one.worker.stop(), two.worker.stop()]);
    const purged = [...one.logger.lines, ...two.logger.lines].filter((line) => line.includes('"purged"'));
    expect(purged).toHaveLength(1);
    // One alert message, nothing else sent.
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]).toMatch(/^ALERTE-/);
    await Promise.all([seeding.storage.close(), one.storage.close(), two.storage.close()]);
  });

  it("gives the same key sent to two instances at once one reference and one production", async () => {
    const url = await freshDatabase();
    const keys = deriveKeys(randomBytes(32));
    const transport = countingTransport();
    const [one, two] = [await instance(url, transport, keys), await instance(url, transport, keys)];
    let produced = 0;
    const produce = async (ref: string) => {
      produced++;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { accepted: true as const, response: { reference: ref, rappelAvant: "2026-11-26T10:00:00+01:00" } };
    };
    const key = randomUUID();
    const body = { identite: { prenom: "Camille" } };
    const outcomes = await Promise.all([
      one.storage.idempotency.run("roubaix", key, body, produce),
      two.storage.idempotency.run("roubaix", key, body, produce),
    ]);
    expect(produced).toBe(1);
    const references = outcomes.map((o) => (o.accepted ? o.response.reference : "refusé"));
    expect(new Set(references).size).toBe(1);
    expect(references[0]).toMatch(/^PI-/);
    await expect(one.storage.idempotency.run("roubaix", key, { autre: 1 }, produce)).rejects.toBeInstanceOf(
      KeyReusedError,
    );
    await Promise.all([one.storage.close(), two.storage.close()]);
  });

  it("adds every instance's counts and shares admin logouts", async () => {
    const url = await freshDatabase();
    const transport = countingTransport();
    const [one, two] = [await instance(url, transport), await instance(url, transport)];
    const ml = missionsLocales.find((m) => m.id === "roubaix");
    if (!ml) throw new Error("roubaix absente de la configuration de démonstration");
    const at = new Date();
    for (let i = 0; i < 40; i++) (i % 2 ? one : two).storage.stats.recordStep(ml, { etape: "identite" }, at);
    await Promise.all([one.storage.stats.flush(), two.storage.stats.flush()]);
    expect((await two.storage.stats.counters("roubaix")).categories.etapes).toEqual({ identite: 40 });
    expect(await two.storage.adminSessions.current("roubaix")).toBe(0);
    await one.storage.adminSessions.revoke("roubaix");
    expect(await two.storage.adminSessions.current("roubaix")).toBe(1);
    await Promise.all([one.storage.close(), two.storage.close()]);
  });

  it("refuses to accept a message while the database is down, and says so in health", async () => {
    const own = await startPostgres();
    const transport = countingTransport();
    const alone = await instance(own.url, transport);
    await alone.worker.start();
    expect((await alone.worker.health()).ok).toBe(true);
    await own.stop();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // health is cached for a second
    await expect(alone.worker.enqueue(testMail(reference(7)))).rejects.toBeInstanceOf(SpoolUnwritableError);
    expect(await alone.worker.health()).toEqual({ ok: false, problem: "base-injoignable" });
    await alone.worker.stop();
    await alone.sql.end({ timeout: 0 });
    // A bound, not a timing claim: with the database killed the client's pool takes ~20 s to give
    // up and the worker's stop waits for its claim in flight (README, "Hosting many Missions Locales").
  }, 150_000);

  it("answers a registration with 503 enregistrement-impossible, never 202, and /healthz 503, while the database is down", async () => {
    const own = await startPostgres();
    const setup = await buildTestApp({ storage: "postgres", databaseUrl: own.url });
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    expect((await setup.app.request("/healthz")).status).toBe(200);
    await own.stop();
    const refused = await postRegistration(setup.app, validPayload());
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { code: string }).code).toBe("enregistrement-impossible");
    await new Promise((resolve) => setTimeout(resolve, 1100)); // health is cached for a second
    const health = await setup.app.request("/healthz");
    expect(health.status).toBe(503);
    expect(((await health.json()) as { probleme: string }).probleme).toBe("base-injoignable");
    await setup.delivery.stop();
    await setup.storage?.sql?.end({ timeout: 0 });
  }, 150_000);
});
