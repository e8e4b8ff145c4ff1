/**
 * One box alone, answered by ticking it ("J'ai lu…", "Je n'ai pas d'adresse fixe"). Only the
 * later steps have one: in their chunk, not in /widget.js.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { describedBy, errorLine, type FieldView, fieldClass, fieldId, fieldText, hintLine, hintOf } from "./shared";

export interface CheckboxOptions {
  /** A box the form cannot go on without ("J'ai lu…"); true by default. */
  required?: boolean;
}

/**
 * One box to tick, e.g. "J'ai lu l'information sur mes données", with its hint when the table
 * has one. Its value is "true": the answer is `true`, or absent when unticked.
 */
export function checkbox(view: FieldView, path: FieldKey, { required = true }: CheckboxOptions = {}): TemplateResult {
  const id = fieldId(path);
  const error = view.errors[path];
  const hint = hintOf(view.t, path);
  return html`<div class=${fieldClass(error)} part="field">
    ${errorLine(id, error, view.t)}
    <label class="choice" part="choice" for=${id}>
      <input
        id=${id}
        type="checkbox"
        data-path=${path}
        value="true"
        .checked=${view.answers[path] === true}
        aria-required=${required ? "true" : nothing}
        aria-invalid=${error ? "true" : "false"}
        aria-describedby=${describedBy(id, hint, error)}
      />
      <span>${fieldText(view.t, path).label}</span>
    </label>
    ${hintLine(id, hint)}
  </div>`;
}
