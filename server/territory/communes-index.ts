/**
 * Postal code → current communes, from the official commune list (@etalab/decoupage-administratif,
 * 2026 data, Licence Ouverte). Built once at start; the widget never carries this list.
 * Paris, Lyon and Marseille: their arrondissement postal codes are listed on the commune itself,
 * so 75015 gives Paris (75056). Corsica's INSEE codes start with 2A/2B.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface CommuneEntry {
  codeInsee: string;
  nom: string;
}

export interface CommunesIndex {
  /** Communes sharing this postal code, sorted by name; empty when the code is unknown. */
  byPostalCode(codePostal: string): readonly CommuneEntry[];
  /** Official name of a current commune, undefined when the code is not one. */
  nameOf(codeInsee: string): string | undefined;
  readonly postalCodeCount: number;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
}

export function buildCommunesIndex(communes: readonly RawCommune[]): CommunesIndex {
  const byPostal = new Map<string, CommuneEntry[]>();
  const names = new Map<string, string>();
  for (const commune of communes) {
    if (commune.type !== "commune-actuelle") continue;
    names.set(commune.code, commune.nom);
    for (const codePostal of commune.codesPostaux ?? []) {
      let list = byPostal.get(codePostal);
      if (!list) {
        list = [];
        byPostal.set(codePostal, list);
      }
      list.push({ codeInsee: commune.code, nom: commune.nom });
    }
  }
  const collator = new Intl.Collator("fr");
  for (const list of byPostal.values()) list.sort((a, b) => collator.compare(a.nom, b.nom));
  return {
    byPostalCode: (codePostal) => byPostal.get(codePostal) ?? [],
    nameOf: (codeInsee) => names.get(codeInsee),
    postalCodeCount: byPostal.size,
  };
}

/** Reads the package's data file directly: its main entry is broken in 6.0.0. */
export function loadCommunesIndex(): CommunesIndex {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@etalab/decoupage-administratif/data/communes.json");
  return buildCommunesIndex(JSON.parse(readFileSync(file, "utf8")) as RawCommune[]);
}
