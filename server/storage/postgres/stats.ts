/**
 * The counters on PostgreSQL: one row per (ML, counter), incremented by upserts
 * (INSERT … ON CONFLICT DO UPDATE SET n = n + …) so that every instance adds to the same numbers
 * without reading them first. A registration's counts are written after its 202 and never fail
 * it (server/stats/store.ts); reading builds the same MlCounters as the file.
 */
import { dayIn } from "../../../contract/schema/age";
import type { Logger } from "../../log";
import {
  CATEGORY_DIMENSIONS,
  CATEGORY_KEYS,
  type CategoryDimension,
  countRegistration,
  countStep,
  emptyCounters,
  KEPT_DAYS,
  type MlCounters,
  registrationFacts,
} from "../../stats/counters";
import type { StatsStore } from "../../stats/store";
import { nextDay } from "../../time/zoned";
import type { Sql } from "./connect";

/** Counter names: "jour:2026-11-30", "semaine:0:9", "<dimension>:<key>". */
function flatten(counters: MlCounters): { cle: string; n: number }[] {
  const rows: { cle: string; n: number }[] = [];
  for (const [day, n] of Object.entries(counters.jours)) rows.push({ cle: `jour:${day}`, n });
  for (const [weekday, row] of counters.semaine.entries())
    for (const [hour, n] of row.entries()) if (n > 0) rows.push({ cle: `semaine:${weekday}:${hour}`, n });
  for (const dimension of CATEGORY_DIMENSIONS)
    for (const [key, n] of Object.entries(counters.categories[dimension])) rows.push({ cle: `${dimension}:${key}`, n });
  return rows;
}

function unflatten(rows: readonly { cle: string; n: number }[], today: string): MlCounters {
  const counters = emptyCounters();
  const oldest = nextDay(today, -KEPT_DAYS);
  for (const { cle, n } of rows) {
    const [kind, first, second] = cle.split(":");
    if (kind === "jour" && first !== undefined && first >= oldest) counters.jours[first] = n;
    else if (kind === "semaine") {
      const row = counters.semaine[Number(first)];
      if (row && Number(second) >= 0 && Number(second) < 24) row[Number(second)] = n;
    } else if (kind !== undefined && first !== undefined && kind in CATEGORY_KEYS) {
      const known: readonly string[] = CATEGORY_KEYS[kind as CategoryDimension];
      if (known.includes(first)) counters.categories[kind as CategoryDimension][first] = n;
    }
  }
  return counters;
}

export function postgresStatsStore(
  sql: Sql,
  logger: Logger,
  zones: ReadonlyMap<string, string>,
  clock: () => Date,
): StatsStore {
  const writes = new Set<Promise<void>>();

  const add = (mlId: string, delta: MlCounters) => {
    const rows = flatten(delta).map((row) => ({ ml_id: mlId, ...row }));
    const write = sql`
      WITH since AS (
        INSERT INTO stats_since (ml_id, depuis, parcours_depuis)
        VALUES (${mlId}, ${delta.depuis}, ${delta.parcoursDepuis})
        ON CONFLICT (ml_id) DO UPDATE SET
          depuis = LEAST(stats_since.depuis, EXCLUDED.depuis),
          parcours_depuis = LEAST(stats_since.parcours_depuis, EXCLUDED.parcours_depuis))
      INSERT INTO stats_counts ${sql(rows, "ml_id", "cle", "n")}
      ON CONFLICT (ml_id, cle) DO UPDATE SET n = stats_counts.n + EXCLUDED.n`.then(
      () => undefined,
      (error: { code?: string }) => logger.log("error", { ml: mlId, kind: `stats-write-base:${error.code ?? "?"}` }),
    );
    writes.add(write);
    void write.finally(() => writes.delete(write));
  };

  // Counting must never fail a registration that is already spooled (its client would retry).
  const safely = (mlId: string, count: (delta: MlCounters) => void) => {
    try {
      const delta = emptyCounters();
      count(delta);
      add(mlId, delta);
    } catch (error) {
      logger.log("error", { ml: mlId, kind: `stats-count-${(error as Error).name}` });
    }
  };

  const flush = async () => {
    await Promise.allSettled([...writes]);
  };

  return {
    recordRegistration(registration, ml) {
      safely(ml.id, (delta) => countRegistration(delta, registrationFacts(registration, ml)));
    },
    recordStep(ml, beacon, at) {
      safely(ml.id, (delta) => {
        const duration = beacon.etape === "envoye" ? beacon.dureeMs : undefined;
        countStep(delta, dayIn(at, ml.fuseauHoraire), beacon.etape, duration);
      });
    },
    async counters(mlId) {
      // This instance's own counts written first: a page read right after a registration shows it.
      await flush();
      const [rows, since] = await Promise.all([
        sql<{ cle: string; n: number }[]>`SELECT cle, n::float8 AS n FROM stats_counts WHERE ml_id = ${mlId}`,
        sql<{ depuis: string | null; parcours_depuis: string | null }[]>`
          SELECT depuis, parcours_depuis FROM stats_since WHERE ml_id = ${mlId}`,
      ]);
      const counters = unflatten(rows, dayIn(clock(), zones.get(mlId) ?? "Europe/Paris"));
      counters.depuis = since[0]?.depuis ?? null;
      counters.parcoursDepuis = since[0]?.parcours_depuis ?? null;
      return counters;
    },
    flush,
    close: flush,
  };
}
