/**
 * Call-back deadline, by the ML's own routine (`rappel.traitement`, README.md "Call-back deadline").
 * Closed time = outside the opening periods, weekends, public holidays of the ML's zone and its
 * closures; an opening day ends at the end of its last period.
 * - "chaque-matin": the end of the first opening day that begins after receipt (received before a
 *   day's first opening: that same day).
 * - "en-continu": receipt + 24 h if the ML is open then; else the latest open instant before it,
 *   provided at least 2 hours of opening time lie between receipt and that instant; else as
 *   "chaque-matin".
 */

import { dayIn } from "../contract/schema/age";
import { type MissionLocale, WEEKDAYS } from "./config/ml-config";
import { publicHolidays } from "./time/holidays";
import { instantAt, nextDay, wallTime } from "./time/zoned";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Opening time "en-continu" needs before the deadline: less, and the youth waits for the next day. */
const MIN_OPEN_MS = 2 * HOUR_MS;
/** Far enough for a long summer closure; beyond it the config is wrong, not the youth. */
const SEARCH_DAYS = 60;

export type OpeningFacts = Pick<MissionLocale, "fuseauHoraire" | "zoneJoursFeries" | "horaires" | "fermetures">;
export type DeadlineFacts = OpeningFacts & { rappel: Pick<MissionLocale["rappel"], "traitement"> };
export type CallBackRule = MissionLocale["rappel"]["traitement"];

type Period = readonly [Date, Date];

function isClosedDay(day: string, ml: OpeningFacts): boolean {
  if (publicHolidays(ml.zoneJoursFeries, Number(day.slice(0, 4))).has(day)) return true;
  return ml.fermetures.some((closure) => closure.du <= day && day <= closure.au);
}

/**
 * Periods already computed, per ML config object and local day: every registration of a day asks
 * for the same few days, and each costs several Intl time-zone conversions.
 */
const periodsCache = new WeakMap<OpeningFacts, Map<string, readonly Period[]>>();

/** The opening periods of a local day as instants (empty on a closed day). */
export function periodsOf(day: string, ml: OpeningFacts): readonly Period[] {
  let byDay = periodsCache.get(ml);
  if (!byDay) {
    byDay = new Map();
    periodsCache.set(ml, byDay);
  }
  let periods = byDay.get(day);
  if (!periods) {
    periods = computePeriods(day, ml);
    byDay.set(day, periods);
  }
  return periods;
}

function computePeriods(day: string, ml: OpeningFacts): Period[] {
  if (isClosedDay(day, ml)) return [];
  const weekday = wallTime(instantAt(day, "12:00", ml.fuseauHoraire), ml.fuseauHoraire).weekday;
  const periods = ml.horaires[WEEKDAYS[weekday] ?? "dimanche"];
  return periods.map(([start, end]) => [
    instantAt(day, start, ml.fuseauHoraire),
    instantAt(day, end, ml.fuseauHoraire),
  ]);
}

/** The end of the first opening day whose first opening comes after `receivedAt`. */
function endOfNextOpeningDay(receivedAt: Date, ml: OpeningFacts): Date {
  let day = dayIn(receivedAt, ml.fuseauHoraire);
  for (let i = 0; i < SEARCH_DAYS; i++, day = nextDay(day)) {
    const periods = periodsOf(day, ml);
    const first = periods[0];
    const last = periods.at(-1);
    if (first && last && first[0] > receivedAt) return new Date(last[1].getTime());
  }
  // No opening in two months: the config is wrong; promise no more than a day.
  return new Date(receivedAt.getTime() + DAY_MS);
}

/** Receipt + 24 h when open then, else the latest open instant before it if 2 h of opening lie between. */
function withinADay(receivedAt: Date, ml: OpeningFacts): Date | undefined {
  const target = new Date(receivedAt.getTime() + DAY_MS);
  let openMs = 0;
  let latestOpen: Date | undefined;
  // One day before and after, for time zones far from the server's.
  const lastDay = nextDay(dayIn(target, ml.fuseauHoraire));
  for (let day = nextDay(dayIn(receivedAt, ml.fuseauHoraire), -1); day <= lastDay; day = nextDay(day)) {
    for (const [start, end] of periodsOf(day, ml)) {
      if (start <= target && target <= end) return target;
      if (end < receivedAt || start > target) continue;
      openMs += end.getTime() - Math.max(start.getTime(), receivedAt.getTime());
      latestOpen = end;
    }
  }
  return latestOpen && openMs >= MIN_OPEN_MS ? new Date(latestOpen.getTime()) : undefined;
}

export function callBackDeadline(receivedAt: Date, ml: DeadlineFacts): Date {
  if (ml.rappel.traitement === "en-continu") {
    const soon = withinADay(receivedAt, ml);
    if (soon) return soon;
  }
  return endOfNextOpeningDay(receivedAt, ml);
}
