/**
 * The idempotency index on PostgreSQL: the same Idempotency-Key sent to two instances at once gets
 * one reference and one email. The first to insert the key's row (INSERT … ON CONFLICT, never
 * read-then-write) produces the registration; the other waits for that row to hold the reference
 * and answers the same 202. A row whose producer died is taken over once its claim lapses. Only
 * keyed hashes, references and deadlines are stored (server/delivery/idempotency.ts).
 */
import type { AcceptedResponse } from "../../../contract/api-types";
import {
  IDEMPOTENCY_TTL_MS,
  type IdempotencyStore,
  KeyReusedError,
  keyedHash,
  type Outcome,
  payloadHash,
  referenceFor,
} from "../../delivery/idempotency";
import type { Logger } from "../../log";
import { orUnavailable, type Sql } from "./connect";

/** Longer than a registration takes (render + spool), short enough for a retry to succeed. */
const CLAIM_MS = 30_000;
const WAIT_STEP_MS = 50;

interface KeyRow {
  payload_hash: string;
  reference: string | null;
  rappel_avant: string | null;
}

export function postgresIdempotencyStore(
  sql: Sql,
  secret: Uint8Array,
  now: () => number,
  logger: Logger,
): IdempotencyStore {
  const inFlight = new Map<string, { p: string; promise: Promise<Outcome<unknown>> }>();
  let accepted = 0;

  async function claim(h: string, p: string): Promise<boolean> {
    const t = now();
    const rows = await orUnavailable(sql`
      INSERT INTO idempotency (key_hash, payload_hash, expires_at, claimed_until)
      VALUES (${h}, ${p}, ${t + IDEMPOTENCY_TTL_MS}::bigint, clock_timestamp() + ${CLAIM_MS} * interval '1 millisecond')
      ON CONFLICT (key_hash) DO UPDATE SET
        payload_hash = EXCLUDED.payload_hash, expires_at = EXCLUDED.expires_at,
        claimed_until = EXCLUDED.claimed_until, reference = NULL, rappel_avant = NULL
      WHERE idempotency.expires_at <= ${t}::bigint
        OR (idempotency.reference IS NULL AND idempotency.claimed_until < clock_timestamp())
      RETURNING key_hash`);
    return rows.length > 0;
  }

  async function produceOnce<T>(h: string, produce: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    let outcome: Outcome<T>;
    try {
      outcome = await produce();
    } catch (error) {
      await sql`DELETE FROM idempotency WHERE key_hash = ${h} AND reference IS NULL`.catch(() => undefined);
      throw error;
    }
    if (!outcome.accepted) {
      await sql`DELETE FROM idempotency WHERE key_hash = ${h} AND reference IS NULL`.catch(() => undefined);
      return outcome;
    }
    // The message is spooled: the 202 stands even if this write fails. A repeat then takes the
    // lapsed claim over, computes the same reference and finds the message waiting.
    await sql`UPDATE idempotency SET reference = ${outcome.response.reference},
        rappel_avant = ${outcome.response.rappelAvant}, claimed_until = NULL
      WHERE key_hash = ${h}`.then(
      () => accepted++,
      (error: { code?: string }) => logger.log("index_unwritable", { kind: `base:${error.code ?? "inconnu"}` }),
    );
    return outcome;
  }

  async function runShared<T>(
    mlId: string,
    key: string,
    h: string,
    p: string,
    produce: (reference: string) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    const reference = referenceFor(secret, mlId, key);
    for (;;) {
      if (await claim(h, p)) return produceOnce(h, () => produce(reference));
      const [row] = await orUnavailable(sql<KeyRow[]>`
        SELECT payload_hash, reference, rappel_avant FROM idempotency
        WHERE key_hash = ${h} AND expires_at > ${now()}::bigint`);
      if (!row) continue; // expired or abandoned in between: claim again
      if (row.payload_hash !== p) throw new KeyReusedError();
      if (row.reference !== null && row.rappel_avant !== null) {
        const response: AcceptedResponse = { reference: row.reference, rappelAvant: row.rappel_avant };
        return { accepted: true, response };
      }
      // Another instance is producing it: its answer will be ours.
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  return {
    get size() {
      return accepted;
    },
    async run<T>(mlId: string, key: string, body: unknown, produce: (reference: string) => Promise<Outcome<T>>) {
      const h = keyedHash(secret, mlId, key);
      const p = payloadHash(secret, mlId, body);
      const running = inFlight.get(h) as { p: string; promise: Promise<Outcome<T>> } | undefined;
      if (running) {
        if (running.p !== p) throw new KeyReusedError();
        return running.promise;
      }
      const promise = runShared(mlId, key, h, p, produce);
      inFlight.set(h, { p, promise });
      try {
        return await promise;
      } finally {
        inFlight.delete(h);
      }
    },
    async close() {
      await sql`DELETE FROM idempotency WHERE expires_at <= ${now()}::bigint`.catch(() => undefined);
    },
  };
}
