/**
 * Answers among categories: radio buttons for a few options, a drop-down beyond, checkboxes for
 * several answers. Values come from the schema's enums, words from the options table.
 * Each option row is a whole label, at least 44 px high, so the tap target is the sentence.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { list, text } from "../answers";
import { describedBy, type FieldView, fieldFrame } from "./shared";

export interface Option {
  value: string;
  label: string;
}

/** Options from an enum and its labels: `options(CIVILITES, t.options.civilite)`. */
export function optionsOf<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export interface ChoiceOptions {
  path: FieldKey;
  options: readonly Option[];
  optional?: boolean;
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

export interface SelectOptions extends ChoiceOptions {
  autocomplete?: string;
  /** A handler of its own instead of the form's (the commune sets two answers). */
  onChange?: (event: Event) => void;
  /** The answer the select shows, when it isn't the answer at `path`. */
  value?: string;
}

export function selectField(view: FieldView, options: SelectOptions): TemplateResult {
  const { path } = options;
  const current = options.value ?? text(view.answers, path);
  return fieldFrame(
    view,
    path,
    options,
    ({ id, hint, error }) => html`<select
      id=${id}
      class="input select"
      part="input"
      data-path=${options.onChange ? nothing : path}
      autocomplete=${options.autocomplete ?? "off"}
      aria-required=${options.optional ? "false" : "true"}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${describedBy(id, hint, error)}
      @change=${options.onChange ?? nothing}
    >
      <option value="" ?selected=${current === ""}>${view.t.choisir}</option>
      ${options.options.map(
        (option) => html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`,
      )}
    </select>`,
  );
}
