/**
 * The commune of the address, through a small host holding the answers: the postal-code lookup
 * fills the commune for the youth when there is only one, a list lets them choose, a postal code
 * changed drops the choice, the live region says what was found, and choosing a commune outside the territory asks who
 * serves it, said too.
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { fr } from "../../../contract/i18n/fr";
import { fill } from "../../../contract/i18n/fr-premier";
import type { Answers } from "../../../widget/answers";
import { ApiClient } from "../../../widget/api";
import { CommuneChoice } from "../../../widget/controllers/commune-choice";
import { ENDPOINT, type FakeServer, fakeServer, OTHER_ML } from "../support/widget";

class CommuneHost extends LitElement {
  answers: Answers = {};
  readonly said: string[] = [];
  readonly commune = new CommuneChoice(this, () => new ApiClient(ENDPOINT, "roubaix"), {
    answers: () => this.answers,
    setAnswers: (answers) => {
      this.answers = answers;
    },
    words: () => fr,
    // The real later chunk, as the element loads it.
    laterChunk: () => import("../../../widget/later"),
    wholeWords: () => fr,
    mlName: () => "Mission Locale de Roubaix Lys-Lez-Lannoy",
    announce: (message) => this.said.push(message),
  });
  protected override render(): TemplateResult {
    const state = this.commune.lookup.state;
    return html`<select @change=${this.commune.choose}>
      <option value=""></option>
      ${state.status === "pret" ? state.communes.map((c) => html`<option value=${c.codeInsee}>${c.nom}</option>`) : ""}
    </select>`;
  }
  choose(codeInsee: string): void {
    const select = this.shadowRoot?.querySelector("select") as HTMLSelectElement;
    select.value = codeInsee;
    select.dispatchEvent(new Event("change"));
  }
}
customElements.define("commune-host", CommuneHost);

let server: FakeServer | undefined;
afterEach(() => {
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

async function mount(): Promise<CommuneHost> {
  server = fakeServer();
  return fixture<CommuneHost>(html`<commune-host></commune-host>`);
}

const commune = (host: CommuneHost) => [
  host.answers["coordonnees.adresse.codeInsee"],
  host.answers["coordonnees.adresse.commune"],
];

describe("the commune of the address", () => {
  it("one commune for the postal code: chosen for the youth, and said", async () => {
    const host = await mount();
    await host.commune.lookup.settle("59100");
    expect(commune(host)).toEqual(["59512", "Roubaix"]);
    expect(host.said).toEqual([fill(fr.communes.uneCommune, { commune: "Roubaix" })]);
  });

  it("several: the youth chooses; a postal code changed drops the choice", async () => {
    const host = await mount();
    await host.commune.lookup.settle("59390");
    expect(commune(host)).toEqual(["", ""]);
    expect(host.said).toEqual([fill(fr.communes.plusieurs, { n: 3 })]);
    await host.updateComplete;
    host.choose("59598");
    expect(commune(host)).toEqual(["59598", "Toufflers"]);
    host.commune.lookup.update("5939");
    expect(commune(host)).toEqual(["", ""]);
  });

  it("a commune outside the territory: who serves it is asked, and all of it said in one message", async () => {
    const host = await mount();
    await host.commune.lookup.settle("59390");
    await host.updateComplete;
    host.choose("59532");
    expect(commune(host)).toEqual(["59532", "Sailly-lez-Lannoy"]);
    await waitUntil(() => host.commune.orientation.state !== "chargement", "the server's answer");
    // Said once the later chunk (where the notice's words are) is here.
    await waitUntil(() => host.said.length === 2, "the notice said");
    const message = host.said.at(-1) ?? "";
    expect(message).toContain("Sailly-lez-Lannoy n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy.");
    for (const fact of [OTHER_ML.nom, OTHER_ML.telephone, OTHER_ML.adresse, OTHER_ML.siteWeb])
      expect(message).toContain(fact);
    expect(message).toContain("Vous pouvez quand même envoyer ce formulaire");
    const asked = server?.requests.filter((r) => r.url.pathname.endsWith("/orientation")) ?? [];
    expect(asked.map((r) => r.url.searchParams.get("codeInsee"))).toEqual(["59532"]);
  });
});
