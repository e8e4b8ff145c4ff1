/**
 * The delivery worker on PostgreSQL, for several instances sharing one database. Each message is
 * one row holding the sealed bytes (sealed here with SPOOL_KEY: the database never sees a clear
 * value). An instance claims a due row with SELECT … FOR UPDATE SKIP LOCKED and a lease
 * (`claimed_until`, renewed while sending): one instance sends a message at a time, and the
 * claim of an instance that died lapses within `leaseMs`, after which another takes it over.
 * Same pacing, retries, alerts and retention purge as the file worker (server/delivery/worker.ts);
 * a delivered row is deleted at once; SPOOL_MAX counts rows.
 */
import { randomUUID } from "node:crypto";
import type { DeliveryHealth } from "../../delivery/delivery";
import { open, seal } from "../../delivery/seal";
import { deserialize, serialize } from "../../delivery/spool";
import {
  type DeliveryWorker,
  delayAfterFailure,
  healthEverySecond,
  reportFailedAttempt,
  SpoolFullError,
  SpoolUnwritableError,
  sendOnce,
  workerTuning,
} from "../../delivery/worker";
import type { SendOutcome } from "../../mail/types";
import type { DeliveryOptions } from "../port";
import type { Sql } from "./connect";

export interface PostgresDeliveryOptions extends DeliveryOptions {
  sql: Sql;
  /** The spool key (derived from SPOOL_KEY). */
  key: Uint8Array;
  /** How long a claim holds without renewal: a dead instance's messages wait this long at most. */
  leaseMs?: number;
  /** How often an idle instance looks for rows (enqueued by another instance, or due again). */
  pollMs?: number;
}

