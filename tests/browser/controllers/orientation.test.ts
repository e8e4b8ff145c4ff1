/**
 * The orientation controller, through a small host: a commune outside the territory is asked of
 * the server (only its INSEE code), its answer is passed on (a failure as a directory that could
 * not answer); a commune of the
 * territory asks nothing; a newer choice drops the older question, and so does leaving the page.
 */
import { fixture, fixtureCleanup, html } from "@open-wc/testing";
import { LitElement, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import type { OrientationResponse } from "../../../contract/api-types";
import { ApiClient } from "../../../widget/api";
import type { CommunesState } from "../../../widget/controllers/commune-lookup";
import { OrientationLookup } from "../../../widget/controllers/orientation";
import { COMMUNES, ENDPOINT, type FakeServer, fakeServer, OTHER_ML } from "../support/widget";

class OrientationHost extends LitElement {
  readonly found: OrientationResponse[] = [];
  readonly orientation = new OrientationLookup(
    this,
    () => new ApiClient(ENDPOINT, "roubaix"),
    (other) => this.found.push(other),
  );
  protected override render(): TemplateResult {
    const now = this.orientation.state;
    return html`<p>${now === null ? "" : now === "chargement" ? "…" : (now.missionLocale?.nom ?? "")}</p>`;
  }
}
customElements.define("orientation-host", OrientationHost);

/** Lys-lez-Lannoy and Toufflers are in the territory, Sailly-lez-Lannoy is not. */
const LANNOY: CommunesState = { status: "pret", codePostal: "59390", communes: COMMUNES["59390"] ?? [] };
const SAILLY = "59532";
const TOUFFLERS = "59598";

let server: FakeServer | undefined;
afterEach(() => {
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

/** Orientation questions wait for `release` before reaching the fake server. */
function holdOrientation(): () => void {
  const inner = window.fetch;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  window.fetch = async (input, init) => {
    if (String(input).includes("/orientation")) await gate;
    return inner(input, init);
  };
  return release;
}

const orientationRequests = () => server?.requests.filter((r) => r.url.pathname.endsWith("/orientation")) ?? [];
const shown = (host: OrientationHost) => host.shadowRoot?.querySelector("p")?.textContent;

describe("the orientation controller", () => {
  it("asks who serves a commune outside the territory, with its INSEE code only", async () => {
    server = fakeServer();
    const host = await fixture<OrientationHost>(html`<orientation-host></orientation-host>`);
    const asking = host.orientation.lookUp(LANNOY, SAILLY);
    await host.updateComplete;
    expect(shown(host)).toBe("…");
    await asking;
    await host.updateComplete;
    expect(shown(host)).toBe(OTHER_ML.nom);
    expect(host.found.map((answer) => answer.missionLocale)).toEqual([OTHER_ML]);
    const [request] = orientationRequests();
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({ codeInsee: SAILLY });
  });

  it("asks nothing for a commune of the territory, or none chosen", async () => {
    server = fakeServer();
    const host = await fixture<OrientationHost>(html`<orientation-host></orientation-host>`);
    await host.orientation.lookUp(LANNOY, TOUFFLERS);
    await host.orientation.lookUp(LANNOY, "");
    await host.orientation.lookUp({ status: "vide" }, SAILLY);
    expect(host.orientation.state).toBeNull();
    expect(orientationRequests()).toEqual([]);
    expect(host.found).toEqual([]);
  });

  it("drops the older question when the youth chooses another commune", async () => {
    server = fakeServer();
    const release = holdOrientation();
    const host = await fixture<OrientationHost>(html`<orientation-host></orientation-host>`);
    const first = host.orientation.lookUp(LANNOY, SAILLY);
    await host.orientation.lookUp(LANNOY, TOUFFLERS);
    release();
    await first;
    expect(host.orientation.state).toBeNull();
    expect(host.found).toEqual([]);
  });

  it("drops the question when the form leaves the page", async () => {
    server = fakeServer();
    const release = holdOrientation();
    const host = await fixture<OrientationHost>(html`<orientation-host></orientation-host>`);
    const asking = host.orientation.lookUp(LANNOY, SAILLY);
    host.remove();
    release();
    await asking;
    expect(host.orientation.state).toBe("chargement");
    expect(host.found).toEqual([]);
  });
});
