/**
 * Shapes of the HTTP API v1 answers (README.md, "HTTP API (v1)"), shared by the server that sends them and
 * the widget that reads them. DOM-free.
 */

import type { CRENEAUX } from "./schema/enums";

/** [start, end] as "HH:MM" in the ML's time zone. */
export type OpeningPeriod = [string, string];

export interface MissionLocalePublic {
  id: string;
  nom: string;
  adresse: { ligne1: string; codePostal: string; commune: string };
  telephone: string;
  email?: string;
  siteWeb?: string;
  fuseauHoraire: string;
  /** Opening periods per weekday, Monday first: lundi … dimanche. */
  horaires: Record<"lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche", OpeningPeriod[]>;
  /** Closures that are not over yet (inclusive days, YYYY-MM-DD). */
  fermetures: { du: string; au: string; motif?: string }[];
  /** Upcoming collective welcome sessions (ISO date-time with offset). */
  accueilsCollectifs: { debut: string; lieu?: string }[];
  age: { min: number; max: number };
  documentsAApporter: string[];
  confidentialite: {
    responsable: string;
    dpo: string;
    conservation: string;
    /** Who carries the email to the ML's mailbox, and where they keep it. */
    messagerie: "resend" | "smtp" | "outbox";
    /**
     * Days the server keeps a keyed hash of birth name, first name and birth date to flag probable
     * duplicates (0 or absent: nothing kept).
     */
    doublonsJours?: number;
  };
  apparence: { couleurPrincipale?: string };
  /**
   * Call-back: the ML's rule for the deadline, and the slots it calls in (the only ones the form
   * may offer; another is refused with 422). Always sent by this server; absent from older servers
   * (= every slot).
   */
  rappel?: { regle: RegleRappel; creneaux: Creneau[] };
  /**
   * Anonymous statistics. `parcours`: the form reports the steps reached (POST …/etapes), which the
   * privacy notice must mention. Always sent by this server; optional for older servers (= false).
   */
  statistiques?: { parcours: boolean };
  /**
   * Languages this ML offers in the form's language switch (codes of contract/i18n/locales.ts),
   * French first. Always sent by this server; absent from older servers (= French only).
   */
  langues?: string[];
  /**
   * The ML's own texts in the other languages it offers, written by the ML (its config): the
   * privacy notice's controller and retention, the documents to bring. A text missing here is
   * shown in French.
   */
  traductions?: Partial<Record<string, TextesTraduits>>;
  /**
   * Whether the page that asked (its `Origin`) may send registrations to this ML: these facts are
   * readable from any origin, sending is not (403). Always sent by this server; absent from older
   * servers (= unknown).
   */
  origineAutorisee?: boolean;
}

/** An ML's own texts in one language other than French. */
export interface TextesTraduits {
  responsable?: string;
  conservation?: string;
  documentsAApporter?: string[];
}

export interface Commune {
  codeInsee: string;
  nom: string;
  /** Served by this Mission Locale. */
  territoire: boolean;
}

export interface CommunesResponse {
  communes: Commune[];
}

export type Creneau = (typeof CRENEAUX)[number];

/** How the ML handles registrations: each morning, or all day long (the deadline's rule). */
export type RegleRappel = "chaque-matin" | "en-continu";

/**
 * GET /api/v1/ml/:ml/rappel?recuLe=2026-12-07T20:00:00%2B01:00 — the call-back deadline a
 * registration received at that instant (default: now) gets. Public, nothing personal.
 */
export interface RappelResponse {
  /** ISO 8601 date-time with the ML's offset, as in the 202. */
  rappelAvant: string;
  regle: RegleRappel;
}

/** 202 answer to a registration. */
export interface AcceptedResponse {
  /** Short pseudonymous reference the youth can quote on the phone, e.g. "PI-7K3F-Q9XM". */
  reference: string;
  /** ISO 8601 date-time with the ML's offset: the call-back deadline. */
  rappelAvant: string;
}

