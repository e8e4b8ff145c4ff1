/**
 * The anonymous funnel beacon's body (contract/api-types.ts BaliseParcours): a step id, and for a
 * sent form its fill time. Strict: anything else (an identifier, a field value) is refused.
 */
import * as z from "zod/mini";
import { type BaliseParcours, ETAPES_FORMULAIRE } from "../../contract/api-types";

/** sendBeacon bodies are tiny; anything bigger is not ours. */
export const BEACON_LIMIT_BYTES = 512;
/** A form left open for a week and then sent still counts (as "more than 20 minutes"). */
const MAX_FILL_MS = 7 * 24 * 60 * 60 * 1000;

export const beaconSchema = z.discriminatedUnion("etape", [
  z.strictObject({ etape: z.enum(ETAPES_FORMULAIRE) }),
  z.strictObject({ etape: z.literal("envoye"), dureeMs: z.int().check(z.gte(0), z.lte(MAX_FILL_MS)) }),
]);

export type BeaconResult = { ok: true; beacon: BaliseParcours } | { ok: false; erreurs: Record<string, string> };

/** The body checked against the schema; the return type ties the schema to the shared type. */
export function parseBeacon(body: unknown): BeaconResult {
  const result = beaconSchema.safeParse(body);
  if (result.success) return { ok: true, beacon: result.data };
  const erreurs: Record<string, string> = {};
  for (const issue of result.error.issues) {
    erreurs[issue.path.map(String).join(".") || "(corps)"] =
      'Valeur non reconnue : attendu {"etape": "territoire" … "verification"} ou {"etape": "envoye", "dureeMs": n}.';
  }
  return { ok: false, erreurs };
}
