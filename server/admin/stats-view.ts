/**
 * What the page and the CSV show, computed from an ML's counters at a given instant: weeks of the
 * last year, category rows with their labels, the funnel and an estimated median fill time.
 */
import { dayIn } from "../../contract/schema/age";
import type { MissionLocale } from "../config/ml-config";
import {
  CATEGORY_KEYS,
  type CategoryDimension,
  FILL_TIME_BUCKETS,
  type MlCounters,
  NON_RENSEIGNE,
} from "../stats/counters";
import { SMALL_COUNT_LIMIT } from "../stats/small-counts";
import { nextDay } from "../time/zoned";
import { CATEGORY_LABELS } from "./labels";

export const WEEKS_SHOWN = 52;

export interface Row {
  key: string;
  label: string;
  count: number;
}

export interface Week {
  /** Monday, YYYY-MM-DD. */
  start: string;
  count: number;
  /** The current week, not over yet. */
  current: boolean;
}

export interface StatsView {
  ml: Pick<MissionLocale, "id" | "nom">;
  today: string;
  depuis: string | null;
  parcoursDepuis: string | null;
  funnelEnabled: boolean;
  lastYear: number;
  last30Days: number;
  weeks: Week[];
  /** [weekday, Monday = 0][hour]. */
  heat: number[][];
  categories: Record<CategoryDimension, Row[]>;
  /** Completed forms' median fill time in minutes; null when fewer than 5 or past the last bound. */
  medianMinutes: number | null;
}

/** 0 = Monday … 6 = Sunday for a YYYY-MM-DD. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function sumDays(jours: Record<string, number>, from: string, to: string): number {
  let total = 0;
  for (const [day, count] of Object.entries(jours)) if (day >= from && day <= to) total += count;
  return total;
}

export function lastWeeks(jours: Record<string, number>, today: string, count = WEEKS_SHOWN): Week[] {
  const thisMonday = nextDay(today, -weekdayOf(today));
  const weeks: Week[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const start = nextDay(thisMonday, -7 * i);
    weeks.push({ start, count: sumDays(jours, start, nextDay(start, 6)), current: i === 0 });
  }
  return weeks;
}

/** Linear interpolation inside the bucket that holds the middle form. */
export function estimatedMedianMinutes(buckets: Record<string, number>): number | null {
  const counts = FILL_TIME_BUCKETS.map(([label]) => buckets[label] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < SMALL_COUNT_LIMIT) return null;
  let before = 0;
  let lower = 0;
  for (const [index, [, upper]] of FILL_TIME_BUCKETS.entries()) {
    const inBucket = counts[index] ?? 0;
    if (before + inBucket >= total / 2) {
      if (!Number.isFinite(upper)) return null;
      return lower + ((total / 2 - before) / inBucket) * (upper - lower);
    }
    before += inBucket;
    lower = upper;
  }
  return null;
}

/**
 * Sources from the most to the least frequent, "Autrement" and "Non renseigné" last. Hidden
 * counts keep their fixed order: sorting them would tell 4 from 1.
 */
export function sourcesByCount(rows: readonly Row[]): Row[] {
  const last = new Set(["AUTRE", NON_RENSEIGNE]);
  const rank = (row: Row) => (last.has(row.key) ? 2 : row.count >= SMALL_COUNT_LIMIT ? 0 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? b.count - a.count : 0));
}

export function statsView(ml: MissionLocale, counters: MlCounters, now: Date): StatsView {
  const today = dayIn(now, ml.fuseauHoraire);
  const categories = {} as Record<CategoryDimension, Row[]>;
  for (const dimension of Object.keys(CATEGORY_KEYS) as CategoryDimension[]) {
    const stored = counters.categories[dimension];
    categories[dimension] = CATEGORY_KEYS[dimension]
      .map((key) => ({ key, label: CATEGORY_LABELS[dimension][key] ?? key, count: stored[key] ?? 0 }))
      // "Autre âge" only matters when the ML's range is wider than 16–25 or someone was counted.
      .filter(
        (row) => dimension !== "age" || row.key !== "AUTRE" || row.count > 0 || ml.age.min < 16 || ml.age.max > 25,
      );
  }
  categories.origine = sourcesByCount(categories.origine);
  return {
    ml: { id: ml.id, nom: ml.nom },
    today,
    depuis: counters.depuis,
    parcoursDepuis: counters.parcoursDepuis,
    funnelEnabled: ml.statistiques?.parcours ?? false,
    lastYear: sumDays(counters.jours, nextDay(today, -364), today),
    last30Days: sumDays(counters.jours, nextDay(today, -29), today),
    weeks: lastWeeks(counters.jours, today),
    heat: counters.semaine,
    categories,
    medianMinutes: estimatedMedianMinutes(counters.categories.dureeSaisie),
  };
}
