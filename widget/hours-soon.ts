/**
 * The Mission Locale's opening hours in words for the intro's closed "Horaires" list, worked out
 * after the form is on screen, once per ML and language. The first date formatter a page makes
 * loads ICU's data (~80 ms of a slow phone's CPU), which neither the first step nor "Suivant"
 * should wait for; the list is closed, so filling it a frame later moves nothing.
 */
import type { MissionLocalePublic } from "../contract/api-types";
import type { Strings } from "../contract/i18n/fr";
import { hoursLines } from "../contract/opening-hours";

/** Lines worked out, or the updates waiting for them (several widgets may show one ML). */
const known = new Map<string, string[] | (() => void)[]>();

/** The lines for this ML in this table; null until worked out, and `update` is called then. */
export function hoursSoon(ml: MissionLocalePublic, t: Strings, update: () => void): readonly string[] | null {
  const key = `${ml.id} ${t.lang}`;
  const entry = known.get(key);
  if (entry && typeof entry[0] === "string") return entry as string[];
  if (entry) {
    (entry as (() => void)[]).push(update);
    return null;
  }
  const waiting = [update];
  known.set(key, waiting);
  requestAnimationFrame(() =>
    setTimeout(() => {
      known.set(key, hoursLines(ml, t));
      for (const waiter of waiting) waiter();
    }),
  );
  return null;
}
