/**
 * The email a Mission Locale receives for one registration: a subject the staff can sort by
 * (reference, commune, deadline, flags; the name only if the ML asks), a short text for the
 * mailbox preview, the PDF fiche and the same data as JSON for I-Milo.
 */

import type { MissionLocale } from "../config/ml-config";
import { registrationJson } from "../pdf/registration-json";
import type { Registration } from "../registration";
import { competentLine, duplicateWords, identityLine } from "../staff-words";
import { frenchDateTime, frenchShortDateTime } from "../time/french-dates";
import type { OutgoingMail } from "./types";

export function flagWords(registration: Registration): string[] {
  const words: string[] = [];
  if (registration.flags.sansHebergement) words.push("SANS HÉBERGEMENT");
  if (registration.payload.coordonnees.adresse.sansAdresseFixe) words.push("SANS ADRESSE FIXE");
  if (registration.flags.mineur) words.push("MINEUR");
  if (registration.flags.horsTerritoire) words.push("HORS TERRITOIRE");
  return words;
}

export function registrationSubject(registration: Registration, ml: MissionLocale): string {
  const { adresse } = registration.payload.coordonnees;
  const doublon = duplicateWords(registration, ml);
  const pieces = [
    ...(doublon ? [doublon] : []),
    `Pré-inscription ${registration.reference}`,
    adresse.commune,
    `à rappeler avant ${frenchShortDateTime(registration.rappelAvant, ml.fuseauHoraire)}`,
    ...flagWords(registration),
  ];
  if (ml.objetAvecNom) pieces.push(identityLine(registration));
  // Every piece is validated or official text; the replace is a last guard for the header.
  return pieces.join(" · ").replace(/[\r\n]+/g, " ");
}

export function registrationText(registration: Registration, ml: MissionLocale): string {
  const { coordonnees } = registration.payload;
  const flags = flagWords(registration);
  const doublon = duplicateWords(registration, ml);
  const competente = competentLine(registration);
  return [
    identityLine(registration),
    ...(doublon ? [`${doublon} : vérifiez avant de saisir.`] : []),
    `Nouvelle pré-inscription en ligne — référence ${registration.reference}`,
    `À rappeler avant ${frenchDateTime(registration.rappelAvant, ml.fuseauHoraire)}.`,
    ...(flags.length ? [`Points d'attention : ${flags.join(", ").toLowerCase()}.`] : []),
    ...(competente ? [competente] : []),
    "",
    `${coordonnees.adresse.codePostal} ${coordonnees.adresse.commune}`,
    `Reçue le ${frenchDateTime(registration.receivedAt, ml.fuseauHoraire)}.`,
    "",
    "La fiche complète est dans le PDF joint, dans l'ordre de saisie d'I-Milo ; le fichier JSON joint contient les mêmes données.",
    "Après la saisie dans I-Milo, supprimez ce message (procédure de la Mission Locale).",
  ].join("\n");
}

export function registrationMail(registration: Registration, ml: MissionLocale, pdf: Uint8Array): OutgoingMail {
  const base = `preinscription-${registration.reference}`;
  return {
    reference: registration.reference,
    mlId: ml.id,
    kind: "registration",
    from: ml.expediteur,
    to: [ml.boiteReception],
    replyTo: registration.payload.coordonnees.email,
    subject: registrationSubject(registration, ml),
    text: registrationText(registration, ml),
    attachments: [
      { filename: `${base}.pdf`, contentType: "application/pdf", content: pdf },
      {
        filename: `${base}.json`,
        contentType: "application/json",
        content: new TextEncoder().encode(registrationJson(registration)),
      },
    ],
  };
}
