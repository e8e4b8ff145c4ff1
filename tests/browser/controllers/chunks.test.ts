/**
 * The chunk loader, through a small host: the later steps' chunk fetched once, kept; when the
 * network fails, the next call tries again. (The element's side: chunks-element.test.ts, a page
 * of its own, since a chunk once fetched stays for the page.)
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { ChunkLoader } from "../../../widget/controllers/chunks";
import { allowRequests, blockRequests } from "../support/network";

class ChunksHost extends LitElement {
  readonly chunks = new ChunkLoader(this);
  protected override render(): TemplateResult {
    return html`<p>${this.chunks.later ? this.chunks.later.laterSteps.length : "…"}</p>`;
  }
}
customElements.define("chunks-host", ChunksHost);

const LATER = "/widget/later.ts";

afterEach(async () => {
  await allowRequests(LATER);
  fixtureCleanup();
});

describe("the chunk loader", () => {
  it("fetches the later steps once; after a network failure, the next call tries again", async () => {
    const host = await fixture<ChunksHost>(html`<chunks-host></chunks-host>`);
    await blockRequests(LATER);
    expect(await host.chunks.loadLater()).toBeNull();
    expect(host.chunks.later).toBeNull();
    await allowRequests(LATER);
    const later = await host.chunks.loadLater();
    expect(later?.laterSteps.map((s) => s.id)).toEqual([
      "identite",
      "coordonnees",
      "logement",
      "parcours",
      "rappel",
      "verification",
    ]);
    expect(await host.chunks.loadLater()).toBe(later);
    await waitUntil(() => host.shadowRoot?.querySelector("p")?.textContent === "6", "the host updated");
  });
});
