/**
 * Date of birth as three inputs (jour, mois, année): easier on a phone keypad and with a screen
 * reader than a date picker. The group's hint states the format ahead ("Exemple : 14 07 2008").
 */
import { html, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { DATE_PARTS, type DatePart, text } from "../answers";
import { describedBy, errorLine, type FieldView, fieldClass, fieldId, hintLine, hintOf, labelWords } from "./shared";

const AUTOCOMPLETE: Record<DatePart, string> = { jour: "bday-day", mois: "bday-month", annee: "bday-year" };

export function dateField(view: FieldView, path: "identite.dateNaissance"): TemplateResult {
  const id = fieldId(path);
  const hint = hintOf(view.t, path);
  const error = view.errors[path];
  // The error bar is on a wrapper: a legend drawn on a fieldset's own border would sit outside it.
  return html`<div class=${fieldClass(error)} part="field">
    <fieldset id=${id} class="fieldset" aria-describedby=${describedBy(id, hint, error)}>
    <legend part="label">${labelWords(view.t, path)}</legend>
    ${hintLine(id, hint)} ${errorLine(id, error, view.t)}
    <div class="date">
      ${DATE_PARTS.map((part) => {
        const partPath = `${path}.${part}` as FieldKey;
        const partId = fieldId(partPath);
        return html`<div class="date-part date-part--${part}">
          <label for=${partId} part="label">${view.t.champs[partPath].label}</label>
          <input
            id=${partId}
            class="input"
            part="input"
            data-path=${partPath}
            type="text"
            inputmode="numeric"
            dir="ltr"
            autocomplete=${AUTOCOMPLETE[part]}
            aria-required="true"
            .value=${text(view.answers, partPath)}
            aria-invalid=${error ? "true" : "false"}
          />
        </div>`;
      })}
    </div>
  </fieldset></div>`;
}
