/**
 * The Missions Locales this server serves (ML_CONFIG), validated at start: a bad file stops the
 * server with a message naming the key and the problem.
 */
import * as z from "zod/mini";
import { LOCALES } from "../../contract/i18n/locales";
import { DEFAULT_AGE_RANGE } from "../../contract/schema/age";
import { CRENEAUX } from "../../contract/schema/enums";
import { INSEE_CODE_PATTERN } from "../../contract/schema/text-rules";
import { HOLIDAY_ZONES } from "../time/holiday-zones";

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const hhmm = z.string().check(z.regex(HHMM, "heure attendue au format HH:MM (ex. 09:00)"));
const period = z.tuple([hhmm, hhmm]).check(z.refine(([start, end]) => start < end, "la fin doit suivre le début"));
const dayPeriods = z._default(z.array(period), []);

const email = z.email("adresse e-mail attendue");

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("fr-FR", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** What to bring to the first meeting, unless the ML lists its own (README.md, "Configuration"). */
export const DOCUMENTS_PAR_DEFAUT: readonly string[] = [
  "Une pièce d'identité (carte d'identité, passeport ou titre de séjour)",
  "Votre carte Vitale ou attestation de sécurité sociale",
  "Un justificatif de domicile",
  "Votre CV si vous en avez un",
];

const inseeCode = z.string().check(z.regex(INSEE_CODE_PATTERN, "code INSEE attendu (5 caractères)"));

/** When the ML calls back: its routine (README.md, "Call-back deadline") and the slots it calls in. */
const rappelSchema = z.strictObject({
  /** "chaque-matin": registrations handled each morning; "en-continu": the mailbox is watched all day. */
  traitement: z._default(z.enum(["chaque-matin", "en-continu"]), "chaque-matin"),
  /** The slots offered to youths; absent: those the opening hours cover. */
  creneaux: z.optional(
    z.array(z.enum(CRENEAUX)).check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, "créneaux en double"),
    ),
  ),
});

/** A neighbouring ML this ML knows, consulted before the State's directory. */
const voisineSchema = z.strictObject({
  nom: z.string().check(z.minLength(3)),
  telephone: z.optional(z.string()),
  adresse: z.optional(z.string()),
  siteWeb: z.optional(z.url()),
  email: z.optional(email),
  /** INSEE codes of the communes it serves. */
  communes: z.array(inseeCode).check(z.minLength(1)),
  /** Marks a sample entry of the demo config, to be replaced. */
  exemple: z.optional(z.boolean()),
});

