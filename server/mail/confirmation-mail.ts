/**
 * The short confirmation a youth may receive (ML option `confirmationJeune`, when they gave an
 * email): the same content as the confirmation screen — reference, call-back deadline, what to
 * bring, welcome sessions, where and when to come — and nothing else personal, no attachment.
 * Worded with the widget's own French table and formatters, so screen and email say the same.
 */
import type { MissionLocalePublic } from "../../contract/api-types";
import { closures, openingHours, postalAddress } from "../../contract/contact";
import { callbackDeadline, sessionDate } from "../../contract/format";
import { fill, fr } from "../../contract/i18n/fr";
import type { Registration } from "../registration";
import { isoWithOffset } from "../time/zoned";
import type { OutgoingMail } from "./types";

const SESSIONS_SHOWN = 3;

function bullets(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${line}`);
}

export function confirmationText(registration: Registration, facts: MissionLocalePublic): string {
  const t = fr;
  const deadline = callbackDeadline(
    isoWithOffset(registration.rappelAvant, facts.fuseauHoraire),
    registration.receivedAt,
    facts.fuseauHoraire,
    t,
  );
  const sessions = facts.accueilsCollectifs.slice(0, SESSIONS_SHOWN).map((session) => {
    const date = sessionDate(session.debut, facts.fuseauHoraire, t);
    return session.lieu ? fill(t.confirmation.accueilLieu, { date, lieu: session.lieu }) : date;
  });
  const lines = [
    t.courriel.bonjour,
    "",
    fill(t.courriel.recu, { nom: facts.nom }),
    `${t.confirmation.reference} ${registration.reference}`,
    fill(t.confirmation.rappel, { delai: deadline }),
    fill(t.confirmation.appelManque, { telephone: facts.telephone }),
  ];
  if (facts.documentsAApporter.length > 0)
    lines.push("", t.confirmation.documents, ...bullets(facts.documentsAApporter));
  if (sessions.length > 0) lines.push("", `${t.confirmation.accueils} :`, ...bullets(sessions));
  lines.push(
    "",
    `${t.confirmation.ouVenir} :`,
    facts.nom,
    postalAddress(facts),
    fill(t.courriel.telephone, { telephone: facts.telephone }),
    "",
    `${t.confirmation.horaires} :`,
    ...bullets([...openingHours(facts.horaires, t), ...closures(facts.fermetures, t)]),
    "",
    t.courriel.ignorer,
    t.courriel.automatique,
  );
  // The French table puts no-break spaces before colons; plain-text mail keeps them.
  return lines.join("\n");
}

export function confirmationMail(
  registration: Registration,
  facts: MissionLocalePublic,
  from: string,
): OutgoingMail | undefined {
  const to = registration.payload.coordonnees.email;
  if (!to) return undefined;
  return {
    reference: registration.reference,
    mlId: facts.id,
    kind: "confirmation",
    from,
    to: [to],
    subject: fill(fr.courriel.objet, { nom: facts.nom, reference: registration.reference }),
    text: confirmationText(registration, facts),
    attachments: [],
  };
}
