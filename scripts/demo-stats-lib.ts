/**
 * A plausible year of counters for the demo ML (fictitious, seeded so screenshots are stable):
 * busy 12h–14h, 18h–23h and weekends, ~430–580 registrations a year, social networks growing,
 * a dip in August and at Christmas, a peak at the school year's start.
 */

import type { EtapeParcours } from "../contract/api-types";
import {
  countRegistration,
  countStep,
  emptyCounters,
  type MlCounters,
  NON_RENSEIGNE,
  type RegistrationFacts,
} from "../server/stats/counters";
import { nextDay } from "../server/time/zoned";

/** mulberry32: tiny, seeded, good enough for fake data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T extends string>(random: () => number, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1]?.[0] as T;
}

function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

/** Relative weight of each local hour on weekdays and at weekends. */
const WEEKDAY_HOURS = [
  0.35, 0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.8, 0.9, 1, 2.6, 2.8, 1.6, 0.9, 0.9, 1, 2, 2.4, 2.6, 2.4, 2.1, 1.2,
];
const WEEKEND_HOURS = [
  0.6, 0.4, 0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1, 1.3, 1.8, 1.9, 1.6, 1.4, 1.4, 1.5, 2, 2.4, 2.6, 2.5, 2.2, 1.4,
];
/** Relative activity per month (January = 0): summer dip, school year start peak. */
const MONTHS = [1.05, 1, 1, 0.95, 0.95, 1.05, 0.8, 0.55, 1.45, 1.3, 1.1, 0.9];
/** Share of started forms that reach each step. */
const REACH: Record<EtapeParcours, number> = {
  territoire: 1,
  identite: 0.93,
  coordonnees: 0.86,
  logement: 0.79,
  parcours: 0.75,
  rappel: 0.71,
  verification: 0.68,
  envoye: 0.63,
};

function weekdayOf(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function hourOf(random: () => number, weekend: boolean): number {
  const weights = weekend ? WEEKEND_HOURS : WEEKDAY_HOURS;
  const table: Record<string, number> = {};
  weights.forEach((weight, hour) => {
    table[String(hour)] = weight;
  });
  return Number(pick(random, table));
}

function registration(random: () => number, day: string, progress: number): RegistrationFacts {
  const weekday = weekdayOf(day);
  return {
    day,
    weekday,
    hour: hourOf(random, weekday >= 5),
    categories: {
      origine: pick(random, {
        RESEAUX_SOCIAUX: 18 + 24 * progress,
        AMI_FAMILLE: 24,
        FRANCE_TRAVAIL: 14,
        ETABLISSEMENT_SCOLAIRE: 9,
        SITE_INTERNET: 12 - 3 * progress,
        PARTENAIRE: 7,
        AUTRE: 3,
        [NON_RENSEIGNE]: 8,
      }),
      dejaVenu: pick(random, { NON: 68, OUI: 22, INCONNU: 10 }),
      territoire: pick(random, { DANS: 91, HORS: 9 }),
      age: pick(random, { "16-17": 15, "18-21": 50, "22-25": 35 }),
      logement: pick(random, {
        PARENTS: 55,
        FAMILLE: 12,
        AMIS: 7,
        LOGEMENT_AUTONOME: 13,
        FOYER: 5,
        HEBERGEMENT_URGENCE: 3,
        SANS_HEBERGEMENT: 2,
        AUTRE: 3,
      }),
      diplome: pick(random, { AUCUN: 30, BREVET: 15, NIVEAU_3: 22, NIVEAU_4: 25, NIVEAU_5: 6, NIVEAU_6_ET_PLUS: 2 }),
    },
  };
}

/** Fill time of a sent form: log-normal around 6 minutes. */
function fillTimeMs(random: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(6 * 60_000 * Math.exp(0.6 * normal));
}

export interface DemoOptions {
  /** Last day counted (YYYY-MM-DD), usually today. */
  until: string;
  days?: number;
  seed?: number;
}

export function demoCounters(options: DemoOptions): MlCounters {
  const random = seededRandom(options.seed ?? 2016);
  const days = options.days ?? 365;
  const counters = emptyCounters();
  // About 1.4 a day on average, growing by a third over the year.
  for (let i = 0; i < days; i++) {
    const day = nextDay(options.until, i - days + 1);
    const progress = i / days;
    const weekend = weekdayOf(day) >= 5;
    const christmas = day.slice(5) >= "12-23" || day.slice(5) <= "01-02";
    const mean =
      1.12 *
      (1 + progress / 3) *
      (weekend ? 1.3 : 0.9) *
      (MONTHS[Number(day.slice(5, 7)) - 1] ?? 1) *
      (christmas ? 0.4 : 1);
    const sent = poisson(random, mean);
    for (let n = 0; n < sent; n++) countRegistration(counters, registration(random, day, progress));
    // Started forms, of which about 63 % are sent (beacons can also get lost: it is an estimate).
    const started = poisson(random, mean / REACH.envoye);
    for (let n = 0; n < started; n++) {
      const quitAt = random();
      for (const [step, reach] of Object.entries(REACH) as [EtapeParcours, number][]) {
        if (quitAt >= reach) break;
        countStep(counters, day, step, step === "envoye" ? fillTimeMs(random) : undefined);
      }
    }
  }
  return counters;
}
