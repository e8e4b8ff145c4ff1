import type { OtherMissionLocale } from "../contract/api-types";
import type { Payload } from "../contract/schema/payload";

/** Staff-facing flags, computed by the server (never trusted from the browser). */
export interface RegistrationFlags {
  /** Under 18 on the day received. */
  mineur: boolean;
  /** The commune is outside the ML's territory. */
  horsTerritoire: boolean;
  /** Sans hébergement or hébergement d'urgence: call first. */
  sansHebergement: boolean;
}

/** An accepted registration: the validated payload and what the server adds to it. */
export interface Registration {
  /** Pseudonymous reference, e.g. "PI-7K3F-Q9XM". */
  reference: string;
  receivedAt: Date;
  /**
   * The day received (YYYY-MM-DD) in the ML's time zone, computed once on arrival: the age rules,
   * the flags, the fiche and the statistics all count from this one day.
   */
  receivedOn: string;
  /** Call-back deadline. */
  rappelAvant: Date;
  /** Validated payload; `coordonnees.adresse.commune` is the official name of `codeInsee`. */
  payload: Payload;
  flags: RegistrationFlags;
  /** Language of the form the youth used (the PDF stays in French). */
  langue: string;
  /** Outside the territory: the competent ML(s), looked up when received so staff need not. */
  competente?: CompetentMissionLocale;
  /** Probable duplicate: the same youth (name, first name, birth date) received earlier. */
  doublon?: { recuLe: Date; reference: string };
}

export type CompetentMissionLocale =
  | { status: "trouve"; missionsLocales: OtherMissionLocale[] }
  | { status: "introuvable" | "indisponible" };
