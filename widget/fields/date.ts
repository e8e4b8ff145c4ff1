/**
 * Date of birth as three inputs (jour, mois, année): easier on a phone keypad and with a screen
 * reader than a date picker. The group's hint states the format ahead ("Exemple : 14 07 2008").
 */
import { html, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { DATE_PARTS, type DatePart, text } from "../answers";
import { describedBy, type FieldView, fieldFrame, fieldId, fieldText } from "./shared";

const AUTOCOMPLETE: Record<DatePart, string> = { jour: "bday-day", mois: "bday-month", annee: "bday-year" };

export function dateField(view: FieldView, path: "identite.dateNaissance"): TemplateResult {
  return fieldFrame(
    view,
    path,
    { group: "date" },
    ({ id, hint, error }) => html`<div class="date">
      ${DATE_PARTS.map((part) => {
        const partPath = `${path}.${part}` as FieldKey;
        const partId = fieldId(partPath);
        return html`<div class="date-part date-part--${part}">
          <label for=${partId} part="label">${fieldText(view.t, partPath).label}</label>
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
            aria-describedby=${describedBy(id, hint, error)}
          />
        </div>`;
      })}
    </div>`,
  );
}
