import { describe, expect, it } from "vitest";
import type {
  AcceptedResponse,
  MissionLocalePublic,
  RappelResponse,
  ValidationErrorResponse,
} from "../../contract/api-types";
import type { MissionLocale } from "../../server/config/ml-config";
import { validPayload } from "../fixtures/payload";
import { demoRoubaix } from "../support/demo-config";
import { buildTestApp, postRegistration } from "../support/test-app";
import { WORKED_EXAMPLE_HOURS, WORKED_EXAMPLES, workedExampleMl } from "../support/worked-examples";

/** Roubaix handling each morning, a second ML with the same hours watching its mailbox all day. */
function workedExampleMls(): MissionLocale[] {
  return [workedExampleMl("chaque-matin"), workedExampleMl("en-continu", { id: "continu" })];
}

async function rappel(app: Awaited<ReturnType<typeof buildTestApp>>["app"], ml: string, recuLe?: string) {
  const query = recuLe === undefined ? "" : `?recuLe=${encodeURIComponent(recuLe)}`;
  return app.request(`/api/v1/ml/${ml}/rappel${query}`);
}

describe("GET /api/v1/ml/:ml/rappel", () => {
  for (const [received, morning, continuous] of WORKED_EXAMPLES) {
    it(`answers the worked example received ${received}`, async () => {
      const { app } = await buildTestApp({ missionsLocales: workedExampleMls() });
      const chaqueMatin = await rappel(app, "roubaix", received);
      expect(chaqueMatin.status).toBe(200);
      expect(await chaqueMatin.json()).toEqual({
        rappelAvant: morning,
        regle: "chaque-matin",
      } satisfies RappelResponse);
      const enContinu = await rappel(app, "continu", received);
      expect(await enContinu.json()).toEqual({ rappelAvant: continuous, regle: "en-continu" } satisfies RappelResponse);
    });
  }

  it("answers for now when recuLe is left out", async () => {
    // TEST_NOW: Tuesday 24 November 2026, 10:00 in Roubaix.
    const { app } = await buildTestApp({ missionsLocales: workedExampleMls() });
    expect(await (await rappel(app, "roubaix")).json()).toEqual({
      rappelAvant: "2026-11-25T17:30:00+01:00",
      regle: "chaque-matin",
    });
    expect(((await (await rappel(app, "continu")).json()) as RappelResponse).rappelAvant).toBe(
      "2026-11-25T10:00:00+01:00",
    );
  });

  it("accepts UTC (Z) and answers in the ML's time zone", async () => {
    const { app } = await buildTestApp({ missionsLocales: workedExampleMls() });
    const body = (await (await rappel(app, "roubaix", "2026-12-07T19:00:00Z")).json()) as RappelResponse;
    expect(body.rappelAvant).toBe("2026-12-08T17:30:00+01:00");
  });

  it("answers 400 to a malformed or offset-less instant, 404 to an unknown ML", async () => {
    const { app } = await buildTestApp();
    for (const bad of ["2026-12-07T20:00:00", "2026-12-07", "demain", "2026-02-30T10:00:00+01:00", ""]) {
      const response = await rappel(app, "roubaix", bad);
      expect(response.status, bad).toBe(400);
      expect(((await response.json()) as { erreur: string }).erreur).toContain("ISO 8601");
    }
    // A "+" left unencoded arrives as a space.
    expect((await app.request("/api/v1/ml/roubaix/rappel?recuLe=2026-12-07T20:00:00+01:00")).status).toBe(400);
    expect((await rappel(app, "inconnue", "2026-12-07T20:00:00+01:00")).status).toBe(404);
  });

  it("gives the same deadline as the 202 of a registration received at that instant", async () => {
    const received = new Date("2026-12-09T19:00:00+01:00");
    for (const ml of ["roubaix", "continu"]) {
      const { app } = await buildTestApp({ missionsLocales: workedExampleMls(), now: () => received });
      const announced = (await (await rappel(app, ml)).json()) as RappelResponse;
      const response = await postRegistration(app, validPayload(), { ml });
      expect(response.status).toBe(202);
      expect(((await response.json()) as AcceptedResponse).rappelAvant).toBe(announced.rappelAvant);
    }
  });
});

describe("call-back slots follow the ML's hours", () => {
  async function facts(missionsLocales: MissionLocale[], id = "roubaix"): Promise<MissionLocalePublic> {
    const { app } = await buildTestApp({ missionsLocales });
    return (await (await app.request(`/api/v1/ml/${id}`)).json()) as MissionLocalePublic;
  }

  it("offers no lunch-time and no evening call when the ML is closed then", async () => {
    expect((await facts([workedExampleMl("chaque-matin")])).rappel).toEqual({
      regle: "chaque-matin",
      creneaux: ["MATIN", "APRES_MIDI"],
    });
  });

  it("offers lunch time and evening when the ML is open then", async () => {
    const horaires = { ...WORKED_EXAMPLE_HOURS, mardi: [["09:00", "19:00"]] as [string, string][] };
    expect((await facts([demoRoubaix({ horaires })])).rappel?.creneaux).toEqual([
      "MATIN",
      "MIDI",
      "APRES_MIDI",
      "SOIR",
    ]);
    // From 12:30 to 18:30: half an hour of evening is not an evening call-back service.
    const afternoons = Object.fromEntries(
      Object.keys(WORKED_EXAMPLE_HOURS).map((day) => [day, [["12:30", "18:30"]]]),
    ) as MissionLocale["horaires"];
    expect((await facts([demoRoubaix({ horaires: afternoons })])).rappel?.creneaux).toEqual(["MIDI", "APRES_MIDI"]);
  });

  it("offers the slots the config names, e.g. evening calls after closing", async () => {
    const ml = workedExampleMl("chaque-matin", { rappel: { traitement: "chaque-matin", creneaux: ["SOIR", "MATIN"] } });
    expect((await facts([ml])).rappel?.creneaux).toEqual(["MATIN", "SOIR"]);
  });

  it("refuses (422) a slot the ML does not offer, and accepts one it offers", async () => {
    const { app } = await buildTestApp({ missionsLocales: [workedExampleMl("chaque-matin")] });
    const payload = validPayload();
    payload.rappel.creneaux = ["MATIN", "SOIR"];
    const refused = await postRegistration(app, payload);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as ValidationErrorResponse;
    expect(body.erreurs["rappel.creneaux"]).toBe(
      "La Mission Locale n'appelle pas à ce moment-là. Choisissez parmi les moments proposés.",
    );
    expect(body.codes?.["rappel.creneaux"]).toEqual({ key: "creneaux.nonPropose" });
    payload.rappel.creneaux = ["APRES_MIDI"];
    expect((await postRegistration(app, payload)).status).toBe(202);

    const evening = workedExampleMl("chaque-matin", { rappel: { traitement: "chaque-matin", creneaux: ["SOIR"] } });
    const other = await buildTestApp({ missionsLocales: [evening] });
    payload.rappel.creneaux = ["SOIR"];
    expect((await postRegistration(other.app, payload)).status).toBe(202);
  });
});
