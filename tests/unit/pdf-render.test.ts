/**
 * The fiche as the reception staff read it (pdftotext) and as a program reads its attachment
 * (pdfdetach): names exactly as typed beside their I-Milo form, French wording, flags only when
 * set, one page for a typical registration, two at most.
 */
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { registrationJsonFilename } from "../../server/pdf/registration-json";
import { renderFiche } from "../../server/pdf/render";
import { validPayload } from "../fixtures/payload";
import { demoMissionLocale, maximalPayload, REFERENCE, registration } from "../fixtures/registration";
import { isPdf, pdfAttachments, pdfInfo, pdfText } from "./pdf-support";

const ml = demoMissionLocale();

function withNames(): ReturnType<typeof validPayload> {
  const payload = validPayload();
  payload.identite.nomNaissance = "N’Diaye-Lætitia Cœur";
  payload.identite.nomUsage = "Ørsted Ågård";
  payload.identite.prenom = "Şükrü Nguyễn";
  return payload;
}

describe("renderFiche: the typical registration", () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = await renderFiche(registration(), ml);
    text = await pdfText(pdf);
  });

  it("is a one-page A4 PDF", async () => {
    expect(isPdf(pdf)).toBe(true);
    const info = await pdfInfo(pdf);
    expect(info.Pages).toBe("1");
    expect(info["Page size"]).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
  });

  it("has the header: ML, reference, received and call-back times in the ML's time zone", () => {
    expect(text).toContain("Pré-inscription en ligne");
    expect(text).toContain("Mission Locale de Roubaix Lys-Lez-Lannoy");
    expect(text).toContain(REFERENCE);
    expect(text).toContain("Reçue le lundi 30 novembre 2026 à 12h30");
    expect(text).toMatch(/À rappeler avant mardi 1(?:er)? décembre 2026 à 17h30/);
  });

  it("has the sections in I-Milo's order, without the absent representative", () => {
    const titles = [
      "Identité",
      "Coordonnées",
      "Logement",
      "Scolarité et formation",
      "Rappel",
      "Origine",
      "Message",
      "Réservé à la Mission Locale",
    ];
    const positions = titles.map((title) => text.indexOf(title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain("Représentant légal");
  });

  it("prints values the way staff read them, and French labels, never enum values", () => {
    expect(text).toMatch(/Nom de naissance\s+Exemplaire\s+I-Milo\s+EXEMPLAIRE/);
    expect(text).toMatch(/Prénom\s+Camille\s+I-Milo\s+CAMILLE/);
    expect(text).toContain("14/03/2005 (21 ans)");
    expect(text).toContain("Roubaix (France)");
    expect(text).toContain("Roubaix (code INSEE 59512)");
    expect(text).toContain("01 99 00 12 34");
    expect(text).toContain("camille.exemplaire@example.org");
    expect(text).toContain("Je cherche un emploi");
    expect(text).toContain("Baccalauréat (niveau 4)");
    expect(text).toContain("Le matin, L'après-midi");
    expect(text).toContain("Les réseaux sociaux");
    expect(text).toContain("Je cherche une formation dans la logistique.");
    for (const raw of ["MADAME", "FRANCAISE", "DEMANDEUR_EMPLOI", "TERMINALE", "NIVEAU_4", "RESEAUX_SOCIAUX", "SOIR"]) {
      expect(text).not.toMatch(new RegExp(`\\b${raw}\\b`));
    }
    expect(text).not.toContain("+33");
  });

  it("has no flags when none is set, and the staff box and footer", () => {
    expect(text).not.toMatch(/MINEUR|HORS TERRITOIRE|SANS HÉBERGEMENT/);
    for (const words of ["Déjà connu dans I-Milo", "Saisi dans I-Milo le", "Rappelé le", "Accueil collectif le"]) {
      expect(text).toContain(words);
    }
    expect(text).toContain("Document à supprimer dès la saisie dans I-Milo");
    expect(text).toContain(`${REFERENCE} · page 1/1`);
    expect(text).not.toContain("formulaire rempli en");
  });

  it("carries the registration as JSON that parses back to it", async () => {
    const attachments = await pdfAttachments(pdf);
    const json = attachments.get(registrationJsonFilename(REFERENCE));
    expect(json).toBeDefined();
    const parsed = JSON.parse(json?.toString("utf8") ?? "null");
    const original = registration();
    expect(parsed).toEqual({
      reference: REFERENCE,
      recuLe: "2026-11-30T11:30:00.000Z",
      rappelAvant: "2026-12-01T16:30:00.000Z",
      payload: original.payload,
      flags: original.flags,
      langue: "fr",
    });
  });

  it("has metadata without personal data, and dates from the registration", async () => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(`Pré-inscription ${REFERENCE}`);
    expect(doc.getProducer()).toBe("ml-preinscription");
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-11-30T11:30:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-11-30T11:30:00.000Z");
    const metadata = [doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getAuthor(), doc.getCreator()].join("|");
    for (const personal of ["Camille", "Exemplaire", "EXEMPLAIRE", "example.org", "1 rue"]) {
      expect(metadata).not.toContain(personal);
    }
  });

  it("is deterministic: the same registration gives the same bytes", async () => {
    const again = await renderFiche(registration(), ml);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe("renderFiche: any name, any text", () => {
  it("draws names in any Latin script exactly, beside their I-Milo form", async () => {
    const text = await pdfText(await renderFiche(registration({ payload: withNames() }), ml));
    expect(text).toMatch(/N’Diaye-Lætitia Cœur\s+I-Milo\s+N'DIAYE-LAETITIA COEUR/);
    expect(text).toMatch(/Ørsted Ågård\s+I-Milo\s+ORSTED AGARD/);
    expect(text).toMatch(/Şükrü Nguyễn\s+I-Milo\s+SUKRU NGUYEN/);
  });

  it("says in words where the font lacks characters (not empty boxes), and the JSON keeps the exact text", async () => {
    const payload = validPayload({ message: "Merci 🙂 pour l'aide 谢谢 👨‍👩‍👧 fin" });
    payload.coordonnees.adresse.ligne1 = "3 allée des Étoiles 🌟";
    const pdf = await renderFiche(registration({ payload }), ml);
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    const marker = "[caractères non affichables — voir le JSON joint]";
    expect(text).toContain(`Merci ${marker} pour l'aide ${marker} fin`);
    expect(text).toContain(`3 allée des Étoiles ${marker}`);
    expect(text).not.toContain("□");
    const json = (await pdfAttachments(pdf)).get(registrationJsonFilename(REFERENCE))?.toString("utf8") ?? "";
    expect(JSON.parse(json).payload.message).toBe("Merci 🙂 pour l'aide 谢谢 👨‍👩‍👧 fin");
    expect(JSON.parse(json).payload.coordonnees.adresse.ligne1).toBe("3 allée des Étoiles 🌟");
  });

  it("keeps the message's line breaks and wraps long lines instead of cutting them", async () => {
    const message = `Première ligne.\nDeuxième ligne.\n${"mot ".repeat(60).trim()}`;
    const text = await pdfText(await renderFiche(registration({ payload: validPayload({ message }) }), ml), "raw");
    expect(text).toMatch(/Première ligne\.\nDeuxième ligne\.\n/);
    expect(text.match(/mot/g)).toHaveLength(60);
  });

  it("never cuts a long value: an e-mail without spaces is wrapped, every character kept", async () => {
    const email = `${"prenom.nom.tres.long".repeat(6)}@example.org`;
    const payload = validPayload();
    payload.coordonnees.email = email;
    const text = await pdfText(await renderFiche(registration({ payload }), ml), "raw");
    expect(text.replace(/\n/g, "")).toContain(email);
  });
});

describe("renderFiche: flags, representative, language, time zone", () => {
  it("shows each flag in words at the top only when set", async () => {
    const all = await pdfText(
      await renderFiche(registration({ flags: { mineur: true, horsTerritoire: true, sansHebergement: true } }), ml),
    );
    const header = all.slice(0, all.indexOf("Identité"));
    expect(header).toContain("MINEUR");
    expect(header).toContain("HORS TERRITOIRE");
    expect(header).toContain("SANS HÉBERGEMENT — prioritaire");
    expect(all).toContain("— hors territoire");

    const one = await pdfText(await renderFiche(registration({ flags: { mineur: true } }), ml));
    expect(one).toContain("MINEUR");
    expect(one).not.toMatch(/HORS TERRITOIRE|SANS HÉBERGEMENT/);
  });

  it("shows the legal representative when there is one", async () => {
    const payload = validPayload({
      representantLegal: { nom: "Exemplaire-Cœur", prenom: "Dominique", telephone: "01 99 00 45 67", lien: "TUTEUR" },
    });
    const text = await pdfText(await renderFiche(registration({ payload, flags: { mineur: true } }), ml));
    expect(text).toContain("Représentant légal");
    expect(text).toMatch(/Exemplaire-Cœur\s+I-Milo\s+EXEMPLAIRE-COEUR/);
    expect(text).toContain("Tuteur ou tutrice");
    expect(text).toContain("01 99 00 45 67");
  });

  it("notes the language of the form when it isn't French", async () => {
    const text = await pdfText(await renderFiche(registration({ langue: "en" }), ml));
    expect(text).toContain("formulaire rempli en anglais (en)");
  });

  it("words times in the ML's own time zone", async () => {
    const reunion = { ...ml, fuseauHoraire: "Indian/Reunion" };
    const text = await pdfText(await renderFiche(registration(), reunion));
    expect(text).toContain("Reçue le lundi 30 novembre 2026 à 15h30");
  });

  it("names the country of birth in French", async () => {
    const payload = validPayload();
    payload.identite.lieuNaissance = { pays: "MA", commune: "Casablanca" };
    const text = await pdfText(await renderFiche(registration({ payload }), ml));
    expect(text).toContain("Casablanca (Maroc)");
  });
});

describe("renderFiche: length", () => {
  it("fits a maximal registration (every optional field, 60-character names, 500-character message) on two pages", async () => {
    const pdf = await renderFiche(
      registration({
        payload: maximalPayload(),
        flags: { mineur: true, horsTerritoire: true, sansHebergement: true },
        langue: "en",
      }),
      ml,
    );
    const info = await pdfInfo(pdf);
    expect(Number(info.Pages)).toBeLessThanOrEqual(2);
    const text = await pdfText(pdf);
    expect(text).toContain(`${REFERENCE} · page 1/2`);
    expect(text).toContain(`${REFERENCE} · page 2/2`);
    expect(text).toContain("(suite)");
  });

  it("stays within two pages with a message of 250 short lines", async () => {
    const payload = maximalPayload();
    payload.message = Array.from({ length: 250 }, () => "a").join("\n");
    const pdf = await renderFiche(registration({ payload }), ml);
    expect(Number((await pdfInfo(pdf)).Pages)).toBeLessThanOrEqual(2);
    const text = await pdfText(pdf, "raw");
    expect(text.match(/↵/g)).toHaveLength(249);
  });
});
