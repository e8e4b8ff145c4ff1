/**
 * The delivery worker: sends each spooled message at once, retries with exponential backoff and
 * jitter (first retry within 5 s, capped at 5 min, Retry-After honoured), deletes the file as
 * soon as the transport accepted it, alerts on permanent failures, purges what outlived the ML's
 * retention limit. A few sends in flight at most, spaced to stay within Resend's 5 requests/s.
 */
import type { MissionLocale } from "../config/ml-config";
import type { Logger } from "../log";
import type { MailTransport, SendOutcome } from "../mail/types";
import type { Alerter } from "./alerts";
import type { Delivery } from "./delivery";
import type { Spool, SpoolEntry } from "./spool";

/** How the worker paces and retries. */
export interface WorkerTuning {
  maxInFlight: number;
  minSendIntervalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A permanent refusal is tried again this much later (the cause may have been fixed). */
  permanentRetryMs: number;
  /** Retries after which the technical address hears of a delay. */
  alertAfterAttempts: number;
  sweepIntervalMs: number;
  random: () => number;
}

/** Three sends in flight, 250 ms apart: within Resend's 5 requests/s. */
export const WORKER_DEFAULTS: Readonly<WorkerTuning> = {
  maxInFlight: 3,
  minSendIntervalMs: 250,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60 * 1000,
  permanentRetryMs: 30 * 60 * 1000,
  alertAfterAttempts: 6,
  sweepIntervalMs: 60_000,
  random: Math.random,
};

/** What the worker works with; a tuning value left out takes its default (WORKER_DEFAULTS). */
export interface WorkerOptions extends Partial<WorkerTuning> {
  spool: Spool;
  transport: MailTransport;
  logger: Logger;
  alerter: Alerter;
  missionsLocales: ReadonlyMap<string, MissionLocale>;
  now: () => number;
}

interface Pending {
  entry: SpoolEntry;
  attempts: number;
  dueAt: number;
  sending: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Delay before retry number `attempt` (1 = first retry): doubling, capped, ±20 % jitter. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const delay = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}
const DEFAULT_RETENTION_DAYS = 7;

export interface DeliveryWorker extends Delivery {
  /** Picks up every pending file (restart recovery) and starts the timers. */
  start(): Promise<void>;
}

