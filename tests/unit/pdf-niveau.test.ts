import { describe, expect, it } from "vitest";
import { identityHash, normalisedName } from "../../server/duplicates";
import { renderFiche } from "../../server/pdf/render";
import { trainingLevel, trainingLevelFr } from "../../server/training-level";
import { validPayload } from "../fixtures/payload";
import { demoMissionLocale, registration } from "../fixtures/registration";
import { pdfText } from "./pdf-support";

describe("training level (décret 2019-14) on the fiche", () => {
  it("is the level of the highest diploma", () => {
    const level = (diplome: Parameters<typeof trainingLevel>[0]["diplome"], derniereClasse = "TERMINALE" as const) =>
      trainingLevel({ derniereClasse, diplome }).code;
    expect(level("AUCUN")).toBe("infra 3");
    expect(level("BREVET")).toBe("infra 3");
    expect(level("NIVEAU_3")).toBe("3");
    expect(level("NIVEAU_4")).toBe("4");
    expect(trainingLevel({ derniereClasse: "SUPERIEUR", diplome: "NIVEAU_5" }).code).toBe("5");
    expect(trainingLevel({ derniereClasse: "SUPERIEUR", diplome: "NIVEAU_6_ET_PLUS" }).code).toBe("6 à 8");
  });

  it("asks staff to check when the last class and the diploma disagree", () => {
    expect(trainingLevelFr({ derniereClasse: "TROISIEME", diplome: "NIVEAU_4" })).toBe(
      "niveau 4 (à vérifier : diplôme au-dessus de la dernière classe déclarée)",
    );
    expect(trainingLevelFr({ derniereClasse: "SUPERIEUR", diplome: "AUCUN" })).toBe(
      "infra 3 (à vérifier : études supérieures déclarées sans le baccalauréat)",
    );
    expect(trainingLevelFr({ derniereClasse: "CAP_BEP", diplome: "NIVEAU_3" })).toBe("niveau 3");
    expect(trainingLevelFr({ derniereClasse: "AUTRE", diplome: "NIVEAU_5" })).toBe("niveau 5");
  });

  it("is printed next to the last class and the diploma", async () => {
    const payload = validPayload();
    payload.parcours.derniereClasse = "CAP_BEP";
    payload.parcours.diplome = "AUCUN";
    const text = await pdfText(await renderFiche(registration({ payload }), demoMissionLocale()));
    const lines = text.split("\n").map((line) => line.replace(/\s+/g, " ").trim());
    const diploma = lines.findIndex((line) => line.startsWith("Diplôme le plus élevé"));
    expect(lines[diploma - 1]).toBe("Dernière classe suivie CAP ou BEP (1re ou 2e année)");
    expect(lines[diploma]).toBe("Diplôme le plus élevé Aucun diplôme");
    expect(lines[diploma + 1]).toBe("Niveau (décret 2019-14) infra 3");
  });
});

describe("the duplicate memory's normalisation", () => {
  it("ignores case, accents, spaces, hyphens and apostrophes, not letters", () => {
    expect(normalisedName("Lætitia-Marie")).toBe(normalisedName("laetitia marie"));
    expect(normalisedName("N’Diaye")).toBe(normalisedName("NDIAYE"));
    expect(normalisedName("Éloïse")).toBe("ELOISE");
    expect(normalisedName("Camille")).not.toBe(normalisedName("Camila"));
  });

  it("hashes with a key: the same youth under another key gives another hash", () => {
    const youth = { nomNaissance: "Exemplaire", prenom: "Camille", dateNaissance: "2005-03-14" };
    const key = new Uint8Array(32).fill(1);
    expect(identityHash(key, "roubaix", youth)).toBe(
      identityHash(key, "roubaix", { ...youth, nomNaissance: "EXEMPLAÎRE", prenom: "ca-mille" }),
    );
    expect(identityHash(key, "roubaix", youth)).not.toBe(identityHash(new Uint8Array(32).fill(2), "roubaix", youth));
    expect(identityHash(key, "roubaix", youth)).not.toBe(
      identityHash(key, "roubaix", { ...youth, dateNaissance: "2005-03-15" }),
    );
    expect(identityHash(key, "roubaix", youth)).not.toContain("EXEMPLAIRE");
  });
});
