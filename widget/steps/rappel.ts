/**
 * Step 6: when to call (only at the times the Mission Locale calls, when it says them), how the
 * youth heard of the ML, and a free message (both optional).
 */
import { html } from "lit";
import type { Creneau } from "../../contract/api-types";
import { CRENEAUX, ORIGINES } from "../../contract/schema/enums";
import { checkboxGroup, optionsOf, selectField } from "../fields/choice";
import { textArea } from "../fields/textarea";
import type { StepDefinition, StepView } from "./types";

/** The times this ML calls back, in the usual order; all four when it does not say. */
function offered(view: StepView): readonly Creneau[] {
  const creneaux = view.ml?.rappel?.creneaux;
  return creneaux && creneaux.length > 0 ? CRENEAUX.filter((c) => creneaux.includes(c)) : CRENEAUX;
}

export const rappel: StepDefinition = {
  id: "rappel",
  render: (view) => html`
    ${checkboxGroup(view, { path: "rappel.creneaux", options: optionsOf(offered(view), view.t.options.creneau) })}
    ${selectField(view, { path: "origine", optional: true, options: optionsOf(ORIGINES, view.t.options.origine) })}
    ${textArea(view, { path: "message", optional: true, max: view.messageMax })}
  `,
};
