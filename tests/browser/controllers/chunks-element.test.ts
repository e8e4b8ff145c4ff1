/**
 * The first step (where the youth lives) works without the later steps' chunk: the commune is
 * found and said. Its "Suivant" waits for the chunk: when the network fails, the youth is told
 * the form has not finished loading, and the same press works once the network is back.
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { afterEach, describe, expect, it } from "vitest";
import "../../../widget/define";
import type { MlPreinscription } from "../../../widget/ml-preinscription";
import { allowRequests, blockRequests } from "../support/network";
import { button, ENDPOINT, fakeServer, heading, shadow, textOf, type, waitForStatus } from "../support/widget";

const LATER = "/widget/later.ts";

afterEach(async () => {
  await allowRequests(LATER);
  fixtureCleanup();
});

describe("the element without its later chunk", () => {
  it("the element says the form has not finished loading, and the same Suivant works once the network is back", async () => {
    await blockRequests(LATER);
    const server = fakeServer();
    try {
      const el = await fixture<MlPreinscription>(
        html`<ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT}></ml-preinscription>`,
      );
      await waitUntil(() => heading(el) === "Où habitez-vous ?", "the first step");
      type(el, "Code postal", "59100");
      await waitUntil(() => shadow(el).querySelector(".found"), "the commune is found without the later chunk");
      expect(textOf(shadow(el).querySelector(".found"))).toBe("Commune : Roubaix");
      await waitForStatus(el, "Commune trouvée : Roubaix.");
      button(el, "Suivant").click();
      await waitForStatus(el, "Le formulaire n'a pas fini de se charger.");
      expect(heading(el)).toBe("Où habitez-vous ?");
      await allowRequests(LATER);
      button(el, "Suivant").click();
      await waitUntil(() => heading(el) === "Identité", "the next step", { timeout: 10_000 });
    } finally {
      server.restore();
    }
  });
});
