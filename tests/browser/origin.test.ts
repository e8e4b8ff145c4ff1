/**
 * A page whose origin the Mission Locale does not list: the facts can be read (they say
 * `origineAutorisee: false`), a registration could not be sent. The youth sees the ML's phone,
 * address and hours instead of a form, never a connection error; the webmaster reads in the
 * console which origin to add; the page hears ml-error "configuration".
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import { ENDPOINT, type FakeServer, fakeServer, roubaixFacts, shadow, textOf } from "./support/widget";

let server: FakeServer | undefined;
let logged: unknown[][] = [];
const originalError = console.error;

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => logged.push(args);
});

afterEach(() => {
  console.error = originalError;
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

async function mountOnUnlistedPage(lang = "fr"): Promise<{ el: MlPreinscription; errors: unknown[] }> {
  server = fakeServer(roubaixFacts({ origineAutorisee: false }));
  const errors: unknown[] = [];
  const listen = (e: Event) => errors.push((e as CustomEvent).detail);
  document.addEventListener("ml-error", listen);
  const el = await fixture<MlPreinscription>(
    html`<ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT} lang=${lang}></ml-preinscription>`,
  );
  await waitUntil(() => shadow(el).querySelector("[part~='notice'][role=alert]"), "the message instead of the form");
  // The later steps' chunk arrives too: the form must not come back with it.
  await waitUntil(() => (el as unknown as { later: unknown }).later !== null, "the later chunk", { timeout: 10_000 });
  await el.updateComplete;
  document.removeEventListener("ml-error", listen);
  return { el, errors };
}

describe("on a page the Mission Locale does not allow", () => {
  it("shows the ML's phone and address instead of the form, and tells the webmaster once in the console", async () => {
    const { el, errors } = await mountOnUnlistedPage();
    const root = shadow(el);
    const message = root.querySelector("[part~='notice'][role=alert]");
    expect(textOf(message)).toContain(
      "Ce formulaire ne peut pas être envoyé depuis ce site. Pour vous inscrire à la Mission Locale de Roubaix Lys-Lez-Lannoy, appelez le 01 99 00 00 00 ou venez au 92 avenue Jean-Baptiste Lebas, 59100 Roubaix.",
    );
    expect(message?.querySelector("a")?.getAttribute("href")).toBe("tel:0199000000");
    expect(textOf(message?.querySelector("summary"))).toBe("Horaires d'ouverture");

    // Nothing to fill, nothing to press, and no word of a connection problem.
    expect(root.querySelector("form")).toBeNull();
    expect(root.querySelectorAll("input, select, textarea, button")).toHaveLength(0);
    expect(textOf(root)).not.toMatch(/connexion/i);
    expect(server?.submissions()).toEqual([]);

    expect(logged).toEqual([
      [
        `ml-preinscription : l'origine ${location.origin} n'est pas autorisée pour la Mission Locale « roubaix » : ajoutez-la à originesAutorisees dans la configuration du serveur.`,
      ],
    ]);
    expect(errors).toEqual([{ kind: "configuration" }]);
  });

  it("says it in the form's language", async () => {
    const { el } = await mountOnUnlistedPage("en");
    await waitUntil(() => textOf(shadow(el)).includes("This form cannot be sent"), "the English message");
    expect(textOf(shadow(el).querySelector("[part~='notice']"))).toContain(
      "This form cannot be sent from this website. To register with Mission Locale de Roubaix Lys-Lez-Lannoy, call 01 99 00 00 00 or come to 92 avenue Jean-Baptiste Lebas, 59100 Roubaix.",
    );
    expect(logged).toHaveLength(1);
  });
});
