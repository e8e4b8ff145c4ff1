/**
 * Payload v1 of a pre-registration (docs/architecture.md, "The public contract"), declared once with zod/mini.
 * The widget validates each step with a section of it; the server validates the whole payload;
 * GET /api/v1/schema is generated from it. Messages are keys of the locale tables (i18n/*.ts),
 * so the server answers in French and the widget in the youth's language.
 */
import * as z from "zod/mini";
import {
  CIVILITES,
  CRENEAUX,
  DERNIERES_CLASSES,
  DIPLOMES,
  LIENS_REPRESENTANT,
  NATIONALITES,
  ORIGINES,
  OUI_NON_INCONNU,
  SITUATIONS_LOGEMENT,
  SITUATIONS_PARCOURS,
} from "./enums";
import type { FieldError } from "./errors";
import { CODES_PAYS } from "./pays";
import { telephoneE164 } from "./telephone";
import {
  INSEE_CODE_PATTERN,
  MULTI_LINE_PATTERN,
  NAME_PATTERN,
  POSTAL_CODE_PATTERN,
  SINGLE_LINE_PATTERN,
} from "./text-rules";

export const MESSAGE_MAX = 500;
export const NAME_MAX = 60;

/** Typed text on one line: trimmed, NFC, 1..`max` characters matching `pattern`. */
function typedText(field: string, pattern: RegExp, max: number) {
  return z
    .string({ error: `${field}.requis` })
    .check(
      z.trim(),
      z.normalize("NFC"),
      z.minLength(1, { error: `${field}.requis` }),
      z.maxLength(max, { error: `${field}.long` }),
      z.regex(pattern, { error: `${field}.format` }),
    );
}

/** A person's name: Latin letters and separators, 1..60. */
const name = (field: string) => typedText(field, NAME_PATTERN, NAME_MAX);
/** One line of free text (address, place): anything printable. */
const line = (field: string, max: number) => typedText(field, SINGLE_LINE_PATTERN, max);

function choice<const T extends readonly [string, ...string[]]>(values: T, field: string) {
  return z.enum(values, { error: `${field}.requis` });
}

function telephone(field: string) {
  return z.string({ error: `${field}.requis` }).check(
    z.trim(),
    z.minLength(1, { error: `${field}.requis` }),
    z.refine((text) => telephoneE164(text) !== null, { error: `${field}.format` }),
    // Stored in E.164 so the staff and I-Milo get one form of the number.
    z.overwrite((text) => telephoneE164(text) ?? text),
  );
}

const section = { error: "section.manquante" } as const;

export const identiteSchema = z.strictObject(
  {
    civilite: choice(CIVILITES, "civilite"),
    nomNaissance: name("nomNaissance"),
    nomUsage: z.optional(name("nomUsage")),
    prenom: name("prenom"),
    dateNaissance: z.iso.date({
      error: (issue) =>
        issue.input === undefined || issue.input === "" ? "dateNaissance.requis" : "dateNaissance.invalide",
    }),
    lieuNaissance: z.strictObject(
      {
        pays: z.enum(CODES_PAYS as [string, ...string[]], { error: "paysNaissance.requis" }),
        commune: z.optional(line("communeNaissance", 80)),
      },
      section,
    ),
    nationalite: choice(NATIONALITES, "nationalite"),
  },
  section,
);

const adresseSchema = z
  .strictObject(
    {
      // v1.1: a youth with no fixed address (street, squat, shelter) ticks it and may leave
      // the street out; the postal code and commune of where they can be reached stay asked.
      sansAdresseFixe: z.optional(z.literal(true, { error: "sansAdresseFixe.format" })),
      ligne1: z.optional(line("adresse", 120)),
      complement: z.optional(line("complement", 120)),
      codePostal: z
        .string({ error: "codePostal.requis" })
        .check(z.trim(), z.regex(POSTAL_CODE_PATTERN, { error: "codePostal.format" })),
      codeInsee: z.string({ error: "commune.requis" }).check(z.regex(INSEE_CODE_PATTERN, { error: "commune.requis" })),
      commune: line("commune", 80),
    },
    section,
  )
  .check(
    z.refine((adresse) => adresse.sansAdresseFixe === true || adresse.ligne1 !== undefined, {
      error: "adresse.requis",
      path: ["ligne1"],
      // Said together with the other fields' errors, not once they are fixed.
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    }),
  );
