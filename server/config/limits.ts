/**
 * Limits that keep the server honest under faults (README.md, "Guarantees and data"): how many
 * messages may wait, how much free disk /healthz requires, how long a slow client may hold a
 * socket. Read from the environment beside env.ts, validated at start.
 */
import { integer } from "./env";

export interface FaultLimits {
  /** SPOOL_MAX: messages waiting for delivery beyond which a registration gets 503. */
  spoolMax: number;
  /** DISK_FREE_MIN_MB: free space /healthz requires in SPOOL_DIR and DATA_DIR (~1,000 messages). */
  minFreeBytes: number;
  /** HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS: a trickled request is cut off after this. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** MAX_CONNECTIONS: open sockets at once; more are refused by the kernel's backlog. */
  maxConnections: number;
}

export function readFaultLimits(env: NodeJS.ProcessEnv = process.env): FaultLimits {
  const requestTimeoutMs = integer(env, "REQUEST_TIMEOUT_MS", 30_000, 100, 600_000);
  return {
    spoolMax: integer(env, "SPOOL_MAX", 10_000, 1, 10_000_000),
    minFreeBytes: integer(env, "DISK_FREE_MIN_MB", 64, 0, 1_000_000) * 1024 * 1024,
    // Node requires headersTimeout ≤ requestTimeout.
    headersTimeoutMs: Math.min(requestTimeoutMs, integer(env, "HEADERS_TIMEOUT_MS", 20_000, 100, 600_000)),
    requestTimeoutMs,
    maxConnections: integer(env, "MAX_CONNECTIONS", 1000, 1, 1_000_000),
  };
}
