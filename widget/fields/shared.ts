/**
 * What every field template needs, and the pieces they share: ids, the hint and error lines,
 * and `aria-describedby` = "<id>-hint <id>-error" (hint first, as GOV.UK does).
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FieldKey, FirstStrings as Strings } from "../../contract/i18n/fr";
import { type FieldText, fill } from "../../contract/i18n/fr-premier";
import type { Answers } from "../answers";

export interface FieldView {
  t: Strings;
  answers: Answers;
  /** Field path → message shown next to the field. */
  errors: Readonly<Record<string, string>>;
}

/** The id of a field's control (or of its fieldset) inside the shadow root. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, "-")}`;
}

/** `extra`: one more line of the field ("note", "count"), read after the hint and the error. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : "", extra ? `${id}-${extra}` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : nothing;
}

export function hintLine(id: string, hint: string | undefined): TemplateResult | typeof nothing {
  return hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing;
}

/** The error names the problem in words, with a marker that is not colour alone. */
export function errorLine(id: string, error: string | undefined, t: Strings): TemplateResult | typeof nothing {
  return error
    ? html`<p id="${id}-error" class="error" part="error"><span class="error-icon" aria-hidden="true">!</span><span class="visually-hidden">${t.resume.prefixeErreur} </span>${error}</p>`
    : nothing;
}

/**
 * A field's label and hint. The first part of the French table holds only the first step's
 * fields; the later steps render with the whole table, so a field is never without its words.
 */
export function fieldText(t: Strings, path: FieldKey): FieldText {
  return (t.champs as Partial<Record<FieldKey, FieldText>>)[path] ?? { label: "" };
}

/** The label's words, with "(facultatif)" for optional fields. */
export function labelWords(t: Strings, path: FieldKey, optional = false): TemplateResult {
  return html`${fieldText(t, path).label}${optional ? html` <span class="optional">(${t.facultatif})</span>` : nothing}`;
}

export function hintOf(t: Strings, path: FieldKey): string | undefined {
  return fieldText(t, path).hint;
}

/** A field's id, hint and error: what its control's attributes need. */
export interface FieldParts {
  id: string;
  hint: string | undefined;
  error: string | undefined;
}

/**
 * The frame every field shares: the wrapper (with the error bar), the label, or the legend of
 * a group's fieldset (`group`: radio buttons, checkboxes or the date's parts), then the hint and error lines, then `control(parts)`.
 */
export function fieldFrame(
  view: FieldView,
  path: FieldKey,
  options: { optional?: boolean | undefined; group?: "radio" | "checkbox" | "date" },
  control: (parts: FieldParts) => unknown,
): TemplateResult {
  const id = fieldId(path);
  const hint = hintOf(view.t, path);
  const error = view.errors[path];
  const label = labelWords(view.t, path, options.optional);
  const lines = html`${hintLine(id, hint)} ${errorLine(id, error, view.t)}`;
  // A radio group is a radiogroup, the one group role that can be required; the date's parts
  // carry the hint and error themselves (read on each box, not only on entering the group).
  const radio = options.group === "radio";
  // The error bar is on a wrapper: a legend drawn on a fieldset's own border would sit outside it.
  return options.group
    ? html`<div class=${fieldClass(error)} part="field">
    <fieldset
      id=${id}
      class="fieldset"
      role=${radio ? "radiogroup" : nothing}
      aria-required=${radio ? String(!options.optional) : nothing}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${options.group === "date" ? nothing : describedBy(id, hint, error)}
    >
    <legend part="label">${label}</legend>
    ${lines}
    ${control({ id, hint, error })}
  </fieldset></div>`
    : html`<div class=${fieldClass(error)} part="field">
    <label for=${id} part="label">${label}</label>
    ${lines}
    ${control({ id, hint, error })}
  </div>`;
}

/** Fills a template and puts `node` (a link, a bold part) where `{key}` is. */
export function fillWith(
  template: string,
  params: Record<string, string>,
  key: string,
  node: TemplateResult,
): TemplateResult {
  const [before = "", after = ""] = template.split(`{${key}}`);
  return html`${fill(before, params)}${node}${fill(after, params)}`;
}

export function fieldClass(error: string | undefined): string {
  return error ? "field field--error" : "field";
}
