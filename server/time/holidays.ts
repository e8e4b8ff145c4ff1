/**
 * Public holidays (days off by law) of an ML's zone. A table generated from date-holidays
 * (scripts/holiday-table.ts) answers 2020–2045 without loading the library; other years load it.
 */
import { createRequire } from "node:module";
import table from "./holiday-table.json";
import { type HolidayZone, STATE_OF_ZONE } from "./holiday-zones";

type HolidayTable = Record<string, Record<string, string[]> | undefined>;

interface HolidaysLibrary {
  new (country: string, state?: string): { getHolidays(year: number): { date: string; type: string }[] };
}

const cache = new Map<string, Set<string>>();

function fromLibrary(zone: HolidayZone, year: number): string[] {
  const Holidays = createRequire(import.meta.url)("date-holidays") as HolidaysLibrary;
  const state = STATE_OF_ZONE[zone];
  const calendar = state ? new Holidays("FR", state) : new Holidays("FR");
  return calendar
    .getHolidays(year)
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => holiday.date.slice(0, 10));
}

export function publicHolidays(zone: HolidayZone, year: number): Set<string> {
  const key = `${zone}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Set((table as HolidayTable)[zone]?.[year] ?? fromLibrary(zone, year));
    cache.set(key, days);
  }
  return days;
}