/**
 * 422 answer: field path ("identite.prenom") → French message. `codes` (added in v1, optional
 * for older servers): the same paths → the rule broken, a key of the error tables
 * (contract/i18n/errors-*.ts) and its placeholders, so that a widget in another language words
 * the message in the youth's language.
 */
export interface ValidationErrorResponse {
  erreurs: Record<string, string>;
  codes?: Record<string, { key: string; params?: Record<string, string | number> }>;
}

/** Any other error answer (400, 403, 404, 409, 413, 415, 429, 503): a French sentence. */
export interface ErrorResponse {
  erreur: string;
  /** Set where the widget must act on its own, whatever the sentence says (see ERROR_CODES). */
  code?: ErrorCode;
}

/**
 * Machine words of error answers the widget handles itself:
 * - "cle-deja-utilisee" (409): the Idempotency-Key served for another registration; start again
 *   with a fresh key (the answers are kept).
 * - "file-pleine" (503 + Retry-After): too many registrations waiting for delivery; nothing was
 *   accepted, retry the same key later.
 * - "enregistrement-impossible" (503): the server could not store the registration (disk); nothing
 *   was accepted, retry the same key later.
 */
export const ERROR_CODES = ["cle-deja-utilisee", "file-pleine", "enregistrement-impossible"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A Mission Locale of another territory, as this ML's config (`voisines`) or the State's directory lists it. */
export interface OtherMissionLocale {
  nom: string;
  adresse?: string;
  telephone?: string;
  email?: string;
  siteWeb?: string;
}

/** GET /api/v1/ml/:ml/orientation?codeInsee=… — who serves a commune. */
export interface OrientationResponse {
  codeInsee: string;
  commune: string;
  /** Served by this Mission Locale. */
  territoire: boolean;
  /** This ML's choice for youths of other territories: send anyway (flagged) or only redirect. */
  horsTerritoire: "accepter" | "rediriger";
  /**
   * Outside the territory: the directory's answer ("trouve" also when the ML's own list of
   * neighbours answered); "non-demande" inside the territory.
   */
  annuaire: "trouve" | "introuvable" | "indisponible" | "non-demande";
  /** Where the answer came from: the ML's own neighbours, the State's directory, or nobody. */
  source?: "voisines" | "annuaire" | null;
  /** The first competent ML (kept for older widgets); `missionsLocales` lists them all. */
  missionLocale: OtherMissionLocale | null;
  /** Every competent ML found (a commune may have two); empty when none. */
  missionsLocales?: OtherMissionLocale[];
}

/**
 * The form's steps, in order: the ml-step event's `step`, and the funnel's first counts. Where
 * the youth lives comes first ("territoire"): they learn at once whether this ML is theirs.
 */
export const ETAPES_FORMULAIRE = [
  "territoire",
  "identite",
  "coordonnees",
  "logement",
  "parcours",
  "rappel",
  "verification",
] as const;
export type EtapeFormulaire = (typeof ETAPES_FORMULAIRE)[number];

/** Steps of the form as the funnel counts them; "envoye" = the registration got its 202. */
export const ETAPES_PARCOURS = [...ETAPES_FORMULAIRE, "envoye"] as const;
export type EtapeParcours = (typeof ETAPES_PARCOURS)[number];

/**
 * Body of the anonymous funnel beacon `POST /api/v1/ml/:ml/etapes`, sent with
 * `navigator.sendBeacon(url, JSON.stringify(body))` (text/plain, no preflight, ≤ 512 bytes):
 * `{"etape":"coordonnees"}` once per page load when a step is first shown, and
 * `{"etape":"envoye","dureeMs":184000}` after the 202 (the fill time, as in `meta.dureeSaisieMs`).
 * Nothing else: no identifier, no field value. Answer: 204, no body.
 */
export type BaliseParcours = { etape: EtapeFormulaire } | { etape: "envoye"; dureeMs: number };
