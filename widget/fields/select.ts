/**
 * A drop-down: the first step's (the communes of a postal code) is in /widget.js, so it lives
 * apart from the radio buttons and checkboxes of the later steps (choice.ts).
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { text } from "../answers";
import { describedBy, type FieldView, fieldFrame } from "./shared";

export interface Option {
  value: string;
  label: string;
}

export interface ChoiceOptions {
  path: FieldKey;
  options: readonly Option[];
  optional?: boolean;
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
