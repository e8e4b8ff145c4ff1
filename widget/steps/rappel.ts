/** Step 5: when to call, how the youth heard of the ML, and a free message (both optional). */
import { html } from "lit";
import { CRENEAUX, ORIGINES } from "../../contract/schema/enums";
import { checkboxGroup, optionsOf, selectField } from "../fields/choice";
import { textArea } from "../fields/textarea";
import type { StepDefinition } from "./types";

export const rappel: StepDefinition = {
  id: "rappel",
  render: (view) => html`
    ${checkboxGroup(view, { path: "rappel.creneaux", options: optionsOf(CRENEAUX, view.t.options.creneau) })}
    ${selectField(view, { path: "origine", optional: true, options: optionsOf(ORIGINES, view.t.options.origine) })}
    ${textArea(view, { path: "message", optional: true, max: view.messageMax })}
  `,
};
