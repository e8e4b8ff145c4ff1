import { FRENCH_TELEPHONE_REGIONS, frenchTelephoneE164 } from "./telephone-fr";

/** France's and its overseas regions' calling codes (33, 262, 590…): the small metadata knows them. */
const FRENCH_CALLING_CODES = [...new Set(FRENCH_TELEPHONE_REGIONS.map((region) => region[1]))];

/** The E.164 form of a number of any country, or null: libphonenumber-js with its full metadata. */
export type WorldTelephoneValidator = (text: string) => string | null;

let worldValidator: WorldTelephoneValidator | undefined;

/**
 * Installs the validator of numbers from other countries. The whole world's metadata is too
 * heavy for the widget's first download: the server installs it at start, the widget once it has
 * loaded it (contract/schema/telephone-world.ts), the first time a foreign prefix is typed.
 */
export function acceptWorldTelephones(validator: WorldTelephoneValidator): void {
  worldValidator = validator;
}

/** The digits after an international prefix ("+" or "00"), or null for a national number. */
function internationalDigits(text: string): string | null {
  const compact = text.replace(/[\s.\-/()\u00a0]/g, "");
  const match = /^(?:\+|00)(\d+)$/.exec(compact);
  return match ? (match[1] as string) : null;
}

/** True for "+32 …" or "0032 …": a number the French metadata cannot judge. */
export function isWorldTelephone(text: string): boolean {
  const digits = internationalDigits(text.trim());
  return digits !== null && !FRENCH_CALLING_CODES.some((code) => digits.startsWith(code));
}

/**
 * Until the world validator is installed (the widget, while it loads), a foreign number is only
 * checked for the shape of E.164 (8 to 15 digits): the server, which always has the validator,
 * says the last word, and a youth is never blocked by a chunk that failed to load.
 */
function plausibleE164(text: string): string | null {
  const digits = internationalDigits(text.trim());
  return digits !== null && digits.length >= 8 && digits.length <= 15 && !digits.startsWith("0") ? `+${digits}` : null;
}

/**
 * The number in E.164 (+33199001234), or null when it is not valid per libphonenumber-js.
 * French and overseas numbers are judged by our own checker of the library's metadata for those
 * regions (telephone-fr.ts); a number with another country's prefix by the world validator.
 */
export function telephoneE164(text: string): string | null {
  if (text.length > 40) return null;
  if (isWorldTelephone(text)) return worldValidator ? worldValidator(text) : plausibleE164(text);
  return frenchTelephoneE164(text);
}
