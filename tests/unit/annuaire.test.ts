import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnuaire } from "../../server/territory/annuaire";
import {
  ALL_FAKE_SERVICES,
  type AnnuaireFake,
  COMPETENCE_PATH,
  SERVICES_PATH,
  startAnnuaireFake,
} from "../support/annuaire-fake";

let fake: AnnuaireFake;
beforeAll(async () => {
  fake = await startAnnuaireFake(ALL_FAKE_SERVICES);
});
afterAll(async () => {
  await fake.close();
});

const LILLE = {
  nom: "Mission Locale de Lille (fictive)",
  adresse: "1 place de l'Exemple, 59000 Lille",
  telephone: "01 99 00 11 22",
  email: "contact@ml-lille.example.org",
  siteWeb: "https://ml-lille.example.org",
};

describe("directory adapter (API Annuaire de l'administration, two datasets)", () => {
  it("asks who is competent for the commune, then the services by id, and reads the JSON-string fields", async () => {
    fake.mode = "ok";
    const before = fake.requests.length;
    const annuaire = createAnnuaire({ baseUrl: fake.url });
    expect(await annuaire.missionLocaleFor("59350")).toEqual({ status: "trouve", missionsLocales: [LILLE] });
    const [competence, services, ...others] = fake.requests.slice(before);
    expect(others).toEqual([]);
    expect(competence?.pathname).toBe(COMPETENCE_PATH);
    expect(competence?.searchParams.get("where")).toBe(
      'code_insee_commune = "59350" and code_type_service_local = "mission_locale"',
    );
    expect(services?.pathname).toBe(SERVICES_PATH);
    expect(services?.searchParams.get("where")).toBe('id IN ("fake-ml-lille")');
    expect(services?.searchParams.get("select")).toContain("adresse_courriel");
  });

  it("finds the ML of a commune that has no office of its own (the office is in another commune)", async () => {
    fake.mode = "ok";
    // Villeneuve-d'Ascq is served by Lille's ML, whose office (and pivot) is in Lille.
    expect(await createAnnuaire({ baseUrl: fake.url }).missionLocaleFor("59009")).toEqual({
      status: "trouve",
      missionsLocales: [LILLE],
    });
  });

  it("lists both services when two are competent, reading real arrays as well as JSON strings", async () => {
    fake.mode = "ok";
    expect(await createAnnuaire({ baseUrl: fake.url }).missionLocaleFor("59606")).toEqual({
      status: "trouve",
      missionsLocales: [
        {
          nom: "Mission Locale du Valenciennois (fictive)",
          adresse: "2 rue de l'Exemple, 59300 Valenciennes",
          telephone: "01 99 00 11 33",
        },
        {
          nom: "Antenne jeunesse du Valenciennois (fictive)",
          adresse: "3 rue de l'Exemple, 59300 Valenciennes",
          telephone: "01 99 00 11 44",
          email: "antenne@ml-valenciennes.example.org",
        },
      ],
    });
    const [query] = fake.requests.slice(-1);
    expect(query?.searchParams.get("where")).toBe('id IN ("fake-ml-valenciennes","fake-ml-valenciennes-antenne")');
  });

  it("says so when no Mission Locale is competent for the commune", async () => {
    fake.mode = "ok";
    expect(await createAnnuaire({ baseUrl: fake.url }).missionLocaleFor("2A004")).toEqual({ status: "introuvable" });
  });

  it("answers 'indisponible' to a malformed record, never half of it", async () => {
    fake.mode = "ok";
    const surprises: string[] = [];
    const annuaire = createAnnuaire({ baseUrl: fake.url, onSurprise: (what) => surprises.push(what) });
    expect(await annuaire.missionLocaleFor("59392")).toEqual({ status: "indisponible" });
    expect(surprises.join(" ")).toContain("inattendue");
  });

  it("answers 'indisponible' within the timeout to a slow answer, an error, broken JSON or another shape", async () => {
    for (const mode of ["lent", "erreur", "json-casse", "forme-inattendue"] as const) {
      fake.mode = mode;
      const started = Date.now();
      const answer = await createAnnuaire({ baseUrl: fake.url, timeoutMs: 300 }).missionLocaleFor("59350");
      expect(answer.status, mode).toBe("indisponible");
      expect(Date.now() - started, mode).toBeLessThan(1500);
    }
    fake.mode = "ok";
  });

  it("answers 'indisponible' when nothing listens at the address", async () => {
    const surprises: string[] = [];
    const annuaire = createAnnuaire({ baseUrl: "http://127.0.0.1:9/rien", onSurprise: (what) => surprises.push(what) });
    expect(await annuaire.missionLocaleFor("59350")).toEqual({ status: "indisponible" });
    expect(surprises[0]).toMatch(/^réseau/);
  });

  it("stops waiting at waitMs while the look-up goes on and fills the cache", async () => {
    fake.mode = "ok";
    const annuaire = createAnnuaire({ baseUrl: fake.url, timeoutMs: 10_000 });
    expect(await annuaire.missionLocaleFor("59350", { waitMs: 0 })).toEqual({ status: "indisponible" });
    const before = fake.requests.length;
    // The look-up started above answers this one too, without asking again.
    await expect
      .poll(() => annuaire.missionLocaleFor("59350", { waitMs: 0 }), { timeout: 5000 })
      .toEqual({
        status: "trouve",
        missionsLocales: [LILLE],
      });
    expect(fake.requests.length - before).toBeLessThanOrEqual(1);
  });

  it("caches found and not-found answers for a day, an outage for a short while only", async () => {
    fake.mode = "ok";
    let now = 0;
    const annuaire = createAnnuaire({ baseUrl: fake.url, now: () => now, unavailableTtlMs: 60_000 });
    const before = fake.requests.length;
    await annuaire.missionLocaleFor("59009");
    await annuaire.missionLocaleFor("59009");
    await annuaire.missionLocaleFor("2A004");
    await annuaire.missionLocaleFor("2A004");
    expect(fake.requests.length - before).toBe(3);
    fake.mode = "erreur";
    expect((await annuaire.missionLocaleFor("59350")).status).toBe("indisponible");
    fake.mode = "ok";
    expect((await annuaire.missionLocaleFor("59350")).status).toBe("indisponible");
    now += 61_000;
    expect((await annuaire.missionLocaleFor("59350")).status).toBe("trouve");
    now += 25 * 60 * 60 * 1000;
    const again = fake.requests.length;
    await annuaire.missionLocaleFor("59009");
    expect(fake.requests.length - again).toBe(2);
  });

  it("keeps a bounded number of communes in its cache", async () => {
    fake.mode = "ok";
    const annuaire = createAnnuaire({ baseUrl: fake.url, maxEntries: 2 });
    await annuaire.missionLocaleFor("59350");
    await annuaire.missionLocaleFor("59009");
    await annuaire.missionLocaleFor("2A004");
    const before = fake.requests.length;
    await annuaire.missionLocaleFor("59350");
    expect(fake.requests.length - before).toBe(2);
  });

  it("never puts anything but an INSEE code into the query", async () => {
    const before = fake.requests.length;
    const annuaire = createAnnuaire({ baseUrl: fake.url });
    expect(await annuaire.missionLocaleFor('59350" or "1"="1')).toEqual({ status: "introuvable" });
    expect(fake.requests.length).toBe(before);
  });
});

describe("npm run annuaire", () => {
  it("prints what the adapter understood of one commune, and fails clearly when the directory can't be reached", async () => {
    const { execFile } = await import("node:child_process");
    const run = (env: Record<string, string>, code: string) =>
      new Promise<{ status: number; output: string }>((resolve) => {
        execFile(
          process.execPath,
          ["--import", "tsx", "scripts/annuaire.ts", code],
          { env: { ...process.env, ...env }, timeout: 30_000 },
          (error, stdout, stderr) =>
            resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
        );
      });
    fake.mode = "ok";
    const found = await run({ ANNUAIRE_URL: fake.url }, "59606");
    expect(found.status).toBe(0);
    expect(found.output).toContain("Antenne jeunesse du Valenciennois (fictive)");
    expect(found.output).toContain("3 rue de l'Exemple, 59300 Valenciennes");
    const unreachable = await run({ ANNUAIRE_URL: "http://127.0.0.1:9/api/explore/v2.1" }, "59350");
    expect(unreachable.status).toBe(1);
    expect(unreachable.output).toContain("ÉCHEC : annuaire indisponible");
  }, 60_000);
});
