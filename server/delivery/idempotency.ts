/**
 * Idempotency-Key → the 202 answer, for 24 hours. Keys are stored as keyed hashes (HMAC) so the
 * index holds nothing a youth typed. Concurrent repeats wait for the first request and share
 * its outcome; only an accepted registration stays tied to its key.
 */
import { createHmac } from "node:crypto";
import type { AcceptedResponse } from "../../widget/api-types";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type Outcome<T> = { accepted: true; response: AcceptedResponse } | { accepted: false; value: T };

export interface IdempotencyStore {
  /** Runs `produce` once per (ML, key); repeats within 24 h get the first accepted response. */
  run<T>(mlId: string, key: string, produce: () => Promise<Outcome<T>>): Promise<Outcome<T>>;
  readonly size: number;
}

export function keyedHash(secret: Uint8Array, mlId: string, key: string): string {
  return createHmac("sha256", secret).update(`${mlId}\n${key}`).digest("base64url");
}

export function memoryIdempotencyStore(secret: Uint8Array, now: () => number): IdempotencyStore {
  const accepted = new Map<string, { response: AcceptedResponse; expiresAt: number }>();
  const inFlight = new Map<string, Promise<Outcome<unknown>>>();
  const sweep = () => {
    const t = now();
    for (const [hash, entry] of accepted) if (entry.expiresAt <= t) accepted.delete(hash);
  };
  return {
    get size() {
      return accepted.size;
    },
    async run<T>(mlId: string, key: string, produce: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
      sweep();
      const hash = keyedHash(secret, mlId, key);
      const known = accepted.get(hash);
      if (known) return { accepted: true, response: known.response };
      const running = inFlight.get(hash) as Promise<Outcome<T>> | undefined;
      if (running) return running;
      const promise = produce().then((outcome) => {
        if (outcome.accepted) accepted.set(hash, { response: outcome.response, expiresAt: now() + IDEMPOTENCY_TTL_MS });
        return outcome;
      });
      inFlight.set(hash, promise);
      try {
        return await promise;
      } finally {
        inFlight.delete(hash);
      }
    },
  };
}
