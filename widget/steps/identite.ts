/** Step 1: who the youth is, and their legal representative when under 18. */
import { html, nothing } from "lit";
import { DATE_PATH, isCalendarDate, isMinor, REPRESENTANT_PREFIX, text } from "../answers";
import { optionsOf, radioGroup, selectField } from "../fields/choice";
import { dateField } from "../fields/date";
import { textField } from "../fields/text";
import { options } from "../i18n/fr";
import { ageVerdict } from "../schema/age";
import { CIVILITES, LIENS_REPRESENTANT, NATIONALITES } from "../schema/enums";
import type { StepDefinition, StepView } from "./types";

function representant(view: StepView) {
  const { t } = view;
  return html`<fieldset class="group" part="group">
    <legend class="group-title">${t.representant.titre} <span class="optional">(${t.facultatif})</span></legend>
    <p class="hint">${t.representant.pourquoi}</p>
    <p class="hint">${t.representant.consigne}</p>
    ${textField(view, { path: "representantLegal.nom", required: false, spellcheck: false, autocapitalize: "words" })}
    ${textField(view, { path: "representantLegal.prenom", required: false, spellcheck: false, autocapitalize: "words" })}
    ${textField(view, { path: "representantLegal.telephone", required: false, type: "tel" })}
    ${radioGroup(view, { path: "representantLegal.lien", options: optionsOf(LIENS_REPRESENTANT, options.lien) })}
  </fieldset>`;
}

export const identite: StepDefinition = {
  id: "identite",

  render(view) {
    return html`
      ${radioGroup(view, { path: "identite.civilite", options: optionsOf(CIVILITES, options.civilite) })}
      ${textField(view, { path: "identite.nomNaissance", autocomplete: "family-name", spellcheck: false, autocapitalize: "words" })}
      ${textField(view, { path: "identite.nomUsage", optional: true, spellcheck: false, autocapitalize: "words" })}
      ${textField(view, { path: "identite.prenom", autocomplete: "given-name", spellcheck: false, autocapitalize: "words" })}
      ${dateField(view, DATE_PATH)}
      ${selectField(view, { path: "identite.lieuNaissance.pays", options: view.countries() })}
      ${textField(view, { path: "identite.lieuNaissance.commune", optional: true, spellcheck: false })}
      ${radioGroup(view, { path: "identite.nationalite", options: optionsOf(NATIONALITES, options.nationalite) })}
      ${view.minor ? representant(view) : nothing}
    `;
  },

  check(errors, view, messageOf) {
    const birth = text(view.answers, DATE_PATH);
    if (errors[DATE_PATH] || !isCalendarDate(birth)) return;
    const { min, max } = view.rules.age;
    const verdict = ageVerdict(birth, view.rules.today, view.rules.age);
    if (verdict !== "ok") errors[DATE_PATH] = messageOf(`dateNaissance.${verdict}`, { min, max, maxPlus1: max + 1 });
  },

  asks(path, answers, rules) {
    return !path.startsWith(REPRESENTANT_PREFIX) || isMinor(answers, rules);
  },
};
