/**
 * Who serves a commune outside the Mission Locale's territory: asked of the server when the youth
 * chooses such a commune, the previous question dropped when they choose another. Only the
 * commune's INSEE code leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { OrientationResponse } from "../../contract/api-types";
import type { ApiClient } from "../api";
import type { CommunesState } from "./commune-lookup";

/** The neighbour the State's directory names, in the shape the server gives it. */
export type OtherMissionLocale = NonNullable<OrientationResponse["missionLocale"]>;

export class OrientationLookup implements ReactiveController {
  /** The server's answer; "chargement" while it is asked; null for a commune of the territory. */
  state: OrientationResponse | "chargement" | null = null;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ApiClient | null,
    /** Called once the answer is here (a failure counts as a directory that could not answer). */
    private readonly onAnswer: (answer: OrientationResponse) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The commune now chosen (`codeInsee`) among those the postal code gave. */
  async lookUp(communes: CommunesState, codeInsee: string): Promise<void> {
    this.abort?.abort();
    const commune = communes.status === "pret" ? communes.communes.find((c) => c.codeInsee === codeInsee) : undefined;
    const client = this.client();
    if (!commune || commune.territoire || !client) {
      this.set(null);
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.set("chargement");
    const result = await client.orientation(commune.codeInsee, controller.signal);
    if (controller.signal.aborted || result.kind === "annule") return;
    // No answer from the server: said as a directory that could not be asked (the finder link then).
    const answer: OrientationResponse =
      result.kind === "ok"
        ? result.orientation
        : {
            codeInsee: commune.codeInsee,
            commune: commune.nom,
            territoire: false,
            horsTerritoire: "accepter",
            annuaire: "indisponible",
            missionLocale: null,
          };
    this.set(answer);
    this.onAnswer(answer);
  }

  private set(state: OrientationLookup["state"]): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
