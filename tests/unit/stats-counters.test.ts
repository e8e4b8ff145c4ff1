import { describe, expect, it } from "vitest";
import { demoCounters } from "../../scripts/demo-stats-lib";
import { heatClasses } from "../../server/admin/charts/heat-map";
import { statsCsv } from "../../server/admin/stats-csv";
import { estimatedMedianMinutes, lastWeeks, sourcesByCount, weekdayOf } from "../../server/admin/stats-view";
import {
  ageBand,
  countRegistration,
  countStep,
  dropOldDays,
  emptyCounters,
  fillTimeBucket,
  registrationFacts,
} from "../../server/stats/counters";
import { CountersFileError, parseCounters, serializeCounters } from "../../server/stats/counters-file";
import { exportedCount, shownCount, shownShare } from "../../server/stats/small-counts";
import { registration } from "../fixtures/registration";
import { demoRoubaix } from "../support/demo-config";

describe("counters", () => {
  it("bands ages as 16–17, 18–21, 22–25, else AUTRE", () => {
    expect([15, 16, 17, 18, 21, 22, 25, 26].map(ageBand)).toEqual([
      "AUTRE",
      "16-17",
      "16-17",
      "18-21",
      "18-21",
      "22-25",
      "22-25",
      "AUTRE",
    ]);
  });

  it("buckets fill times at 1, 2, 3, 5, 10 and 20 minutes", () => {
    const minute = 60_000;
    expect(
      [0, minute - 1, minute, 2 * minute, 3 * minute, 5 * minute, 10 * minute, 20 * minute - 1, 20 * minute].map(
        fillTimeBucket,
      ),
    ).toEqual(["0-1", "0-1", "1-2", "2-3", "3-5", "5-10", "10-20", "10-20", "20+"]);
  });

  it("takes day, hour and weekday in the ML's time zone, across the change to summer time", () => {
    const ml = demoRoubaix();
    // 01:30 UTC on Sunday 29 March 2026 is 03:30 in Paris (clocks went forward at 02:00 UTC+1).
    const facts = registrationFacts(registration({ receivedAt: new Date("2026-03-29T01:30:00Z") }), ml);
    expect(facts).toMatchObject({ day: "2026-03-29", hour: 3, weekday: 6 });
    // 23:30 UTC on Sunday is already Monday in Paris.
    const monday = registrationFacts(registration({ receivedAt: new Date("2026-11-29T23:30:00Z") }), ml);
    expect(monday).toMatchObject({ day: "2026-11-30", hour: 0, weekday: 0 });
  });

  it("keeps only category keys, never a name, a code or a reference", () => {
    const facts = registrationFacts(registration(), demoRoubaix());
    const text = JSON.stringify(facts);
    expect(Object.keys(facts.categories).sort()).toEqual([
      "age",
      "dejaVenu",
      "diplome",
      "logement",
      "origine",
      "territoire",
    ]);
    expect(text).not.toMatch(/PI-|59512|59100|@|\+33/);
  });

  it("drops days older than 400 days", () => {
    const counters = emptyCounters();
    counters.jours = { "2025-10-19": 1, "2025-10-20": 2, "2026-11-24": 3 };
    dropOldDays(counters, "2026-11-24");
    expect(counters.jours).toEqual({ "2025-10-20": 2, "2026-11-24": 3 });
  });

  it("counts steps and the fill time of sent forms", () => {
    const counters = emptyCounters();
    countStep(counters, "2026-11-24", "identite");
    countStep(counters, "2026-11-24", "envoye", 7 * 60_000);
    expect(counters.categories.etapes).toEqual({ identite: 1, envoye: 1 });
    expect(counters.categories.dureeSaisie).toEqual({ "5-10": 1 });
    expect(counters.parcoursDepuis).toBe("2026-11-24");
  });
});

describe("the counters file", () => {
  it("round-trips, and drops keys it does not know", () => {
    const counters = demoCounters({ until: "2026-11-24", days: 30 });
    const text = serializeCounters(counters);
    expect(parseCounters(text)).toEqual(counters);
    const json = JSON.parse(text);
    json.categories.origine.NOM_DU_JEUNE = 3;
    json.categories.inconnue = { x: 1 };
    const back = parseCounters(JSON.stringify(json));
    expect(back.categories.origine).not.toHaveProperty("NOM_DU_JEUNE");
    expect(back.categories).not.toHaveProperty("inconnue");
  });

  it("refuses what is not a counters file", () => {
    expect(() => parseCounters("{")).toThrow(CountersFileError);
    expect(() => parseCounters(JSON.stringify({ version: 1, jours: { "2026-11-24": -1 } }))).toThrow(CountersFileError);
  });
});

