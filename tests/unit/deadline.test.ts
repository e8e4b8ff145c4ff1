import { describe, expect, it } from "vitest";
import type { MissionLocale } from "../../server/config/ml-config";
import { callBackDeadline } from "../../server/deadline";
import { isoWithOffset } from "../../server/time/zoned";
import { demoRoubaix } from "../support/demo-config";

/** Monday–Friday 9:00–12:30 and 13:30–17:30, Thursday afternoon only (as the demo ML). */
const roubaix = demoRoubaix({ fermetures: [] });

function deadline(received: string, ml: MissionLocale = roubaix): string {
  return isoWithOffset(callBackDeadline(new Date(received), ml), ml.fuseauHoraire);
}

describe("call-back deadline", () => {
  it("is 24 hours later when the ML is open then", () => {
    expect(deadline("2026-11-24T10:00:00+01:00")).toBe("2026-11-25T10:00:00+01:00");
  });

  it("moves to the end of the next opening period when 24 h later falls in the lunch break", () => {
    expect(deadline("2026-11-24T12:45:00+01:00")).toBe("2026-11-25T17:30:00+01:00");
  });

  it("moves to the end of Monday morning after a Friday evening (design.md's example)", () => {
    expect(deadline("2026-11-27T20:00:00+01:00")).toBe("2026-11-30T12:30:00+01:00");
  });

  it("skips a closed morning (Thursday opens at 13:30)", () => {
    expect(deadline("2026-11-25T10:00:00+01:00")).toBe("2026-11-26T17:30:00+01:00");
  });

  it("treats the end of a period as still open", () => {
    expect(deadline("2026-11-24T17:30:00+01:00")).toBe("2026-11-25T17:30:00+01:00");
  });

  it("skips Ascension Thursday", () => {
    // Ascension 2026: Thursday 14 May.
    expect(deadline("2026-05-13T15:00:00+02:00")).toBe("2026-05-15T12:30:00+02:00");
  });

  it("skips 14 July", () => {
    // 14 July 2026 is a Tuesday.
    expect(deadline("2026-07-13T10:00:00+02:00")).toBe("2026-07-15T12:30:00+02:00");
  });

  it("counts 24 real hours across the change to winter time and answers with the new offset", () => {
    const everyDay = demoRoubaix({
      horaires: Object.fromEntries(
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].map((day) => [
          day,
          [["08:00", "20:00"]],
        ]),
      ) as MissionLocale["horaires"],
      fermetures: [],
    });
    // Saturday 24 October 2026 10:00 summer time; clocks go back on Sunday 25 at 03:00.
    expect(deadline("2026-10-24T10:00:00+02:00", everyDay)).toBe("2026-10-25T09:00:00+01:00");
    // From Friday evening: Monday noon in winter time.
    expect(deadline("2026-10-23T20:00:00+02:00")).toBe("2026-10-26T12:30:00+01:00");
  });

  it("skips the ML's closures and New Year's Day", () => {
    const closed = demoRoubaix({ fermetures: [{ du: "2026-12-24", au: "2026-12-31" }] });
    // Wednesday 23 December → closed until Thursday 31, 1 January is a holiday (Friday) → Monday 4 January.
    expect(deadline("2026-12-23T10:00:00+01:00", closed)).toBe("2027-01-04T12:30:00+01:00");
  });

  it("uses the holidays of the ML's zone: Good Friday in Alsace-Moselle", () => {
    // Good Friday 2026: 3 April, off in Moselle, not in Roubaix; Easter Monday (6 April) is off everywhere.
    expect(deadline("2026-04-02T10:00:00+02:00")).toBe("2026-04-03T10:00:00+02:00");
    const metz = demoRoubaix({ zoneJoursFeries: "alsace-moselle", fermetures: [] });
    expect(deadline("2026-04-02T10:00:00+02:00", metz)).toBe("2026-04-07T12:30:00+02:00");
  });

  it("uses La Réunion's time zone and its 20 December holiday", () => {
    const reunion = demoRoubaix({ fuseauHoraire: "Indian/Reunion", zoneJoursFeries: "RE", fermetures: [] });
    // Sunday 19 December 2027 is followed by Monday 20 December, Abolition de l'esclavage.
    expect(deadline("2027-12-17T10:00:00+04:00", reunion)).toBe("2027-12-21T12:30:00+04:00");
    expect(deadline("2027-12-17T10:00:00+04:00")).not.toContain("+04:00");
  });
});
