/**
 * Age rules: completed years ("révolus") on the day the registration is received, in the
 * Mission Locale's time zone. Someone born on 29 February has their birthday on 1 March in
 * common years, which the month/day comparison below gives for free.
 */
export interface AgeRange {
    min: number;
    max: number;
}
export declare const DEFAULT_AGE_RANGE: AgeRange;
/** Completed years on `day` for someone born on `birth` (both YYYY-MM-DD). */
export declare function ageOn(birth: string, day: string): number;
/** The calendar day (YYYY-MM-DD) of `instant` in `timeZone`. */
export declare function dayIn(instant: Date, timeZone: string): string;
export type AgeVerdict = "ok" | "tropJeune" | "tropAge";
export declare function ageVerdict(birth: string, today: string, range: AgeRange): AgeVerdict;
