/**
 * The delivery worker: sends each spooled message at once, retries with exponential backoff and
 * jitter (first retry within 5 s, capped at 5 min, Retry-After honoured), deletes the file as
 * soon as the transport accepted it, alerts on permanent failures, purges what outlived the ML's
 * retention limit. A few sends in flight at most, spaced to stay within Resend's 5 requests/s.
 *
 * Memory stays bounded whatever the backlog: at most `queueSize` entries (the oldest) are held,
 * the rest wait on disk and are picked up by a later scan; counts are kept as numbers, never
 * by spreading a list. Beyond `maxPending` messages, new ones are refused (SpoolFullError).
 */
import type { MissionLocale } from "../config/ml-config";
import type { Logger } from "../log";
import type { MailTransport, OutgoingMail, SendOutcome } from "../mail/types";
import type { Alerter } from "./alerts";
import type { Delivery, DeliveryHealth } from "./delivery";
import { probeFolder, type Spool, type SpoolEntry } from "./spool";

/** How the worker paces, retries, bounds its memory and checks its folders. */
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
  /** Entries held in memory at once; the rest stay on disk until a scan brings them in. */
  queueSize: number;
  /** SPOOL_MAX: messages waiting beyond which new ones are refused. */
  maxPending: number;
  /** Folders whose writes /healthz proves (SPOOL_DIR always; DATA_DIR from main.ts). */
  otherFolders: readonly string[];
  /** Below this many free bytes in a folder, /healthz answers 503. */
  minFreeBytes: number;
  /** Writes and fsyncs a probe in a folder, returns its free bytes; throws when not writable. */
  probeFolder: (dir: string) => Promise<{ freeBytes: number }>;
}

/** Roughly 1,000 registrations (a PDF and its JSON, sealed, are ~30–60 KB). */
export const DEFAULT_MIN_FREE_BYTES = 64 * 1024 * 1024;

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
  queueSize: 1000,
  maxPending: 10_000,
  otherFolders: [],
  minFreeBytes: DEFAULT_MIN_FREE_BYTES,
  probeFolder,
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

/** SPOOL_DIR refused the write (full, read-only, failing): nothing was accepted. */
export class SpoolUnwritableError extends Error {
  override name = "SpoolUnwritableError";
}

