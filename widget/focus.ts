/**
 * Where the focus goes in the form: a field's control (for the error summary's links, "Modifier"
 * and "Changer de code postal"), and the summary's entries in the order of the fields on screen.
 */

import { COMMUNE_PATH, INSEE_PATH, POSTAL_PATH } from "./controllers/commune-lookup";
import type { SummaryEntry } from "./fields/error-summary";
import { fieldId } from "./fields/shared";
import { stepIndexOf } from "./steps/index";

/** The control to focus for a field: the input itself, a group's chosen (or first) option, the date's day. */
export function controlOf(root: ParentNode, path: string): HTMLElement | null {
  const target = path === INSEE_PATH ? COMMUNE_PATH : path;
  const element = root.querySelector<HTMLElement>(`#${fieldId(target)}`);
  if (!element && target === COMMUNE_PATH) return controlOf(root, POSTAL_PATH);
  if (element instanceof HTMLFieldSetElement) {
    return element.querySelector<HTMLElement>("input:checked") ?? element.querySelector<HTMLElement>("input");
  }
  return element;
}

/** Focuses a field's control, with its question (label, hint) in view, not just the box. */
export function focusField(root: ParentNode, path: string): void {
  const control = controlOf(root, path);
  if (!control) return;
  control.closest(".field")?.scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

/** The problems of step `index`, in the order of its fields on screen. */
export function summaryEntries(root: ParentNode, errors: Record<string, string>, index: number): SummaryEntry[] {
  const entries = Object.entries(errors)
    .filter(([path]) => stepIndexOf(path) === index)
    .map(([path, message]) => ({ path, message, linked: controlOf(root, path) !== null }));
  const fields = [...root.querySelectorAll("[id^='f-']")];
  const position = (path: string) => {
    const element = root.querySelector(`#${fieldId(path)}`);
    return element ? fields.indexOf(element) : Number.MAX_SAFE_INTEGER;
  };
  return entries.sort((a, b) => position(a.path) - position(b.path));
}

/** "Changer de code postal": the postal code's box, focused with its text selected. */
export function selectPostalCode(root: ParentNode): void {
  const input = controlOf(root, POSTAL_PATH);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** A new step: its title focused, with the step's top (progress and title) in view when the page had scrolled past it. */
export function focusStepTitle(root: ParentNode): void {
  const top = root.querySelector<HTMLElement>(".progress-text");
  const above = (top?.getBoundingClientRect().top ?? 0) < 0;
  if (above) top?.scrollIntoView({ block: "start" });
  root.querySelector<HTMLElement>("#step-title")?.focus({ preventScroll: above });
}
