/**
 * The anonymous funnel, when the Mission Locale turned it on (its notice says so): each step
 * reached is reported once per page load, and the sending with how long the fill took. No
 * identifier, no answer: a step's name and a duration. A page builder's preview of the form
 * (WordPress's block editor) is not a youth's visit: nothing is reported from there.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ApiClient } from "../api";
import type { StepId } from "../events";

/** WordPress's block editor: its admin page (`wp.blockEditor`), its canvas iframe, its preview wrapper. */
function inEditorPreview(host: Element): boolean {
  const wp = (window as { wp?: { blockEditor?: unknown } }).wp;
  return (
    wp?.blockEditor !== undefined ||
    document.body.classList.contains("block-editor-iframe__body") ||
    host.closest(".editor-styles-wrapper") !== null
  );
}

export class FunnelController implements ReactiveController {
  /** Steps shown since the page loaded, and those already reported. */
  private readonly reached = new Set<StepId>();
  private readonly reported = new Set<StepId>();
  private startedAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly client: () => ApiClient | null,
    /** Whether the ML turned the funnel on; false while its facts are not here. */
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  /** The first step is on screen: the fill's duration counts from now. */
  hostUpdated(): void {
    this.startedAt ||= performance.now();
  }

  /** Milliseconds since the first step was shown (the anti-spam's fill duration). */
  elapsed(): number {
    return Math.max(0, Math.round(performance.now() - this.startedAt));
  }

  /** A step is shown: reported now, or as soon as the ML's facts say the funnel is on. */
  reach(step: StepId): void {
    this.reached.add(step);
    this.report();
  }

  /** Reports the steps reached and not reported yet (called again once the facts are here). */
  report(): void {
    const client = this.client();
    if (!client || !this.counted()) return;
    for (const step of this.reached) {
      if (this.reported.has(step)) continue;
      this.reported.add(step);
      client.beacon({ etape: step });
    }
  }

  /** The server accepted the registration. */
  sent(): void {
    if (this.counted()) this.client()?.beacon({ etape: "envoye", dureeMs: this.elapsed() });
  }

  private counted(): boolean {
    return this.enabled() && !inEditorPreview(this.host);
  }
}
