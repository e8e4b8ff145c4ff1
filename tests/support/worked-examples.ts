/**
 * The call-back deadline's worked examples (README.md, "Call-back deadline"): an ML with exactly
 * these opening hours, closed 24–31 December, zone métropole.
 */
import type { MissionLocale } from "../../server/config/ml-config";
import { demoRoubaix } from "./demo-config";

/** The opening hours of the worked examples (README.md, "Call-back deadline"). */
export const WORKED_EXAMPLE_HOURS: MissionLocale["horaires"] = {
  lundi: [
    ["09:00", "12:30"],
    ["13:30", "17:30"],
  ],
  mardi: [
    ["09:00", "12:30"],
    ["13:30", "17:30"],
  ],
  mercredi: [
    ["09:00", "12:30"],
    ["13:30", "17:30"],
  ],
  jeudi: [["13:30", "17:30"]],
  vendredi: [
    ["09:00", "12:30"],
    ["13:30", "17:00"],
  ],
  samedi: [],
  dimanche: [],
};

/** An ML with exactly the worked examples' facts, calling back by `traitement`. */
export function workedExampleMl(
  traitement: MissionLocale["rappel"]["traitement"],
  overrides: Partial<MissionLocale> = {},
): MissionLocale {
  return demoRoubaix({
    fuseauHoraire: "Europe/Paris",
    zoneJoursFeries: "metropole",
    horaires: WORKED_EXAMPLE_HOURS,
    fermetures: [{ du: "2026-12-24", au: "2026-12-31" }],
    rappel: { traitement },
    ...overrides,
  });
}

/** [received, chaque-matin, en-continu], local times of Paris in 2026. */
export const WORKED_EXAMPLES: readonly (readonly [string, string, string])[] = [
  ["2026-12-07T20:00:00+01:00", "2026-12-08T17:30:00+01:00", "2026-12-08T17:30:00+01:00"],
  ["2026-12-07T07:30:00+01:00", "2026-12-07T17:30:00+01:00", "2026-12-07T17:30:00+01:00"],
  ["2026-12-07T10:00:00+01:00", "2026-12-08T17:30:00+01:00", "2026-12-08T10:00:00+01:00"],
  ["2026-12-08T13:00:00+01:00", "2026-12-09T17:30:00+01:00", "2026-12-09T12:30:00+01:00"],
  ["2026-12-09T19:00:00+01:00", "2026-12-10T17:30:00+01:00", "2026-12-10T17:30:00+01:00"],
  ["2026-12-11T10:00:00+01:00", "2026-12-14T17:30:00+01:00", "2026-12-11T17:00:00+01:00"],
  ["2026-12-11T16:00:00+01:00", "2026-12-14T17:30:00+01:00", "2026-12-14T17:30:00+01:00"],
  ["2026-12-12T15:00:00+01:00", "2026-12-14T17:30:00+01:00", "2026-12-14T17:30:00+01:00"],
  ["2026-12-23T18:00:00+01:00", "2027-01-04T17:30:00+01:00", "2027-01-04T17:30:00+01:00"],
  // Ascension: Thursday 14 May 2026.
  ["2026-05-13T20:00:00+02:00", "2026-05-15T17:00:00+02:00", "2026-05-15T17:00:00+02:00"],
];