/** SPOOL_MAX reached: the registration is not accepted, nothing will be sent. */
export class SpoolFullError extends Error {
  override name = "SpoolFullError";
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

/**
 * A send that did not go: a `retry` (alerting once, after `alertAfter` attempts) or a `failed`
 * event (alerting at once). Shared by the file spool's worker and PostgreSQL's.
 */
export function reportFailedAttempt(
  out: { logger: Logger; alerter: Alerter },
  mlId: string,
  reference: string,
  outcome: Exclude<SendOutcome, { ok: true }>,
  attempt: number,
  delayMs: number,
  alertAfter: number,
): void {
  const fields = { ml: mlId, reference, kind: outcome.kind, attempt, delayMs };
  if (outcome.retryable) {
    out.logger.log("retry", fields);
    if (attempt === alertAfter) {
      out.alerter.raise(mlId, {
        event: "failed",
        subject: reference,
        kind: `${outcome.kind} (nouvelles tentatives en cours)`,
      });
    }
    return;
  }
  out.logger.log("failed", fields);
  out.alerter.raise(mlId, { event: "failed", subject: reference, kind: outcome.kind });
}

/** The tuning a caller gives, over the defaults; an option passed as undefined keeps its default. */
export function workerTuning(given: Partial<WorkerTuning>): WorkerTuning {
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return { ...WORKER_DEFAULTS, ...defined };
}

/** One send; a transport that throws is a failure worth another try, named after its error. */
export function sendOnce(transport: MailTransport, mail: OutgoingMail): Promise<SendOutcome> {
  return transport.send(mail).catch(
    (error: unknown): SendOutcome => ({
      ok: false,
      retryable: true,
      kind: error instanceof Error ? error.name : "exception",
    }),
  );
}

/**
 * How long to wait after failed send number `attempt`: the backoff for a passing fault, the
 * permanent-refusal delay otherwise; never less than the provider's Retry-After.
 */
export function delayAfterFailure(
  outcome: Exclude<SendOutcome, { ok: true }>,
  attempt: number,
  tuning: Pick<WorkerTuning, "baseDelayMs" | "maxDelayMs" | "permanentRetryMs" | "random">,
): number {
  const delay = outcome.retryable
    ? retryDelay(attempt, tuning.baseDelayMs, tuning.maxDelayMs, tuning.random)
    : tuning.permanentRetryMs;
  return Math.max(delay, outcome.retryAfterMs ?? 0);
}

/**
 * The worker's health as /healthz reads it: checked at most once a second (a platform may poll
 * often), "arrete" once the worker is stopped.
 */
export function healthEverySecond(
  now: () => number,
  check: () => Promise<DeliveryHealth>,
  stopped: () => boolean,
): () => Promise<DeliveryHealth> {
  let last: { checkedAt: number; value: DeliveryHealth } = { checkedAt: -Infinity, value: { ok: true } };
  return async () => {
    if (now() - last.checkedAt > 1000) last = { checkedAt: now(), value: await check() };
    return stopped() ? { ok: false, problem: "arrete" } : last.value;
  };
}

export interface DeliveryWorker extends Delivery {
  /** Picks up every pending file (restart recovery) and starts the timers. */
  start(): Promise<void>;
}

export function createDeliveryWorker(options: WorkerOptions): DeliveryWorker {
  const { spool, transport, logger, alerter, missionsLocales, now, ...given } = options;
  const tuning = workerTuning(given);
  const { maxInFlight, minSendIntervalMs: minInterval, alertAfterAttempts: alertAfter, queueSize, maxPending } = tuning;
  const { minFreeBytes, probeFolder: probe, otherFolders, sweepIntervalMs } = tuning;

  /** The oldest pending entries (at most queueSize, plus those arriving while it had room). */
  const pending = new Map<string, Pending>();
  /** Every message waiting in SPOOL_DIR, in memory or not. */
  let count = 0;
  /** Some pending files are on disk only: a scan brings them in as the queue empties. */
  let onDiskOnly = false;
  let scanning = false;
  let refilling: Promise<void> | undefined;
  const attempts = new Set<Promise<void>>();
  let inFlight = 0;
  let nextSendAt = 0;
  let wakeTimer: NodeJS.Timeout | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  const health = healthEverySecond(now, checkHealth, () => stopped);
  let spoolFullSince: number | undefined;

  const wakeAt = (time: number) => {
    if (stopped) return;
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = setTimeout(pump, Math.max(0, time - now()));
    wakeTimer.unref();
  };

  const forget = (item: Pending) => {
    if (pending.delete(item.entry.file)) count = Math.max(0, count - 1);
    if (onDiskOnly && pending.size < queueSize / 2) void refill();
  };

  function pump(): void {
    if (stopped || scanning) return;
    const t = now();
    // Checked before sorting the queue: during a burst every enqueue pumps. An attempt ending
    // pumps again.
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
      nextSendAt = t + minInterval;
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
        outcome = await sendOnce(transport, await spool.read(entry));
      } catch (error) {
        await quarantine(entry.file, entry.mlId, error instanceof Error ? error.name : "illisible");
        forget(item);
        return;
      }
      item.attempts++;
      if (outcome.ok) {
        await spool.remove(entry).catch(() => undefined);
        forget(item);
        logger.log("delivered", {
          ml: entry.mlId,
          reference: entry.reference,
          kind: transport.name,
          attempt: item.attempts,
        });
        return;
      }
      const delayMs = delayAfterFailure(outcome, item.attempts, tuning);
      item.dueAt = now() + delayMs;
      reportFailedAttempt(
        { logger, alerter },
        entry.mlId,
        entry.reference,
        outcome,
        item.attempts,
        delayMs,
        alertAfter,
      );
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

  /** Opens the file once: an unreadable one is set aside (and reported) as soon as it is seen. */
  async function admit(entry: SpoolEntry, dueAt: number): Promise<boolean> {
    const readable = await spool.read(entry).then(
      () => true,
      async (error: unknown) => {
        await quarantine(entry.file, entry.mlId, error instanceof Error ? error.name : "illisible");
        return false;
      },
    );
    if (readable) pending.set(entry.file, { entry, attempts: 0, dueAt, sending: false });
    return readable;
  }

  /**
   * One pass over the folder's names: counts every entry, quarantines strays, and returns the
   * `room` oldest entries not already in memory (a sorted list of at most `room` items).
   */
  async function scanFolder(
    room: number,
    since?: number,
  ): Promise<{ total: number; held: number; oldest: SpoolEntry[] }> {
    let total = 0;
    let held = 0;
    const oldest: SpoolEntry[] = [];
    for await (const found of spool.names(since)) {
      if ("stray" in found) {
        await quarantine(found.stray, undefined, "nom-inconnu");
        continue;
      }
      const { entry } = found;
      total++;
      if (pending.has(entry.file)) {
        held++;
        continue;
      }
      if (room <= 0) continue;
      if (oldest.length === room && entry.acceptedAt >= (oldest[room - 1]?.acceptedAt ?? Infinity)) continue;
      let low = 0;
      let high = oldest.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((oldest[middle]?.acceptedAt ?? 0) <= entry.acceptedAt) low = middle + 1;
        else high = middle;
      }
      oldest.splice(low, 0, entry);
      if (oldest.length > room) oldest.pop();
    }
    return { total, held, oldest };
  }

