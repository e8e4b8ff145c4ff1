/**
 * Sending the registration: one Idempotency-Key for the whole fill, kept on every retry (the
 * server never records it twice), the request aborted when the form leaves the page, the state
 * the send button and the failure message show, what the live region says, and where the focus
 * goes (the confirmation's title, or the failure message). Fires ml-submitted or ml-error.
 */
import type { ReactiveController, ReactiveElement } from "lit";
import type { Strings } from "../../contract/i18n/fr";
import type { PayloadInput } from "../../contract/schema/payload";
import { type ApiClient, newIdempotencyKey, type SubmitResult } from "../api";
import { type ErrorKind, MlErrorEvent, MlSubmittedEvent } from "../events";
import type { Accepted } from "../steps/confirmation";
import type { submitRegistration } from "../submit";
import type { LiveRegion } from "./live-region";

export type Sending =
  | { state: "attente" }
  | { state: "envoi" }
  | { state: "echec"; kind: ErrorKind; text: string }
  | ({ state: "envoye" } & Accepted);

/** What the server answered, when it answered. */
export type Answered = Exclude<SubmitResult, { kind: "annule" }>;
/** The answers that leave the youth with a message and a "Réessayer" button. */
export type Failed = Exclude<SubmitResult, { kind: "accepte" | "validation" | "annule" }>;

export class SendingController implements ReactiveController {
  current: Sending = { state: "attente" };
  /** One key for the whole fill, kept on retries. */
  readonly key = newIdempotencyKey();
  private abort: AbortController | undefined;
  /** What to focus once the state just set is on screen. */
  private focusNext: string | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly client: () => ApiClient | null,
    private readonly live: LiveRegion,
    /** The server has the registration: called before ml-submitted fires. */
    private readonly onAccepted: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  hostUpdated(): void {
    if (!this.focusNext) return;
    this.host.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = undefined;
  }

  /**
   * Sends `payload` with `post` (from the later chunk); `t`: the words of the language the form is
   * in. A 422 is returned for the form to show its messages; null when there is nothing to send to,
   * or the request was aborted.
   */
  async submit(
    payload: PayloadInput,
    t: Strings,
    describe: (failed: Failed) => string,
    post: typeof submitRegistration,
  ): Promise<Answered | null> {
    const client = this.client();
    if (!client) return null;
    this.set({ state: "envoi" });
    this.live.announce(t.envoi.enCours);
    this.abort = new AbortController();
    const result = await post(client, payload, this.key, t.lang, this.abort.signal);
    if (result.kind === "annule") return null;
    if (result.kind === "accepte") {
      this.set(
        { state: "envoye", reference: result.reference, rappelAvant: result.rappelAvant },
        "#confirmation-title",
      );
      this.onAccepted();
      this.live.announce(t.envoi.envoye);
      this.host.dispatchEvent(new MlSubmittedEvent());
    } else if (result.kind === "validation") {
      this.host.dispatchEvent(new MlErrorEvent(result.kind));
      // Back to the answers to correct: the button says "Envoyer" again.
      this.set({ state: "attente" });
      this.live.announce(t.envoi.corriger);
    } else {
      this.host.dispatchEvent(new MlErrorEvent(result.kind));
      const text = describe(result);
      this.set({ state: "echec", kind: result.kind, text }, "#failure");
      this.live.announce(`${t.envoi.echecTitre}. ${text}`);
    }
    return result;
  }

  private set(sending: Sending, focus?: string): void {
    this.current = sending;
    this.focusNext = focus;
    this.host.requestUpdate();
  }
}
