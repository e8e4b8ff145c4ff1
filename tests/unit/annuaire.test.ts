import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnuaire } from "../../server/territory/annuaire";
import { type AnnuaireFake, LILLE_FICTIVE, startAnnuaireFake } from "../support/annuaire-fake";

let fake: AnnuaireFake;
beforeAll(async () => {
  fake = await startAnnuaireFake([LILLE_FICTIVE]);
});
afterAll(async () => {
  await fake.close();
});

describe("directory adapter (API Annuaire de l'administration)", () => {
  it("finds the Mission Locale that covers a commune, parsing the JSON-string fields", async () => {
    fake.mode = "ok";
    const annuaire = createAnnuaire({ baseUrl: fake.url });
    expect(await annuaire.missionLocaleFor("59350")).toEqual({
      status: "trouve",
      missionLocale: {
        nom: "Mission Locale de Lille (fictive)",
        adresse: "1 place de l'Exemple, 59000 Lille",
        telephone: "01 99 00 11 22",
        email: "contact@ml-lille.example.org",
        siteWeb: "https://ml-lille.example.org",
      },
    });
    const where = fake.requests.at(-1)?.searchParams.get("where");
    expect(where).toContain("mission_locale");
    expect(where).toContain("59350");
  });

  it("says so when no Mission Locale covers the commune", async () => {
    fake.mode = "ok";
    expect(await createAnnuaire({ baseUrl: fake.url }).missionLocaleFor("2A004")).toEqual({ status: "introuvable" });
  });

  it("answers 'indisponible' on a timeout, an error, broken JSON or an unexpected shape", async () => {
    for (const mode of ["lent", "erreur", "json-casse", "forme-inattendue"] as const) {
      fake.mode = mode;
      const started = Date.now();
      const answer = await createAnnuaire({ baseUrl: fake.url, timeoutMs: 300 }).missionLocaleFor("59350");
      expect(answer.status, mode).toBe("indisponible");
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it("caches answers, and an outage for a short while only", async () => {
    fake.mode = "ok";
    let now = 0;
    const annuaire = createAnnuaire({ baseUrl: fake.url, now: () => now, unavailableTtlMs: 60_000 });
    const before = fake.requests.length;
    await annuaire.missionLocaleFor("59009");
    await annuaire.missionLocaleFor("59009");
    expect(fake.requests.length - before).toBe(1);
    fake.mode = "erreur";
    expect((await annuaire.missionLocaleFor("59000")).status).toBe("indisponible");
    fake.mode = "ok";
    expect((await annuaire.missionLocaleFor("59000")).status).toBe("indisponible");
    now += 61_000;
    expect((await annuaire.missionLocaleFor("59000")).status).toBe("introuvable");
  });
});
