import { type MetadataJson, parsePhoneNumberFromString } from "libphonenumber-js/core";
import metadataJson from "./telephone-metadata.json";
import { PAYS_TELEPHONE } from "./telephone-pays";

const metadata = metadataJson as unknown as MetadataJson;
const accepted = new Set<string>(PAYS_TELEPHONE);

/**
 * The number in E.164 (+33199001234) when it is valid for France or one of its overseas
 * regions per libphonenumber-js, else null. National numbers are tried against each region
 * in turn, overseas first, since "0262 …" is Réunion, not Normandy.
 */
export function telephoneE164(text: string): string | null {
  if (text.length > 40) return null;
  for (const region of PAYS_TELEPHONE) {
    const parsed = parsePhoneNumberFromString(text, region, metadata);
    if (parsed?.isValid() && parsed.country !== undefined && accepted.has(parsed.country)) {
      return parsed.number;
    }
  }
  return null;
}
