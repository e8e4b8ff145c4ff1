/** French wording of instants in the ML's time zone, for the email and the PDF. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("fr-FR", { timeZone, ...options });
    cache.set(key, format);
  }
  return format;
}

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of formatter(timeZone, options).formatToParts(instant)) out[part.type] = part.value;
  return out;
}

/** "12h30", "9h05" — the way French notices write times. */
export function frenchTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { hour: "numeric", minute: "2-digit", hourCycle: "h23" });
  return `${Number(p.hour)}h${p.minute}`;
}

/** French writes the first of the month as an ordinal: "1er décembre". */
function ordinalDay(day: string): string {
  return day === "1" ? "1er" : day;
}

/** "lundi 30 novembre 2026 à 12h30", "mardi 1er décembre 2026 à 12h30" */
export function frenchDateTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  return `${p.weekday} ${ordinalDay(p.day ?? "")} ${p.month} ${p.year} à ${frenchTime(instant, timeZone)}`;
}

/** "lun. 30/11 12h30" — short enough for an email subject. */
export function frenchShortDateTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { weekday: "short", day: "2-digit", month: "2-digit" });
  return `${p.weekday} ${p.day}/${p.month} ${frenchTime(instant, timeZone)}`;
}
