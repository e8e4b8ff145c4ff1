import { createRequire } from "node:module";
import { PAYS_TELEPHONE } from "../contract/schema/telephone-pays";

interface Metadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/** The library's max metadata restricted to the regions the form accepts. */
export function buildPhoneMetadata(): Metadata {
  const require = createRequire(import.meta.url);
  const full = require("libphonenumber-js/metadata.max.json") as Metadata;
  const wanted = new Set<string>(PAYS_TELEPHONE);
  const callingCodes: Record<string, string[]> = {};
  for (const [code, regions] of Object.entries(full.country_calling_codes)) {
    const kept = regions.filter((r) => wanted.has(r));
    if (kept.length > 0) callingCodes[code] = kept;
  }
  const countries: Record<string, unknown> = {};
  for (const region of PAYS_TELEPHONE) countries[region] = full.countries[region];
  return { version: full.version, country_calling_codes: callingCodes, countries, nonGeographic: {} };
}
