/**
 * What the fiche prints for each value: French labels for every category (never a raw enum value),
 * dates and phones the way staff read them, country and language names in French.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { optionsFr } from "../../contract/i18n/options-fr";
import { ageOn } from "../../contract/schema/age";
import { CRENEAUX } from "../../contract/schema/enums";
import type { Payload } from "../../contract/schema/payload";
import { isWorldTelephone } from "../../contract/schema/telephone";
import { worldTelephoneInternational } from "../../contract/schema/telephone-world";
import { frenchDateTime } from "../time/french-dates";

const regions = new Intl.DisplayNames(["fr"], { type: "region", fallback: "code" });
const languages = new Intl.DisplayNames(["fr"], { type: "language", fallback: "code" });

/** The French label of a category value; an unknown value (never from a valid payload) as is. */
export function label<T extends Record<string, string>>(table: T, value: string | undefined): string {
  if (value === undefined) return "Non renseigné";
  return (table as Record<string, string>)[value] ?? value;
}

/** The ML's time zone if Intl knows it, else UTC (said on the fiche rather than a wrong hour). */
function usableTimeZone(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat("fr-FR", { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

const timeZones = new Map<string, string | undefined>();

/** "lundi 30 novembre 2026 à 12h30" in the ML's time zone. */
export function dateTimeFr(instant: Date, timeZone: string): string {
  if (!timeZones.has(timeZone)) timeZones.set(timeZone, usableTimeZone(timeZone));
  const zone = timeZones.get(timeZone);
  return zone ? frenchDateTime(instant, zone) : `${frenchDateTime(instant, "UTC")} (UTC)`;
}

/** "14/03/2005 (21 ans)": the age in completed years on `receivedOn`, the day received in the ML's time zone. */
export function birthDateFr(dateNaissance: string, receivedOn: string): string {
  const [year, month, day] = dateNaissance.split("-");
  const age = ageOn(dateNaissance, receivedOn);
  return `${day}/${month}/${year} (${age} ans)`;
}

/**
 * "01 99 00 12 34" for +33; the international form ("+262 692 12 34 56") for overseas regions;
 * another country's number in its international form, flagged so the staff dial it as it is.
 */
export function telephoneFr(e164: string): string {
  if (isWorldTelephone(e164)) return `${worldTelephoneInternational(e164)} — numéro étranger`;
  try {
    const number = parsePhoneNumberFromString(e164);
    if (!number) return e164;
    return number.countryCallingCode === "33" ? number.formatNational() : number.formatInternational();
  } catch {
    return e164;
  }
}

/** "Roubaix (France)", or the country alone. */
export function birthPlaceFr(lieu: Payload["identite"]["lieuNaissance"]): string {
  const country = countryFr(lieu.pays);
  return lieu.commune ? `${lieu.commune} (${country})` : country;
}

export function countryFr(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "anglais (en)" for the language of the form the youth used. */
export function languageFr(code: string): string {
  try {
    const name = languages.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** Call-back slots in the day's order, whatever order they were ticked in. */
export function creneauxFr(creneaux: readonly string[]): string {
  return CRENEAUX.filter((slot) => creneaux.includes(slot))
    .map((slot) => optionsFr.creneau[slot])
    .join(", ");
}
