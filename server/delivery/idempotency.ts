/**
 * Idempotency-Key → one reference and one 202 answer, for 24 hours, across restarts.
 *
 * The reference itself is a keyed hash of (ML, key): a repeat after a crash that happened between
 * spooling and indexing computes the same reference, overwrites the same spool file and is the
 * same Resend idempotency key / Message-ID — never a second email. The index (DATA_DIR) holds
 * only keyed hashes, references and deadlines: nothing a youth typed.
 * Concurrent repeats wait for the first request and share its outcome; only an accepted
 * registration stays tied to its key, together with a keyed hash of its payload: a different
 * registration under a used key is refused (KeyReusedError), never answered with the first 202.
 *
 * Order of writes: the message is spooled first, then indexed. If the index cannot be written
 * (DATA_DIR full or failing) the 202 still stands — the message is in the spool and will be sent
 * once — and the key is remembered in memory; a repeat after a restart finds the waiting file
 * by its reference (delivery.enqueue answers "deja-en-attente").
 */
import { createHmac } from "node:crypto";
import { mkdir, open, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AcceptedResponse } from "../../contract/api-types";
import { writeFileDurably } from "./durable-file";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type Outcome<T> = { accepted: true; response: AcceptedResponse } | { accepted: false; value: T };

/** The key was used for another payload: the caller must start again with a fresh key. */
export class KeyReusedError extends Error {
  override name = "KeyReusedError";
}

export interface IdempotencyStore {
  /**
   * Runs `produce` once per (ML, key); repeats within 24 h with the same payload get the first
   * accepted response; another payload under that key throws KeyReusedError.
   */
  run<T>(
    mlId: string,
    key: string,
    body: unknown,
    produce: (reference: string) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>>;
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

/** Object keys sorted at every level: the same payload gives the same text whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Keyed hash of what the youth answered. `meta` (fill time, honeypot) is left out: the widget
 * measures the fill time again when it retries the same answers.
 */
export function payloadHash(secret: Uint8Array, mlId: string, body: unknown): string {
  const answers =
    body !== null && typeof body === "object" && !Array.isArray(body)
      ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== "meta"))
      : body;
  return hmac(secret, "payload", mlId, canonical(answers)).toString("base64url");
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
  /** Keyed hash of the payload (absent in records written before it existed). */
  p?: string;
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
  onUnwritable: (error: unknown) => void = () => undefined,
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
  // Compaction is an optimisation: on a full or failing DATA_DIR the server still starts.
  await writeFileDurably(file, Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join(""))).catch(onUnwritable);
  const handle = await open(file, "a", 0o600);
  let torn = false;
  const log = groupCommit(async (text) => {
    // After a failed append the file may end in half a line: start on a fresh one.
    await handle.appendFile(torn ? `\n${text}` : text);
    await handle.sync();
    torn = false;
  });
  return createStore(secret, now, {
    records,
    append: (record) =>
      log.append(`${JSON.stringify(record)}\n`).catch((error: unknown) => {
        torn = true;
        onUnwritable(error);
      }),
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
  const inFlight = new Map<string, { p: string; promise: Promise<Outcome<unknown>> }>();
  const sweep = () => {
    const t = now();
    for (const [h, record] of accepted) if (record.expiresAt <= t) accepted.delete(h);
  };

  return {
    get size() {
      return accepted.size;
    },
    async run<T>(mlId: string, key: string, body: unknown, produce: (reference: string) => Promise<Outcome<T>>) {
      sweep();
      const h = keyedHash(secret, mlId, key);
      const p = payloadHash(secret, mlId, body);
      const known = accepted.get(h);
      if (known) {
        if (known.p !== undefined && known.p !== p) throw new KeyReusedError();
        return { accepted: true, response: { reference: known.reference, rappelAvant: known.rappelAvant } };
      }
      const running = inFlight.get(h) as { p: string; promise: Promise<Outcome<T>> } | undefined;
      if (running) {
        if (running.p !== p) throw new KeyReusedError();
        return running.promise;
      }
      const promise = (async () => {
        const outcome = await produce(referenceFor(secret, mlId, key));
        if (outcome.accepted) {
          const record = { h, p, ...outcome.response, expiresAt: now() + IDEMPOTENCY_TTL_MS };
          // Remembered before the write: if DATA_DIR fails, repeats in this process still match.
          accepted.set(h, record);
          await persistence.append(record);
        }
        return outcome;
      })();
      inFlight.set(h, { p, promise });
      try {
        return await promise;
      } finally {
        inFlight.delete(h);
      }
    },
    close: () => persistence.close(),
  };
}
