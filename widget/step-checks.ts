/**
 * Checking a step: the shared schema's rules for its part of the payload, then the step's own
 * (cross-field) rules, worded in the language in use. Only the questions asked are checked and
 * sent: a question hidden by an earlier answer is left out. In the chunk loaded after the first step.
 */
import type { Answers, Rules } from "./answers";
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
