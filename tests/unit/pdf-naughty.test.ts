/**
 * The 515 "naughty strings" (tests/fixtures/blns.json) in the free-text fields and the names:
 * every one the schema accepts renders to a PDF, none throws. Fonts are shared, so this stays fast.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type PayloadInput, payloadSchema } from "../../contract/schema/payload";
import { renderFiche } from "../../server/pdf/render";
import { validPayload } from "../fixtures/payload";
import { demoMissionLocale, registration } from "../fixtures/registration";
import { isPdf } from "./pdf-support";

const NAUGHTY = JSON.parse(readFileSync(new URL("../fixtures/blns.json", import.meta.url), "utf8")) as string[];

/** Where a string goes: the message, the address lines and place of birth, the names. */
const PLACEMENTS: ((payload: PayloadInput, value: string) => void)[] = [
  (payload, value) => {
    payload.message = value;
  },
  (payload, value) => {
    payload.coordonnees.adresse.ligne1 = value;
    payload.coordonnees.adresse.complement = value;
    payload.identite.lieuNaissance.commune = value;
  },
  (payload, value) => {
    payload.identite.nomNaissance = value;
    payload.identite.nomUsage = value;
    payload.identite.prenom = value;
    payload.representantLegal = { nom: value, prenom: value, telephone: "01 99 00 45 67", lien: "PARENT" };
  },
];

describe("renderFiche with the naughty strings", () => {
  it("renders every accepted payload without throwing", async () => {
    expect(NAUGHTY.length).toBeGreaterThan(500);
    const ml = demoMissionLocale();
    let rendered = 0;
    const failures: string[] = [];
    for (const value of NAUGHTY) {
      // One fiche per string, with the string in every place the schema accepts it.
      let payload = validPayload();
      let accepted = false;
      for (const place of PLACEMENTS) {
        const candidate = structuredClone(payload);
        place(candidate, value);
        if (payloadSchema.safeParse(candidate).success) {
          payload = candidate;
          accepted = true;
        }
      }
      if (!accepted) continue;
      try {
        const pdf = await renderFiche(registration({ payload }), ml);
        if (!isPdf(pdf)) failures.push(JSON.stringify(value));
        rendered++;
      } catch (error) {
        failures.push(`${JSON.stringify(value)}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    // Most of them pass the schema in the message at least: the test isn't empty.
    expect(rendered).toBeGreaterThan(450);
    expect(rendered).toBeLessThanOrEqual(NAUGHTY.length);
  }, 120_000);
});
