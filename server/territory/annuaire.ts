/**
 * Which Mission Locale serves a commune, from the State's "API Annuaire de l'administration"
 * (DILA, Licence Ouverte). Its records carry `adresse`, `telephone`, `site_internet` and `pivot`
 * as JSON *strings*; `pivot` lists, per type of local service, the INSEE codes a service covers.
 * Short timeout, cached answers; any surprise is "indisponible", never a crash.
 * Not checked against the live API from this machine (no internet): see docs/annuaire.md.
 */
import * as z from "zod/mini";
import type { OtherMissionLocale } from "../../contract/api-types";

export const ANNUAIRE_DEFAULT_URL =
  "https://api-lannuaire.service-public.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records";

export type AnnuaireAnswer =
  | { status: "trouve"; missionLocale: OtherMissionLocale }
  | { status: "introuvable" }
  | { status: "indisponible" };

export interface Annuaire {
  missionLocaleFor(codeInsee: string): Promise<AnnuaireAnswer>;
}

/** A field that holds JSON as a string, parsed again and validated. */
function jsonString<T extends z.ZodMiniType>(schema: T) {
  const parsed = z.transform((text: string, payload) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      payload.issues.push({ code: "custom", message: "JSON attendu", input: text });
      return z.NEVER;
    }
  });
  return z.pipe(z.pipe(z.string(), parsed), schema);
}

const adresseSchema = z.array(
  z.object({
    type_adresse: z.optional(z.string()),
    numero_voie: z.optional(z.string()),
    complement1: z.optional(z.string()),
    code_postal: z.optional(z.string()),
    nom_commune: z.optional(z.string()),
  }),
);
const valeursSchema = z.array(z.object({ valeur: z.string() }));
const pivotSchema = z.array(
  z.object({ type_service_local: z.string(), code_insee_commune: z.optional(z.array(z.string())) }),
);

const recordSchema = z.object({
  nom: z.string(),
  adresse: z.optional(z.nullable(jsonString(adresseSchema))),
  telephone: z.optional(z.nullable(jsonString(valeursSchema))),
  site_internet: z.optional(z.nullable(jsonString(valeursSchema))),
  adresse_courriel: z.optional(z.nullable(z.string())),
  pivot: jsonString(pivotSchema),
});
const answerSchema = z.object({ total_count: z.number(), results: z.array(z.unknown()) });

type AnnuaireRecord = z.output<typeof recordSchema>;

function servesCommune(record: AnnuaireRecord, codeInsee: string): boolean {
  return record.pivot.some(
    (pivot) => pivot.type_service_local === "mission_locale" && (pivot.code_insee_commune ?? []).includes(codeInsee),
  );
}

function toMissionLocale(record: AnnuaireRecord): OtherMissionLocale {
  const postal = record.adresse?.find((a) => a.type_adresse === "Adresse") ?? record.adresse?.[0];
  const adresse = postal
    ? [postal.numero_voie, postal.complement1, [postal.code_postal, postal.nom_commune].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", ")
    : undefined;
  const email = record.adresse_courriel?.split(/[;,\s]+/)[0];
  return {
    nom: record.nom,
    ...(adresse ? { adresse } : {}),
    ...(record.telephone?.[0] ? { telephone: record.telephone[0].valeur } : {}),
    ...(email ? { email } : {}),
    ...(record.site_internet?.[0] ? { siteWeb: record.site_internet[0].valeur } : {}),
  };
}

export interface AnnuaireOptions {
  baseUrl?: string;
  timeoutMs?: number;
  /** How long an answer (found or not) is reused. */
  ttlMs?: number;
  /** How long "indisponible" is reused, so an outage is not hammered. */
  unavailableTtlMs?: number;
  now?: () => number;
}

export function createAnnuaire(options: AnnuaireOptions = {}): Annuaire {
  const baseUrl = options.baseUrl ?? ANNUAIRE_DEFAULT_URL;
  const timeoutMs = options.timeoutMs ?? 2500;
  const ttl = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const unavailableTtl = options.unavailableTtlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { answer: AnnuaireAnswer; expiresAt: number }>();

  async function ask(codeInsee: string): Promise<AnnuaireAnswer> {
    const url = new URL(baseUrl);
    url.searchParams.set("where", `pivot LIKE "mission_locale" AND pivot LIKE "${codeInsee}"`);
    url.searchParams.set("select", "id,nom,adresse,telephone,adresse_courriel,site_internet,plage_ouverture,pivot");
    url.searchParams.set("limit", "10");
    let body: unknown;
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { Accept: "application/json" },
      });
      if (!response.ok) return { status: "indisponible" };
      body = await response.json();
    } catch {
      return { status: "indisponible" };
    }
    const answer = answerSchema.safeParse(body);
    if (!answer.success) return { status: "indisponible" };
    let surprises = 0;
    for (const raw of answer.data.results) {
      const record = recordSchema.safeParse(raw);
      if (!record.success) surprises++;
      else if (servesCommune(record.data, codeInsee))
        return { status: "trouve", missionLocale: toMissionLocale(record.data) };
    }
    // A record of an unexpected shape: the directory changed, we can't say "nobody".
    return surprises > 0 ? { status: "indisponible" } : { status: "introuvable" };
  }

  return {
    async missionLocaleFor(codeInsee) {
      const cached = cache.get(codeInsee);
      if (cached && cached.expiresAt > now()) return cached.answer;
      const answer = await ask(codeInsee);
      cache.set(codeInsee, { answer, expiresAt: now() + (answer.status === "indisponible" ? unavailableTtl : ttl) });
      return answer;
    },
  };
}
