/**
 * Answers among categories: radio buttons for a few options, a drop-down beyond, checkboxes for
 * several answers. Values come from the schema's enums, words from the options table.
 * Each option row is a whole label, at least 44 px high, so the tap target is the sentence.
 */
import { html, nothing, type TemplateResult } from "lit";
import { list, text } from "../answers";
import { type ChoiceOptions, type Option, selectField } from "./select";
import { type FieldView, fieldFrame } from "./shared";

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
    { optional, group: type },
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
