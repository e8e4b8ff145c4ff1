/**
 * Call-back deadline (design.md 3.4): received + 24 h; when that instant falls while the ML is
 * closed, the end of the next opening period after it. Weekends, public holidays of the ML's
 * zone and its closures are closed time.
 */
import { dayIn } from "../contract/schema/age";
import { type MissionLocale, WEEKDAYS } from "./config/ml-config";
import { publicHolidays } from "./time/holidays";
import { instantAt, nextDay, wallTime } from "./time/zoned";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Far enough for a long summer closure; beyond it the config is wrong, not the youth. */
const SEARCH_DAYS = 60;

type OpeningFacts = Pick<MissionLocale, "fuseauHoraire" | "zoneJoursFeries" | "horaires" | "fermetures">;

function isClosedDay(day: string, ml: OpeningFacts): boolean {
  if (publicHolidays(ml.zoneJoursFeries, Number(day.slice(0, 4))).has(day)) return true;
  return ml.fermetures.some((closure) => closure.du <= day && day <= closure.au);
}

/**
 * Periods already computed, per ML config object and local day: every registration of a day asks
 * for the same few days, and each costs several Intl time-zone conversions.
 */
const periodsCache = new WeakMap<OpeningFacts, Map<string, readonly (readonly [Date, Date])[]>>();

/** The opening periods of a local day as instants. */
function periodsOf(day: string, ml: OpeningFacts): readonly (readonly [Date, Date])[] {
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

function computePeriods(day: string, ml: OpeningFacts): [Date, Date][] {
  if (isClosedDay(day, ml)) return [];
  const weekday = wallTime(instantAt(day, "12:00", ml.fuseauHoraire), ml.fuseauHoraire).weekday;
  const periods = ml.horaires[WEEKDAYS[weekday] ?? "dimanche"];
  return periods.map(([start, end]) => [
    instantAt(day, start, ml.fuseauHoraire),
    instantAt(day, end, ml.fuseauHoraire),
  ]);
}

export function callBackDeadline(receivedAt: Date, ml: OpeningFacts): Date {
  const target = new Date(receivedAt.getTime() + DAY_MS);
  let day = dayIn(target, ml.fuseauHoraire);
  for (let i = 0; i < SEARCH_DAYS; i++, day = nextDay(day)) {
    for (const [start, end] of periodsOf(day, ml)) {
      if (end < target) continue;
      // Open at the target instant: 24 h it is. Closed: the end of the next period (a copy: the
      // cached instant must not be shared with the caller).
      return start <= target ? target : new Date(end.getTime());
    }
  }
  return target;
}
