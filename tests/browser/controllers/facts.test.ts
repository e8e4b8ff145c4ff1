/**
 * The facts controller, through a small host that shows the ML's name in a card: the facts
 * fetched, the ML's colour on the card, a wrong id, an unreachable server or a page the ML does
 * not allow told by ml-error "configuration", and a network failure that a later load mends.
 */
import { fixture, fixtureCleanup, html } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../../widget/api";
import { FactsController } from "../../../widget/controllers/facts";
import { ENDPOINT, type FakeServer, fakeServer, roubaixFacts } from "../support/widget";

class FactsHost extends LitElement {
  client: ApiClient | null = new ApiClient(ENDPOINT, "roubaix");
  loaded = 0;
  readonly facts = new FactsController(
    this,
    () => this.client,
    () => {
      this.loaded++;
    },
  );
  protected override render(): TemplateResult {
    return html`<div class="root">${this.facts.state}: ${this.facts.ml?.nom ?? ""}</div>`;
  }
}
customElements.define("facts-host", FactsHost);

let server: FakeServer | undefined;
afterEach(() => {
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

async function mount(): Promise<{ host: FactsHost; errors: string[] }> {
  const host = await fixture<FactsHost>(html`<facts-host></facts-host>`);
  const errors: string[] = [];
  host.addEventListener("ml-error", (e) => errors.push(e.detail.kind));
  return { host, errors };
}

const card = (host: FactsHost) => host.shadowRoot?.querySelector<HTMLElement>(".root");

describe("the facts controller", () => {
  it("fetches the ML's facts and puts its colour on the card", async () => {
    server = fakeServer(roubaixFacts({ apparence: { couleurPrincipale: "#8a1538" } }));
    const { host, errors } = await mount();
    await host.facts.load();
    await host.updateComplete;
    expect(card(host)?.textContent).toBe("pret: Mission Locale de Roubaix Lys-Lez-Lannoy");
    expect(card(host)?.style.getPropertyValue("--_brand")).toBe("#8a1538");
    expect(host.loaded).toBe(1);
    expect(errors).toEqual([]);
  });

  it("leaves a colour the browser does not know off the card", async () => {
    server = fakeServer(roubaixFacts({ apparence: { couleurPrincipale: "rouge" } }));
    const { host } = await mount();
    await host.facts.load();
    await host.updateComplete;
    expect(card(host)?.style.getPropertyValue("--_brand")).toBe("");
  });

  it("an unknown ML, or none given: ml-error configuration", async () => {
    server = fakeServer(roubaixFacts({ id: "tourcoing" }));
    const { host, errors } = await mount();
    await host.facts.load();
    expect(host.facts.state).toBe("introuvable");
    host.client = null;
    await host.facts.load();
    expect(host.facts.state).toBe("introuvable");
    expect(errors).toEqual(["configuration", "configuration"]);
    expect(host.loaded).toBe(0);
  });

  it("a page the ML does not allow: the facts are kept, the webmaster told in the console, ml-error configuration", async () => {
    server = fakeServer(roubaixFacts({ origineAutorisee: false }));
    const { host, errors } = await mount();
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await host.facts.load();
    } finally {
      console.error = original;
    }
    expect(host.facts.state).toBe("origine-refusee");
    expect(host.facts.ml?.telephone).toBe("01 99 00 00 00");
    expect(logged).toEqual([
      [
        `ml-preinscription : l'origine ${location.origin} n'est pas autorisée pour la Mission Locale « roubaix » : ajoutez-la à originesAutorisees dans la configuration du serveur.`,
      ],
    ]);
    expect(errors).toEqual(["configuration"]);
    // Nothing starts for a form that is not shown (the funnel's report).
    expect(host.loaded).toBe(0);
  });

  it("a network failure is told, and mended by the next load", async () => {
    server = fakeServer();
    const { host, errors } = await mount();
    host.client = new ApiClient("https://injoignable.example.org", "roubaix");
    await host.facts.load();
    expect(host.facts.state).toBe("reseau");
    expect(errors).toEqual(["configuration"]);
    host.client = new ApiClient(ENDPOINT, "roubaix");
    await host.facts.load();
    expect(host.facts.state).toBe("pret");
    expect(host.loaded).toBe(1);
  });
});
