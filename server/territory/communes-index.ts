/**
 * Postal code → current communes, from the official commune list (@etalab/decoupage-administratif,
 * 2026 data, Licence Ouverte). Built once at start; the widget never carries this list.
 * Paris, Lyon and Marseille: a postal code of theirs gives its municipal arrondissements (75011 →
 * Paris 11e Arrondissement, 75111), the address's real commune for I-Milo and the directory, in
 * place of the citywide commune (75056) that the data also lists under it. The citywide code stays
 * known as the arrondissement's `parent`: a territory listing it covers its arrondissements.
 * Corsica's INSEE codes start with 2A/2B.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { projectPath } from "../paths";

export interface CommuneEntry {
  codeInsee: string;
  nom: string;
  /** A municipal arrondissement's citywide commune (75111 → 75056). */
  parent?: string;
}

export interface CommunesIndex {
  /** Communes sharing this postal code, sorted by name; empty when the code is unknown. */
  byPostalCode(codePostal: string): readonly CommuneEntry[];
  /** Official name of a current commune or arrondissement, undefined when the code is not one. */
  nameOf(codeInsee: string): string | undefined;
  /** The citywide commune of a municipal arrondissement (75111 → 75056), else undefined. */
  parentOf(codeInsee: string): string | undefined;
  readonly postalCodeCount: number;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
  /** A municipal arrondissement's commune. */
  commune?: string;
}

/** Bumped when the compact form changes: a prebuilt index of an older form is not used. */
const COMPACT_FORMAT = 2;

/** In a territory: the commune's own code is listed, or its city's for an arrondissement. */
export function inTerritory(territoire: readonly string[], codeInsee: string, communes: CommunesIndex): boolean {
  const parent = communes.parentOf(codeInsee);
  return territoire.includes(codeInsee) || (parent !== undefined && territoire.includes(parent));
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
  /** Municipal arrondissement → its city. */
  parents: Record<string, string>;
}

export function compactCommunes(communes: readonly RawCommune[], source: string): CompactCommunes {
  const names: Record<string, string> = {};
  const byPostal: Record<string, string[]> = {};
  const parents: Record<string, string> = {};
  const add = (codePostal: string, code: string) => {
    const list = byPostal[codePostal] ?? [];
    if (!list.includes(code)) list.push(code);
    byPostal[codePostal] = list;
  };
  for (const commune of communes) {
    if (commune.type === "arrondissement-municipal" && commune.commune) parents[commune.code] = commune.commune;
    else if (commune.type !== "commune-actuelle") continue;
    names[commune.code] = commune.nom;
    for (const codePostal of commune.codesPostaux ?? []) add(codePostal, commune.code);
  }
  // Where an arrondissement has the postal code, its city is not offered beside it.
  const cities = new Set(Object.values(parents));
  for (const [codePostal, list] of Object.entries(byPostal)) {
    if (list.some((code) => parents[code])) byPostal[codePostal] = list.filter((code) => !cities.has(code));
  }
  const collator = new Intl.Collator("fr", { numeric: true });
  for (const list of Object.values(byPostal)) list.sort((a, b) => collator.compare(names[a] ?? "", names[b] ?? ""));
  return { source, names, byPostal, parents };
}

/** INSEE codes and postal codes are five characters (Corsica's 2A/2B included). */
const CODE_LENGTH = 5;

/**
 * Codes sorted and concatenated in one string, each found by binary search: ~35,000 communes
 * kept as a few strings and typed arrays (~1 MB) rather than as objects and map entries (6.5 MB,
 * README.md "Performance"). A look-up builds its few entries on demand.
 */
class SortedCodes {
  private readonly text: string;
  readonly count: number;

  constructor(codes: readonly string[]) {
    this.text = codes.join("");
    this.count = codes.length;
  }

  indexOf(code: string): number {
    if (code.length !== CODE_LENGTH) return -1;
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.text.slice(middle * CODE_LENGTH, (middle + 1) * CODE_LENGTH);
      if (found === code) return middle;
      if (found < code) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  at(index: number): string {
    return this.text.slice(index * CODE_LENGTH, (index + 1) * CODE_LENGTH);
  }
}

interface Tables {
  communes: SortedCodes;
  names: string;
  nameStarts: Uint32Array;
  postals: SortedCodes;
  memberStarts: Uint32Array;
  memberIndexes: Int32Array;
  parents: Map<string, string>;
}

/** Built apart from the look-ups: their closures must not keep the parsed JSON alive. */
function tablesOf(compact: CompactCommunes): Tables {
  const inseeCodes = Object.keys(compact.names).sort();
  const communes = new SortedCodes(inseeCodes);
  const allNames = inseeCodes.map((code) => compact.names[code] ?? code);
  const names = allNames.join("\n");
  const nameStarts = new Uint32Array(allNames.length + 1);
  for (let i = 0; i < allNames.length; i++) nameStarts[i + 1] = (nameStarts[i] ?? 0) + (allNames[i]?.length ?? 0) + 1;

  const postalCodes = Object.keys(compact.byPostal).sort();
  const postals = new SortedCodes(postalCodes);
  const memberStarts = new Uint32Array(postalCodes.length + 1);
  const members: number[] = [];
  postalCodes.forEach((codePostal, i) => {
    for (const code of compact.byPostal[codePostal] ?? []) {
      const index = communes.indexOf(code);
      if (index >= 0) members.push(index);
    }
    memberStarts[i + 1] = members.length;
  });
  const memberIndexes = Int32Array.from(members);
  const parents = new Map(Object.entries(compact.parents));
  return { communes, names, nameStarts, postals, memberStarts, memberIndexes, parents };
}

export function indexFromCompact(compact: CompactCommunes): CommunesIndex {
  const { communes, names, nameStarts, postals, memberStarts, memberIndexes, parents } = tablesOf(compact);
  const nameAt = (index: number) => names.slice(nameStarts[index], (nameStarts[index + 1] ?? 0) - 1);
  const entry = (index: number): CommuneEntry => {
    const codeInsee = communes.at(index);
    const parent = parents.get(codeInsee);
    return parent ? { codeInsee, nom: nameAt(index), parent } : { codeInsee, nom: nameAt(index) };
  };
  return {
    byPostalCode: (codePostal) => {
      const at = postals.indexOf(codePostal);
      if (at < 0) return [];
      return Array.from(memberIndexes.subarray(memberStarts[at], memberStarts[at + 1]), entry);
    },
    nameOf: (codeInsee) => {
      const index = communes.indexOf(codeInsee);
      return index < 0 ? undefined : nameAt(index);
    },
    parentOf: (codeInsee) => parents.get(codeInsee),
    postalCodeCount: postals.count,
  };
}

export function buildCommunesIndex(communes: readonly RawCommune[]): CommunesIndex {
  return indexFromCompact(compactCommunes(communes, "memoire"));
}

/** The data set's identity: a prebuilt index of another version is not used. */
export function communesSource(): string {
  const require = createRequire(import.meta.url);
  const { version } = require("@etalab/decoupage-administratif/package.json") as { version: string };
  return `@etalab/decoupage-administratif@${version}#${COMPACT_FORMAT}`;
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
