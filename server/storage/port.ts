/**
 * The storage port: everything the server keeps goes through it. Two adapters: files in SPOOL_DIR
 * and DATA_DIR (files.ts, the default) and PostgreSQL when DATABASE_URL is set (postgres/), for
 * several instances sharing one database (README.md, "Héberger plusieurs Missions Locales").
 * Per-client rate limits are not here: they stay in each instance's memory.
 */
import type { SessionGenerations } from "../admin/session-generations";
import type { MissionLocale } from "../config/ml-config";
import type { Alerter } from "../delivery/alerts";
import type { IdempotencyStore } from "../delivery/idempotency";
import type { DeliveryWorker, WorkerTuning } from "../delivery/worker";
import type { DuplicateMemory } from "../duplicates";
import type { Logger } from "../log";
import type { MailTransport } from "../mail/types";
import type { StatsStore } from "../stats/store";

/** What a delivery worker needs besides its storage; tuning left out takes WORKER_DEFAULTS. */
export interface DeliveryOptions extends Partial<WorkerTuning> {
  transport: MailTransport;
  logger: Logger;
  alerter: Alerter;
  missionsLocales: ReadonlyMap<string, MissionLocale>;
  now: () => number;
}

export interface Storage {
  readonly kind: "fichiers" | "postgresql";
  /** The spool (sealed messages) and its worker. */
  delivery(options: DeliveryOptions): DeliveryWorker;
  /** Idempotency-Key → one reference and one 202 (keyed hashes only). */
  readonly idempotency: IdempotencyStore;
  /** Probable duplicates (keyed hashes), for MLs that turn it on. */
  readonly duplicates: DuplicateMemory;
  /** Anonymous counters. */
  readonly stats: StatsStore;
  /** Admin session generations (logout ends sessions on every instance). */
  readonly adminSessions: SessionGenerations;
  /** After the worker stopped: last writes, connections closed. */
  close(): Promise<void>;
}