  /** Brings files waiting on disk into the queue as it empties. */
  function refill(): Promise<void> {
    refilling ??= (async () => {
      try {
        const room = queueSize - pending.size;
        const { oldest } = await scanFolder(room);
        const t = now();
        for (const entry of oldest) {
          if (pending.has(entry.file)) continue;
          if (!(await admit(entry, t))) count = Math.max(0, count - 1);
        }
        onDiskOnly = oldest.length >= room;
      } catch (error) {
        logger.log("error", { kind: `scan:${error instanceof Error ? error.name : "inconnu"}` });
      } finally {
        refilling = undefined;
      }
      pump();
    })();
    return refilling;
  }

  async function purgeExpired(): Promise<void> {
    const t = now();
    for (const item of [...pending.values()]) {
      if (item.sending) continue;
      const days = missionsLocales.get(item.entry.mlId)?.retentionJours ?? DEFAULT_RETENTION_DAYS;
      if (t - item.entry.acceptedAt <= days * DAY_MS) continue;
      item.sending = true; // claimed: the pump must not pick it up meanwhile
      await spool.remove(item.entry).catch(() => undefined);
      forget(item);
      logger.log("purged", { ml: item.entry.mlId, reference: item.entry.reference, attempt: item.attempts });
      alerter.raise(item.entry.mlId, { event: "purged", subject: item.entry.reference, kind: `après ${days} jours` });
    }
  }

  async function checkHealth(): Promise<DeliveryHealth> {
    if (stopped) return { ok: false, problem: "arrete" };
    for (const folder of [spool.dir, ...otherFolders]) {
      try {
        const { freeBytes } = await probe(folder);
        if (freeBytes < minFreeBytes) return { ok: false, problem: "espace-insuffisant" };
      } catch {
        return { ok: false, problem: "ecriture-impossible" };
      }
    }
    return { ok: true };
  }

  return {
    async start() {
      // Names only, one at a time: the count is known in a second or two whatever the backlog;
      // /healthz says "scanning" meanwhile rather than a made-up 0.
      scanning = true;
      const startedAt = now();
      let oldest: SpoolEntry[] = [];
      try {
        const scanned = await scanFolder(queueSize, startedAt);
        oldest = scanned.oldest;
        // Messages accepted during the scan are counted already (enqueue) or by the scan.
        count += scanned.total - scanned.held;
      } finally {
        scanning = false;
      }
      const t = now();
      for (const entry of oldest) {
        if (pending.has(entry.file)) continue;
        if (!(await admit(entry, t))) count = Math.max(0, count - 1);
      }
      onDiskOnly = oldest.length >= queueSize;
      await purgeExpired();
      sweepTimer = setInterval(() => void purgeExpired(), sweepIntervalMs);
      sweepTimer.unref();
      pump();
    },
    async enqueue(mail) {
      // A repeat of a message still waiting (the index in DATA_DIR could not record the first
      // 202): the file already there is the one that will be sent.
      for (const item of pending.values()) {
        if (item.entry.reference === mail.reference && item.entry.kind === mail.kind) return "deja-en-attente";
      }
      if (count >= maxPending) {
        if (spoolFullSince === undefined) {
          spoolFullSince = now();
          alerter.raise(mail.mlId, { event: "spool_full", subject: "SPOOL_MAX", kind: `${count} messages en attente` });
        }
        logger.log("spool_full", { ml: mail.mlId, pending: count });
        throw new SpoolFullError(`${count} messages en attente`);
      }
      spoolFullSince = undefined;
      const entry = await spool.put(mail, now()).catch((error: NodeJS.ErrnoException) => {
        throw new SpoolUnwritableError(error.code ?? error.name);
      });
      count++;
      if (pending.size < queueSize) pending.set(entry.file, { entry, attempts: 0, dueAt: now(), sending: false });
      else onDiskOnly = true;
      pump();
      return "en-attente";
    },
    pending() {
      let oldest = Infinity;
      for (const item of pending.values()) if (item.entry.acceptedAt < oldest) oldest = item.entry.acceptedAt;
      return { count, oldestAgeMs: oldest === Infinity ? null : now() - oldest, scanning };
    },
    health,
    async stop() {
      stopped = true;
      if (wakeTimer) clearTimeout(wakeTimer);
      if (sweepTimer) clearInterval(sweepTimer);
      await refilling;
      await Promise.allSettled([...attempts]);
      await alerter.flush();
    },
  };
}
