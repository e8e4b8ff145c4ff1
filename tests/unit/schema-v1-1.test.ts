/** Payload v1.1: foreign phones, no fixed address, born overseas, countries of birth. */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { fieldErrors } from "../../contract/schema/errors";
import { type PayloadInput, payloadSchema } from "../../contract/schema/payload";
import { CODES_OUTRE_MER, CODES_PAYS } from "../../contract/schema/pays";
import { acceptWorldTelephones, isWorldTelephone, telephoneE164 } from "../../contract/schema/telephone";
import { worldTelephoneE164 } from "../../contract/schema/telephone-world";
import { validPayload } from "../fixtures/payload";

function errorsOf(input: unknown) {
  const result = payloadSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

function withAdresse(adresse: PayloadInput["coordonnees"]["adresse"]): PayloadInput {
  const payload = validPayload();
  return { ...payload, coordonnees: { ...payload.coordonnees, adresse } };
}

describe("foreign phone numbers", () => {
  it("tells a foreign prefix from France's and its overseas regions'", () => {
    expect(isWorldTelephone("+32 470 12 34 56")).toBe(true);
    expect(isWorldTelephone("0032 470 12 34 56")).toBe(true);
    expect(isWorldTelephone("+33 6 12 34 56 78")).toBe(false);
    expect(isWorldTelephone("+262 692 12 34 56")).toBe(false);
    expect(isWorldTelephone("+590 690 12 34 56")).toBe(false);
    expect(isWorldTelephone("06 12 34 56 78")).toBe(false);
  });

  it("before the world rules are loaded, takes a foreign number of E.164 shape and leaves the last word to the server", () => {
    expect(telephoneE164("+32 470 12 34 56")).toBe("+32470123456");
    expect(telephoneE164("+32 12")).toBeNull();
  });

  it("with the world rules, accepts a valid number of any country in E.164 and refuses an invalid one", () => {
    acceptWorldTelephones(worldTelephoneE164);
    expect(telephoneE164("+32 470 12 34 56")).toBe("+32470123456");
    expect(telephoneE164("0032 470 12 34 56")).toBe("+32470123456");
    expect(telephoneE164("+49 151 23456789")).toBe("+4915123456789");
    expect(telephoneE164("+44 7700 900123")).toBeNull();
    expect(telephoneE164("+32 470 12 34")).toBeNull();
    // French numbers keep their own rules.
    expect(telephoneE164("01 99 00 12 34")).toBe("+33199001234");
    expect(telephoneE164("0692 12 34 56")).toBe("+262692123456");
    const payload = validPayload();
    payload.coordonnees.telephone = "+32 470 12 34 56";
    expect(payloadSchema.parse(payload).coordonnees.telephone).toBe("+32470123456");
    payload.coordonnees.telephone = "+32 470 12";
    expect(errorsOf(payload)["coordonnees.telephone"]?.key).toBe("telephone.format");
  });
});

describe("no fixed address", () => {
  const reachable = { codePostal: "59100", codeInsee: "59512", commune: "Roubaix" };

  it("lets the street be left out when sansAdresseFixe is ticked", () => {
    const parsed = payloadSchema.parse(withAdresse({ sansAdresseFixe: true, ...reachable }));
    expect(parsed.coordonnees.adresse.sansAdresseFixe).toBe(true);
    expect(parsed.coordonnees.adresse.ligne1).toBeUndefined();
    expect(
      errorsOf(
        withAdresse({ sansAdresseFixe: true, complement: "Domiciliation CCAS, 1 place de l'Exemple", ...reachable }),
      ),
    ).toEqual({});
  });

  it("still asks the street without it (payload v1), and the postal code and commune with it", () => {
    expect(errorsOf(withAdresse({ ...reachable }))["coordonnees.adresse.ligne1"]?.key).toBe("adresse.requis");
    const errors = errorsOf(withAdresse({ sansAdresseFixe: true } as PayloadInput["coordonnees"]["adresse"]));
    expect(errors["coordonnees.adresse.codePostal"]?.key).toBe("codePostal.requis");
    expect(errors["coordonnees.adresse.commune"]?.key).toBe("commune.requis");
    expect(errors["coordonnees.adresse.ligne1"]).toBeUndefined();
  });

  it("says so in the published JSON Schema: a street, or sansAdresseFixe", () => {
    const json = z.toJSONSchema(payloadSchema, { io: "input", unrepresentable: "any" }) as unknown as {
      properties: { coordonnees: { properties: { adresse: { anyOf?: unknown; required?: string[] } } } };
    };
    const adresse = json.properties.coordonnees.properties.adresse;
    expect(adresse.anyOf).toEqual([{ required: ["ligne1"] }, { required: ["sansAdresseFixe"] }]);
    expect(adresse.required).toEqual(["codePostal", "codeInsee", "commune"]);
  });

  it("accepts only true", () => {
    const input = withAdresse({ ...reachable, ligne1: "1 rue de l'Exemple" });
    (input.coordonnees.adresse as Record<string, unknown>).sansAdresseFixe = false;
    expect(errorsOf(input)["coordonnees.adresse.sansAdresseFixe"]?.key).toBe("sansAdresseFixe.format");
  });
});

describe("born overseas", () => {
  it("accepts a commune of Guadeloupe with pays FR, and refuses GP as a country", () => {
    const payload = validPayload();
    payload.identite.lieuNaissance = { pays: "FR", commune: "Pointe-à-Pitre" };
    expect(errorsOf(payload)).toEqual({});
    for (const code of CODES_OUTRE_MER) {
      payload.identite.lieuNaissance = { pays: code };
      expect(errorsOf(payload)["identite.lieuNaissance.pays"]?.key, code).toBe("paysNaissance.requis");
    }
  });
});

/** ISO 3166-1 alpha-2, the 249 officially assigned codes (ISO Online Browsing Platform). */
const ISO_3166_1 = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ" +
  " CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO" +
  " FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE" +
  " JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO" +
  " MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW" +
  " PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM" +
  " TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

describe("countries of birth", () => {
  it("are ISO 3166-1 alpha-2 (249 codes) with France, without France's overseas codes, plus Kosovo", () => {
    expect(ISO_3166_1).toHaveLength(249);
    expect(new Set(ISO_3166_1).size).toBe(249);
    const overseas = new Set(CODES_OUTRE_MER);
    expect(CODES_OUTRE_MER).toHaveLength(12);
    expect([...CODES_PAYS].sort()).toEqual([...ISO_3166_1.filter((code) => !overseas.has(code)), "XK"].sort());
    expect(CODES_PAYS).toContain("FR");
  });

  it("each have a name in French, English and Arabic (Intl knows them all)", () => {
    for (const locale of ["fr", "en", "ar"]) {
      const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
      for (const code of CODES_PAYS) expect(names.of(code), `${locale} ${code}`).toBeTruthy();
    }
  });
});
