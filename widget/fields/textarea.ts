/** The message box, on the call-back step only: in the later chunk, not in /widget.js. */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import { text } from "../answers";
import { describedBy, type FieldView, fieldFrame } from "./shared";

export interface TextAreaOptions {
  path: FieldKey;
  optional?: boolean;
  /** Most characters accepted, when known (shown as a count). */
  max: number | null;
}

/** A free message with a count of the characters left; typing past the limit is allowed, then flagged. */
export function textArea(view: FieldView, options: TextAreaOptions): TemplateResult {
  const { path, max } = options;
  const value = text(view.answers, path);
  const left = max === null ? null : max - value.length;
  return fieldFrame(view, path, options, ({ id, hint, error }) => {
    const count =
      left === null
        ? nothing
        : html`<p id="${id}-count" class=${left < 0 ? "count count--over" : "count"}>
          ${left < 0 ? fill(view.t.compteur.trop, { n: -left }) : fill(view.t.compteur.restants, { n: left, max: max ?? 0 })}
        </p>`;
    return html`<textarea
      id=${id}
      class="input textarea"
      part="input"
      data-path=${path}
      rows="4"
      dir="auto"
      .value=${value}
      aria-required=${options.optional ? "false" : "true"}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${describedBy(id, hint, error, left === null ? undefined : "count")}
    ></textarea>
    ${count}`;
  });
}
