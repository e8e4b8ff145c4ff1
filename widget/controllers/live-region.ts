/**
 * What the form says through its polite live region (role="status"): step changes, communes
 * found, sending. The region is emptied first and filled a moment later, so that a message equal
 * to the last one is heard again.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

const ANNOUNCE_DELAY_MS = 100;

export class LiveRegion implements ReactiveController {
  /** The text the region holds now. */
  message = "";
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  announce(message: string): void {
    clearTimeout(this.timer);
    this.set("");
    this.timer = setTimeout(() => this.set(message), ANNOUNCE_DELAY_MS);
  }

  private set(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }
}
