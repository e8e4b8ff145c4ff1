/**
 * The chunks the form fetches after its first paint: the later steps (schema, steps 2 to 6,
 * confirmation), asked for as soon as the first step is on screen and again on "Suivant" after a
 * network failure; and, with isolation="iframe", the frame's side.
 */
import { type CSSResult, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit";
import type { FrameOptions } from "../embed/frame";
import { MlErrorEvent } from "../events";

/** The chunk loaded after the first step shows: schema, other steps, confirmation. */
export type Later = typeof import("../later");
/** The chunk of isolation="iframe" (the host's side) and of the /embed page (the frame's side). */
export type Frame = typeof import("../embed/frame");

/**
 * The later steps' styles, after the first step's: appended, so that a sheet the page's own tools
 * added (a text-spacing bookmarklet) stays.
 */
function adopt(root: ShadowRoot | null, styles: CSSResult): void {
  if (!root) return;
  const sheet = styles.styleSheet;
  if (sheet && "adoptedStyleSheets" in root) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement("style");
  style.textContent = styles.cssText;
  root.append(style);
}

export class ChunkLoader implements ReactiveController {
  later: Later | null = null;
  frame: Frame | null = null;
  private laterLoad: Promise<Later | null> | undefined;
  private frameLoad: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.frame?.stopListening(this.host);
  }

  /** The later chunk; null when it could not be fetched (the next call tries again). */
  loadLater(): Promise<Later | null> {
    this.laterLoad ??= import("../later").then(
      (module) => {
        this.later = module;
        adopt(this.host.shadowRoot, module.laterStyles);
        this.host.requestUpdate();
        return module;
      },
      () => {
        // Let the next attempt try again (a phone may have lost the network for a moment).
        this.laterLoad = undefined;
        return null;
      },
    );
    return this.laterLoad;
  }

  /** With isolation="iframe": the frame that shows the form from the ML's server, once its chunk is here. */
  renderFrame(options: FrameOptions, title: string): TemplateResult {
    if (!this.frame) return html`<div aria-busy="true"></div>`;
    const src = this.frame.frameSource(this.host, options);
    return html`<iframe src=${src} title=${title} referrerpolicy="no-referrer"></iframe>`;
  }

  /** The frame's chunk, fetched once; ml-error "reseau" when it cannot be. */
  loadFrame(): void {
    this.frameLoad ??= import("../embed/frame").then(
      (module) => {
        this.frame = module;
        this.host.requestUpdate();
      },
      () => {
        this.host.dispatchEvent(new MlErrorEvent("reseau"));
      },
    );
  }
}
