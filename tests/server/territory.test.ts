import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrientationResponse } from "../../contract/api-types";
import { validPayload } from "../fixtures/payload";
import { ALL_FAKE_SERVICES, type AnnuaireFake, startAnnuaireFake } from "../support/annuaire-fake";
import { demoMissionsLocales } from "../support/demo-config";
import { buildTestApp, postRegistration } from "../support/test-app";

let fake: AnnuaireFake;
beforeAll(async () => {
  fake = await startAnnuaireFake(ALL_FAKE_SERVICES);
});
afterAll(async () => {
  await fake.close();
});

const lille = () => {
  const payload = validPayload();
  payload.coordonnees.adresse = {
    ligne1: "1 rue de l'Exemple",
    codePostal: "59000",
    codeInsee: "59350",
    commune: "Lille",
  };
  return payload;
};

describe("GET /api/v1/ml/:ml/orientation", () => {
  it("says a commune of the territory is served here, without asking the directory", async () => {
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    const before = fake.requests.length;
    const body = (await (
      await app.request("/api/v1/ml/roubaix/orientation?codeInsee=59367")
    ).json()) as OrientationResponse;
    expect(body).toMatchObject({
      commune: "Lys-lez-Lannoy",
      territoire: true,
      annuaire: "non-demande",
      missionLocale: null,
    });
    expect(fake.requests.length).toBe(before);
  });

  it("names the Mission Locale that serves a commune outside the territory", async () => {
    fake.mode = "ok";
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    const body = (await (
      await app.request("/api/v1/ml/roubaix/orientation?codeInsee=59350")
    ).json()) as OrientationResponse;
    expect(body.territoire).toBe(false);
    expect(body.horsTerritoire).toBe("accepter");
    expect(body.annuaire).toBe("trouve");
    expect(body.missionLocale?.nom).toBe("Mission Locale de Lille (fictive)");
    expect(body.source).toBe("annuaire");
  });

  it("lists every competent ML when the directory names two", async () => {
    fake.mode = "ok";
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    const body = (await (
      await app.request("/api/v1/ml/roubaix/orientation?codeInsee=59606")
    ).json()) as OrientationResponse;
    expect(body.source).toBe("annuaire");
    expect(body.missionsLocales?.map((ml) => ml.nom)).toEqual([
      "Mission Locale du Valenciennois (fictive)",
      "Antenne jeunesse du Valenciennois (fictive)",
    ]);
    expect(body.missionLocale?.nom).toBe("Mission Locale du Valenciennois (fictive)");
  });

  it("answers from the ML's own neighbours first, without asking the directory", async () => {
    fake.mode = "ok";
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    const before = fake.requests.length;
    const body = (await (
      await app.request("/api/v1/ml/roubaix/orientation?codeInsee=59279")
    ).json()) as OrientationResponse;
    expect(body).toMatchObject({
      commune: "Halluin",
      territoire: false,
      annuaire: "trouve",
      source: "voisines",
      missionLocale: {
        nom: "EXEMPLE à remplacer — Mission Locale voisine de Tourcoing et Halluin (fictive)",
        telephone: "01 99 00 00 21",
        adresse: "1 place de l'Exemple, 59200 Tourcoing",
        siteWeb: "https://www.ml-voisine-tourcoing.example.org",
      },
    });
    expect(body.missionsLocales).toHaveLength(1);
    expect(fake.requests.length).toBe(before);
  });

  it("says 'introuvable' when neither the neighbours nor the directory know the commune", async () => {
    fake.mode = "ok";
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    const body = (await (
      await app.request("/api/v1/ml/roubaix/orientation?codeInsee=2A004")
    ).json()) as OrientationResponse;
    expect(body).toMatchObject({ annuaire: "introuvable", missionLocale: null, missionsLocales: [] });
  });

  it("reports the directory as unavailable instead of failing", async () => {
    fake.mode = "erreur";
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    const response = await app.request("/api/v1/ml/roubaix/orientation?codeInsee=59009");
    expect(response.status).toBe(200);
    expect(((await response.json()) as OrientationResponse).annuaire).toBe("indisponible");
    fake.mode = "ok";
  });

  it("answers 400 to an unknown or malformed INSEE code", async () => {
    const { app } = await buildTestApp({ annuaireUrl: fake.url });
    expect((await app.request("/api/v1/ml/roubaix/orientation?codeInsee=99999")).status).toBe(400);
    expect((await app.request("/api/v1/ml/roubaix/orientation?codeInsee=abc")).status).toBe(400);
  });
});

describe("youths outside the territory", () => {
  it("are accepted and flagged by default", async () => {
    const setup = await buildTestApp();
    expect((await postRegistration(setup.app, lille())).status).toBe(202);
  });

  it("are redirected, never registered, when the ML only redirects — whatever the browser says", async () => {
    const missionsLocales = demoMissionsLocales().map((ml) => ({ ...ml, horsTerritoire: "rediriger" as const }));
    const setup = await buildTestApp({ missionsLocales });
    const response = await postRegistration(setup.app, lille());
    expect(response.status).toBe(422);
    const { erreurs } = (await response.json()) as { erreurs: Record<string, string> };
    expect(erreurs["coordonnees.adresse.codeInsee"]).toBe(
      "Lille dépend d'une autre Mission Locale. Contactez-la : elle pourra vous recevoir plus près de chez vous.",
    );
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
  });
});
