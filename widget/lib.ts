/**
 * The npm package's main entry ("."): the element class and its events, with no side effect —
 * nothing is registered. Import "ml-preinscription/define" (or call customElements.define under a
 * name of your own) to use the tag. Bundled by the page's own build, the element cannot guess its
 * server from its script's address: set the `endpoint` attribute.
 */
export type { ErrorKind, StepDetail, StepId } from "./events";
export { MlErrorEvent, MlStepEvent, MlSubmittedEvent } from "./events";
export { MlPreinscription } from "./ml-preinscription";
