import Holidays from "date-holidays";
import { HOLIDAY_ZONES, STATE_OF_ZONE } from "../server/time/holiday-zones";

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2045;

/** zone → year → public holidays (YYYY-MM-DD), from date-holidays. */
export function holidaysFromLibrary(zone: (typeof HOLIDAY_ZONES)[number], year: number): string[] {
  const state = STATE_OF_ZONE[zone];
  const calendar = state ? new Holidays("FR", state) : new Holidays("FR");
  return calendar
    .getHolidays(year)
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => holiday.date.slice(0, 10))
    .sort();
}

export function buildHolidayTable(): Record<string, Record<string, string[]>> {
  const table: Record<string, Record<string, string[]>> = {};
  for (const zone of HOLIDAY_ZONES) {
    table[zone] = {};
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) table[zone][year] = holidaysFromLibrary(zone, year);
  }
  return table;
}
