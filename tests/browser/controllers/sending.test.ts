/**
 * The sending controller, through a small host with a send button and the failure message: one
 * Idempotency-Key kept on every retry, the states the button shows, what the live region says,
 * where the focus goes, the events, and the request dropped when the form leaves the page.
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { LitElement, nothing, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { fr } from "../../../contract/i18n/fr";
import type { PayloadInput } from "../../../contract/schema/payload";
import { ApiClient } from "../../../widget/api";
import { LiveRegion } from "../../../widget/controllers/live-region";
import { SendingController } from "../../../widget/controllers/sending";
import { submitRegistration } from "../../../widget/submit";
import { ACCEPTED, ENDPOINT, type FakeServer, fakeServer } from "../support/widget";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The fake server does not read the body: any fictitious payload does. */
const PAYLOAD = { version: 1 } as unknown as PayloadInput;

class SendingHost extends LitElement {
  accepted = 0;
  readonly live = new LiveRegion(this);
  readonly sending = new SendingController(
    this,
    () => new ApiClient(ENDPOINT, "roubaix"),
    this.live,
    () => {
      this.accepted++;
    },
  );
  protected override render(): TemplateResult {
    const now = this.sending.current;
    return html`<button>${now.state}</button>
      ${now.state === "echec" ? html`<p id="failure" tabindex="-1">${now.text}</p>` : nothing}
      ${now.state === "envoye" ? html`<h2 id="confirmation-title" tabindex="-1">${now.reference}</h2>` : nothing}
      <div role="status">${this.live.message}</div>`;
  }
  send() {
    return this.sending.submit(PAYLOAD, fr, (failed) => `échec ${failed.kind}`, submitRegistration);
  }
}
customElements.define("sending-host", SendingHost);

let server: FakeServer | undefined;
afterEach(() => {
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

async function mount(): Promise<{ host: SendingHost; events: string[] }> {
  server = fakeServer();
  const host = await fixture<SendingHost>(html`<sending-host></sending-host>`);
  const events: string[] = [];
  host.addEventListener("ml-submitted", () => events.push("ml-submitted"));
  host.addEventListener("ml-error", (e) => events.push(`ml-error ${e.detail.kind}`));
  return { host, events };
}

const status = (host: SendingHost) => host.shadowRoot?.querySelector("[role=status]")?.textContent ?? "";

describe("the sending controller", () => {
  it("keeps the same Idempotency-Key when the youth retries after a failure", async () => {
    const { host, events } = await mount();
    if (!server) throw new Error("no server");
    server.submitAnswers = ["network-error", ACCEPTED];
    const failed = await host.send();
    expect(failed?.kind).toBe("reseau");
    expect(host.sending.current).toEqual({ state: "echec", kind: "reseau", text: "échec reseau" });
    await host.updateComplete;
    expect(host.shadowRoot?.activeElement?.id).toBe("failure");
    await waitUntil(() => status(host).startsWith("L'envoi n'a pas marché"), "the failure said");

    const accepted = await host.send();
    expect(accepted?.kind).toBe("accepte");
    const keys = server.submissions().map((r) => r.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toBe(host.sending.key);
    expect(server.submissions()[0]?.headers.get("Content-Language")).toBe("fr");
    expect(events).toEqual(["ml-error reseau", "ml-submitted"]);
    expect(host.accepted).toBe(1);
    await host.updateComplete;
    expect(host.shadowRoot?.activeElement?.id).toBe("confirmation-title");
    await waitUntil(() => status(host) === fr.envoi.envoye, "the sending said");
  });

  it("shows the pending state while the server answers, and a 422 brings back the send button", async () => {
    const { host, events } = await mount();
    if (!server) throw new Error("no server");
    let release = () => {};
    server.gate = new Promise((resolve) => {
      release = resolve;
    });
    server.submitAnswers = [{ status: 422, body: { erreurs: { "identite.prenom": "Prénom invalide." } } }];
    const sending = host.send();
    await host.updateComplete;
    expect(host.shadowRoot?.querySelector("button")?.textContent).toBe("envoi");
    await waitUntil(() => status(host) === fr.envoi.enCours, "the pending state said");
    release();
    const result = await sending;
    expect(result?.kind).toBe("validation");
    expect(host.sending.current).toEqual({ state: "attente" });
    expect(events).toEqual(["ml-error validation"]);
    expect(host.accepted).toBe(0);
  });

  it("drops the request when the form leaves the page: no event, nothing accepted", async () => {
    const { host, events } = await mount();
    if (!server) throw new Error("no server");
    const original = window.fetch;
    // The fake does not watch the signal; the browser's fetch would end with an AbortError.
    window.fetch = (input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        void original(input, init);
      });
    const sending = host.send();
    host.remove();
    expect(await sending).toBeNull();
    expect(events).toEqual([]);
    expect(host.accepted).toBe(0);
    expect(host.sending.current.state).toBe("envoi");
  });
});
