/**
 * Checking a step: the shared schema's rules for its part of the payload, then the step's own
 * (cross-field) rules, worded in the language in use. Only the questions asked are checked and
 * sent: a question hidden by an earlier answer is left out. In the chunk loaded after the first step.
 */
import type { FieldErrors } from "../contract/schema/errors";
import type { Answers, Rules } from "./answers";
import { COMMUNE_PATH, INSEE_PATH } from "./controllers/commune-lookup";
import { belongsTo, STEP_ROOTS, stepIndexOf } from "./steps/index";
import type { StepDefinition, StepView } from "./steps/types";
import { message, rootErrors } from "./validation";

/** The answers that go into the payload: questions not asked (hidden) are left out. */
export function askedAnswers(answers: Answers, steps: readonly StepDefinition[], rules: Rules): Answers {
  const asked: Answers = {};
  for (const [path, value] of Object.entries(answers)) {
    const step = steps[stepIndexOf(path)];
    if (step?.asks?.(path, answers, rules) ?? true) asked[path] = value;
  }
  return asked;
}

/** Field path → message for `step`; `table`: the schema's messages in the language in use. */
export function stepErrors(
  step: StepDefinition,
  view: StepView,
  table: Readonly<Record<string, string>>,
): Record<string, string> {
  const answers = askedAnswers(view.answers, view.steps, view.rules);
  const checked = { ...view, answers };
  const typographie = view.t.typographie;
  const errors: Record<string, string> = {};
  for (const [path, error] of Object.entries(rootErrors(STEP_ROOTS[step.id], answers))) {
    // The address is asked over two steps: each one shows only its own fields' messages.
    if (!belongsTo(step.id, path)) continue;
    errors[path] = typographie(message(error, table));
  }
  step.check?.(errors, checked, (key, params) => typographie(message({ key, params }, table)));
  return errors;
}

/**
 * Messages already on screen, said again (in the language just chosen): each step with problems
 * is checked again and its messages replace the old ones, field by field. A message this check
 * cannot make again (one the server gave) stays as it was.
 */
export function recheck(
  errors: Record<string, string>,
  steps: readonly StepDefinition[],
  check: (step: StepDefinition) => Record<string, string>,
): Record<string, string> {
  const again = { ...errors };
  for (const index of new Set(Object.keys(errors).map(stepIndexOf))) {
    const step = steps[index];
    if (!step) continue;
    for (const [path, message] of Object.entries(check(step))) {
      if (path in again) again[path] = message;
    }
  }
  return again;
}

/**
 * Whether a change or a field left may take messages away: the step shows some, the youth
 * answered a field (a text box counts once left, not while typed in), and is not on their way to
 * the summary's links (the link pressed must stay where it is).
 */
export function mayClear(event: Event, errors: Record<string, string>, index: number): boolean {
  const { target, type } = event;
  const to = (event as FocusEvent).relatedTarget;
  if (!(target instanceof Element) || !target.closest(".field")) return false;
  if (
    type === "change" &&
    target instanceof HTMLInputElement &&
    target.type !== "checkbox" &&
    target.type !== "radio"
  ) {
    return false;
  }
  if (to instanceof Element && to.closest(".error-summary")) return false;
  return Object.keys(errors).some((path) => stepIndexOf(path) === index);
}

/**
 * The messages once the step `index` is checked again (`fresh`): those of its fields now right go
 * (from the fields and the summary); none is added or reworded before the next "Suivant".
 */
export function withoutFixed(
  errors: Record<string, string>,
  index: number,
  fresh: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepIndexOf(path) !== index || path in fresh));
}

/**
 * Errors found on the whole payload (here, or by the server: already worded), worded in the
 * table in use and put on the fields that show them (the commune's code is its list).
 */
export function onFields(
  errors: FieldErrors | Readonly<Record<string, string>>,
  table: Readonly<Record<string, string>>,
  typographie: (text: string) => string,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [path, error] of Object.entries(errors)) {
    fields[path === INSEE_PATH ? COMMUNE_PATH : path] ??= typographie(
      typeof error === "string" ? error : message(error, table),
    );
  }
  return fields;
}