export function createDeliveryWorker(options: WorkerOptions): DeliveryWorker {
  const { spool, transport, logger, alerter, missionsLocales, now, ...given } = options;
  const tuning: WorkerTuning = { ...WORKER_DEFAULTS, ...given };
  const { maxInFlight, minSendIntervalMs, baseDelayMs, maxDelayMs, permanentRetryMs, alertAfterAttempts } = tuning;
  const { sweepIntervalMs, random } = tuning;

  const pending = new Map<string, Pending>();
  const attempts = new Set<Promise<void>>();
  let inFlight = 0;
  let nextSendAt = 0;
  let wakeTimer: NodeJS.Timeout | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let health = { checkedAt: -Infinity, ok: true };

  const backoff = (attempt: number) => retryDelay(attempt, baseDelayMs, maxDelayMs, random);

  const wakeAt = (time: number) => {
    if (stopped) return;
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = setTimeout(pump, Math.max(0, time - now()));
    wakeTimer.unref();
  };

  function pump(): void {
    if (stopped) return;
    const t = now();
    // Checked before sorting the backlog: during a burst every enqueue pumps, and the pending
    // list can hold thousands of messages. An attempt ending pumps again.
    if (inFlight >= maxInFlight) return;
    if (t < nextSendAt) {
      wakeAt(nextSendAt);
      return;
    }
    const due = [...pending.values()].filter((p) => !p.sending).sort((a, b) => a.dueAt - b.dueAt);
    for (const item of due) {
      if (item.dueAt > t) {
        wakeAt(item.dueAt);
        return;
      }
      if (inFlight >= maxInFlight) return; // an attempt ending pumps again
      if (t < nextSendAt) {
        wakeAt(nextSendAt);
        return;
      }
      nextSendAt = t + minSendIntervalMs;
      const attempt = deliver(item).finally(() => {
        attempts.delete(attempt);
        pump();
      });
      attempts.add(attempt);
    }
  }

  async function deliver(item: Pending): Promise<void> {
    const { entry } = item;
    item.sending = true;
    inFlight++;
    try {
      let outcome: SendOutcome;
      try {
        const mail = await spool.read(entry);
        outcome = await transport.send(mail).catch(
          (error: unknown): SendOutcome => ({
            ok: false,
            retryable: true,
            kind: error instanceof Error ? error.name : "exception",
          }),
        );
      } catch (error) {
        await quarantine(entry.file, entry.mlId, error instanceof Error ? error.name : "illisible");
        pending.delete(entry.file);
        return;
      }
      item.attempts++;
      if (outcome.ok) {
        await spool.remove(entry).catch(() => undefined);
        pending.delete(entry.file);
        logger.log("delivered", {
          ml: entry.mlId,
          reference: entry.reference,
          kind: transport.name,
          attempt: item.attempts,
        });
        return;
      }
      const delayMs = outcome.retryable
        ? Math.max(backoff(item.attempts), outcome.retryAfterMs ?? 0)
        : Math.max(permanentRetryMs, outcome.retryAfterMs ?? 0);
      item.dueAt = now() + delayMs;
      const fields = {
        ml: entry.mlId,
        reference: entry.reference,
        kind: outcome.kind,
        attempt: item.attempts,
        delayMs,
      };
      if (outcome.retryable) {
        logger.log("retry", fields);
        if (item.attempts === alertAfterAttempts)
          alerter.raise(entry.mlId, {
            event: "failed",
            subject: entry.reference,
            kind: `${outcome.kind} (nouvelles tentatives en cours)`,
          });
      } else {
        logger.log("failed", fields);
        alerter.raise(entry.mlId, { event: "failed", subject: entry.reference, kind: outcome.kind });
      }
    } finally {
      item.sending = false;
      inFlight--;
    }
  }

  async function quarantine(file: string, mlId: string | undefined, kind: string): Promise<void> {
    await spool.quarantine(file).catch(() => undefined);
    logger.log("quarantined", { ml: mlId, kind });
    alerter.raise(mlId, { event: "quarantined", subject: file, kind });
  }

  async function purgeExpired(): Promise<void> {
    const t = now();
    for (const item of [...pending.values()]) {
      if (item.sending) continue;
      const days = missionsLocales.get(item.entry.mlId)?.retentionJours ?? DEFAULT_RETENTION_DAYS;
      if (t - item.entry.acceptedAt <= days * DAY_MS) continue;
      item.sending = true; // claimed: the pump must not pick it up meanwhile
      await spool.remove(item.entry).catch(() => undefined);
      pending.delete(item.entry.file);
      logger.log("purged", { ml: item.entry.mlId, reference: item.entry.reference, attempt: item.attempts });
      alerter.raise(item.entry.mlId, { event: "purged", subject: item.entry.reference, kind: `après ${days} jours` });
    }
  }

  return {
    async start() {
      const { entries, strays } = await spool.scan();
      for (const file of strays) await quarantine(file, undefined, "nom-inconnu");
      const t = now();
      for (const entry of entries) {
        // Opened once now so every unreadable file is set aside (and reported together) at start.
        const readable = await spool.read(entry).then(
          () => true,
          async (error: unknown) => {
            await quarantine(entry.file, entry.mlId, error instanceof Error ? error.name : "illisible");
            return false;
          },
        );
        if (readable) pending.set(entry.file, { entry, attempts: 0, dueAt: t, sending: false });
      }
      await purgeExpired();
      sweepTimer = setInterval(() => void purgeExpired(), sweepIntervalMs);
      sweepTimer.unref();
      pump();
    },
    async enqueue(mail) {
      const entry = await spool.put(mail, now());
      pending.set(entry.file, { entry, attempts: 0, dueAt: now(), sending: false });
      pump();
    },
    pending() {
      const accepted = [...pending.values()].map((p) => p.entry.acceptedAt);
      return { count: accepted.length, oldestAgeMs: accepted.length ? now() - Math.min(...accepted) : null };
    },
    async healthy() {
      if (now() - health.checkedAt > 5000) health = { checkedAt: now(), ok: await spool.writable() };
      return health.ok && !stopped;
    },
    async stop() {
      stopped = true;
      if (wakeTimer) clearTimeout(wakeTimer);
      if (sweepTimer) clearInterval(sweepTimer);
      await Promise.allSettled([...attempts]);
      await alerter.flush();
    },
  };
}
