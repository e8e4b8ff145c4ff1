/**
 * Versioned schema, applied at start. Two instances starting together take turns: the first
 * holds a transaction-scoped advisory lock while it migrates, the second then finds every
 * version recorded in schema_migrations and applies nothing. A version is never edited once
 * released: a change is a new version.
 *
 * What the tables hold: sealed bytes (the spool), keyed hashes (idempotency, duplicates),
 * references, counters and numbers. Nothing a youth typed is ever in clear here.
 */
import type { Sql } from "postgres";

/** Any fixed number: the advisory lock other programs on the same database will not take. */
const MIGRATION_LOCK = 7_146_2026;

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE spool (
        id bigserial PRIMARY KEY,
        reference text NOT NULL,
        kind text NOT NULL,
        ml_id text NOT NULL,
        accepted_at bigint NOT NULL,
        due_at bigint NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        claimed_until timestamptz,
        claimed_by text,
        sealed bytea NOT NULL,
        UNIQUE (reference, kind)
      );
      CREATE INDEX spool_due ON spool (due_at);
      CREATE TABLE spool_quarantine (
        id bigint PRIMARY KEY,
        reference text NOT NULL,
        kind text NOT NULL,
        ml_id text NOT NULL,
        accepted_at bigint NOT NULL,
        sealed bytea NOT NULL,
        quarantined_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE idempotency (
        key_hash text PRIMARY KEY,
        payload_hash text NOT NULL,
        reference text,
        rappel_avant text,
        expires_at bigint NOT NULL,
        claimed_until timestamptz
      );
      CREATE INDEX idempotency_expiry ON idempotency (expires_at);
      CREATE TABLE duplicates (
        ml_id text NOT NULL,
        fingerprint text NOT NULL,
        received_at bigint NOT NULL,
        reference text NOT NULL
      );
      CREATE INDEX duplicates_lookup ON duplicates (ml_id, fingerprint, received_at);
      CREATE TABLE stats_counts (
        ml_id text NOT NULL,
        cle text NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (ml_id, cle)
      );
      CREATE TABLE stats_since (
        ml_id text PRIMARY KEY,
        depuis text,
        parcours_depuis text
      );
      CREATE TABLE admin_sessions (
        ml_id text PRIMARY KEY,
        generation integer NOT NULL
      );
    `,
  },
];

/** Applies the versions not yet recorded; returns those it applied. */
export async function migrate(sql: Sql): Promise<number[]> {
  const applied: number[] = [];
  await sql.begin(async (transaction) => {
    // TransactionSql loses its call signature in postgres's types; it is the same tagged function.
    const tx = transaction as unknown as Sql;
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`;
    const done = new Set(
      (await tx<{ version: number }[]>`SELECT version FROM schema_migrations`).map((r) => r.version),
    );
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (version) VALUES (${migration.version})`;
      applied.push(migration.version);
    }
  });
  return applied;
}
