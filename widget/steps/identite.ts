/** Step 2: who the youth is, and their legal representative when under 18. */
import { html, nothing } from "lit";
import { fill } from "../../contract/i18n/fr-premier";
import { type AgeVerdict, ageVerdict } from "../../contract/schema/age";
import { CIVILITES, LIENS_REPRESENTANT, NATIONALITES } from "../../contract/schema/enums";
import { type Answers, DATE_PATH, isCalendarDate, isMinor, REPRESENTANT_PREFIX, type Rules, text } from "../answers";
import { optionsOf, radioGroup, selectField } from "../fields/choice";
import { dateField } from "../fields/date";
import { textField } from "../fields/text";
import type { MessageOf, StepDefinition, StepView } from "./types";

function representant(view: StepView) {
  const { t } = view;
  return html`<fieldset class="group" part="group">
    <legend class="group-title">${t.representant.titre} <span class="optional">(${t.facultatif})</span></legend>
    <p class="hint">${t.representant.pourquoi}</p>
    <p class="hint">${t.representant.consigne}</p>
    ${textField(view, { path: "representantLegal.nom", required: false, spellcheck: false, autocapitalize: "words" })}
    ${textField(view, { path: "representantLegal.prenom", required: false, spellcheck: false, autocapitalize: "words" })}
    ${textField(view, { path: "representantLegal.telephone", required: false, type: "tel" })}
    ${radioGroup(view, { path: "representantLegal.lien", options: optionsOf(LIENS_REPRESENTANT, t.options.lien) })}
  </fieldset>`;
}

/** Outside the ML's age range: where to go instead (school, CIO; France Travail). */
function eligibility(view: StepView, verdict: AgeVerdict) {
  if (verdict === "ok") return nothing;
  const { t, rules, ml } = view;
  const params = {
    min: rules.age.min,
    max: rules.age.max,
    maxPlus1: rules.age.max + 1,
    telephone: ml?.telephone ?? "",
  };
  const young = verdict === "tropJeune";
  const title = young ? t.eligibilite.tropJeuneTitre : t.eligibilite.tropAgeTitre;
  const lines = (young ? t.eligibilite.tropJeune : t.eligibilite.tropAge).filter(
    (line) => params.telephone || !line.includes("{telephone}"),
  );
  return html`<div class="notice eligibility" part="notice">
    <h3 role="heading" aria-level=${view.level + 1}>${fill(title, params)}</h3>
    ${lines.map((line) => html`<p>${fill(line, params)}</p>`)}
    <p>${t.eligibilite.dateFausse}</p>
  </div>`;
}

/** The age verdict of a real date; "ok" before one is typed. */
function verdictOf(birth: string, view: StepView): AgeVerdict {
  return isCalendarDate(birth) ? ageVerdict(birth, view.rules.today, view.rules.age) : "ok";
}

/** In the later chunk: the first step (where the youth lives) is all /widget.js carries. */
export const identite = {
  id: "identite",

  render(view: StepView) {
    const { options } = view.t;
    // One template whatever the age: a key typed in the year never replaces the fields nor moves
    // the focus. Out of the age range, the notice beside the date (a polite live region, there
    // from the start) says where to go instead, once the date's field is left.
    return html`
      ${radioGroup(view, { path: "identite.civilite", options: optionsOf(CIVILITES, options.civilite) })}
      ${textField(view, { path: "identite.nomNaissance", autocomplete: "family-name", spellcheck: false, autocapitalize: "words" })}
      ${textField(view, { path: "identite.nomUsage", optional: true, spellcheck: false, autocapitalize: "words" })}
      ${textField(view, { path: "identite.prenom", autocomplete: "given-name", spellcheck: false, autocapitalize: "words" })}
      ${dateField(view, DATE_PATH)}
      <div class="age-status" role="status">${eligibility(view, verdictOf(view.birthLeft, view))}</div>
      ${selectField(view, { path: "identite.lieuNaissance.pays", options: view.countries() })}
      ${textField(view, { path: "identite.lieuNaissance.commune", optional: true, spellcheck: false })}
      ${radioGroup(view, { path: "identite.nationalite", options: optionsOf(NATIONALITES, options.nationalite) })}
      ${view.minor ? representant(view) : nothing}
    `;
  },

  check(errors: Record<string, string>, view: StepView, messageOf: MessageOf) {
    const birth = text(view.answers, DATE_PATH);
    if (errors[DATE_PATH] || !isCalendarDate(birth)) return;
    const { min, max } = view.rules.age;
    const verdict = ageVerdict(birth, view.rules.today, view.rules.age);
    if (verdict === "ok") return;
    errors[DATE_PATH] = messageOf(`dateNaissance.${verdict}`, { min, max, maxPlus1: max + 1 });
    // Out of the range nothing else matters: the date's error alone.
    for (const path of Object.keys(errors)) {
      if (path.startsWith("identite.lieuNaissance") || path === "identite.nationalite") delete errors[path];
      if (path.startsWith(REPRESENTANT_PREFIX)) delete errors[path];
    }
  },

  asks(path: string, answers: Answers, rules: Rules) {
    return !path.startsWith(REPRESENTANT_PREFIX) || isMinor(answers, rules);
  },
} satisfies StepDefinition;