interface Row {
  id: string;
  reference: string;
  kind: string;
  ml_id: string;
  accepted_at: number;
  attempts: number;
  sealed: Buffer;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_RETENTION_DAYS = 7;
const HEALTH_TIMEOUT_MS = 2000;

export function createPostgresDeliveryWorker(options: PostgresDeliveryOptions): DeliveryWorker {
  const { sql, key, transport, logger, alerter, missionsLocales, now, leaseMs = 30_000, pollMs = 1000 } = options;
  const tuning = workerTuning(options);
  const { maxInFlight, minSendIntervalMs: minInterval, alertAfterAttempts, maxPending, sweepIntervalMs } = tuning;
  /** Names this instance's claims (renewals touch only its own). */
  const instance = randomUUID();

  let count = 0;
  let oldestAt: number | null = null;
  let inFlight = 0;
  let nextSendAt = 0;
  let stopped = false;
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;
  let wakeTimer: NodeJS.Timeout | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  let countTimer: NodeJS.Timeout | undefined;
  let spoolFullSince: number | undefined;
  const health = healthEverySecond(now, checkHealth, () => stopped);
  const attempts = new Set<Promise<void>>();

  const wakeAt = (time: number) => {
    if (stopped) return;
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = setTimeout(() => void pump(), Math.max(0, time - now()));
    wakeTimer.unref();
  };

  async function refreshCount(): Promise<void> {
    const [row] = await sql<{ n: number; oldest: number | null }[]>`
      SELECT count(*)::int AS n, min(accepted_at)::float8 AS oldest FROM spool`;
    count = row?.n ?? 0;
    oldestAt = row?.oldest ?? null;
  }

  /** One due row nobody holds, claimed for `leaseMs`; or the time the next one falls due. */
  async function claim(t: number): Promise<Row | { nextDueAt: number | null }> {
    const [row] = await sql<Row[]>`
      UPDATE spool SET claimed_until = clock_timestamp() + ${leaseMs} * interval '1 millisecond',
        claimed_by = ${instance}
      WHERE id = (
        SELECT id FROM spool
        WHERE due_at <= ${t}::bigint AND (claimed_until IS NULL OR claimed_until < clock_timestamp())
        ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id::text, reference, kind, ml_id, accepted_at::float8, attempts, sealed`;
    if (row) return row;
    const [next] = await sql<{ due: number | null }[]>`
      SELECT min(due_at)::float8 AS due FROM spool
      WHERE claimed_until IS NULL OR claimed_until < clock_timestamp()`;
    return { nextDueAt: next?.due ?? null };
  }

  function pump(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (pumping) {
      pumpAgain = true;
      return pumping;
    }
    pumping = pumpLoop().finally(() => {
      pumping = undefined;
    });
    return pumping;
  }

  async function pumpLoop(): Promise<void> {
    try {
      do {
        pumpAgain = false;
        while (!stopped && inFlight < maxInFlight) {
          const t = now();
          if (t < nextSendAt) {
            wakeAt(nextSendAt);
            break;
          }
          const claimed = await claim(t);
          if ("nextDueAt" in claimed) {
            // Rows enqueued by other instances, or claims that lapsed, are seen at the next poll.
            wakeAt(Math.min(t + pollMs, claimed.nextDueAt ?? Infinity));
            break;
          }
          if (stopped) {
            // Stopped while claiming: the row goes back at once rather than after its lease.
            await sql`UPDATE spool SET claimed_until = NULL, claimed_by = NULL WHERE id = ${claimed.id}::bigint`;
            break;
          }
          nextSendAt = t + minInterval;
          const attempt = deliver(claimed).finally(() => {
            attempts.delete(attempt);
            void pump();
          });
          attempts.add(attempt);
        }
      } while (pumpAgain && !stopped);
    } catch (error) {
      logger.log("error", { kind: `base:${(error as { code?: string }).code ?? "inconnu"}` });
      wakeAt(now() + pollMs);
    }
  }

  async function deliver(row: Row): Promise<void> {
    inFlight++;
    const renew = setInterval(() => {
      void sql`UPDATE spool SET claimed_until = clock_timestamp() + ${leaseMs} * interval '1 millisecond'
        WHERE id = ${row.id}::bigint AND claimed_by = ${instance}`.catch(() => undefined);
    }, leaseMs / 3);
    renew.unref();
    try {
      let outcome: SendOutcome;
      try {
        outcome = await sendOnce(transport, deserialize(open(key, row.reference, row.sealed)));
      } catch (error) {
        await quarantine(row, error instanceof Error ? error.name : "illisible");
        return;
      }
      const attempt = row.attempts + 1;
      if (outcome.ok) {
        await sql`DELETE FROM spool WHERE id = ${row.id}::bigint`.catch((error: { code?: string }) =>
          // The lease lapses and the message is sent again, under the same provider idempotency key.
          logger.log("error", { ml: row.ml_id, reference: row.reference, kind: `base:${error.code ?? "inconnu"}` }),
        );
        count = Math.max(0, count - 1);
        logger.log("delivered", { ml: row.ml_id, reference: row.reference, kind: transport.name, attempt });
        return;
      }
      const delayMs = delayAfterFailure(outcome, attempt, tuning);
      await sql`UPDATE spool SET attempts = ${attempt}, due_at = ${now() + delayMs}::bigint,
          claimed_until = NULL, claimed_by = NULL
        WHERE id = ${row.id}::bigint`.catch(() => undefined);
      reportFailedAttempt({ logger, alerter }, row.ml_id, row.reference, outcome, attempt, delayMs, alertAfterAttempts);
    } finally {
      clearInterval(renew);
      inFlight--;
    }
  }

  /** An unreadable row is set aside (still sealed) in spool_quarantine, and reported. */
  async function quarantine(row: Row, kind: string): Promise<void> {
    await sql`
      WITH moved AS (
        DELETE FROM spool WHERE id = ${row.id}::bigint
        RETURNING id, reference, kind, ml_id, accepted_at, sealed)
      INSERT INTO spool_quarantine (id, reference, kind, ml_id, accepted_at, sealed)
      SELECT id, reference, kind, ml_id, accepted_at, sealed FROM moved`.catch(() => undefined);
    count = Math.max(0, count - 1);
    logger.log("quarantined", { ml: row.ml_id, kind });
    alerter.raise(row.ml_id, { event: "quarantined", subject: `${row.reference}.${row.kind}`, kind });
  }

  /** Rows past their ML's retention limit, not being sent: deleted by one instance, alerted once. */
  async function purgeExpired(): Promise<void> {
    const t = now();
    const known = [...missionsLocales.keys()];
    const purged: { ml_id: string; reference: string; attempts: number; days: number }[] = [];
    for (const [id, ml] of missionsLocales) {
      const days = ml.retentionJours ?? DEFAULT_RETENTION_DAYS;
      const rows = await sql<{ ml_id: string; reference: string; attempts: number }[]>`
        DELETE FROM spool WHERE ml_id = ${id} AND accepted_at < ${t - days * DAY_MS}::bigint
          AND (claimed_until IS NULL OR claimed_until < clock_timestamp())
        RETURNING ml_id, reference, attempts`;
      purged.push(...rows.map((row) => ({ ...row, days })));
    }
    const others = await sql<{ ml_id: string; reference: string; attempts: number }[]>`
      DELETE FROM spool WHERE ml_id <> ALL(${known}::text[])
        AND accepted_at < ${t - DEFAULT_RETENTION_DAYS * DAY_MS}::bigint
        AND (claimed_until IS NULL OR claimed_until < clock_timestamp())
      RETURNING ml_id, reference, attempts`;
    purged.push(...others.map((row) => ({ ...row, days: DEFAULT_RETENTION_DAYS })));
    // Idempotency keys past their 24 hours: already ignored by every query, removed here.
    await sql`DELETE FROM idempotency WHERE expires_at <= ${t}::bigint`;
    for (const row of purged) {
      count = Math.max(0, count - 1);
      logger.log("purged", { ml: row.ml_id, reference: row.reference, attempt: row.attempts });
      alerter.raise(row.ml_id, { event: "purged", subject: row.reference, kind: `après ${row.days} jours` });
    }
  }

  /** A database that does not answer within two seconds is as good as down for a youth waiting. */
  async function checkHealth(): Promise<DeliveryHealth> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("délai")), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([sql`SELECT 1`, late]);
      return { ok: true };
    } catch {
      return { ok: false, problem: "base-injoignable" };
    } finally {
      clearTimeout(timer);
    }
  }

  const sweep = () =>
    purgeExpired().catch((error: { code?: string }) =>
      logger.log("error", { kind: `base:${error.code ?? "inconnu"}` }),
    );

  return {
    async start() {
      await refreshCount();
      await sweep();
      sweepTimer = setInterval(() => void sweep(), sweepIntervalMs);
      sweepTimer.unref();
      // The count (for /healthz and SPOOL_MAX alerts) includes what other instances hold.
      countTimer = setInterval(() => void refreshCount().catch(() => undefined), Math.max(pollMs, 1000));
      countTimer.unref();
      void pump();
    },
    async enqueue(mail) {
      const t = now();
      const sealed = seal(key, mail.reference, serialize(mail));
      let inserted: boolean;
      let waiting: boolean;
      try {
        // SPOOL_MAX and the insert in one statement; (reference, kind) is unique: a repeat sent to
        // two instances at once writes one row.
        // The one commit a 202 waits for on disk: synchronous for this statement's own transaction
        // (connect.ts turns it off elsewhere), in one round trip.
        const rows = await sql`
          WITH durable AS (SELECT set_config('synchronous_commit', 'on', true))
          INSERT INTO spool (reference, kind, ml_id, accepted_at, due_at, sealed)
          SELECT ${mail.reference}, ${mail.kind}, ${mail.mlId}, ${t}::bigint, ${t}::bigint, ${sealed} FROM durable
          WHERE (SELECT count(*) FROM spool) < ${maxPending}
          ON CONFLICT (reference, kind) DO NOTHING
          RETURNING id`;
        inserted = rows.length > 0;
        waiting =
          !inserted &&
          (await sql`SELECT 1 FROM spool WHERE reference = ${mail.reference} AND kind = ${mail.kind}`).length > 0;
      } catch (error) {
        throw new SpoolUnwritableError(`base:${(error as { code?: string }).code ?? "inconnu"}`);
      }
      if (waiting) return "deja-en-attente";
      if (!inserted) {
        await refreshCount().catch(() => undefined);
        if (spoolFullSince === undefined) {
          spoolFullSince = t;
          alerter.raise(mail.mlId, { event: "spool_full", subject: "SPOOL_MAX", kind: `${count} messages en attente` });
        }
        logger.log("spool_full", { ml: mail.mlId, pending: count });
        throw new SpoolFullError(`${count} messages en attente`);
      }
      spoolFullSince = undefined;
      count++;
      oldestAt ??= t;
      void pump();
      return "en-attente";
    },
    pending() {
      return { count, oldestAgeMs: oldestAt === null || count === 0 ? null : now() - oldestAt, scanning: false };
    },
    health,
    async stop() {
      stopped = true;
      if (wakeTimer) clearTimeout(wakeTimer);
      if (sweepTimer) clearInterval(sweepTimer);
      if (countTimer) clearInterval(countTimer);
      await pumping;
      await Promise.allSettled([...attempts]);
      await alerter.flush();
    },
  };
}
