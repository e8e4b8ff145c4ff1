/**
 * Event log: one JSON line per event, with references, statuses and error kinds — never personal
 * data. The fields are a closed list so a name or an email cannot slip in by accident; JSON
 * escapes CR/LF, so nothing can forge a line.
 */
export type LogEventName =
  | "started"
  | "stopping"
  | "stopped"
  | "warning"
  | "received"
  | "rejected"
  | "spam"
  | "delivered"
  | "retry"
  | "failed"
  | "purged"
  | "quarantined"
  | "alert"
  | "spool_full"
  | "index_unwritable"
  | "migrated"
  | "login"
  | "error";

export interface LogFields {
  reference?: string;
  ml?: string;
  status?: number;
  /** Machine word: an error kind, a transport name… */
  kind?: string;
  attempt?: number;
  delayMs?: number;
  pending?: number;
  port?: number;
  /** Fixed wording written by the server itself (start warnings), never request data. */
  note?: string;
}

export interface Logger {
  log(event: LogEventName, fields?: LogFields): void;
}

export function createLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
  now: () => Date = () => new Date(),
): Logger {
  return {
    log(event, fields = {}) {
      write(`${JSON.stringify({ time: now().toISOString(), event, ...fields })}\n`);
    },
  };
}

/** A logger that keeps lines in memory (tests). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger((line) => lines.push(line)) };
}
