import { describe, expect, it } from "vitest";
import { erreursFr } from "../../contract/i18n/errors-fr";
import { ageOn, ageVerdict, DEFAULT_AGE_RANGE, dayIn } from "../../contract/schema/age";
import { fieldErrors } from "../../contract/schema/errors";
import { type PayloadInput, payloadSchema } from "../../contract/schema/payload";
import { telephoneE164 } from "../../contract/schema/telephone";
import { imiloForm } from "../../contract/schema/text-rules";
import { validPayload } from "../fixtures/payload";

function errorsOf(input: unknown) {
  const result = payloadSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

function withIdentite(patch: Partial<PayloadInput["identite"]>): PayloadInput {
  const payload = validPayload();
  return { ...payload, identite: { ...payload.identite, ...patch } };
}

describe("payload v1 schema", () => {
  it("accepts the fixture and stores the phone in E.164", () => {
    const result = payloadSchema.parse(validPayload());
    expect(result.coordonnees.telephone).toBe("+33199001234");
  });

  it("rejects unknown keys at every level (strict objects)", () => {
    const payload = validPayload() as Record<string, unknown>;
    const errors = errorsOf({ ...payload, admin: true, identite: { ...withIdentite({}).identite, role: "x" } });
    expect(errors.admin?.key).toBe("champ.inconnu");
    expect(errors["identite.role"]?.key).toBe("champ.inconnu");
  });

  it.each([
    ["2008-02-30", "dateNaissance.invalide"],
    ["2007-02-29", "dateNaissance.invalide"],
    ["2005-13-01", "dateNaissance.invalide"],
    ["14/07/2008", "dateNaissance.invalide"],
    ["", "dateNaissance.requis"],
  ])("rejects the birth date %s", (date, key) => {
    expect(errorsOf(withIdentite({ dateNaissance: date }))["identite.dateNaissance"]?.key).toBe(key);
  });

  it("accepts 2000-02-29, a real leap day", () => {
    expect(errorsOf(withIdentite({ dateNaissance: "2000-02-29" }))).toEqual({});
  });

  it.each([
    "Ørsted Ågård",
    "N’Diaye-Lætitia Cœur",
    "Şükrü Nguyễn",
    "D'Artagnan",
    "Jean - Pierre",
    "Zoe\u0301", // e + combining acute: accepted and normalised to NFC
  ])("accepts the name %s", (name) => {
    expect(errorsOf(withIdentite({ prenom: name, nomNaissance: name }))).toEqual({});
  });

  it("normalises names to NFC and trims them, keeping the case and accents as typed", () => {
    const parsed = payloadSchema.parse(withIdentite({ prenom: "  Zoe\u0301 " }));
    expect(parsed.identite.prenom).toBe("Zoé");
  });

  it.each([
    ["R2D2", "prenom.format"],
    ["<script>alert(1)</script>", "prenom.format"],
    ["Marie\u202Eeiram", "prenom.format"],
    ["Marie\u0000", "prenom.format"],
    ["Marie\nLou", "prenom.format"],
    ["محمد", "prenom.format"],
    ["-Marie", "prenom.format"],
    ["   ", "prenom.requis"],
    ["A".repeat(61), "prenom.long"],
  ])("rejects the first name %j", (name, key) => {
    expect(errorsOf(withIdentite({ prenom: name }))["identite.prenom"]?.key).toBe(key);
  });

  it.each([
    ["01 99 00 12 34", "+33199001234"],
    ["+33 1 99 00 12 34", "+33199001234"],
    ["0033 1 99 00 12 34", "+33199001234"],
    ["06 12 34 56 78", "+33612345678"],
    ["0262 30 00 00", "+262262300000"],
    ["0692 12 34 56", "+262692123456"],
    ["0590 12 34 56", "+590590123456"],
    ["0694 12 34 56", "+594694123456"],
    ["0696 12 34 56", "+596696123456"],
    ["+262 269 61 00 00", "+262269610000"],
  ])("accepts the phone %s as %s", (input, e164) => {
    expect(telephoneE164(input)).toBe(e164);
  });

  it.each(["12345", "01 99 00 12", "+33 1 99 00 12", "+262 12 34", "téléphone"])("rejects the phone %s", (input) => {
    expect(telephoneE164(input)).toBeNull();
  });

  it("accepts postal code 01000 and Corsican INSEE code 2A004", () => {
    const payload = validPayload();
    payload.coordonnees.adresse = {
      ligne1: "1 cours de l'Exemple",
      codePostal: "20000",
      codeInsee: "2A004",
      commune: "Ajaccio",
    };
    expect(errorsOf(payload)).toEqual({});
    payload.coordonnees.adresse = {
      ligne1: "1 rue de l'Exemple",
      codePostal: "01000",
      codeInsee: "01053",
      commune: "Bourg-en-Bresse",
    };
    expect(errorsOf(payload)).toEqual({});
  });

  it("requires at least one call-back slot, without duplicates", () => {
    expect(errorsOf({ ...validPayload(), rappel: { creneaux: [] } })["rappel.creneaux"]?.key).toBe("creneaux.requis");
    expect(errorsOf({ ...validPayload(), rappel: { creneaux: ["MATIN", "MATIN"] } })["rappel.creneaux"]?.key).toBe(
      "creneaux.requis",
    );
  });

  it("requires the information to have been read", () => {
    expect(errorsOf({ ...validPayload(), informationLue: false }).informationLue?.key).toBe("informationLue.requis");
  });

  it("limits the message to 500 characters and keeps its line breaks", () => {
    expect(errorsOf({ ...validPayload(), message: "a".repeat(501) }).message?.key).toBe("message.long");
    expect(payloadSchema.parse({ ...validPayload(), message: "ligne 1\r\nligne 2" }).message).toBe("ligne 1\nligne 2");
  });

  it("has a French message for every key the schema can produce", () => {
    const empty = errorsOf({
      identite: { lieuNaissance: {} },
      coordonnees: { adresse: {} },
      representantLegal: {},
      logement: {},
      parcours: { anneeSortie: 1 },
      rappel: {},
      origine: "TELE",
      message: 3,
      informationLue: false,
      meta: {},
    });
    expect(Object.keys(empty).length).toBeGreaterThan(20);
    for (const error of Object.values(empty)) expect(erreursFr[error.key], error.key).toBeTypeOf("string");
  });
});

describe("age in completed years", () => {
  const range = DEFAULT_AGE_RANGE;
  it("accepts the 16th birthday and refuses the day before", () => {
    expect(ageVerdict("2010-11-26", "2026-11-26", range)).toBe("ok");
    expect(ageVerdict("2010-11-27", "2026-11-26", range)).toBe("tropJeune");
  });
  it("accepts up to the day before the 26th birthday (25 ans révolus)", () => {
    expect(ageVerdict("2000-11-27", "2026-11-26", range)).toBe("ok");
    expect(ageVerdict("2000-11-26", "2026-11-26", range)).toBe("tropAge");
  });
  it("gives 29 February births their birthday on 1 March in common years", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });
  it("counts the day in the ML's time zone, not the server's", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris and still 31 December in Guadeloupe.
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(dayIn(instant, "Europe/Paris")).toBe("2027-01-01");
    expect(dayIn(instant, "America/Guadeloupe")).toBe("2026-12-31");
    expect(ageVerdict("2011-01-01", dayIn(instant, "Europe/Paris"), range)).toBe("ok");
    expect(ageVerdict("2011-01-01", dayIn(instant, "America/Guadeloupe"), range)).toBe("tropJeune");
  });
});

describe("I-Milo form of names", () => {
  it.each([
    ["N’Diaye-Lætitia Cœur", "N'DIAYE-LAETITIA COEUR"],
    ["Ørsted Ågård", "ORSTED AGARD"],
    ["Şükrü Nguyễn", "SUKRU NGUYEN"],
    ["Strauß", "STRAUSS"],
  ])("%s → %s", (name, form) => {
    expect(imiloForm(name)).toBe(form);
  });
});
