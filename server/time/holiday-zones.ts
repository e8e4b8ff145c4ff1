/** Holiday zones of the ML config, and date-holidays' state code for each. */
export const HOLIDAY_ZONES = ["metropole", "alsace-moselle", "GP", "MQ", "GF", "RE", "YT", "BL", "MF"] as const;
export type HolidayZone = (typeof HOLIDAY_ZONES)[number];

/** Alsace-Moselle is Moselle's 57 (same holidays as 67 and 68); overseas by their own code. */
export const STATE_OF_ZONE: Record<HolidayZone, string | undefined> = {
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
