/**
 * The 515 "naughty strings" (tests/fixtures/blns.json, MIT, Max Woolf) in every text field of the
 * payload: 202 with a PDF that renders, or 422 naming that field. Never a 5xx, never a broken
 * log line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PayloadInput } from "../../contract/schema/payload";
import { validPayload } from "../fixtures/payload";
import { buildTestApp, drained, postRegistration, recordingTransport } from "../support/test-app";

const NAUGHTY = JSON.parse(readFileSync(new URL("../fixtures/blns.json", import.meta.url), "utf8")) as string[];

type Setter = (payload: PayloadInput, value: string) => void;

/** Every string field a youth can type into, by its path in the 422 answer. */
const TEXT_FIELDS: Record<string, Setter> = {
  "identite.nomNaissance": (p, v) => {
    p.identite.nomNaissance = v;
  },
  "identite.nomUsage": (p, v) => {
    p.identite.nomUsage = v;
  },
  "identite.prenom": (p, v) => {
    p.identite.prenom = v;
  },
  "identite.dateNaissance": (p, v) => {
    p.identite.dateNaissance = v;
  },
  "identite.lieuNaissance.commune": (p, v) => {
    p.identite.lieuNaissance.commune = v;
  },
  "coordonnees.adresse.ligne1": (p, v) => {
    p.coordonnees.adresse.ligne1 = v;
  },
  "coordonnees.adresse.complement": (p, v) => {
    p.coordonnees.adresse.complement = v;
  },
  "coordonnees.adresse.codePostal": (p, v) => {
    p.coordonnees.adresse.codePostal = v;
  },
  "coordonnees.adresse.commune": (p, v) => {
    p.coordonnees.adresse.commune = v;
  },
  "coordonnees.telephone": (p, v) => {
    p.coordonnees.telephone = v;
  },
  "coordonnees.email": (p, v) => {
    p.coordonnees.email = v;
  },
  "representantLegal.nom": (p, v) => {
    p.representantLegal = { nom: v, prenom: "Dominique", telephone: "01 99 00 45 67", lien: "PARENT" };
  },
  "representantLegal.prenom": (p, v) => {
    p.representantLegal = { nom: "Exemplaire", prenom: v, telephone: "01 99 00 45 67", lien: "PARENT" };
  },
  message: (p, v) => {
    p.message = v;
  },
};

describe("naughty strings in every text field", () => {
  it(`never answers 5xx: 202 with a PDF or 422 naming the field (${NAUGHTY.length} strings)`, async () => {
    const transport = recordingTransport();
    const setup = await buildTestApp({ transport });
    const outcomes = { accepted: 0, refused: 0 };
    for (const [path, set] of Object.entries(TEXT_FIELDS)) {
      for (const value of NAUGHTY) {
        const payload = validPayload();
        set(payload, value);
        const response = await postRegistration(setup.app, payload);
        const context = `${path} = ${JSON.stringify(value).slice(0, 80)}`;
        if (response.status === 202) {
          outcomes.accepted++;
          continue;
        }
        expect(response.status, context).toBe(422);
        const { erreurs } = (await response.json()) as { erreurs: Record<string, string> };
        // A well-formed postal code of another commune is refused on the commune it contradicts.
        const names = path === "coordonnees.adresse.codePostal" ? [path, "coordonnees.adresse.codeInsee"] : [path];
        const named = Object.keys(erreurs).some((key) =>
          names.some((name) => key === name || key.startsWith(`${name}.`)),
        );
        expect(named, `${context} → ${JSON.stringify(erreurs)}`).toBe(true);
        outcomes.refused++;
      }
    }
    await drained(setup);
    expect(transport.sent).toHaveLength(outcomes.accepted);
    for (const mail of transport.sent) {
      expect(
        Buffer.from(mail.attachments[0]?.content ?? [])
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    }
    for (const line of setup.logger.lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(setup.logger.lines.every((line) => line.endsWith("\n") && line.indexOf("\n") === line.length - 1)).toBe(
      true,
    );
    expect(outcomes.accepted).toBeGreaterThan(500);
    expect(outcomes.refused).toBeGreaterThan(500);
  }, 300_000);
});
