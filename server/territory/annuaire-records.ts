/**
 * The directory's records, read defensively: its JSON fields come as strings holding JSON or as
 * real arrays, and any record of another shape is refused (undefined), never half-read.
 */
import * as z from "zod/mini";
import type { OtherMissionLocale } from "../../contract/api-types";

/** A field holding `schema` either as such or as a JSON string of it. */
function jsonOr<T extends z.ZodMiniType>(schema: T) {
  const fromString = z.pipe(
    z.string(),
    z.transform((text: string, payload) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        payload.issues.push({ code: "custom", message: "JSON attendu", input: text });
        return z.NEVER;
      }
    }),
  );
  return z.union([schema, z.pipe(fromString, schema)]);
}

const text = z.optional(z.nullable(z.string()));

const competenceSchema = z.object({
  code_insee_commune: z.string(),
  id_service_local: z.union([jsonOr(z.array(z.string())), z.string()]),
});

const adresseSchema = z.array(
  z.object({
    type_adresse: text,
    numero_voie: text,
    complement1: text,
    complement2: text,
    code_postal: text,
    nom_commune: text,
  }),
);
const telephoneSchema = z.array(z.object({ valeur: z.string() }));

const serviceSchema = z.object({
  id: z.string(),
  nom: z.string().check(z.minLength(1)),
  adresse: z.optional(z.nullable(jsonOr(adresseSchema))),
  telephone: z.optional(z.nullable(jsonOr(telephoneSchema))),
  site_internet: z.optional(z.nullable(jsonOr(telephoneSchema))),
  adresse_courriel: z.optional(z.nullable(z.union([z.string(), z.array(z.string())]))),
});

/** The competent services' ids of a competence record; undefined for a record of another shape. */
export function parseCompetence(raw: unknown): { code_insee_commune: string; ids: string[] } | undefined {
  const parsed = competenceSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const value = parsed.data.id_service_local;
  if (Array.isArray(value)) return { code_insee_commune: parsed.data.code_insee_commune, ids: value };
  // A plain string that is not JSON: one id, as long as it looks like one.
  const id = value.trim();
  if (id === "" || /[[\]{}"]/.test(id)) return undefined;
  return { code_insee_commune: parsed.data.code_insee_commune, ids: [id] };
}

type Adresse = z.output<typeof adresseSchema>[number];

function oneLine(adresse: Adresse): string | undefined {
  const town = [adresse.code_postal, adresse.nom_commune].filter(Boolean).join(" ");
  const line = [adresse.numero_voie, adresse.complement1, adresse.complement2, town].filter(Boolean).join(", ");
  return line || undefined;
}

/** A service record as this project shows it; undefined for a record of another shape. */
export function parseService(raw: unknown): { id: string; missionLocale: OtherMissionLocale } | undefined {
  const parsed = serviceSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const record = parsed.data;
  // The street address ("Adresse"), not the postal box, when the record has both.
  const postal = record.adresse?.find((a) => a.type_adresse === "Adresse") ?? record.adresse?.[0];
  const adresse = postal ? oneLine(postal) : undefined;
  const courriel = Array.isArray(record.adresse_courriel) ? record.adresse_courriel[0] : record.adresse_courriel;
  const email = courriel?.split(/[;,\s]+/).find((part) => part.includes("@"));
  const telephone = record.telephone?.[0]?.valeur;
  const siteWeb = record.site_internet?.[0]?.valeur;
  return {
    id: record.id,
    missionLocale: {
      nom: record.nom,
      ...(adresse ? { adresse } : {}),
      ...(telephone ? { telephone } : {}),
      ...(email ? { email } : {}),
      ...(siteWeb ? { siteWeb } : {}),
    },
  };
}
