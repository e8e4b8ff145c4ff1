/**
 * isolation="iframe", the host page's side: one iframe of the ML's server with nothing personal
 * in its address, no request of the form from the page itself, and messages heard only from that
 * iframe (the whole path, frame included, is proven end to end in tests/e2e/iframe.test.ts).
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import { afterEach, expect, it } from "vitest";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import { ENDPOINT, type FakeServer, fakeServer, shadow } from "./support/widget";

let server: FakeServer | undefined;
afterEach(() => {
  server?.restore();
  server = undefined;
  fixtureCleanup();
});

async function mountFramed(lang = "fr", origine = "PARTENAIRE"): Promise<MlPreinscription> {
  server = fakeServer();
  const block = await fixture<HTMLElement>(
    html`<div lang=${lang}><ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT} isolation="iframe" origine=${origine}></ml-preinscription></div>`,
  );
  const el = block.querySelector("ml-preinscription") as MlPreinscription;
  await waitUntil(() => shadow(el).querySelector("iframe"), "the iframe", { timeout: 10_000 });
  return el;
}

it("shows the form from the server's /embed page, with nothing personal in its address", async () => {
  const el = await mountFramed();
  const frames = shadow(el).querySelectorAll("iframe");
  expect(frames).toHaveLength(1);
  const frame = frames[0] as HTMLIFrameElement;
  const src = new URL(frame.src);
  expect(`${src.origin}${src.pathname}`).toBe(`${ENDPOINT}/embed/roubaix`);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    parent: location.origin,
    lang: "fr",
    origine: "PARTENAIRE",
  });
  expect(frame.title).toBe("Formulaire de pré-inscription à la Mission Locale");
  expect(frame.referrerPolicy).toBe("no-referrer");
  // No form in the page: nothing to read, and the page asks nothing of the API.
  expect(shadow(el).querySelector("form, input")).toBeNull();
  expect(server?.requests).toEqual([]);
});

it("passes the page's language and leaves out an unknown origine", async () => {
  const el = await mountFramed("en", "AILLEURS");
  await waitUntil(() => shadow(el).querySelector("iframe")?.title === "Mission Locale registration form", "English");
  const src = new URL((shadow(el).querySelector("iframe") as HTMLIFrameElement).src);
  expect(src.searchParams.get("lang")).toBe("en");
  expect(src.searchParams.has("origine")).toBe(false);
});

it("hears no message but its own iframe's: the page's own posts change nothing", async () => {
  const el = await mountFramed();
  const frame = shadow(el).querySelector("iframe") as HTMLIFrameElement;
  const heard: string[] = [];
  for (const type of ["ml-step", "ml-submitted", "ml-error"]) el.addEventListener(type, () => heard.push(type));
  const before = frame.style.height;
  window.postMessage({ source: "ml-preinscription", kind: "height", height: 1234 }, "*");
  window.postMessage(
    { source: "ml-preinscription", kind: "ml-step", detail: { step: "logement", index: 2, count: 6 } },
    "*",
  );
  window.postMessage({ source: "ml-preinscription", kind: "ml-submitted" }, "*");
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(heard).toEqual([]);
  expect(frame.style.height).toBe(before);
});
