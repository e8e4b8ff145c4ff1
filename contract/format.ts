/**
 * Words for dates: the call-back deadline and the welcome sessions, in the Mission Locale's
 * time zone whatever the phone's own setting. (Opening hours: contact.ts.)
 */
import type { Strings } from "./i18n/fr";
import { fill } from "./i18n/fr-premier";
import { dayIn } from "./schema/age";

const DAY_MS = 86_400_000;

interface LocalParts {
  weekday: string;
  day: number;
  month: string;
  hour: number;
  minute: number;
}

function localParts(instant: Date, timeZone: string, locale: string): LocalParts {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    weekday: part("weekday"),
    day: Number(part("day")),
    month: part("month"),
    hour: Number(part("hour")),
    minute: Number(part("minute")),
  };
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * When the youth will be called back: "avant demain 17h30", "avant lundi 12h30" within the
 * coming week, else "avant le lundi 12 janvier à 12h30".
 */
export function callbackDeadline(iso: string, now: Date, timeZone: string, t: Strings): string {
  const deadline = new Date(iso);
  const p = localParts(deadline, timeZone, t.intl);
  const heure = t.heure(p.hour, p.minute);
  const days = daysBetween(dayIn(now, timeZone), dayIn(deadline, timeZone));
  if (days === 1) return fill(t.delai.demain, { heure });
  if (days > 1 && days < 7) return fill(t.delai.semaine, { jour: p.weekday, heure });
  return fill(t.delai.date, { jour: p.weekday, date: t.jourDuMois(p.day, p.month), heure });
}

/** "Mardi 1er décembre à 9h30". */
export function sessionDate(iso: string, timeZone: string, t: Strings): string {
  const p = localParts(new Date(iso), timeZone, t.intl);
  const text = fill(t.dateEtHeure, {
    jour: p.weekday,
    date: t.jourDuMois(p.day, p.month),
    heure: t.heure(p.hour, p.minute),
  });
  return text.charAt(0).toLocaleUpperCase(t.intl) + text.slice(1);
}