export const missionLocaleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{2,40}$/, "identifiant attendu : minuscules, chiffres et tirets")),
  nom: z.string().check(z.minLength(3)),
  codeStructure: z.optional(z.string()),
  /** Where registrations go. Never taken from a request. */
  boiteReception: email,
  /** From: header, e.g. "Mission Locale <preinscription@ml.example.org>". */
  expediteur: z.string().check(z.minLength(3)),
  adresse: z.strictObject({ ligne1: z.string(), codePostal: z.string(), commune: z.string() }),
  telephone: z.string(),
  email: z.optional(email),
  siteWeb: z.optional(z.url()),
  fuseauHoraire: z._default(
    z.string().check(z.refine(isTimeZone, "fuseau horaire IANA attendu, ex. Europe/Paris ou Indian/Reunion")),
    "Europe/Paris",
  ),
  zoneJoursFeries: z._default(z.enum(HOLIDAY_ZONES), "metropole"),
  /** Opening periods per weekday, lunch break between two periods. */
  horaires: z.strictObject({
    lundi: dayPeriods,
    mardi: dayPeriods,
    mercredi: dayPeriods,
    jeudi: dayPeriods,
    vendredi: dayPeriods,
    samedi: dayPeriods,
    dimanche: dayPeriods,
  }),
  /** Closures (inclusive days), e.g. the week between Christmas and New Year. */
  fermetures: z._default(
    z.array(
      z.strictObject({
        du: z.string().check(z.regex(DAY, "date attendue au format AAAA-MM-JJ")),
        au: z.string().check(z.regex(DAY, "date attendue au format AAAA-MM-JJ")),
        motif: z.optional(z.string()),
      }),
    ),
    [],
  ),
  /** Upcoming collective welcome sessions (ISO date-times with offset). */
  accueilsCollectifs: z._default(
    z.array(z.strictObject({ debut: z.iso.datetime({ offset: true }), lieu: z.optional(z.string()) })),
    [],
  ),
  /** INSEE codes of the communes this ML serves. */
  territoire: z.array(inseeCode),
  /** Neighbouring MLs, for youths of other territories (before the State's directory). */
  voisines: z._default(z.array(voisineSchema), []),
  rappel: z._default(rappelSchema, { traitement: "chaque-matin" }),
  /** Youths living outside the territory: send anyway (flagged "Hors territoire") or only redirect. */
  horsTerritoire: z._default(z.enum(["accepter", "rediriger"]), "accepter"),
  /** Send the youth a short confirmation email when they gave an address (no attachment). */
  confirmationJeune: z._default(z.boolean(), false),
  /** Origins (scheme://host[:port]) of the sites allowed to embed the form. */
  originesAutorisees: z._default(
    z.array(z.string().check(z.regex(/^https?:\/\/[^/\s]+$/, "origine attendue, ex. https://www.ml.example.org"))),
    [],
  ),
  age: z._default(
    z.strictObject({ min: z.int().check(z.gte(14), z.lte(30)), max: z.int().check(z.gte(14), z.lte(30)) }),
    DEFAULT_AGE_RANGE,
  ),
  confidentialite: z.strictObject({
    responsable: z.string(),
    dpo: z.string(),
    conservation: z.string(),
  }),
  documentsAApporter: z._default(z.array(z.string()), [...DOCUMENTS_PAR_DEFAUT]),
  /**
   * Languages of the form's language switch (French, English, Arabic), French first. The page's
   * own language (`lang`) is followed whatever this says; this only offers the others.
   */
  langues: z._default(
    z.array(z.enum(LOCALES)).check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, "langues en double"),
    ),
    ["fr"],
  ),
  /**
   * The ML's own texts in the other languages it offers (the privacy notice's controller and
   * retention, the documents to bring). A text left out is shown in French; the default list of
   * documents is translated by the server.
   */
  traductions: z._default(
    z.partialRecord(
      z.enum(["en", "ar"]),
      z.strictObject({
        responsable: z.optional(z.string()),
        conservation: z.optional(z.string()),
        documentsAApporter: z.optional(z.array(z.string())),
      }),
    ),
    {},
  ),
  apparence: z._default(z.strictObject({ couleurPrincipale: z.optional(z.string()) }), {}),
  /** Put the youth's name in the email subject (off by default: subjects show in notifications). */
  objetAvecNom: z._default(z.boolean(), false),
  /**
   * Probable duplicates: for `joursMemoire` days (0 = off), a keyed hash of birth name, first
   * name and birth date — nothing else — flags a second registration of the same youth.
   */
  doublons: z._default(z.strictObject({ joursMemoire: z._default(z.int().check(z.gte(0), z.lte(90)), 0) }), {
    joursMemoire: 0,
  }),
  /** Technical address for delivery alerts (references and error kinds only). */
  alertes: z.optional(email),
  /** Days an undelivered registration may wait in the spool before it is purged. */
  retentionJours: z._default(z.int().check(z.gte(1), z.lte(30)), 7),
  /** The director's statistics page (absent: no page) and the optional anonymous form funnel. */
  statistiques: z.optional(
    z.strictObject({
      /** Secret of the page /admin/<id>/stats: 32 characters or more, e.g. openssl rand -base64 32. */
      jeton: z.string().check(z.minLength(32, "jeton de 32 caractères au moins attendu (openssl rand -base64 32)")),
      /** The widget reports the steps reached (no identifier): the privacy notice says so. */
      parcours: z._default(z.boolean(), false),
    }),
  ),
});

export const mlConfigFileSchema = z.strictObject({
  missionsLocales: z.array(missionLocaleSchema).check(
    z.minLength(1, "au moins une Mission Locale"),
    z.refine((list) => new Set(list.map((ml) => ml.id)).size === list.length, "identifiants en double"),
  ),
});

export type MissionLocale = z.output<typeof missionLocaleSchema>;
export type Voisine = MissionLocale["voisines"][number];
export type Weekday = keyof MissionLocale["horaires"];
export const WEEKDAYS: readonly Weekday[] = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
