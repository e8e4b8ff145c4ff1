/**
 * Answers among categories: radio buttons for a few options, a drop-down beyond, checkboxes for
 * several answers. Values come from the schema's enums, words from the options table.
 * Each option row is a whole label, at least 44 px high, so the tap target is the sentence.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { list, text } from "../answers";
import { type ChoiceOptions, type Option, selectField } from "./select";
import { describedBy, errorLine, type FieldView, fieldClass, fieldFrame, fieldId, fieldText } from "./shared";

export { type ChoiceOptions, type Option, selectField };

/** Options from an enum and its labels: `options(CIVILITES, t.options.civilite)`. */
export function optionsOf<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

function group(
  view: FieldView,
  { path, options, optional }: ChoiceOptions,
  type: "radio" | "checkbox",
  isChecked: (value: string) => boolean,
): TemplateResult {
  return fieldFrame(
    view,
    path,
    { optional, group: true },
    () => html`<div class="choices">
      ${options.map(
        (option) => html`<label class="choice" part="choice">
          <input
            type=${type}
            name=${path}
            data-path=${path}
            data-multiple=${type === "checkbox" ? "" : nothing}
            value=${option.value}
            .checked=${isChecked(option.value)}
          />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>`,
  );
}

export function radioGroup(view: FieldView, options: ChoiceOptions): TemplateResult {
  const current = text(view.answers, options.path);
  return group(view, options, "radio", (value) => value === current);
}

export function checkboxGroup(view: FieldView, options: ChoiceOptions): TemplateResult {
  const chosen = list(view.answers, options.path);
  return group(view, options, "checkbox", (value) => chosen.includes(value));
}

/** One box to tick, e.g. "J'ai lu l'information sur mes données". */
export function checkbox(view: FieldView, path: FieldKey): TemplateResult {
  const id = fieldId(path);
  const error = view.errors[path];
  return html`<div class=${fieldClass(error)} part="field">
    ${errorLine(id, error, view.t)}
    <label class="choice" part="choice" for=${id}>
      <input
        id=${id}
        type="checkbox"
        data-path=${path}
        .checked=${view.answers[path] === true}
        aria-required="true"
        aria-invalid=${error ? "true" : "false"}
        aria-describedby=${describedBy(id, false, error)}
      />
      <span>${fieldText(view.t, path).label}</span>
    </label>
  </div>`;
}
