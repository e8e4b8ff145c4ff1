/**
 * Aggregate counters of one Mission Locale: numbers, never records. Each dimension is counted on
 * its own (no cross-tabulation of a youth's answers), so no combination of cells can single a
 * youth out; the only crossing is hour × weekday, two facets of the time of arrival.
 */
import { ETAPES_PARCOURS, type EtapeParcours } from "../../contract/api-types";
import { ageOn } from "../../contract/schema/age";
import { DIPLOMES, ORIGINES, type OUI_NON_INCONNU, SITUATIONS_LOGEMENT } from "../../contract/schema/enums";
import type { MissionLocale } from "../config/ml-config";
import type { Registration } from "../registration";
import { nextDay, wallTime } from "../time/zoned";

export const NON_RENSEIGNE = "NON_RENSEIGNE";
export const AGE_BANDS = ["16-17", "18-21", "22-25", "AUTRE"] as const;
export const TERRITOIRE = ["DANS", "HORS"] as const;
/** Fill time of completed forms, in minutes: [label, upper bound). */
export const FILL_TIME_BUCKETS = [
  ["0-1", 1],
  ["1-2", 2],
  ["2-3", 3],
  ["3-5", 5],
  ["5-10", 10],
  ["10-20", 20],
  ["20+", Number.POSITIVE_INFINITY],
] as const;

/** The keys each category dimension may hold, in display order. */
export const CATEGORY_KEYS = {
  origine: [...ORIGINES, NON_RENSEIGNE],
  // New youths first: the number the ML watches.
  dejaVenu: ["NON", "OUI", "INCONNU"] as const satisfies readonly (typeof OUI_NON_INCONNU)[number][],
  territoire: TERRITOIRE,
  age: AGE_BANDS,
  logement: SITUATIONS_LOGEMENT,
  diplome: DIPLOMES,
  etapes: ETAPES_PARCOURS,
  dureeSaisie: FILL_TIME_BUCKETS.map(([label]) => label),
  // Counted only by MLs that keep the duplicate memory (doublons.joursMemoire).
  doublon: ["NON", "PROBABLE"],
} as const;
export type CategoryDimension = keyof typeof CATEGORY_KEYS;
export const CATEGORY_DIMENSIONS = Object.keys(CATEGORY_KEYS) as CategoryDimension[];

/** Days older than this are dropped: the page shows the last 12 months. */
export const KEPT_DAYS = 400;

export interface MlCounters {
  version: 1;
  /** First local day a registration was counted (YYYY-MM-DD), null before. */
  depuis: string | null;
  /** First local day a funnel beacon was counted, null before. */
  parcoursDepuis: string | null;
  /** Registrations per local day (YYYY-MM-DD). */
  jours: Record<string, number>;
  /** Registrations per [weekday, Monday = 0][local hour 0–23]. */
  semaine: number[][];
  /** Every other dimension: key → count (absent = 0). */
  categories: Record<CategoryDimension, Record<string, number>>;
}

export function emptyCounters(): MlCounters {
  const categories = {} as MlCounters["categories"];
  for (const dimension of CATEGORY_DIMENSIONS) categories[dimension] = {};
  return {
    version: 1,
    depuis: null,
    parcoursDepuis: null,
    jours: {},
    semaine: Array.from({ length: 7 }, () => new Array<number>(24).fill(0)),
    categories,
  };
}

/** What one registration adds: a handful of category keys, nothing that identifies. */
export interface RegistrationFacts {
  day: string;
  /** Monday = 0 … Sunday = 6. */
  weekday: number;
  hour: number;
  categories: Partial<Record<CategoryDimension, string>>;
}

export function ageBand(age: number): (typeof AGE_BANDS)[number] {
  if (age >= 16 && age <= 17) return "16-17";
  if (age >= 18 && age <= 21) return "18-21";
  if (age >= 22 && age <= 25) return "22-25";
  return "AUTRE";
}

export function registrationFacts(registration: Registration, ml: MissionLocale): RegistrationFacts {
  const { payload, receivedAt, receivedOn: day, flags } = registration;
  const wall = wallTime(receivedAt, ml.fuseauHoraire);
  return {
    day,
    weekday: (wall.weekday + 6) % 7,
    hour: wall.hour,
    categories: {
      origine: payload.origine ?? NON_RENSEIGNE,
      dejaVenu: payload.parcours.dejaVenuMissionLocale,
      territoire: flags.horsTerritoire ? "HORS" : "DANS",
      age: ageBand(ageOn(payload.identite.dateNaissance, day)),
      logement: payload.logement.situation,
      diplome: payload.parcours.diplome,
      ...(ml.doublons.joursMemoire > 0 ? { doublon: registration.doublon ? "PROBABLE" : "NON" } : {}),
    },
  };
}

function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

export function countRegistration(counters: MlCounters, facts: RegistrationFacts): void {
  counters.depuis ??= facts.day;
  increment(counters.jours, facts.day);
  const row = counters.semaine[facts.weekday];
  if (row) row[facts.hour] = (row[facts.hour] ?? 0) + 1;
  for (const dimension of CATEGORY_DIMENSIONS) {
    const key = facts.categories[dimension];
    if (key !== undefined) increment(counters.categories[dimension], key);
  }
}

export function fillTimeBucket(durationMs: number): string {
  const minutes = durationMs / 60_000;
  return (FILL_TIME_BUCKETS.find(([, upper]) => minutes < upper) ?? FILL_TIME_BUCKETS[6])[0];
}

export function countStep(counters: MlCounters, day: string, step: EtapeParcours, durationMs?: number): void {
  counters.parcoursDepuis ??= day;
  increment(counters.categories.etapes, step);
  if (durationMs !== undefined) increment(counters.categories.dureeSaisie, fillTimeBucket(durationMs));
}

/** Drops the days more than KEPT_DAYS before `today`. */
export function dropOldDays(counters: MlCounters, today: string): void {
  const oldest = nextDay(today, -KEPT_DAYS);
  for (const day of Object.keys(counters.jours)) if (day < oldest) delete counters.jours[day];
}
