/**
 * The anonymous funnel, when the Mission Locale turned it on (its notice says so): each step
 * reached is reported once per page load, and the sending with how long the fill took. No
 * identifier, no answer: a step's name and a duration.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ApiClient } from "../api";
import type { StepId } from "../events";

export class FunnelController implements ReactiveController {
  /** Steps shown since the page loaded, and those already reported. */
  private readonly reached = new Set<StepId>();
  private readonly reported = new Set<StepId>();
  private startedAt = 0;

  constructor(
    host: ReactiveControllerHost,
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
    if (!client || !this.enabled()) return;
    for (const step of this.reached) {
      if (this.reported.has(step)) continue;
      this.reported.add(step);
      client.beacon({ etape: step });
    }
  }

  /** The server accepted the registration. */
  sent(): void {
    if (this.enabled()) this.client()?.beacon({ etape: "envoye", dureeMs: this.elapsed() });
  }
}
