/**
 * The short confirmation a youth may receive (ML option `confirmationJeune`, when they gave an
 * email): the same content as the confirmation screen — reference, call-back deadline, what to
 * bring, welcome sessions, where and when to come — and nothing else personal, no attachment.
 * Worded with the widget's own table of the form's language (French, English or Arabic) and its
 * formatters, so screen and email say the same; a plain-text part and an HTML part, the latter
 * with the language's `lang` and `dir` so Arabic reads right to left.
 */
import type { MissionLocalePublic } from "../../contract/api-types";
import { postalAddress } from "../../contract/contact";
import { callbackDeadline, sessionDate } from "../../contract/format";
import { ar } from "../../contract/i18n/ar";
import { en } from "../../contract/i18n/en";
import { fill, fr, type Strings } from "../../contract/i18n/fr";
import { type Locale, localeOf } from "../../contract/i18n/locales";
import { hoursLines } from "../../contract/opening-hours";
import type { Registration } from "../registration";
import { isoWithOffset } from "../time/zoned";
import type { OutgoingMail } from "./types";

const SESSIONS_SHOWN = 3;
const TABLES: Readonly<Record<Locale, Strings>> = { fr, en, ar };

/** A paragraph (lines kept together) or a bulleted list, written as text or as HTML. */
type Block = { lines: string[] } | { head: string[]; items: string[] };

function tableOf(registration: Registration): Strings {
  return TABLES[localeOf(registration.langue) ?? "fr"];
}

function blocks(registration: Registration, facts: MissionLocalePublic, t: Strings): Block[] {
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
  const result: Block[] = [
    { lines: [t.courriel.bonjour] },
    {
      lines: [
        fill(t.courriel.recu, { nom: facts.nom }),
        `${t.confirmation.reference} ${registration.reference}`,
        fill(t.confirmation.rappel, { delai: deadline }),
        fill(t.confirmation.appelManque, { telephone: facts.telephone }),
      ],
    },
  ];
  if (facts.documentsAApporter.length > 0) {
    result.push({ head: [t.confirmation.documents], items: [...facts.documentsAApporter] });
  }
  if (sessions.length > 0) {
    result.push({
      head: [fill(t.etiquette, { label: t.confirmation.accueils }), t.confirmation.accueilsExplication],
      items: sessions,
    });
  }
  result.push(
    {
      lines: [
        fill(t.etiquette, { label: t.confirmation.ouVenir }),
        facts.nom,
        postalAddress(facts),
        fill(t.courriel.telephone, { telephone: facts.telephone }),
      ],
    },
    {
      head: [fill(t.etiquette, { label: t.confirmation.horaires })],
      items: hoursLines(facts, t),
    },
    { lines: [t.courriel.ignorer, t.courriel.automatique] },
  );
  return result;
}

export function confirmationText(registration: Registration, facts: MissionLocalePublic): string {
  const t = tableOf(registration);
  // The French table puts no-break spaces before colons; plain-text mail keeps them.
  return blocks(registration, facts, t)
    .map((block) =>
      "lines" in block ? block.lines.join("\n") : [...block.head, ...block.items.map((item) => `- ${item}`)].join("\n"),
    )
    .join("\n\n");
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function confirmationHtml(registration: Registration, facts: MissionLocalePublic): string {
  const t = tableOf(registration);
  const body = blocks(registration, facts, t)
    .map((block) =>
      "lines" in block
        ? `<p>${block.lines.map(escapeHtml).join("<br>")}</p>`
        : `<p>${block.head.map(escapeHtml).join("<br>")}</p><ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
    )
    .join("\n");
  return `<!doctype html>\n<html lang="${t.lang}" dir="${t.dir}">\n<head><meta charset="utf-8"></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function confirmationMail(
  registration: Registration,
  facts: MissionLocalePublic,
  from: string,
): OutgoingMail | undefined {
  const to = registration.payload.coordonnees.email;
  if (!to) return undefined;
  const t = tableOf(registration);
  return {
    reference: registration.reference,
    mlId: facts.id,
    kind: "confirmation",
    from,
    to: [to],
    subject: fill(t.courriel.objet, { nom: facts.nom, reference: registration.reference }),
    text: confirmationText(registration, facts),
    html: confirmationHtml(registration, facts),
    attachments: [],
  };
}
