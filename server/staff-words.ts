/**
 * Lines staff read first, in the email and on the fiche alike: who (as typed into I-Milo), whether
 * the same youth was received before, and which ML serves a youth of another territory.
 */

import { dayIn } from "../contract/schema/age";
import { imiloForm } from "../contract/schema/text-rules";
import type { MissionLocale } from "./config/ml-config";
import type { Registration } from "./registration";

/** "DUPONT Camille — né(e) le 14/03/2005": what staff search I-Milo and their mailbox by. */
export function identityLine(registration: Registration): string {
  const { identite } = registration.payload;
  const [year, month, day] = identite.dateNaissance.split("-");
  return `${imiloForm(identite.nomNaissance)} ${identite.prenom} — né(e) le ${day}/${month}/${year}`;
}

/** « DOUBLON PROBABLE — déjà reçu le 28/11 (PI-…) », or nothing. */
export function duplicateWords(registration: Registration, ml: MissionLocale): string | undefined {
  const doublon = registration.doublon;
  if (!doublon) return undefined;
  const day = dayIn(doublon.recuLe, ml.fuseauHoraire);
  return `DOUBLON PROBABLE — déjà reçu le ${day.slice(8, 10)}/${day.slice(5, 7)} (${doublon.reference})`;
}

/** The competent ML(s) of a youth of another territory, for staff: name, phone, address, email. */
export function competentValue(registration: Registration): string | undefined {
  const competente = registration.competente;
  if (!registration.flags.horsTerritoire || !competente) return undefined;
  if (competente.status !== "trouve") return competentUnknownFr(competente.status);
  return competente.missionsLocales
    .map((other) => [other.nom, other.telephone, other.adresse, other.email].filter(Boolean).join(", "))
    .join(" ; ");
}

/** The same in one line of the email. */
export function competentLine(registration: Registration): string | undefined {
  const value = competentValue(registration);
  return value ? `Mission Locale compétente : ${value}.` : undefined;
}

/** Why the fiche names no competent ML. */
export function competentUnknownFr(status: "introuvable" | "indisponible"): string {
  return status === "introuvable"
    ? "introuvable dans l'annuaire"
    : "annuaire indisponible à la réception, à chercher sur mission-locale.fr";
}
