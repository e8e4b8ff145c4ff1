/**
 * Step 6: every answer in words with a "Modifier" button to its field, then the information
 * notice (GDPR art. 13) written for a 16-year-old, short version first, and the "J'ai lu" box.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey, Strings } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import { type Answers, DATE_PATH, isCalendarDate, list, text } from "../answers";
import { countryName } from "../countries";
import { checkbox } from "../fields/choice";
import { belongsTo } from "./index";
import type { StepDefinition, StepView } from "./types";

/** Answers that are categories: shown with their label (in the youth's language), never their code. */
function optionLabels(path: FieldKey, t: Strings): Readonly<Record<string, string>> | undefined {
  const { options } = t;
  const labels: Partial<Record<FieldKey, Readonly<Record<string, string>>>> = {
    "identite.civilite": options.civilite,
    "identite.nationalite": options.nationalite,
    "representantLegal.lien": options.lien,
    "logement.situation": options.logement,
    "parcours.situation": options.situation,
    "parcours.derniereClasse": options.derniereClasse,
    "parcours.diplome": options.diplome,
    "parcours.inscritFranceTravail": options.ouiNonInconnu,
    "parcours.dejaVenuMissionLocale": options.ouiNonInconnu,
    "rappel.creneaux": options.creneau,
    origine: options.origine,
  };
  return labels[path];
}

/**
 * Answers typed as digits (phone, postal code, year) or an e-mail: their own left-to-right run
 * in a right-to-left form, else "01 99 00 12 34" would show its groups in reverse order. Other
 * typed answers are isolated too (<bdi>), each taking the direction of its first letter; words
 * of the form itself (option labels, the date, the country) follow the form's direction.
 */
const LEFT_TO_RIGHT = new Set<string>([
  "coordonnees.telephone",
  "coordonnees.email",
  "coordonnees.adresse.codePostal",
  "representantLegal.telephone",
  "parcours.anneeSortie",
]);

/** Inputs that make up another answer (the date's parts) or are not answers to review. */
const NOT_REVIEWED = new Set<string>([
  `${DATE_PATH}.jour`,
  `${DATE_PATH}.mois`,
  `${DATE_PATH}.annee`,
  "informationLue",
]);

function inWords(path: FieldKey, answers: Answers, t: Strings): string {
  const labels = optionLabels(path, t);
  if (labels) {
    const chosen = answers[path] === undefined ? [] : [list(answers, path), text(answers, path)].flat();
    return chosen
      .filter(Boolean)
      .map((value) => labels[value] ?? value)
      .join(", ");
  }
  const value = text(answers, path).trim();
  if (path === DATE_PATH && isCalendarDate(value)) {
    return new Intl.DateTimeFormat(t.intl, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  if (path === "identite.lieuNaissance.pays" && value) return countryName(value, t.intl);
  return value;
}

function stepReview(view: StepView, step: StepDefinition): TemplateResult {
  const { t } = view;
  const paths = (Object.keys(t.champs) as FieldKey[]).filter(
    (path) =>
      belongsTo(step.id, path) && !NOT_REVIEWED.has(path) && (step.asks?.(path, view.answers, view.rules) ?? true),
  );
  return html`<section class="review-section" aria-labelledby="review-${step.id}">
    <h3 id="review-${step.id}" class="review-title">${t.etapes[step.id]}</h3>
    <dl class="review">
      ${paths.map((path) => {
        const label = t.champs[path].label;
        const value = inWords(path, view.answers, t);
        const typed = !optionLabels(path, t) && path !== DATE_PATH && path !== "identite.lieuNaissance.pays";
        const shown = typed ? html`<bdi dir=${LEFT_TO_RIGHT.has(path) ? "ltr" : nothing}>${value}</bdi>` : value;
        return html`<div class="review-row">
          <dt>${label}</dt>
          <dd class=${value ? "review-value" : "review-value empty"}>${value ? shown : t.verification.nonRenseigne}</dd>
          <dd class="review-action">
            <button type="button" class="button button--link" part="button" @click=${() => view.onEdit(path)}>
              ${t.boutons.modifier}<span class="visually-hidden">${fill(t.boutons.modifierQuoi, { label })}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
  </section>`;
}

function notice(view: StepView): TemplateResult | typeof nothing {
  const { ml, t } = view;
  if (!ml) return nothing;
  return html`<section class="notice-box" part="notice" aria-labelledby="notice-title">
    <h3 id="notice-title" class="review-title">${t.notice.titre}</h3>
    ${t.notice.court(ml).map((line) => html`<p>${line}</p>`)}
    <details class="details">
      <summary>${t.notice.toutLire}</summary>
      ${t.notice.sections(ml).map(
        (section) => html`<h4>${section.titre}</h4>
          ${section.texte.map((line) => html`<p>${line}</p>`)}`,
      )}
    </details>
  </section>`;
}

export const verification: StepDefinition = {
  id: "verification",
  render(view) {
    const reviewed = view.steps.filter((step) => step.id !== "verification");
    return html`
      <p class="lead">${view.t.verification.intro}</p>
      ${reviewed.map((step) => stepReview(view, step))} ${notice(view)} ${checkbox(view, "informationLue")}
    `;
  },
};
