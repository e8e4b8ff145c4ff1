/**
 * How to reach the Mission Locale, in words: its address, a phone link, its opening hours
 * grouped by runs of days ("Du lundi au mercredi : de 9h à 12h30 et de 13h30 à 17h30").
 */
import type { MissionLocalePublic } from "./api-types";
import type { FirstStrings } from "./i18n/fr";
/** One line per run of consecutive days with the same hours: "Du lundi au mercredi : de 9h à 12h30 et …". */
export declare function openingHours(horaires: MissionLocalePublic["horaires"], t: FirstStrings): string[];
/** "Fermé du 24 au 31 décembre (Fermeture de fin d'année)", for closures not over yet. */
export declare function closures(fermetures: MissionLocalePublic["fermetures"], t: FirstStrings): string[];
/** A `tel:` link target from a number as written ("01 99 00 00 00"). */
export declare function telHref(phone: string): string;
export declare function postalAddress(ml: MissionLocalePublic): string;
