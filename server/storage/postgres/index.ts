/**
 * The PostgreSQL adapter (DATABASE_URL): several instances share one database; nothing personal
 * or sealed is written under SPOOL_DIR or DATA_DIR. README.md, "Héberger plusieurs Missions Locales".
 */
import type { MissionLocale } from "../../config/ml-config";
import type { DerivedKeys } from "../../delivery/keys";
import type { Logger } from "../../log";
import type { Storage } from "../port";
import { connect, type Sql } from "./connect";
import { createPostgresDeliveryWorker } from "./delivery";
import { postgresIdempotencyStore } from "./idempotency";
import { postgresDuplicateMemory, postgresSessionGenerations } from "./keyed";
import { migrate } from "./migrations";
import { postgresStatsStore } from "./stats";

export interface PostgresStorageOptions {
  url: string;
  keys: DerivedKeys;
  missionsLocales: readonly MissionLocale[];
  logger: Logger;
  now: () => number;
  /** Connections per instance (default 5). */
  poolSize?: number;
  /** Lease of a delivery claim (default 30 s) and idle poll (default 1 s): tests shorten them. */
  leaseMs?: number;
  pollMs?: number;
}

export async function openPostgresStorage(options: PostgresStorageOptions): Promise<Storage & { sql: Sql }> {
  const { keys, missionsLocales, logger, now } = options;
  const sql = connect(options.url, { max: options.poolSize });
  try {
    const applied = await migrate(sql);
    if (applied.length > 0) logger.log("migrated", { kind: applied.join(",") });
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  const zones = new Map(missionsLocales.map((ml) => [ml.id, ml.fuseauHoraire]));
  const idempotency = postgresIdempotencyStore(sql, keys.idempotency, now, logger);
  const stats = postgresStatsStore(sql, logger, zones, () => new Date(now()));
  return {
    kind: "postgresql",
    sql,
    delivery: (worker) =>
      createPostgresDeliveryWorker({
        ...worker,
        sql,
        key: keys.spool,
        leaseMs: options.leaseMs,
        pollMs: options.pollMs,
      }),
    idempotency,
    duplicates: postgresDuplicateMemory(sql, keys.doublons),
    stats,
    adminSessions: postgresSessionGenerations(sql),
    async close() {
      await idempotency.close();
      await stats.close();
      await sql.end({ timeout: 5 });
    },
  };
}