describe("small counts", () => {
  it("shows 1 to 4 as « < 5 », on the page and in exports, and hides their share", () => {
    expect([0, 1, 4, 5, 1234].map(shownCount)).toEqual(["0", "< 5", "< 5", "5", "1\u202f234"]);
    expect([0, 1, 4, 5, 1234].map(exportedCount)).toEqual(["0", "< 5", "< 5", "5", "1234"]);
    expect(shownShare(3, 100)).toBe("");
    expect(shownShare(25, 100)).toBe("25 %");
  });

  it("the CSV writes « < 5 » for small cells and plain numbers otherwise", () => {
    const counters = emptyCounters();
    for (let i = 0; i < 7; i++) {
      countRegistration(counters, {
        day: "2026-11-24",
        weekday: 1,
        hour: 12,
        categories: { origine: i < 3 ? "PARTENAIRE" : "RESEAUX_SOCIAUX", territoire: "DANS" },
      });
    }
    const lines = statsCsv(counters)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("dimension,cle,libelle,nombre");
    expect(lines).toContain("jour,2026-11-24,2026-11-24,7");
    expect(lines).toContain("origine,PARTENAIRE,Association ou partenaire,< 5");
    expect(lines).toContain("origine,RESEAUX_SOCIAUX,Réseaux sociaux,< 5");
    expect(lines).toContain("origine,AMI_FAMILLE,Ami ou famille,0");
    expect(lines).toContain("jour_heure,mardi-12,mardi 12 h,7");
    expect(lines).toContain('diplome,NIVEAU_5,"Bac + 2 : BTS, DUT… (niveau 5)",0');
    for (const line of lines.slice(1)) expect(line).toMatch(/,(0|[5-9]|\d{2,}|< 5)$/);
  });
});

describe("what the page computes", () => {
  it("weeks run Monday to Sunday, the last one being the current week", () => {
    expect(weekdayOf("2026-11-23")).toBe(0);
    const weeks = lastWeeks({ "2026-11-23": 2, "2026-11-24": 3, "2026-11-22": 4 }, "2026-11-24", 2);
    expect(weeks).toEqual([
      { start: "2026-11-16", count: 4, current: false },
      { start: "2026-11-23", count: 5, current: true },
    ]);
  });

  it("estimates the median fill time inside its bucket, and only from 5 forms", () => {
    expect(estimatedMedianMinutes({ "0-1": 1, "1-2": 1 })).toBeNull();
    // 10 forms, half is 5: 2 before 3 min, then 3 of the 4 in 3–5 min → 3 + ¾ × 2 = 4.5.
    expect(estimatedMedianMinutes({ "2-3": 2, "3-5": 4, "5-10": 4 })).toBeCloseTo(4.5);
    expect(estimatedMedianMinutes({ "20+": 9, "0-1": 1 })).toBeNull();
  });

  it("heat map classes are round and the busiest is last", () => {
    expect(heatClasses([0, 3, 13]).map((c) => c.label)).toEqual(["aucune", "< 5", "5 à 9", "10 ou plus"]);
    expect(heatClasses([0, 2]).map((c) => c.label)).toEqual(["aucune", "< 5"]);
    expect(heatClasses([80]).map((c) => c.label)).toEqual([
      "aucune",
      "< 5",
      "5 à 24",
      "25 à 49",
      "50 à 74",
      "75 ou plus",
    ]);
  });

  it("sorts sources by count without ranking hidden ones among themselves", () => {
    const rows = [
      { key: "AUTRE", label: "", count: 50 },
      { key: "PARTENAIRE", label: "", count: 4 },
      { key: "AMI_FAMILLE", label: "", count: 10 },
      { key: "FRANCE_TRAVAIL", label: "", count: 1 },
      { key: "RESEAUX_SOCIAUX", label: "", count: 30 },
    ];
    expect(sourcesByCount(rows).map((row) => row.key)).toEqual([
      "RESEAUX_SOCIAUX",
      "AMI_FAMILLE",
      "PARTENAIRE",
      "FRANCE_TRAVAIL",
      "AUTRE",
    ]);
  });

  it("the demo year is plausible: 430–580 registrations, busiest at noon and in the evening", () => {
    const counters = demoCounters({ until: "2026-11-24" });
    const total = Object.values(counters.jours).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(430);
    expect(total).toBeLessThanOrEqual(580);
    const byHour = Array.from({ length: 24 }, (_, hour) =>
      counters.semaine.reduce((sum, day) => sum + (day[hour] ?? 0), 0),
    );
    const busy = [12, 13, 18, 19, 20, 21, 22].reduce((sum, hour) => sum + (byHour[hour] ?? 0), 0);
    expect(busy / total).toBeGreaterThan(0.45);
  });
});
