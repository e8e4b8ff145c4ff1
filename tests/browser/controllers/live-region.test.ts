/**
 * The live region controller, through a small host with a role="status" region: a message equal
 * to the last one is heard again (the region is emptied in between), and nothing is said once
 * the form has left the page.
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { LiveRegion } from "../../../widget/controllers/live-region";

class LiveHost extends LitElement {
  readonly live = new LiveRegion(this);
  protected override render(): TemplateResult {
    return html`<div role="status">${this.live.message}</div>`;
  }
}
customElements.define("live-host", LiveHost);

afterEach(() => fixtureCleanup());

const region = (host: LiveHost) => host.shadowRoot?.querySelector("[role=status]") as HTMLElement;

describe("the live region controller", () => {
  it("says the same message twice, the region emptied in between", async () => {
    const host = await fixture<LiveHost>(html`<live-host></live-host>`);
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region(host).textContent ?? ""));
    observer.observe(region(host), { childList: true, subtree: true, characterData: true });
    host.live.announce("Étape 2 sur 6 : Coordonnées");
    await waitUntil(() => region(host).textContent === "Étape 2 sur 6 : Coordonnées", "said once");
    host.live.announce("Étape 2 sur 6 : Coordonnées");
    await waitUntil(() => said.filter((s) => s === "Étape 2 sur 6 : Coordonnées").length === 2, "said twice");
    observer.disconnect();
    expect(said.slice(-2)).toEqual(["", "Étape 2 sur 6 : Coordonnées"]);
  });

  it("a newer message replaces one not said yet", async () => {
    const host = await fixture<LiveHost>(html`<live-host></live-host>`);
    host.live.announce("Envoi en cours");
    host.live.announce("C'est envoyé");
    await waitUntil(() => region(host).textContent === "C'est envoyé", "the newer one");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(region(host).textContent).toBe("C'est envoyé");
  });

  it("says nothing once the form has left the page", async () => {
    const host = await fixture<LiveHost>(html`<live-host></live-host>`);
    host.live.announce("Commune trouvée");
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(host.live.message).toBe("");
  });
});
