/** Step 3: where the youth lives now (sans hébergement makes the call a priority for the staff). */
import { html } from "lit";
import { SITUATIONS_LOGEMENT } from "../../contract/schema/enums";
import { optionsOf, radioGroup } from "../fields/choice";
import type { StepDefinition } from "./types";

export const logement: StepDefinition = {
  id: "logement",
  // Radios despite eight options: the question is alone on its step, and sentences read better
  // as a list than hidden in a drop-down.
  render: (view) =>
    html`${radioGroup(view, { path: "logement.situation", options: optionsOf(SITUATIONS_LOGEMENT, view.t.options.logement) })}`,
};
