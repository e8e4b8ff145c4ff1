/**
 * The Mission Locale's opening hours in words, grouped by runs of days ("Du lundi au mercredi :
 * de 9h à 12h30 et de 13h30 à 17h30"), and its closures. Not in the widget's first download: the
 * intro's list of hours is closed, and filled when the youth first opens it (widget/form-parts.ts).
 */
import type { MissionLocalePublic, OpeningPeriod } from "./api-types";
import type { Strings } from "./i18n/fr";
import { fill } from "./i18n/fr-premier";

type Weekday = keyof MissionLocalePublic["horaires"];
const WEEK: readonly Weekday[] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

function time(hhmm: string, t: Strings): string {
  const [h, m] = hhmm.split(":").map(Number);
  return t.heure(h ?? 0, m ?? 0);
}

function periods(list: OpeningPeriod[], t: Strings): string {
  return list
    .map(([debut, fin]) => fill(t.horaires.periode, { debut: time(debut, t), fin: time(fin, t) }))
    .join(t.horaires.et);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and field, kept: making one costs far more than using it (drawn again on every update). */
function formatter(locale: string, field: "weekday" | "month"): Intl.DateTimeFormat {
  const key = `${locale} ${field}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { [field]: "long", timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

/** Weekday names in the locale, Monday first (1 January 2024 was a Monday). */
function weekdayName(index: number, locale: string): string {
  return formatter(locale, "weekday").format(Date.UTC(2024, 0, 1 + index));
}

/** One line per run of consecutive days with the same hours: "Du lundi au mercredi : de 9h à 12h30 et …". */
export function openingHours(horaires: MissionLocalePublic["horaires"], t: Strings): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= WEEK.length; i++) {
    const same =
      i < WEEK.length &&
      JSON.stringify(horaires[WEEK[i] as Weekday]) === JSON.stringify(horaires[WEEK[start] as Weekday]);
    if (same) continue;
    const list = horaires[WEEK[start] as Weekday] ?? [];
    if (list.length > 0) {
      const a = weekdayName(start, t.intl);
      const b = weekdayName(i - 1, t.intl);
      const text = periods(list, t);
      const count = i - start;
      const template = count === 1 ? t.horaires.unJour : count === 2 ? t.horaires.deuxJours : t.horaires.plage;
      lines.push(capitalize(fill(template, { jour: a, a, b, periodes: text })));
    }
    start = i;
  }
  return lines;
}

/** "Fermé du 24 au 31 décembre (Fermeture de fin d'année)", for closures not over yet. */
export function closures(fermetures: MissionLocalePublic["fermetures"], t: Strings): string[] {
  const day = (iso: string, withMonth: boolean) => {
    const date = new Date(`${iso}T12:00:00Z`);
    const month = withMonth ? formatter(t.intl, "month").format(date) : "";
    return t.jourDuMois(date.getUTCDate(), month).trim();
  };
  return fermetures.map((f) => {
    // "du 24 au 31 décembre" within a month, "du 28 décembre au 2 janvier" across two.
    const sameMonth = f.du.slice(0, 7) === f.au.slice(0, 7);
    const params = { du: day(f.du, !sameMonth), au: day(f.au, true), motif: f.motif ?? "" };
    return fill(f.motif ? t.horaires.fermetureMotif : t.horaires.fermeture, params);
  });
}

/** Every line: the hours, then the closures not over yet. */
export function hoursLines(ml: MissionLocalePublic, t: Strings): string[] {
  return [...openingHours(ml.horaires, t), ...closures(ml.fermetures, t)];
}
