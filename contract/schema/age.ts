/**
 * Age rules: completed years ("révolus") on the day the registration is received, in the
 * Mission Locale's time zone. Someone born on 29 February has their birthday on 1 March in
 * common years, which the month/day comparison below gives for free.
 */
export interface AgeRange {
  min: number;
  max: number;
}

export const DEFAULT_AGE_RANGE: AgeRange = { min: 16, max: 25 };

/** Completed years on `day` for someone born on `birth` (both YYYY-MM-DD). */
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [dy, dm, dd] = day.split("-").map(Number) as [number, number, number];
  const birthdayPassed = dm > bm || (dm === bm && dd >= bd);
  return dy - by - (birthdayPassed ? 0 : 1);
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of `instant` in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

export type AgeVerdict = "ok" | "tropJeune" | "tropAge";

export function ageVerdict(birth: string, today: string, range: AgeRange): AgeVerdict {
  const age = ageOn(birth, today);
  if (age < range.min) return "tropJeune";
  if (age > range.max) return "tropAge";
  return "ok";
}
