/**
 * The Mission Locale's public facts (name, phone, hours, age range, languages, funnel, colour):
 * fetched when the form is set up, again after a network failure, and never twice at once. A wrong
 * id, a server that cannot be reached, or a page whose origin the ML does not list (it could read
 * the facts, it could not send) fires ml-error "configuration". The ML's colour is applied to the
 * card.
 */
import type { ReactiveController, ReactiveElement } from "lit";
import type { MissionLocalePublic } from "../../contract/api-types";
import type { ApiClient } from "../api";
import { MlErrorEvent } from "../events";

/** "origine-refusee": the facts are here, but this page's origin may not send (the form is not shown). */
export type LoadState = "chargement" | "pret" | "introuvable" | "reseau" | "origine-refusee";

export class FactsController implements ReactiveController {
  ml: MissionLocalePublic | null = null;
  state: LoadState = "chargement";
  /** The server has answered once, either way: until then the form waits (no jump when the ML's name arrives). */
  answered = false;
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
      if (result.ml.origineAutorisee === false) {
        this.set("origine-refusee");
        // For the webmaster, in the console: the youth's message stays kind and plain.
        console.error(
          `ml-preinscription : l'origine ${location.origin} n'est pas autorisée pour la Mission Locale « ${result.ml.id} » : ajoutez-la à originesAutorisees dans la configuration du serveur.`,
        );
        this.host.dispatchEvent(new MlErrorEvent("configuration"));
        return;
      }
      this.set("pret");
      this.onLoaded();
      return;
    }
    this.set(result.kind);
    this.host.dispatchEvent(new MlErrorEvent("configuration"));
  }

  private set(state: LoadState): void {
    this.state = state;
    if (state !== "chargement") this.answered = true;
    this.host.requestUpdate();
  }
}
