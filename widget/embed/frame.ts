/**
 * isolation="iframe", both sides, in one chunk loaded only when used.
 *
 * The host page's element shows the form from the Mission Locale's server (/embed/<ml>) in an
 * iframe of that other origin: the page's scripts can no longer read what the youth types. The
 * frame tells the element its height (so the iframe never scrolls inside) and relays the ml-*
 * events, which the element dispatches again: the page's analytics see the same events as
 * without the iframe.
 *
 * Messages go to one origin only, never "*" (the frame: the parent origin the server allowed;
 * there is no message the other way), are read from one window only (the host: its own
 * iframe's, from the server's origin), and are rebuilt field by field: nothing else crosses, and
 * nothing personal can (a step's name and position, an error kind, a height).
 */

import { ORIGINES } from "../../contract/schema/enums";
import { type ErrorKind, MlErrorEvent, MlStepEvent, MlSubmittedEvent, type StepDetail, type StepId } from "../events";
import { STEP_IDS } from "../steps/index";

const SOURCE = "ml-preinscription";
const RELAYED_EVENTS = ["ml-step", "ml-submitted", "ml-error"] as const;
const ERROR_KINDS: readonly string[] = ["validation", "reseau", "serveur", "limite", "refus", "configuration"];
/** Taller than any step; a bigger number is not a height the frame can mean. */
const MAX_HEIGHT = 20_000;

type FrameMessage =
  | { source: typeof SOURCE; kind: "height"; height: number }
  | { source: typeof SOURCE; kind: "ml-step"; detail: StepDetail }
  | { source: typeof SOURCE; kind: "ml-submitted" }
  | { source: typeof SOURCE; kind: "ml-error"; detail: { kind: ErrorKind } };

/** The message for an event, with only what that event may carry; null for anything else. */
function eventMessage(type: unknown, detail: unknown): FrameMessage | null {
  const d = (typeof detail === "object" && detail !== null ? detail : {}) as Record<string, unknown>;
  if (
    type === "ml-step" &&
    STEP_IDS.includes(d.step as StepId) &&
    Number.isInteger(d.index) &&
    Number.isInteger(d.count)
  ) {
    return {
      source: SOURCE,
      kind: type,
      detail: { step: d.step as StepId, index: d.index as number, count: d.count as number },
    };
  }
  if (type === "ml-submitted") return { source: SOURCE, kind: type };
  if (type === "ml-error" && ERROR_KINDS.includes(d.kind as string)) {
    return { source: SOURCE, kind: type, detail: { kind: d.kind as ErrorKind } };
  }
  return null;
}

/** A message from the frame, checked: a height, or one of the three events. */
function readMessage(data: unknown): FrameMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.source !== SOURCE) return null;
  if (m.kind === "height") {
    const height = m.height;
    return typeof height === "number" && height > 0 && height < MAX_HEIGHT
      ? { source: SOURCE, kind: "height", height }
      : null;
  }
  return eventMessage(m.kind, m.detail);
}

/* ---------- The host page's side ---------- */

export interface FrameOptions {
  endpoint: string;
  missionLocale: string;
  locale: string;
  origine: string;
}

const sheet = new CSSStyleSheet();
// A first height until the frame says its own; never a border: the form inside has its card.
sheet.replaceSync("iframe{display:block;width:100%;height:40em;border:0;color-scheme:normal}");

const listeners = new WeakMap<HTMLElement, (event: MessageEvent) => void>();

function listen(host: HTMLElement, server: string): void {
  if (listeners.has(host)) return;
  const root = host.shadowRoot;
  if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const onMessage = (event: MessageEvent) => {
    const frame = host.shadowRoot?.querySelector("iframe");
    if (!frame || event.source !== frame.contentWindow || event.origin !== server) return;
    const message = readMessage(event.data);
    if (!message) return;
    if (message.kind === "height") {
      frame.style.height = `${Math.ceil(message.height)}px`;
      return;
    }
    if (message.kind === "ml-step") {
      host.dispatchEvent(new MlStepEvent(message.detail));
      // As without the iframe: a new step shows from its top when the page had scrolled past it.
      if (message.detail.index > 0 && frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: "start" });
    } else if (message.kind === "ml-submitted") {
      host.dispatchEvent(new MlSubmittedEvent());
    } else {
      host.dispatchEvent(new MlErrorEvent(message.detail.kind));
    }
  };
  window.addEventListener("message", onMessage);
  listeners.set(host, onMessage);
}

export function stopListening(host: HTMLElement): void {
  const onMessage = listeners.get(host);
  if (onMessage) window.removeEventListener("message", onMessage);
  listeners.delete(host);
}

/**
 * The iframe's address, and the element listening to it. The address holds nothing personal:
 * the ML, this page's origin (where the frame may post), the language and the partner's
 * `origine`. (The element renders the iframe itself, without a referrer: the ML's server does not
 * learn which page of the site the youth was on. Lit stays out of this chunk, else the bundler
 * would split Lit into a chunk of its own.)
 */
export function frameSource(host: HTMLElement, options: FrameOptions): string {
  const base = options.endpoint.replace(/\/+$/, "");
  listen(host, new URL(base).origin);
  const query = new URLSearchParams({ parent: location.origin, lang: options.locale });
  const origine = options.origine.trim().toUpperCase();
  if ((ORIGINES as readonly string[]).includes(origine)) query.set("origine", origine);
  return `${base}/embed/${encodeURIComponent(options.missionLocale)}?${query}`;
}

/* ---------- The frame's side (the /embed page) ---------- */

/**
 * Relays the form's events and height to the parent page, at `parentOrigin` only. `early`: the
 * events dispatched before this chunk arrived (the first step's).
 */
export function relay(parentOrigin: string, early: readonly Event[]): void {
  if (window.parent === window) return;
  const post = (message: FrameMessage) => window.parent.postMessage(message, parentOrigin);
  const send = (event: Event) => {
    const message = eventMessage(event.type, (event as CustomEvent<unknown>).detail);
    if (message) post(message);
  };
  for (const event of early) send(event);
  for (const type of RELAYED_EVENTS) document.addEventListener(type, send);
  // Through the CSSOM (the page's CSP allows no inline style): the frame is exactly the form.
  document.body.style.margin = "0";
  let last = 0;
  new ResizeObserver(() => {
    // The content's height, not the viewport's: the iframe may be taller for a moment.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ source: SOURCE, kind: "height", height });
  }).observe(document.documentElement);
}
