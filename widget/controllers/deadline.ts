/**
 * When the Mission Locale will call back, asked of the server each time the review step shows
 * (the answer depends on the hour), so that the youth knows it before sending. In the later
 * chunk: the element makes one when the review step first shows.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { RappelResponse } from "../../contract/api-types";
import { type ApiClient, json, request } from "../api";

const DEADLINE_TIMEOUT_MS = 10_000;

/** The call-back deadline a registration sent now would get (nothing personal is sent); null if unknown. */
async function askDeadline(client: ApiClient, signal: AbortSignal): Promise<string | null> {
  const answer = await request(client.url("/rappel"), { method: "GET" }, DEADLINE_TIMEOUT_MS, signal);
  if (answer === "annule" || answer === "reseau" || !answer.ok) return null;
  const body = await json<RappelResponse>(answer);
  return typeof body?.rappelAvant === "string" ? body.rappelAvant : null;
}

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
    const rappelAvant = await askDeadline(client, controller.signal);
    if (controller.signal.aborted) return;
    this.rappelAvant = rappelAvant;
    this.host.requestUpdate();
  }
}
