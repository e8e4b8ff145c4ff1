/** The script-tag entry (/widget.js): defines <ml-preinscription>. */
import "./define";

export { MlErrorEvent, MlStepEvent, MlSubmittedEvent } from "./events";
export { MlPreinscription } from "./ml-preinscription";