// The rule above, said to readers of GET /api/v1/schema (JSON Schema cannot run a refinement).
adresseSchema.register(z.globalRegistry, { anyOf: [{ required: ["ligne1"] }, { required: ["sansAdresseFixe"] }] });

export const coordonneesSchema = z.strictObject(
  {
    adresse: adresseSchema,
    telephone: telephone("telephone"),
    email: z.optional(z.email({ error: "email.format" }).check(z.maxLength(254, { error: "email.format" }))),
  },
  section,
);

export const representantLegalSchema = z.strictObject(
  {
    nom: name("representantNom"),
    prenom: name("representantPrenom"),
    telephone: telephone("representantTelephone"),
    lien: choice(LIENS_REPRESENTANT, "representantLien"),
  },
  section,
);

export const logementSchema = z.strictObject({ situation: choice(SITUATIONS_LOGEMENT, "logement") }, section);

export const parcoursSchema = z.strictObject(
  {
    situation: choice(SITUATIONS_PARCOURS, "situation"),
    derniereClasse: choice(DERNIERES_CLASSES, "derniereClasse"),
    diplome: choice(DIPLOMES, "diplome"),
    anneeSortie: z.optional(
      z
        .int({ error: "anneeSortie.format" })
        .check(z.gte(1990, { error: "anneeSortie.format" }), z.lte(2100, { error: "anneeSortie.format" })),
    ),
    inscritFranceTravail: choice(OUI_NON_INCONNU, "inscritFranceTravail"),
    dejaVenuMissionLocale: choice(OUI_NON_INCONNU, "dejaVenuMissionLocale"),
  },
  section,
);

/**
 * The one rule on the school-leaving year the schema cannot hold, since it needs the day: not
 * after this year (`today` is YYYY-MM-DD in the ML's time zone). Checked by the widget's step and
 * by the server. The error, or null.
 */
export function futureLeavingYear(anneeSortie: number | undefined, today: string): FieldError | null {
  const year = Number(today.slice(0, 4));
  return anneeSortie !== undefined && anneeSortie > year ? { key: "anneeSortie.futur", params: { annee: year } } : null;
}

export const rappelSchema = z.strictObject(
  {
    creneaux: z.array(z.enum(CRENEAUX, { error: "creneaux.requis" }), { error: "creneaux.requis" }).check(
      z.minLength(1, { error: "creneaux.requis" }),
      z.maxLength(CRENEAUX.length, { error: "creneaux.requis" }),
      z.refine((list) => new Set(list).size === list.length, { error: "creneaux.requis" }),
    ),
  },
  section,
);

export const payloadSchema = z.strictObject(
  {
    identite: identiteSchema,
    coordonnees: coordonneesSchema,
    representantLegal: z.optional(representantLegalSchema),
    logement: logementSchema,
    parcours: parcoursSchema,
    rappel: rappelSchema,
    origine: z.optional(z.enum(ORIGINES, { error: "origine.format" })),
    message: z.optional(
      z.string({ error: "message.format" }).check(
        z.overwrite((text) => text.replace(/\r\n?/g, "\n").trim().normalize("NFC")),
        z.maxLength(MESSAGE_MAX, { error: "message.long" }),
        z.regex(MULTI_LINE_PATTERN, { error: "message.format" }),
      ),
    ),
    informationLue: z.literal(true, { error: "informationLue.requis" }),
    meta: z.strictObject(
      {
        dureeSaisieMs: z.int({ error: "meta.invalide" }).check(z.gte(0, { error: "meta.invalide" })),
        siteWeb: z.string({ error: "meta.invalide" }).check(z.maxLength(200, { error: "meta.invalide" })),
      },
      section,
    ),
  },
  { error: "formulaire.invalide" },
);

/** What the widget sends (before the schema normalises it). */
export type PayloadInput = z.input<typeof payloadSchema>;
/** A validated payload: names NFC and trimmed, phones in E.164. */
export type Payload = z.output<typeof payloadSchema>;
export type Identite = Payload["identite"];
export type Coordonnees = Payload["coordonnees"];
