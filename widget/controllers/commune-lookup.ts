/**
 * Postal code → communes, as the youth types: debounced, the previous request aborted, answers
 * kept for the session (in memory). Only the postal code leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Commune } from "../../contract/api-types";
import type { FirstStrings } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import { POSTAL_CODE_PATTERN as POSTAL_CODE } from "../../contract/schema/postal-code";
import type { ApiClient } from "../api";

export const POSTAL_PATH = "coordonnees.adresse.codePostal";
export const COMMUNE_PATH = "coordonnees.adresse.commune";
export const INSEE_PATH = "coordonnees.adresse.codeInsee";

export type CommunesState =
  | { status: "vide" }
  | { status: "recherche"; codePostal: string }
  | { status: "pret"; codePostal: string; communes: Commune[] }
  | { status: "erreur"; codePostal: string };

const DEBOUNCE_MS = 300;

export class CommuneLookup implements ReactiveController {
  state: CommunesState = { status: "vide" };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private pending: Promise<void> | undefined;
  private readonly cache = new Map<string, Commune[]>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ApiClient | null,
    /** Called when a lookup ends (or the code is cleared), to update the answers. */
    private readonly onSettled: (state: CommunesState) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The postal code as typed now. */
  update(value: string): void {
    const codePostal = value.trim();
    if (codePostal === this.current()) return;
    this.cancel();
    if (!POSTAL_CODE.test(codePostal)) {
      this.set({ status: "vide" });
      return;
    }
    const cached = this.cache.get(codePostal);
    if (cached) {
      this.set({ status: "pret", codePostal, communes: cached });
      return;
    }
    this.set({ status: "recherche", codePostal });
    this.timer = setTimeout(() => this.fetch(codePostal), DEBOUNCE_MS);
  }

  /** Waits for the lookup in progress (starting a waiting or failed one now). */
  async settle(value: string): Promise<CommunesState> {
    const codePostal = value.trim();
    if (this.state.status === "erreur" || codePostal !== this.current()) {
      this.state = { status: "vide" };
      this.update(codePostal);
    }
    if (this.timer !== undefined && this.state.status === "recherche") {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.fetch(this.state.codePostal);
    }
    await this.pending;
    return this.state;
  }

  private current(): string | undefined {
    return this.state.status === "vide" ? undefined : this.state.codePostal;
  }

  private fetch(codePostal: string): void {
    this.timer = undefined;
    const client = this.client();
    if (!client) return;
    const controller = new AbortController();
    this.controller = controller;
    this.pending = client.communes(codePostal, controller.signal).then((result) => {
      if (controller.signal.aborted || result.kind === "annule") return;
      if (result.kind === "ok") {
        this.cache.set(codePostal, result.communes);
        this.set({ status: "pret", codePostal, communes: result.communes });
      } else if (result.kind === "invalide") {
        this.set({ status: "pret", codePostal, communes: [] });
      } else {
        this.set({ status: "erreur", codePostal });
      }
    });
  }

  private set(state: CommunesState): void {
    this.state = state;
    if (state.status !== "recherche") this.onSettled(state);
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = undefined;
    this.pending = undefined;
  }
}

/** The commune chosen in the list: its INSEE code and its official name go into the answers. */
export function communeAnswers(view: { communes: CommunesState }, codeInsee: string): Record<string, string> {
  const { communes } = view;
  const found = communes.status === "pret" ? communes.communes.find((c) => c.codeInsee === codeInsee) : undefined;
  return { [INSEE_PATH]: found?.codeInsee ?? "", [COMMUNE_PATH]: found?.nom ?? "" };
}

export function communeAnnouncement(view: { communes: CommunesState; t: FirstStrings }): string {
  const { communes, t } = view;
  if (communes.status === "erreur") return t.communes.erreur;
  if (communes.status !== "pret") return "";
  const [first] = communes.communes;
  if (communes.communes.length === 0) return fill(t.communes.aucune, { codePostal: communes.codePostal });
  if (communes.communes.length === 1 && first) return fill(t.communes.uneCommune, { commune: first.nom });
  return fill(t.communes.plusieurs, { n: communes.communes.length });
}
