import Holidays from "date-holidays";
import type { MissionLocale } from "../config/ml-config";

type HolidayZone = MissionLocale["zoneJoursFeries"];

/** date-holidays' state code for each zone: Alsace-Moselle is Moselle's 57, overseas by code. */
const STATE_OF_ZONE: Record<HolidayZone, string | undefined> = {
  metropole: undefined,
  "alsace-moselle": "57",
  GP: "GP",
  MQ: "MQ",
  GF: "GF",
  RE: "RE",
  YT: "YT",
  BL: "BL",
  MF: "MF",
};

const cache = new Map<string, Set<string>>();

/** Public holidays (days off by law) of the zone in `year`, as YYYY-MM-DD. */
export function publicHolidays(zone: HolidayZone, year: number): Set<string> {
  const key = `${zone}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const state = STATE_OF_ZONE[zone];
    const calendar = state ? new Holidays("FR", state) : new Holidays("FR");
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    cache.set(key, days);
  }
  return days;
}
