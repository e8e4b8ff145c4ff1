/**
 * Postal code → current communes, from the official commune list (@etalab/decoupage-administratif,
 * 2026 data, Licence Ouverte). Built once at start; the widget never carries this list.
 * Paris, Lyon and Marseille: their arrondissement postal codes are listed on the commune itself,
 * so 75015 gives Paris (75056). Corsica's INSEE codes start with 2A/2B.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { projectPath } from "../paths";

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

/**
 * The index in a compact form: communes' names by INSEE code, and each postal code's INSEE codes
 * sorted by name. `npm run build` writes it to dist/communes-index.json (0.9 MB instead of the
 * 8.6 MB list): the server parses it in a few milliseconds at start.
 */
export interface CompactCommunes {
  source: string;
  names: Record<string, string>;
  byPostal: Record<string, string[]>;
}

export function compactCommunes(communes: readonly RawCommune[], source: string): CompactCommunes {
  const names: Record<string, string> = {};
  const byPostal: Record<string, string[]> = {};
  for (const commune of communes) {
    if (commune.type !== "commune-actuelle") continue;
    names[commune.code] = commune.nom;
    for (const codePostal of commune.codesPostaux ?? []) {
      const list = byPostal[codePostal] ?? [];
      list.push(commune.code);
      byPostal[codePostal] = list;
    }
  }
  const collator = new Intl.Collator("fr");
  for (const list of Object.values(byPostal)) list.sort((a, b) => collator.compare(names[a] ?? "", names[b] ?? ""));
  return { source, names, byPostal };
}

export function indexFromCompact(compact: CompactCommunes): CommunesIndex {
  const names = new Map(Object.entries(compact.names));
  const byPostal = new Map(
    Object.entries(compact.byPostal).map(([codePostal, codes]) => [
      codePostal,
      codes.map((codeInsee) => ({ codeInsee, nom: names.get(codeInsee) ?? codeInsee })),
    ]),
  );
  return {
    byPostalCode: (codePostal) => byPostal.get(codePostal) ?? [],
    nameOf: (codeInsee) => names.get(codeInsee),
    postalCodeCount: byPostal.size,
  };
}

export function buildCommunesIndex(communes: readonly RawCommune[]): CommunesIndex {
  return indexFromCompact(compactCommunes(communes, "memoire"));
}

/** The data set's identity: a prebuilt index of another version is not used. */
export function communesSource(): string {
  const require = createRequire(import.meta.url);
  const { version } = require("@etalab/decoupage-administratif/package.json") as { version: string };
  return `@etalab/decoupage-administratif@${version}`;
}

/** Reads the package's data file directly: its main entry is broken in 6.0.0. */
export function readOfficialCommunes(): RawCommune[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@etalab/decoupage-administratif/data/communes.json");
  return JSON.parse(readFileSync(file, "utf8")) as RawCommune[];
}

export const PREBUILT_INDEX = projectPath("dist", "communes-index.json");

/** The prebuilt index when it matches the installed data, else built from the official list. */
export function loadCommunesIndex(prebuilt = PREBUILT_INDEX): CommunesIndex {
  try {
    const compact = JSON.parse(readFileSync(prebuilt, "utf8")) as CompactCommunes;
    if (compact.source === communesSource()) return indexFromCompact(compact);
  } catch {
    // not built yet: fall back to the official list
  }
  return buildCommunesIndex(readOfficialCommunes());
}
