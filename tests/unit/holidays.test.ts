import { describe, expect, it } from "vitest";
import { buildHolidayTable, FIRST_YEAR, holidaysFromLibrary, LAST_YEAR } from "../../scripts/holiday-table-lib";
import table from "../../server/time/holiday-table.json";
import { HOLIDAY_ZONES } from "../../server/time/holiday-zones";
import { publicHolidays } from "../../server/time/holidays";

describe("public holidays", () => {
  it("the shipped table is what date-holidays says for every zone, 2020–2045 (else: npx tsx scripts/holiday-table.ts)", () => {
    expect(table).toEqual(buildHolidayTable());
  });

  it("answers from the table, and from the library beyond it", () => {
    expect(publicHolidays("metropole", 2026).has("2026-07-14")).toBe(true);
    expect(publicHolidays("alsace-moselle", 2026).has("2026-12-26")).toBe(true);
    expect(publicHolidays("metropole", 2026).has("2026-12-26")).toBe(false);
    expect(publicHolidays("RE", 2027).has("2027-12-20")).toBe(true);
    const later = LAST_YEAR + 5;
    expect([...publicHolidays("GP", later)].sort()).toEqual(holidaysFromLibrary("GP", later));
    expect(publicHolidays("metropole", FIRST_YEAR - 1).has(`${FIRST_YEAR - 1}-05-01`)).toBe(true);
    expect(HOLIDAY_ZONES.length).toBe(9);
  });
});
