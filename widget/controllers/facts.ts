/**
 * The Mission Locale's public facts (name, phone, hours, age range, languages, funnel, colour):
 * fetched when the form is set up, again after a network failure, and never twice at once. A wrong
 * id or a server that cannot be reached fires ml-error "configuration". The ML's colour is applied
 * to the card.
 */
import type { ReactiveController, ReactiveElement } from "lit";
import type { MissionLocalePublic } from "../../contract/api-types";
import type { ApiClient } from "../api";
import { MlErrorEvent } from "../events";

export type LoadState = "chargement" | "pret" | "introuvable" | "reseau";

export class FactsController implements ReactiveController {
  ml: MissionLocalePublic | null = null;
  state: LoadState = "chargement";
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly client: () => ApiClient | null,
    /** Called when the facts are here. */
    private readonly onLoaded: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * The ML's colour, unless the page sets --ml-color-primary. Through the CSSOM: CSP-safe.
   * Checked on every update: the card is drawn anew when a language's table arrives after the facts.
   */
  hostUpdated(): void {
    const brand = this.ml?.apparence.couleurPrincipale;
    const root = this.host.renderRoot.querySelector<HTMLElement>(".root");
    if (!brand || !root || root.style.getPropertyValue("--_brand") === brand) return;
    if (CSS.supports("color", brand)) root.style.setProperty("--_brand", brand);
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const client = this.client();
    if (!client) {
      this.set("introuvable");
      this.host.dispatchEvent(new MlErrorEvent("configuration"));
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.set("chargement");
    const result = await client.missionLocaleFacts(controller.signal);
    if (controller.signal.aborted || result.kind === "annule") return;
    if (result.kind === "ok") {
      this.ml = result.ml;
      this.set("pret");
      this.onLoaded();
      return;
    }
    this.set(result.kind);
    this.host.dispatchEvent(new MlErrorEvent("configuration"));
  }

  private set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
