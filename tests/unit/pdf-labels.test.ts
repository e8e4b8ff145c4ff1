/**
 * What the fiche prints for values: every category with its French label (never an enum value),
 * phones and dates the way French staff read them, and the JSON shared with the email.
 */
import { describe, expect, it } from "vitest";
import { optionsFr } from "../../contract/i18n/options-fr";
import { dayIn } from "../../contract/schema/age";
import {
  CIVILITES,
  CRENEAUX,
  DERNIERES_CLASSES,
  DIPLOMES,
  LIENS_REPRESENTANT,
  NATIONALITES,
  ORIGINES,
  OUI_NON_INCONNU,
  SITUATIONS_LOGEMENT,
  SITUATIONS_PARCOURS,
} from "../../contract/schema/enums";
import { birthDateFr, creneauxFr, dateTimeFr, languageFr, telephoneFr } from "../../server/pdf/labels";
import { registrationJson, registrationJsonFilename } from "../../server/pdf/registration-json";
import { renderFiche } from "../../server/pdf/render";
import { validPayload } from "../fixtures/payload";
import { demoMissionLocale, registration } from "../fixtures/registration";
import { pdfText } from "./pdf-support";

describe("labels", () => {
  it("reads phones the French way for +33, internationally otherwise", () => {
    expect(telephoneFr("+33199001234")).toBe("01 99 00 12 34");
    expect(telephoneFr("+262692123456")).toBe("+262 692 12 34 56");
    expect(telephoneFr("not a number")).toBe("not a number");
  });

  it("words instants and birth dates in the ML's time zone", () => {
    // Summer time has begun: 22:30 UTC is 0:30 the next day in Paris.
    const instant = new Date("2026-03-29T22:30:00Z");
    expect(dateTimeFr(instant, "Europe/Paris")).toBe("lundi 30 mars 2026 à 0h30");
    expect(dateTimeFr(instant, "No/Such_Zone")).toMatch(/^dimanche 29 mars 2026 à 22h30 \(UTC\)$/);
    // 23:30 UTC on the eve of the 18th birthday is already the birthday in Paris.
    expect(birthDateFr("2008-03-30", dayIn(new Date("2026-03-29T23:30:00Z"), "Europe/Paris"))).toBe(
      "30/03/2008 (18 ans)",
    );
    expect(birthDateFr("2008-03-30", dayIn(new Date("2026-03-29T21:30:00Z"), "Europe/Paris"))).toBe(
      "30/03/2008 (17 ans)",
    );
  });

  it("names languages in French and lists call-back slots in the day's order", () => {
    expect(languageFr("en")).toBe("anglais (en)");
    expect(languageFr("not a language!")).toBe("not a language!");
    expect(creneauxFr(["SOIR", "MATIN"])).toBe("Le matin, En fin de journée");
  });

  it("prints every category value of the payload with its French label", async () => {
    const ml = demoMissionLocale();
    const count = Math.max(SITUATIONS_LOGEMENT.length, DERNIERES_CLASSES.length, SITUATIONS_PARCOURS.length);
    const pick = <T>(values: readonly T[], index: number) => values[index % values.length] as T;
    for (let i = 0; i < count; i++) {
      const payload = validPayload({
        representantLegal: {
          nom: "Exemple",
          prenom: "Alex",
          telephone: "01 99 00 45 67",
          lien: pick(LIENS_REPRESENTANT, i),
        },
        logement: { situation: pick(SITUATIONS_LOGEMENT, i) },
        parcours: {
          situation: pick(SITUATIONS_PARCOURS, i),
          derniereClasse: pick(DERNIERES_CLASSES, i),
          diplome: pick(DIPLOMES, i),
          inscritFranceTravail: pick(OUI_NON_INCONNU, i),
          dejaVenuMissionLocale: pick(OUI_NON_INCONNU, i + 1),
        },
        rappel: { creneaux: [pick(CRENEAUX, i)] },
        origine: pick(ORIGINES, i),
      });
      payload.identite.civilite = pick(CIVILITES, i);
      payload.identite.nationalite = pick(NATIONALITES, i);
      const text = await pdfText(await renderFiche(registration({ payload }), ml));
      const expected = [
        optionsFr.civilite[pick(CIVILITES, i)],
        optionsFr.nationalite[pick(NATIONALITES, i)],
        optionsFr.lien[pick(LIENS_REPRESENTANT, i)],
        optionsFr.logement[pick(SITUATIONS_LOGEMENT, i)],
        optionsFr.situation[pick(SITUATIONS_PARCOURS, i)],
        optionsFr.derniereClasse[pick(DERNIERES_CLASSES, i)],
        optionsFr.diplome[pick(DIPLOMES, i)],
        optionsFr.ouiNonInconnu[pick(OUI_NON_INCONNU, i)],
        optionsFr.ouiNonInconnu[pick(OUI_NON_INCONNU, i + 1)],
        optionsFr.creneau[pick(CRENEAUX, i)],
        optionsFr.origine[pick(ORIGINES, i)],
      ];
      for (const words of expected) expect(text).toContain(words);
      expect(text).not.toMatch(/\b[A-Z]+_[A-Z_0-9]+\b/);
    }
  });
});

describe("registrationJson", () => {
  it("is the registration under fixed keys, the exact text kept, for the PDF and the email alike", () => {
    const payload = validPayload({ message: "Merci 🙂 谢谢" });
    const json = registrationJson(registration({ payload, langue: "en", flags: { mineur: true } }));
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(["reference", "recuLe", "rappelAvant", "payload", "flags", "langue"]);
    expect(parsed.payload.message).toBe("Merci 🙂 谢谢");
    expect(parsed.payload.coordonnees.telephone).toBe("+33199001234");
    expect(parsed.flags).toEqual({ mineur: true, horsTerritoire: false, sansHebergement: false });
    expect(registrationJsonFilename("PI-7K3F-Q9XM")).toBe("preinscription-PI-7K3F-Q9XM.json");
  });
});
