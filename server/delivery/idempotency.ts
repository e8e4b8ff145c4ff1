/**
 * Idempotency-Key → one reference and one 202 answer, for 24 hours, across restarts.
 *
 * The reference itself is a keyed hash of (ML, key): a repeat after a crash that happened between
 * spooling and indexing computes the same reference, overwrites the same spool file and is the
 * same Resend idempotency key / Message-ID — never a second email. The index (DATA_DIR) holds
 * only keyed hashes, references and deadlines: nothing a youth typed.
 * Concurrent repeats wait for the first request and share its outcome; only an accepted
 * registration stays tied to its key.
 */
import { createHmac } from "node:crypto";
import { mkdir, open, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AcceptedResponse } from "../../contract/api-types";
import { writeFileDurably } from "./durable-file";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type Outcome<T> = { accepted: true; response: AcceptedResponse } | { accepted: false; value: T };

export interface IdempotencyStore {
  /** Runs `produce` once per (ML, key); repeats within 24 h get the first accepted response. */
  run<T>(mlId: string, key: string, produce: (reference: string) => Promise<Outcome<T>>): Promise<Outcome<T>>;
  readonly size: number;
  close(): Promise<void>;
}

// Crockford's base32 without I, L, O, U: easy to read out on the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function hmac(secret: Uint8Array, label: string, mlId: string, key: string): Buffer {
  return createHmac("sha256", secret).update(`${label}\n${mlId}\n${key.toLowerCase()}`).digest();
}

export function keyedHash(secret: Uint8Array, mlId: string, key: string): string {
  return hmac(secret, "index", mlId, key).toString("base64url");
}

/** "PI-7K3F-Q9XM": 40 bits of a keyed hash of the Idempotency-Key. */
export function referenceFor(secret: Uint8Array, mlId: string, key: string): string {
  const bytes = hmac(secret, "reference", mlId, key);
  let code = "";
  for (let i = 0; i < 8; i++) code += ALPHABET[(bytes[i] ?? 0) & 31];
  return `PI-${code.slice(0, 4)}-${code.slice(4)}`;
}

interface IndexRecord {
  h: string;
  reference: string;
  rappelAvant: string;
  expiresAt: number;
}

interface Persistence {
  records: IndexRecord[];
  append(record: IndexRecord): Promise<void>;
  close(): Promise<void>;
}

/** The index in memory only (tests, benchmarks). */
export function memoryIdempotencyStore(secret: Uint8Array, now: () => number): IdempotencyStore {
  return createStore(secret, now, { records: [], append: async () => undefined, close: async () => undefined });
}

/** The index kept in DATA_DIR as JSON lines, compacted at start, fsynced before each 202. */
export async function openIdempotencyStore(
  secret: Uint8Array,
  now: () => number,
  dataDir: string,
): Promise<IdempotencyStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, "idempotency.jsonl");
  const text = await readFile(file, "utf8").catch(() => "");
  const records: IndexRecord[] = [];
  const t = now();
  for (const line of text.split("\n")) {
    try {
      const record = JSON.parse(line) as IndexRecord;
      if (record.expiresAt > t) records.push(record);
    } catch {
      // a torn last line after a crash: that request got no 202
    }
  }
  await writeFileDurably(file, Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join("")));
  const handle = await open(file, "a", 0o600);
  const log = groupCommit(async (text) => {
    await handle.appendFile(text);
    await handle.sync();
  });
  return createStore(secret, now, {
    records,
    append: (record) => log.append(`${JSON.stringify(record)}\n`),
    async close() {
      await log.drain();
      await handle.close();
    },
  });
}

/**
 * Group commit: appends that arrive while a write + fsync is running are written together by
 * the next one, so a burst costs one fsync per batch instead of one queue slot each. Every
 * append still resolves only once its own line is on disk; a failed batch fails its own appends
 * only.
 */
export function groupCommit(write: (text: string) => Promise<void>): {
  append(line: string): Promise<void>;
  drain(): Promise<void>;
} {
  let queued: string[] = [];
  let next: Promise<void> | undefined;
  let last: Promise<void> = Promise.resolve();
  return {
    append(line) {
      queued.push(line);
      if (!next) {
        next = last
          .catch(() => undefined)
          .then(() => {
            const text = queued.join("");
            queued = [];
            next = undefined;
            return write(text);
          });
        last = next;
      }
      return next;
    },
    drain: () => last.catch(() => undefined),
  };
}

function createStore(secret: Uint8Array, now: () => number, persistence: Persistence): IdempotencyStore {
  const accepted = new Map(persistence.records.map((record) => [record.h, record]));
  const inFlight = new Map<string, Promise<Outcome<unknown>>>();
  const sweep = () => {
    const t = now();
    for (const [h, record] of accepted) if (record.expiresAt <= t) accepted.delete(h);
  };

  return {
    get size() {
      return accepted.size;
    },
    async run<T>(mlId: string, key: string, produce: (reference: string) => Promise<Outcome<T>>) {
      sweep();
      const h = keyedHash(secret, mlId, key);
      const known = accepted.get(h);
      if (known) return { accepted: true, response: { reference: known.reference, rappelAvant: known.rappelAvant } };
      const running = inFlight.get(h) as Promise<Outcome<T>> | undefined;
      if (running) return running;
      const promise = (async () => {
        const outcome = await produce(referenceFor(secret, mlId, key));
        if (outcome.accepted) {
          const record = { h, ...outcome.response, expiresAt: now() + IDEMPOTENCY_TTL_MS };
          await persistence.append(record);
          accepted.set(h, record);
        }
        return outcome;
      })();
      inFlight.set(h, promise);
      try {
        return await promise;
      } finally {
        inFlight.delete(h);
      }
    },
    close: () => persistence.close(),
  };
}
