/**
 * Numbers of every country, with libphonenumber-js's full metadata (~40 KB gzip): imported
 * statically by the server, loaded by the widget only when a foreign prefix is typed, and handed
 * to `acceptWorldTelephones` (telephone.ts).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** E.164 of a valid number of any country ("+32 470 12 34 56", "0032 470…"), else null. */
export function worldTelephoneE164(text: string): string | null {
  if (text.length > 40) return null;
  // "FR" only so that "00" reads as the international prefix, as dialled from France.
  const parsed = parsePhoneNumberFromString(text, "FR");
  return parsed?.isValid() ? parsed.number : null;
}

/** "+32 470 12 34 56": how the fiche prints a foreign number. */
export function worldTelephoneInternational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}
