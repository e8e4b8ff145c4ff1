/**
 * The call-back slots an ML offers youths: those its opening hours cover (a slot counts when one
 * opening period covers an hour of it on some day), unless its config lists the slots it calls in
 * (`rappel.creneaux`, e.g. an evening call-back service after closing).
 */
import { CRENEAUX } from "../contract/schema/enums";
import type { MissionLocale } from "./config/ml-config";

export type Creneau = (typeof CRENEAUX)[number];

/** Each slot's window, local times: "entre midi et deux" needs the lunch hour open. */
export const SLOT_WINDOWS: Record<Creneau, readonly [string, string]> = {
  MATIN: ["08:00", "12:00"],
  MIDI: ["12:00", "14:00"],
  APRES_MIDI: ["14:00", "18:00"],
  SOIR: ["18:00", "21:00"],
};
const MIN_OVERLAP_MINUTES = 60;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function covered(slot: Creneau, horaires: MissionLocale["horaires"]): boolean {
  const [from, to] = SLOT_WINDOWS[slot].map(minutes) as [number, number];
  return Object.values(horaires).some((periods) =>
    periods.some(([start, end]) => Math.min(to, minutes(end)) - Math.max(from, minutes(start)) >= MIN_OVERLAP_MINUTES),
  );
}

const offeredCache = new WeakMap<MissionLocale, Creneau[]>();

/** The slots in the day's order; never empty (an ML without hours still calls in the morning and afternoon). */
export function offeredSlots(ml: Pick<MissionLocale, "horaires" | "rappel">): Creneau[] {
  const cached = offeredCache.get(ml as MissionLocale);
  if (cached) return cached;
  const configured = ml.rappel.creneaux;
  const offered = configured
    ? CRENEAUX.filter((slot) => configured.includes(slot))
    : CRENEAUX.filter((slot) => covered(slot, ml.horaires));
  const result = offered.length > 0 ? offered : (["MATIN", "APRES_MIDI"] as Creneau[]);
  offeredCache.set(ml as MissionLocale, result);
  return result;
}
