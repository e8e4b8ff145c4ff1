/**
 * Step 7: every answer in words with a "Modifier" button to its field, then the information
 * notice (GDPR art. 13) written for a 16-year-old, short version first, and the "J'ai lu" box.
 */
import { html, nothing, type TemplateResult } from "lit";
import { FIELD_PATHS, FIELDS, type FieldKind, type FieldPath } from "../../contract/fields";
import { callbackDeadline } from "../../contract/format";
import type { Strings } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import { type Answers, isCalendarDate, list, text } from "../answers";
import { countryName } from "../countries";
import { checkbox } from "../fields/checkbox";
import { fillWith } from "../fields/shared";
import { belongsTo } from "./index";
import type { StepDefinition, StepView } from "./types";

/** The field's option labels (in the youth's language) when it is a category: never its code. */
function optionLabels(path: FieldPath, t: Strings): Readonly<Record<string, string>> | undefined {
  const table = FIELDS[path].options;
  return table ? t.options[table] : undefined;
}

/**
 * Answers typed as digits (phone, postal code, year) or an e-mail get their own left-to-right run
 * in a right-to-left form, else "01 99 00 12 34" would show its groups in reverse order. Other
 * typed answers are isolated too (<bdi>), each taking the direction of its first letter; words
 * of the form itself (option labels, the date, the country) follow the form's direction.
 */
const LEFT_TO_RIGHT = new Set<FieldKind>(["phone", "digits", "email"]);
const WORDS_OF_THE_FORM = new Set<FieldKind>(["choice", "choices", "date", "country", "flag"]);

function inWords(path: FieldPath, answers: Answers, t: Strings): string {
  const labels = optionLabels(path, t);
  if (labels) {
    const chosen = answers[path] === undefined ? [] : [list(answers, path), text(answers, path)].flat();
    return chosen
      .filter(Boolean)
      .map((value) => labels[value] ?? value)
      .join(", ");
  }
  const { kind } = FIELDS[path];
  // A box ("Je n'ai pas d'adresse fixe"): ticked or not, always an answer.
  if (kind === "flag") return t.options.ouiNonInconnu[answers[path] === true ? "OUI" : "NON"];
  const value = text(answers, path).trim();
  if (kind === "date" && isCalendarDate(value)) {
    return new Intl.DateTimeFormat(t.intl, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  if (kind === "country" && value) return countryName(value, t.intl);
  return value;
}

function stepReview(view: StepView, step: StepDefinition): TemplateResult {
  const { t } = view;
  const rows = FIELD_PATHS.flatMap((path) => {
    const { review, label } = FIELDS[path];
    const asked = review && label && belongsTo(step.id, path) && (step.asks?.(path, view.answers, view.rules) ?? true);
    return asked ? [{ path, key: label }] : [];
  });
  return html`<section class="review-section" aria-labelledby="review-${step.id}">
    <h3 id="review-${step.id}" class="review-title" role="heading" aria-level=${view.level + 1}>${t.etapes[step.id]}</h3>
    <dl class="review">
      ${rows.map(({ path, key }) => {
        const { kind } = FIELDS[path];
        const label = t.champs[key].label;
        const value = inWords(path, view.answers, t);
        const shown = WORDS_OF_THE_FORM.has(kind)
          ? value
          : html`<bdi dir=${LEFT_TO_RIGHT.has(kind) ? "ltr" : nothing}>${value}</bdi>`;
        return html`<div class="review-row">
          <dt>${label}</dt>
          <dd class=${value ? "review-value" : "review-value empty"}>${value ? shown : t.verification.nonRenseigne}</dd>
          <dd class="review-action">
            <button type="button" class="button button--link" part="button" @click=${() => view.onEdit(key)}>
              ${t.boutons.modifier}<span class="visually-hidden">${fill(t.boutons.modifierQuoi, { label })}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
  </section>`;
}

/** "La Mission Locale vous appellera avant mardi 17h30", before the youth sends. */
function deadline(view: StepView): TemplateResult | typeof nothing {
  const { rappelAvant, t, ml } = view;
  if (!rappelAvant) return nothing;
  const delai = callbackDeadline(rappelAvant, new Date(), ml?.fuseauHoraire ?? "Europe/Paris", t);
  return html`<p class="deadline">${fillWith(t.verification.rappel, {}, "delai", html`<strong>${delai}</strong>`)}</p>`;
}

function notice(view: StepView): TemplateResult | typeof nothing {
  const { ml, t } = view;
  if (!ml) return nothing;
  return html`<section class="notice-box" part="notice" aria-labelledby="notice-title">
    <h3 id="notice-title" class="review-title" role="heading" aria-level=${view.level + 1}>${t.notice.titre}</h3>
    ${t.notice.court(ml).map((line) => html`<p>${line}</p>`)}
    <details class="details">
      <summary>${t.notice.toutLire}</summary>
      ${t.notice.sections(ml).map(
        (section) => html`<h4 role="heading" aria-level=${view.level + 2}>${section.titre}</h4>
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
      ${deadline(view)}
    `;
  },
};
