/**
 * Shapes of the HTTP API v1 answers (design.md 3.2), shared by the server that sends them and
 * the widget that reads them. DOM-free.
 */

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
  };
  apparence: { couleurPrincipale?: string };
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

/** 202 answer to a registration. */
export interface AcceptedResponse {
  /** Short pseudonymous reference the youth can quote on the phone, e.g. "PI-7K3F-Q9XM". */
  reference: string;
  /** ISO 8601 date-time with the ML's offset: the call-back deadline. */
  rappelAvant: string;
}

/** 422 answer: field path ("identite.prenom") → French message. */
export interface ValidationErrorResponse {
  erreurs: Record<string, string>;
}

/** Any other error answer (400, 403, 404, 413, 415, 429): a French sentence. */
export interface ErrorResponse {
  erreur: string;
}

/** A Mission Locale of another territory, as the State's directory lists it. */
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
  /** Outside the territory: the directory's answer; "non-demande" inside the territory. */
  annuaire: "trouve" | "introuvable" | "indisponible" | "non-demande";
  missionLocale: OtherMissionLocale | null;
}
