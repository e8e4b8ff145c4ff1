/**
 * Payload v1.1 end to end through the API: a foreign phone, no fixed address, a birth overseas and
 * a Paris arrondissement are each accepted and read right on the fiche; payload v1 still works.
 */
import { describe, expect, it } from "vitest";
import type { PayloadInput } from "../../contract/schema/payload";
import type { MissionLocale } from "../../server/config/ml-config";
import { validPayload } from "../fixtures/payload";
import { demoMissionsLocales } from "../support/demo-config";
import { buildTestApp, drained, postRegistration, type recordingTransport } from "../support/test-app";
import { pdfText } from "../unit/pdf-support";

interface Fiche {
  status: number;
  text: string;
  json: { payload: PayloadInput; flags: Record<string, boolean> };
  codes: Record<string, { key: string }>;
}

/** Posts the payload; for a 202, the fiche's text (spaces collapsed) and the JSON attached. */
async function send(payload: PayloadInput, missionsLocales?: MissionLocale[]): Promise<Fiche> {
  const setup = await buildTestApp(missionsLocales ? { missionsLocales } : {});
  const response = await postRegistration(setup.app, payload);
  const body = (await response.json()) as { codes?: Record<string, { key: string }> };
  await drained(setup);
  const [mail] = (setup.transport as ReturnType<typeof recordingTransport>).sent;
  if (response.status !== 202 || !mail)
    return { status: response.status, text: "", json: {} as Fiche["json"], codes: body.codes ?? {} };
  const pdf = mail.attachments[0]?.content ?? new Uint8Array();
  const text = (await pdfText(pdf)).replace(/[ \u00a0]+/g, " ");
  const json = JSON.parse(Buffer.from(mail.attachments[1]?.content ?? []).toString("utf8"));
  return { status: response.status, text, json, codes: {} };
}

function withCoordonnees(patch: Partial<PayloadInput["coordonnees"]>): PayloadInput {
  const payload = validPayload();
  return { ...payload, coordonnees: { ...payload.coordonnees, ...patch } };
}

const paris = { ligne1: "1 rue de l'Exemple", codePostal: "75011", codeInsee: "75111", commune: "Paris" };

describe("payload v1.1 through the API and onto the fiche", () => {
  it("still accepts payload v1 as it was", async () => {
    const fiche = await send(validPayload());
    expect(fiche.status).toBe(202);
    expect(fiche.text).toContain("01 99 00 12 34");
    expect(fiche.text).not.toContain("numéro étranger");
    expect(fiche.text).not.toContain("SANS ADRESSE FIXE");
  });

  it("accepts a Belgian mobile, stores it in E.164 and prints it internationally, flagged", async () => {
    const fiche = await send(withCoordonnees({ telephone: "+32 470 12 34 56" }));
    expect(fiche.status).toBe(202);
    expect(fiche.json.payload.coordonnees.telephone).toBe("+32470123456");
    expect(fiche.text).toContain("+32 470 12 34 56 — numéro étranger");
  });

  it("refuses a foreign number that is not valid for its country", async () => {
    const fiche = await send(withCoordonnees({ telephone: "+32 470 12" }));
    expect(fiche.status).toBe(422);
    expect(fiche.codes["coordonnees.telephone"]?.key).toBe("telephone.format");
  });

  it("accepts no fixed address without a street, and flags it beside the housing", async () => {
    const adresse = {
      sansAdresseFixe: true as const,
      complement: "Domiciliation CCAS, 2 place de l'Exemple",
      codePostal: "59100",
      codeInsee: "59512",
      commune: "Roubaix",
    };
    const fiche = await send(withCoordonnees({ adresse }));
    expect(fiche.status).toBe(202);
    expect(fiche.text).toContain("⚠ SANS ADRESSE FIXE");
    expect(fiche.text).toMatch(/Adresse\s+Sans adresse fixe/);
    expect(fiche.text).toContain("Domiciliation CCAS, 2 place de l'Exemple");
    const { sansAdresseFixe: _, ...withoutFlag } = adresse;
    const refused = await send(withCoordonnees({ adresse: withoutFlag }));
    expect(refused.status).toBe(422);
    expect(refused.codes["coordonnees.adresse.ligne1"]?.key).toBe("adresse.requis");
  });

  it("accepts a birth in Guadeloupe as France, and refuses GP as a country", async () => {
    const payload = validPayload();
    payload.identite.lieuNaissance = { pays: "FR", commune: "Pointe-à-Pitre" };
    const fiche = await send(payload);
    expect(fiche.status).toBe(202);
    expect(fiche.text).toContain("Pointe-à-Pitre (France)");
    payload.identite.lieuNaissance = { pays: "GP", commune: "Pointe-à-Pitre" };
    const refused = await send(payload);
    expect(refused.status).toBe(422);
    expect(refused.codes["identite.lieuNaissance.pays"]?.key).toBe("paysNaissance.requis");
  });

  it("accepts Paris 11e (75011 → 75111) and prints the arrondissement", async () => {
    const fiche = await send(withCoordonnees({ adresse: paris }));
    expect(fiche.status).toBe(202);
    expect(fiche.json.payload.coordonnees.adresse.commune).toBe("Paris 11e Arrondissement");
    expect(fiche.text).toContain("Paris 11e Arrondissement (code INSEE 75111)");
  });

  it("counts the arrondissement in a territory that lists Paris (75056), and takes a v1 form's 75056", async () => {
    const parisMl = demoMissionsLocales().map((ml) =>
      ml.id === "roubaix" ? { ...ml, territoire: ["75056"], horsTerritoire: "rediriger" as const } : ml,
    );
    const fiche = await send(withCoordonnees({ adresse: paris }), parisMl);
    expect(fiche.status).toBe(202);
    expect(fiche.json.flags.horsTerritoire).toBe(false);
    expect(fiche.text).not.toContain("HORS TERRITOIRE");
    const v1 = await send(withCoordonnees({ adresse: { ...paris, codeInsee: "75056" } }), parisMl);
    expect(v1.status).toBe(202);
    expect(v1.text).toContain("Paris (code INSEE 75056)");
    const elsewhere = demoMissionsLocales().map((ml) =>
      ml.id === "roubaix" ? { ...ml, territoire: ["75112"], horsTerritoire: "rediriger" as const } : ml,
    );
    const redirected = await send(withCoordonnees({ adresse: paris }), elsewhere);
    expect(redirected.status).toBe(422);
    expect(redirected.codes["coordonnees.adresse.codeInsee"]?.key).toBe("commune.horsTerritoire");
  });
});
