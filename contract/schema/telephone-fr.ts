/**
 * French and overseas phone numbers, checked as libphonenumber-js checks them with its "max"
 * metadata (parsePhoneNumberFromString(text, region) for each region in turn, then isValid()),
 * without shipping the library in every French visit. The metadata it reads is written from the
 * library by scripts/phone-metadata.ts; tests/unit/telephone-fr.test.ts proves the verdicts are
 * the library's on a large corpus. Deliberately stricter: a number followed by an extension
 * ("x 12", "~12", ", 12"…) and RFC 3966 parameters (";phone-context=", ";isub=") are refused.
 */
import metadata from "./telephone-metadata.json";

/** The patterns of number types (FIXED_LINE|MOBILE|…), and their lengths when not the region's. */
export type TelephoneType = [pattern: string, lengths?: number[]];

/** One region as the checker reads it: the slots of libphonenumber-js's metadata it needs. */
export type FrenchTelephoneRegion = [
  region: string,
  callingCode: string,
  nationalPrefix: "0" | "",
  possibleLengths: number[],
  nationalPattern: string,
  types: TelephoneType[],
];

/** In the order national numbers are tried: overseas first ("0262…" is Réunion, not Normandy). */
export const FRENCH_TELEPHONE_REGIONS = metadata as unknown as FrenchTelephoneRegion[];

const DIGITS = "0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9";
/** The library's punctuation between digits, without its tildes (an extension label for it). */
const PUNCTUATION =
  "\\-\u2010-\u2015\u2212\u30fc\uff0d\uff0f/\uff0e. \u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d\\[\\]";
const START = new RegExp(`[+\uff0b${DIGITS}]`);
const AFTER_END = new RegExp(`[^${DIGITS}#]+$`);
const NUMBER_ONLY = new RegExp(`^[+\uff0b]?[${PUNCTUATION}${DIGITS}]*$`);
const NOT_DIGIT = new RegExp(`[^${DIGITS}]`, "g");

const compiled = new Map<string, RegExp>();

/** Whether `pattern` matches all of `text`; each pattern is compiled once (the server checks every registration). */
function whole(pattern: string, text: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`);
    compiled.set(pattern, regex);
  }
  return regex.test(text);
}

/**
 * The ASCII digits of a text; the full-width plus is dropped, as the library does. Each run of
 * ten digits it reads starts at a multiple of 16 (U+0030, U+0660, U+06F0, U+FF10).
 */
function asciiDigits(text: string): string {
  return text.replace(NOT_DIGIT, "").replace(/./g, (digit) => String(digit.charCodeAt(0) & 15));
}

/** libphonenumber-js's isValid: the national pattern, then one type's lengths and pattern. */
function validIn([, , , lengths, national, types]: FrenchTelephoneRegion, nsn: string): boolean {
  return (
    whole(national, nsn) && types.some(([pattern, own = lengths]) => own.includes(nsn.length) && whole(pattern, nsn))
  );
}

/** The national prefix "0" goes when the region has one (a number with it is never valid). */
function withoutPrefix(region: FrenchTelephoneRegion, digits: string): string {
  return region[2] && digits.startsWith("0") ? digits.slice(1) : digits;
}

/** +code and the national number when one region of that calling code finds it valid. */
function e164(code: string, nsn: string): string | null {
  const valid = FRENCH_TELEPHONE_REGIONS.some((region) => region[1] === code && validIn(region, nsn));
  return valid ? `+${code}${nsn}` : null;
}

/** Digits after "+" or "00": a known calling code (no code begins another), then the national number. */
function international(digits: string): string | null {
  const region = FRENCH_TELEPHONE_REGIONS.find(([, code]) => digits.startsWith(code));
  return region ? e164(region[1], withoutPrefix(region, digits.slice(region[1].length))) : null;
}

/**
 * A national number read as dialled in `region`: "33 6 12…" counts as +33 when the digits are
 * too long or only valid without the calling code (the library's rule for a forgotten "+").
 */
function national(region: FrenchTelephoneRegion, digits: string): string | null {
  const [, code, , lengths, pattern] = region;
  const shorter = withoutPrefix(region, digits.slice(code.length));
  const withCode =
    digits.startsWith(code) &&
    ((!whole(pattern, digits) && whole(pattern, shorter)) || digits.length > Math.max(...lengths));
  return e164(code, withCode ? shorter : withoutPrefix(region, digits));
}

/** The E.164 form of a valid French or overseas number typed in any usual way, else null. */
export function frenchTelephoneE164(text: string): string | null {
  // The library reads no text longer than 250 characters; RFC 3966 contexts are refused.
  if (text.length > 250 || text.includes(";phone-context=")) return null;
  const start = text.search(START);
  if (start < 0) return null;
  const number = text.slice(start).replace(AFTER_END, "");
  if (!NUMBER_ONLY.test(number)) return null;
  const digits = asciiDigits(number);
  if (number.startsWith("+")) return international(digits);
  if (/^00[1-9]/.test(digits)) return international(digits.slice(2));
  for (const region of FRENCH_TELEPHONE_REGIONS) {
    const found = national(region, digits);
    if (found) return found;
  }
  return null;
}
