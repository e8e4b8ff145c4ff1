/**
 * When the Mission Locale will call back, asked of the server each time the review step shows
 * (the answer depends on the hour), so that the youth knows it before sending.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ApiClient } from "../api";

export class DeadlineController implements ReactiveController {
  /** ISO date-time of the deadline; null until the server said it (or when it could not). */
  rappelAvant: string | null = null;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ApiClient | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  async load(): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    const rappelAvant = await client.rappel(controller.signal);
    if (controller.signal.aborted) return;
    this.rappelAvant = rappelAvant;
    this.host.requestUpdate();
  }
}
