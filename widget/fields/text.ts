/** Text inputs (the message box: textarea.ts). */
import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { FieldKey } from "../../contract/i18n/fr";
import { text } from "../answers";
import { describedBy, type FieldView, fieldFrame } from "./shared";

export interface TextFieldOptions {
  path: FieldKey;
  /** Marked "(facultatif)" and not required. */
  optional?: boolean;
  /** Required for assistive technologies (aria-required); by default, when not optional. */
  required?: boolean;
  type?: "text" | "tel" | "email";
  inputmode?: "numeric" | "tel" | "email" | "text";
  autocomplete?: string;
  /** Narrow inputs for short answers (postal code, year), so the expected length shows. */
  width?: "short" | "medium";
  /** Names and addresses: no spelling correction. */
  spellcheck?: boolean;
  autocapitalize?: "none" | "words" | "sentences";
  /** A remark on the answer typed (a foreign phone number), shown under the box and read with it. */
  note?: string | undefined;
}

/**
 * Digits, phone numbers and e-mails are written left to right even in a right-to-left form
 * (else "06 12 34" would show its groups reversed); other answers follow what is typed.
 */
function directionOf(options: TextFieldOptions): "ltr" | "auto" {
  return options.type === "tel" || options.type === "email" || options.inputmode === "numeric" ? "ltr" : "auto";
}

export function textField(view: FieldView, options: TextFieldOptions): TemplateResult {
  const { path } = options;
  return fieldFrame(
    view,
    path,
    options,
    ({ id, hint, error }) => html`<input
      id=${id}
      class=${options.width ? `input input--${options.width}` : "input"}
      part="input"
      data-path=${path}
      type=${options.type ?? "text"}
      dir=${directionOf(options)}
      .value=${text(view.answers, path)}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${options.autocomplete ?? "off"}
      spellcheck=${options.spellcheck === false ? "false" : nothing}
      autocapitalize=${ifDefined(options.autocapitalize)}
      aria-required=${(options.required ?? !options.optional) ? "true" : "false"}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${describedBy(id, hint, error, options.note && "note")}
    />${options.note ? html`<p id="${id}-note" class="hint note">${options.note}</p>` : nothing}`,
  );
}
