/**
 * How to reach the Mission Locale, in words: its postal address and a phone link. (Its opening
 * hours: opening-hours.ts.)
 */
import type { MissionLocalePublic } from "./api-types";

/** A `tel:` link target from a number as written ("01 99 00 00 00"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

export function postalAddress(ml: MissionLocalePublic): string {
  return `${ml.adresse.ligne1}, ${ml.adresse.codePostal} ${ml.adresse.commune}`;
}
