/**
 * The duplicate memory and the admin session generations on PostgreSQL: keyed hashes with a
 * reference and a time, and a number per ML (server/duplicates.ts, server/admin/session-generations.ts).
 */
import type { SessionGenerations } from "../../admin/session-generations";
import { type DuplicateMemory, identityHash } from "../../duplicates";
import { orUnavailable, type Sql } from "./connect";

const DAY_MS = 24 * 60 * 60 * 1000;

export function postgresDuplicateMemory(sql: Sql, key: Uint8Array): DuplicateMemory {
  return {
    async find(ml, identity, at) {
      if (ml.doublons.joursMemoire <= 0) return undefined;
      const since = at.getTime() - ml.doublons.joursMemoire * DAY_MS;
      const [match] = await orUnavailable(sql<{ received_at: number; reference: string }[]>`
        SELECT received_at::float8 AS received_at, reference FROM duplicates
        WHERE ml_id = ${ml.id} AND fingerprint = ${identityHash(key, ml.id, identity)}
          AND received_at >= ${since}::bigint
        ORDER BY received_at DESC LIMIT 1`);
      return match ? { recuLe: new Date(match.received_at), reference: match.reference } : undefined;
    },
    async remember(ml, identity, reference, at) {
      if (ml.doublons.joursMemoire <= 0) return;
      const since = at.getTime() - ml.doublons.joursMemoire * DAY_MS;
      await sql`
        WITH gone AS (DELETE FROM duplicates WHERE ml_id = ${ml.id} AND received_at < ${since}::bigint)
        INSERT INTO duplicates (ml_id, fingerprint, received_at, reference)
        VALUES (${ml.id}, ${identityHash(key, ml.id, identity)}, ${at.getTime()}::bigint, ${reference})`;
    },
  };
}

export function postgresSessionGenerations(sql: Sql): SessionGenerations {
  return {
    async current(mlId) {
      const [row] = await sql<{ generation: number }[]>`SELECT generation FROM admin_sessions WHERE ml_id = ${mlId}`;
      return row?.generation ?? 0;
    },
    async revoke(mlId) {
      await sql`INSERT INTO admin_sessions (ml_id, generation) VALUES (${mlId}, 1)
        ON CONFLICT (ml_id) DO UPDATE SET generation = admin_sessions.generation + 1`;
    },
  };
}
