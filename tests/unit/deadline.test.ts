import { describe, expect, it } from "vitest";
import type { MissionLocale } from "../../server/config/ml-config";
import { callBackDeadline } from "../../server/deadline";
import { isoWithOffset } from "../../server/time/zoned";
import { demoMissionLocale, RAPPEL_AVANT, RECEIVED_AT } from "../fixtures/registration";
import { demoRoubaix } from "../support/demo-config";
import { WORKED_EXAMPLE_HOURS, WORKED_EXAMPLES, workedExampleMl } from "../support/worked-examples";

function deadline(received: string, ml: MissionLocale): string {
  return isoWithOffset(callBackDeadline(new Date(received), ml), ml.fuseauHoraire);
}

const everyDay8to20 = (): MissionLocale["horaires"] =>
  Object.fromEntries(
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].map((day) => [day, [["08:00", "20:00"]]]),
  ) as MissionLocale["horaires"];

describe("call-back deadline: the worked examples", () => {
  const chaqueMatin = workedExampleMl("chaque-matin");
  const enContinu = workedExampleMl("en-continu");
  for (const [received, morning, continuous] of WORKED_EXAMPLES) {
    it(`received ${received}: chaque-matin ${morning}, en-continu ${continuous}`, () => {
      expect(deadline(received, chaqueMatin)).toBe(morning);
      expect(deadline(received, enContinu)).toBe(continuous);
    });
  }

  it("calls back by the end of each next morning's day when the ML says nothing (chaque-matin)", () => {
    const ml = demoRoubaix({ horaires: WORKED_EXAMPLE_HOURS, fermetures: [] });
    expect(ml.rappel.traitement).toBe("chaque-matin");
    expect(deadline("2026-12-07T20:00:00+01:00", ml)).toBe("2026-12-08T17:30:00+01:00");
  });

  it("takes a registration received at the very minute of opening to the next opening day", () => {
    expect(deadline("2026-12-07T09:00:00+01:00", chaqueMatin)).toBe("2026-12-08T17:30:00+01:00");
    expect(deadline("2026-12-07T08:59:00+01:00", chaqueMatin)).toBe("2026-12-07T17:30:00+01:00");
  });
});

describe("call-back deadline across a change of time", () => {
  it("counts 24 real hours into winter time and answers with the new offset (last Sunday of October)", () => {
    const ml = workedExampleMl("en-continu", { horaires: everyDay8to20() });
    // Saturday 24 October 2026 10:00 summer time; clocks go back on Sunday 25 at 03:00.
    expect(deadline("2026-10-24T10:00:00+02:00", ml)).toBe("2026-10-25T09:00:00+01:00");
    // Friday evening in summer time, Monday in winter time.
    expect(deadline("2026-10-23T20:00:00+02:00", workedExampleMl("chaque-matin"))).toBe("2026-10-26T17:30:00+01:00");
  });

  it("counts 24 real hours into summer time (last Sunday of March)", () => {
    const ml = workedExampleMl("en-continu", { horaires: everyDay8to20() });
    // Saturday 28 March 2026 10:00 winter time; clocks go forward on Sunday 29 at 02:00.
    expect(deadline("2026-03-28T10:00:00+01:00", ml)).toBe("2026-03-29T11:00:00+02:00");
    expect(deadline("2026-03-27T20:00:00+01:00", workedExampleMl("chaque-matin"))).toBe("2026-03-30T17:30:00+02:00");
    // Opening at 08:00 on the Sunday of the change is 08:00 summer time.
    expect(deadline("2026-03-29T01:30:00+01:00", workedExampleMl("chaque-matin", { horaires: everyDay8to20() }))).toBe(
      "2026-03-29T20:00:00+02:00",
    );
  });
});

describe("call-back deadline of other MLs", () => {
  it("uses La Réunion's time zone and its 20 December holiday", () => {
    const reunion = (traitement: MissionLocale["rappel"]["traitement"]) =>
      workedExampleMl(traitement, { fuseauHoraire: "Indian/Reunion", zoneJoursFeries: "RE", fermetures: [] });
    // 20 December 2027 (Abolition de l'esclavage) is a Monday.
    expect(deadline("2027-12-17T18:00:00+04:00", reunion("chaque-matin"))).toBe("2027-12-21T17:30:00+04:00");
    expect(deadline("2027-12-17T10:00:00+04:00", reunion("en-continu"))).toBe("2027-12-17T17:00:00+04:00");
    expect(deadline("2027-12-17T16:00:00+04:00", reunion("en-continu"))).toBe("2027-12-21T17:30:00+04:00");
    // The same instant in Paris: 20 December is a working Monday there.
    expect(deadline("2027-12-17T18:00:00+04:00", workedExampleMl("chaque-matin"))).toBe("2027-12-20T17:30:00+01:00");
  });

  it("counts Saturday morning when the ML opens then", () => {
    const horaires = { ...WORKED_EXAMPLE_HOURS, samedi: [["09:00", "12:00"]] as [string, string][] };
    const morning = workedExampleMl("chaque-matin", { horaires });
    const continuous = workedExampleMl("en-continu", { horaires });
    expect(deadline("2026-12-11T16:00:00+01:00", morning)).toBe("2026-12-12T12:00:00+01:00");
    // 1 h left on Friday, 3 h on Saturday morning: enough for the latest open instant.
    expect(deadline("2026-12-11T16:00:00+01:00", continuous)).toBe("2026-12-12T12:00:00+01:00");
    expect(deadline("2026-12-12T11:00:00+01:00", morning)).toBe("2026-12-14T17:30:00+01:00");
    expect(deadline("2026-12-12T11:00:00+01:00", continuous)).toBe("2026-12-14T17:30:00+01:00");
  });

  it("uses the holidays of the ML's zone: Good Friday in Alsace-Moselle", () => {
    // Good Friday 2026: 3 April, off in Moselle, not in Roubaix.
    expect(deadline("2026-04-02T18:00:00+02:00", workedExampleMl("chaque-matin"))).toBe("2026-04-03T17:00:00+02:00");
    const metz = workedExampleMl("chaque-matin", { zoneJoursFeries: "alsace-moselle" });
    // Easter Monday (6 April) is off everywhere.
    expect(deadline("2026-04-02T18:00:00+02:00", metz)).toBe("2026-04-07T17:30:00+02:00");
  });
});

describe("the fixtures", () => {
  it("give the fixture registration the deadline the demo Mission Locale's rule gives it", () => {
    expect(callBackDeadline(RECEIVED_AT, demoMissionLocale())).toEqual(RAPPEL_AVANT);
  });
});
