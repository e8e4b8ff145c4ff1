/**
 * The commune of the youth's address, wired to the form: the answers follow the postal-code lookup
 * (the only commune is chosen for the youth, a list keeps their choice if it is in it), the live
 * region says what was found, and a commune outside the territory is looked up (who serves it).
 */
import type { ReactiveControllerHost } from "lit";
import type { OrientationResponse } from "../../contract/api-types";
import type { FirstStrings, Strings } from "../../contract/i18n/fr";
import { type Answers, text } from "../answers";
import type { ApiClient } from "../api";
import type { Later } from "./chunks";
import { CommuneLookup, type CommunesState, communeAnnouncement, communeAnswers, INSEE_PATH } from "./commune-lookup";
import { OrientationLookup } from "./orientation";

/** What the commune needs of the form. */
export interface CommuneForm {
  answers(): Answers;
  setAnswers(answers: Answers): void;
  /** The table in use (its first part is enough). */
  words(): FirstStrings;
  /** The later chunk (the outside-territory message is there), loaded if it is not yet. */
  laterChunk(): Promise<Later | null>;
  /** The whole table in use, once the later chunk is here. */
  wholeWords(later: Later): Strings;
  /** This Mission Locale's name, for "Roubaix is not served by …". */
  mlName(): string;
  announce(message: string): void;
}

export class CommuneChoice {
  readonly lookup: CommuneLookup;
  readonly orientation: OrientationLookup;

  constructor(
    host: ReactiveControllerHost,
    client: () => ApiClient | null,
    private readonly form: CommuneForm,
  ) {
    this.lookup = new CommuneLookup(host, client, (found) => this.settled(found));
    // Outside the territory, one message says it all once the server answered (never "commune found" first).
    this.orientation = new OrientationLookup(host, client, async (answer) => {
      const later = await form.laterChunk();
      if (later) form.announce(later.outsideTerritoryMessage(form.wholeWords(later), answer, form.mlName()));
    });
  }

  /** The server's answer for the chosen commune when it is outside the territory; null otherwise. */
  servedElsewhere(): OrientationResponse | null {
    const state = this.orientation.state;
    const chosen = text(this.form.answers(), INSEE_PATH);
    return typeof state === "object" && state && !state.territoire && state.codeInsee === chosen ? state : null;
  }

  /** The youth chose a commune in the list. */
  readonly choose = (event: Event): void => {
    const codeInsee = (event.target as HTMLSelectElement).value;
    this.select(this.lookup.state, codeInsee);
  };

  /** A lookup ended: the only commune is chosen for the youth; a list keeps their choice if it is in it. */
  private settled(found: CommunesState): void {
    const chosen = text(this.form.answers(), INSEE_PATH);
    let codeInsee = "";
    if (found.status === "pret") {
      const only = found.communes.length === 1 ? found.communes[0] : undefined;
      codeInsee = only?.codeInsee ?? (found.communes.some((c) => c.codeInsee === chosen) ? chosen : "");
    }
    this.select(found, codeInsee);
    const outside = found.status === "pret" && found.communes.some((c) => c.codeInsee === codeInsee && !c.territoire);
    if (outside) return;
    const message = communeAnnouncement({ communes: found, t: this.form.words() });
    if (message) this.form.announce(message);
  }

  private select(communes: CommunesState, codeInsee: string): void {
    this.form.setAnswers({ ...this.form.answers(), ...communeAnswers({ communes }, codeInsee) });
    void this.orientation.lookUp(communes, codeInsee);
  }
}
