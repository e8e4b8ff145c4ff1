/** The script-tag entry (/widget.js): defines <ml-preinscription>. */
import "./define";
import { preloadLaterChunk } from "./preload-later";

export { MlErrorEvent, MlStepEvent, MlSubmittedEvent } from "./events";
export { MlPreinscription } from "./ml-preinscription";

preloadLaterChunk();

/**
 * In the server's /embed page (isolation="iframe"), the frame relays its height and events to
 * the parent origin the server allowed. The relay comes in its own chunk; the first step's event
 * is dispatched before it arrives, so events are kept until then.
 */
const parent = document.querySelector<HTMLMetaElement>('meta[name="ml-embed-parent"]')?.content;
if (parent) {
  const types = ["ml-step", "ml-submitted", "ml-error"];
  const early: Event[] = [];
  const keep = (event: Event) => early.push(event);
  for (const type of types) document.addEventListener(type, keep);
  void import("./embed/frame").then((frame) => {
    for (const type of types) document.removeEventListener(type, keep);
    frame.relay(parent, early);
  });
}
