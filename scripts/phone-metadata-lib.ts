import { createRequire } from "node:module";
import type { FrenchTelephoneRegion, TelephoneType } from "../contract/schema/telephone-fr";
import { PAYS_TELEPHONE } from "../contract/schema/telephone-pays";

/** A region in libphonenumber-js's compressed metadata (version 4): only the slots read here. */
type LibraryRegion = [
  callingCode: string,
  iddPrefix: string,
  nationalPattern: string,
  possibleLengths: number[],
  formats: unknown,
  nationalPrefix: string | 0,
  nationalPrefixFormattingRule: unknown,
  nationalPrefixForParsing: string | 0,
  nationalPrefixTransformRule: string | 0,
  nationalPrefixOptional: unknown,
  leadingDigits: string | 0,
  types: ([string, number[]?] | 0)[] | 0,
];

/** The library's metadata file (`metadata.max.json`). */
export interface LibraryMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, LibraryRegion>;
  nonGeographic?: Record<string, unknown>;
}

function libraryMaxMetadata(): LibraryMetadata {
  return createRequire(import.meta.url)("libphonenumber-js/metadata.max.json") as LibraryMetadata;
}

/**
 * The library's own max metadata restricted to the regions the form accepts: what the form used
 * with libphonenumber-js/core before its own checker, kept as the reference the tests compare to.
 */
export function libraryMetadataForFrance(): LibraryMetadata {
  const full = libraryMaxMetadata();
  const wanted = new Set<string>(PAYS_TELEPHONE);
  const callingCodes: Record<string, string[]> = {};
  for (const [code, regions] of Object.entries(full.country_calling_codes)) {
    const kept = regions.filter((region) => wanted.has(region));
    if (kept.length > 0) callingCodes[code] = kept;
  }
  const countries: Record<string, LibraryRegion> = {};
  for (const region of PAYS_TELEPHONE) countries[region] = full.countries[region] as LibraryRegion;
  return { version: full.version, country_calling_codes: callingCodes, countries, nonGeographic: {} };
}

/**
 * A region's number types, one alternation per set of lengths ("a|b" matches entirely when a or b
 * does): the checker only asks whether some type accepts the number, never which.
 */
function byLengths(types: ([string, number[]?] | 0)[]): TelephoneType[] {
  const groups = new Map<string, TelephoneType>();
  for (const type of types) {
    if (type === 0 || type[0] === "") continue;
    const [pattern, lengths] = type;
    const key = String(lengths);
    const group = groups.get(key);
    if (group) group[0] += `|${pattern}`;
    else groups.set(key, lengths ? [pattern, lengths] : [pattern]);
  }
  return [...groups.values()];
}

/**
 * The library's "max" metadata reduced to what contract/schema/telephone-fr.ts reads, for the
 * regions the form accepts, in the order it tries them. Throws when the library's data uses a
 * rule that checker does not implement, so a library update cannot silently change the verdicts.
 */
export function buildPhoneMetadata(): FrenchTelephoneRegion[] {
  const full = libraryMaxMetadata();
  const regions = PAYS_TELEPHONE.map((region): FrenchTelephoneRegion => {
    const [code, idd, national, lengths, , prefix, , prefixForParsing, transform, , leading, types] = full.countries[
      region
    ] as LibraryRegion;
    if (idd !== "00" || prefixForParsing || transform || leading || !types) {
      throw new Error(`${region} : règle de numérotation non gérée par contract/schema/telephone-fr.ts`);
    }
    if (prefix && prefix !== "0") throw new Error(`${region} : préfixe national ${prefix} non géré`);
    return [region, code, prefix === "0" ? "0" : "", lengths, national, byLengths(types)];
  });
  // The checker strips the national prefix of a calling code's first region: regions sharing a
  // code must share it.
  for (const code of Object.keys(full.country_calling_codes)) {
    const prefixes = new Set(regions.filter((region) => region[1] === code).map((region) => region[2]));
    if (prefixes.size > 1) throw new Error(`+${code} : préfixes nationaux différents`);
  }
  return regions;
}
