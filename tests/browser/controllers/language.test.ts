/**
 * The language controller, through a small host that shows the first step's title: the nearest
 * `lang` up the page picks the table, a language the form does not have is French, the youth's
 * choice wins, and a table that cannot be fetched (network gone) leaves the form in French — the
 * same language is fetched again when the youth chooses it.
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { LanguageController } from "../../../widget/controllers/language";
import "../../../widget/define";
import type { MlPreinscription } from "../../../widget/ml-preinscription";
import { allowRequests, blockRequests } from "../support/network";
import { ENDPOINT, type FakeServer, fakeServer, heading } from "../support/widget";

class LanguageHost extends LitElement {
  readonly language = new LanguageController(this);
  protected override render(): TemplateResult {
    if (!this.language.ready()) return html`<p aria-busy="true"></p>`;
    const t = this.language.first;
    return html`<h2 lang=${t.lang} dir=${t.dir}>${t.etapes.identite}</h2>`;
  }
}
customElements.define("language-host", LanguageHost);

const EN_CHUNK = "/contract/i18n/en.ts";

async function hostIn(lang: string): Promise<LanguageHost> {
  const block = await fixture<HTMLElement>(html`<div lang=${lang}><language-host></language-host></div>`);
  const host = block.querySelector("language-host") as LanguageHost;
  await waitUntil(() => host.shadowRoot?.querySelector("h2"), "a title is shown", { timeout: 10_000 });
  return host;
}

const title = (host: LanguageHost) => host.shadowRoot?.querySelector("h2")?.textContent;

let server: FakeServer | undefined;
afterEach(async () => {
  await allowRequests(EN_CHUNK);
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

describe("the language controller", () => {
  // First in this file: the tables, once fetched, are kept for the page.
  it("shows French when English cannot be fetched, and fetches it again when the youth picks it", async () => {
    await blockRequests(EN_CHUNK);
    const host = await hostIn("en");
    expect(host.language.locale).toBe("en");
    expect(title(host)).toBe("Identité");
    expect(host.shadowRoot?.querySelector("h2")?.lang).toBe("fr");

    await allowRequests(EN_CHUNK);
    await host.language.choose("en");
    await host.updateComplete;
    expect(title(host)).toBe("About you");
  });

  it("the real element stays usable in French when its language's chunk fails", async () => {
    await blockRequests("/contract/i18n/ar.ts");
    try {
      server = fakeServer();
      const block = await fixture<HTMLElement>(
        html`<div lang="ar"><ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT}></ml-preinscription></div>`,
      );
      const el = block.querySelector("ml-preinscription") as MlPreinscription;
      await waitUntil(() => heading(el) !== "", "a step is shown", { timeout: 10_000 });
      expect(heading(el)).toBe("Où habitez-vous ?");
      expect(el.shadowRoot?.querySelector(".root")?.getAttribute("dir")).toBe("ltr");
    } finally {
      await allowRequests("/contract/i18n/ar.ts");
    }
  });

  it("follows the nearest lang up the page; a language the form does not have is French", async () => {
    expect((await hostIn("en-GB")).language.locale).toBe("en");
    fixtureCleanup();
    const german = await hostIn("de");
    expect(german.language.locale).toBe("fr");
    expect(title(german)).toBe("Identité");
  });

  it("a choice keeps the form in its language while the chosen one is on its way, then the youth's choice over the page's", async () => {
    const host = await hostIn("fr");
    const shown = host.shadowRoot?.querySelector("h2");
    const choosing = host.language.choose("ar");
    await host.updateComplete;
    // Never emptied meanwhile: what has the focus stays on screen.
    expect(host.language.locale).toBe("fr");
    expect(host.shadowRoot?.querySelector("[aria-busy]")).toBeNull();
    expect(host.shadowRoot?.querySelector("h2")).toBe(shown);
    await choosing;
    await host.updateComplete;
    expect(title(host)).toBe("الهوية");
    expect(host.shadowRoot?.querySelector("h2")?.dir).toBe("rtl");
  });

  it("offers the ML's languages, and the one in use when there are several", () => {
    const host = document.createElement("language-host") as LanguageHost;
    expect(host.language.offered(["fr", "en"])).toEqual(["fr", "en"]);
    expect(host.language.offered(["fr"])).toEqual(["fr"]);
    expect(host.language.offered(undefined)).toEqual([]);
    expect(host.language.offered(["fr", "xx"])).toEqual(["fr"]);
  });
});
