/**
 * The counters file of one ML (DATA_DIR/statistiques/<ml>.json): read back strictly, so a file
 * edited by hand or from another version can only bring known keys and whole numbers.
 */
import * as z from "zod/mini";
import { CATEGORY_DIMENSIONS, CATEGORY_KEYS, emptyCounters, type MlCounters } from "./counters";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const count = z.int().check(z.gte(0));
const day = z.string().check(z.regex(DAY));

const fileSchema = z.object({
  version: z.literal(1),
  depuis: z.nullable(day),
  parcoursDepuis: z._default(z.nullable(day), null),
  jours: z.record(day, count),
  semaine: z.array(z.array(count).check(z.length(24))).check(z.length(7)),
  categories: z.record(z.string(), z.record(z.string(), count)),
});

export class CountersFileError extends Error {}

export function parseCounters(text: string): MlCounters {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CountersFileError("JSON invalide");
  }
  const result = fileSchema.safeParse(json);
  if (!result.success) throw new CountersFileError("contenu inattendu");
  const counters = emptyCounters();
  counters.depuis = result.data.depuis;
  counters.parcoursDepuis = result.data.parcoursDepuis;
  counters.jours = { ...result.data.jours };
  counters.semaine = result.data.semaine.map((row) => [...row]);
  for (const dimension of CATEGORY_DIMENSIONS) {
    const stored = result.data.categories[dimension] ?? {};
    const known: readonly string[] = CATEGORY_KEYS[dimension];
    for (const [key, value] of Object.entries(stored))
      if (known.includes(key)) counters.categories[dimension][key] = value;
  }
  return counters;
}

export function serializeCounters(counters: MlCounters): string {
  return `${JSON.stringify(counters)}\n`;
}
