/**
 * The funnel controller, through a small host: each step reached is reported once per page load,
 * only when the ML turned the funnel on (steps reached before its facts arrive are reported
 * then), and the sending with the fill's duration; nothing else leaves the page.
 */
import { fixture, fixtureCleanup, html } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../../widget/api";
import { FunnelController } from "../../../widget/controllers/funnel";
import { ENDPOINT } from "../support/widget";

class FunnelHost extends LitElement {
  enabled = false;
  readonly funnel = new FunnelController(
    this,
    () => new ApiClient(ENDPOINT, "roubaix"),
    () => this.enabled,
  );
  protected override render(): TemplateResult {
    return html`<p>étape</p>`;
  }
}
customElements.define("funnel-host", FunnelHost);

const beacons: { url: string; body: Record<string, unknown> }[] = [];
const original = navigator.sendBeacon;
afterEach(() => {
  navigator.sendBeacon = original;
  beacons.length = 0;
  fixtureCleanup();
});

/** What would leave the page: sendBeacon's URL and body. */
async function mount(enabled: boolean, inside?: (host: TemplateResult) => TemplateResult): Promise<FunnelHost> {
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    beacons.push({ url: String(url), body: JSON.parse(String(data)) as Record<string, unknown> });
    return true;
  };
  const tag = html`<funnel-host></funnel-host>`;
  const mounted = await fixture<HTMLElement>(inside ? inside(tag) : tag);
  const host = mounted instanceof FunnelHost ? mounted : mounted.querySelector("funnel-host");
  if (!(host instanceof FunnelHost)) throw new Error("no funnel host");
  host.enabled = enabled;
  return host;
}

describe("the funnel controller", () => {
  it("reports a step once, however often it is shown", async () => {
    const host = await mount(true);
    host.funnel.reach("identite");
    host.funnel.reach("coordonnees");
    host.funnel.reach("identite");
    host.funnel.reach("coordonnees");
    host.funnel.report();
    expect(beacons.map((b) => b.body)).toEqual([{ etape: "identite" }, { etape: "coordonnees" }]);
    expect(beacons.every((b) => b.url === `${ENDPOINT}/api/v1/ml/roubaix/etapes`)).toBe(true);
  });

  it("waits for the ML's facts: steps reached before are reported once they say the funnel is on", async () => {
    const host = await mount(false);
    host.funnel.reach("identite");
    expect(beacons).toEqual([]);
    host.enabled = true;
    host.funnel.report();
    host.funnel.report();
    expect(beacons.map((b) => b.body)).toEqual([{ etape: "identite" }]);
  });

  it("reports the sending with the fill's duration, counted from the first paint", async () => {
    const host = await mount(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.funnel.elapsed()).toBeGreaterThanOrEqual(25);
    host.funnel.sent();
    expect(beacons).toHaveLength(1);
    expect(Object.keys(beacons[0]?.body ?? {})).toEqual(["etape", "dureeMs"]);
    expect(beacons[0]?.body.etape).toBe("envoye");
    expect(beacons[0]?.body.dureeMs).toBeGreaterThanOrEqual(25);
  });

  it("sends nothing when the ML left it off", async () => {
    const host = await mount(false);
    host.funnel.reach("identite");
    host.funnel.report();
    host.funnel.sent();
    expect(beacons).toEqual([]);
  });

  it("counts no view from WordPress's block editor: its preview wrapper, its canvas iframe, its admin page", async () => {
    const inPreview = await mount(true, (tag) => html`<div class="editor-styles-wrapper">${tag}</div>`);
    inPreview.funnel.reach("identite");
    inPreview.funnel.sent();
    expect(beacons).toEqual([]);
    fixtureCleanup();

    document.body.classList.add("block-editor-iframe__body");
    try {
      const inCanvas = await mount(true);
      inCanvas.funnel.reach("identite");
      expect(beacons).toEqual([]);
    } finally {
      document.body.classList.remove("block-editor-iframe__body");
    }
    fixtureCleanup();

    const page = window as { wp?: unknown };
    page.wp = { blockEditor: {} };
    try {
      const inAdmin = await mount(true);
      inAdmin.funnel.reach("identite");
      expect(beacons).toEqual([]);
    } finally {
      delete page.wp;
    }
    fixtureCleanup();

    // The same form on the published page is counted.
    const published = await mount(true);
    published.funnel.reach("identite");
    expect(beacons.map((b) => b.body)).toEqual([{ etape: "identite" }]);
  });
});
