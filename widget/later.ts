/**
 * What the form needs after its first step: the shared schema (zod and the phone rules), the
 * other steps, their styles and the confirmation. One chunk, fetched as soon as the first step is on screen.
 */
import { coordonnees } from "./steps/coordonnees";
import { identite } from "./steps/identite";
import { logement } from "./steps/logement";
import { parcours } from "./steps/parcours";
import { rappel } from "./steps/rappel";
import type { StepDefinition } from "./steps/types";
import { verification } from "./steps/verification";

export { erreursFr } from "../contract/i18n/errors-fr";
/** The whole French table: its first part is in /widget.js, the rest comes here. */
export { fr } from "../contract/i18n/fr";
export { hoursLines } from "../contract/opening-hours";
export { submitRegistration } from "./api-submit";
export { DeadlineController } from "./controllers/deadline";
export { countryOptions } from "./countries";
export { localizedFacts } from "./i18n/ml-texts";
export { failure, failureText, sendButton } from "./sending";
export { askedAnswers, mayClear, onFields, recheck, stepErrors, withoutFixed } from "./step-checks";
export { confirmation } from "./steps/confirmation";
export { outsideTerritoryMessage, outsideTerritoryNotice } from "./steps/outside-territory";
export { laterStyles } from "./styles-later";
export {
  buildPayload,
  loadWorldTelephonesFor,
  message,
  messageMax,
  rootErrors,
  serverMessages,
} from "./validation";

/** Steps 2 to 7, in order. */
export const laterSteps: readonly StepDefinition[] = [identite, coordonnees, logement, parcours, rappel, verification];
