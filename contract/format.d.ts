/**
 * Words for dates: the call-back deadline and the welcome sessions, in the Mission Locale's
 * time zone whatever the phone's own setting. (Opening hours: contact.ts.)
 */
import type { Strings } from "./i18n/fr";
/**
 * When the youth will be called back: "avant demain 17h30", "avant lundi 12h30" within the
 * coming week, else "avant le lundi 12 janvier à 12h30".
 */
export declare function callbackDeadline(iso: string, now: Date, timeZone: string, t: Strings): string;
/** "Mardi 1er décembre à 9h30". */
export declare function sessionDate(iso: string, timeZone: string, t: Strings): string;
