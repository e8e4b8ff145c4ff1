/**
 * Issue 7 for real: the server as a child process, a partner's site on another origin (a second
 * local port, strict CSP), Debian's Chromium and a local fake of Resend's API.
 *
 * - isolation="iframe": a script of the partner's page that listens to every input, keydown and
 *   change event and reads the document through every open shadow root (as tag managers,
 *   analytics and chat widgets can) captures nothing of what the youth types in the iframe —
 *   while the same script, on a page with the widget pasted without the iframe, does. The
 *   iframe's height follows the steps (no inner scrollbar), the ml-* events reach the partner's
 *   page, and the registration sent from the iframe arrives, with the partner's `origine`.
 * - lang="en": filled and sent through English labels; the PDF notes the language.
 * - lang="ar": right to left, axe clean; pictures in tests/artifacts/languages/.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ar } from "../../contract/i18n/ar";
import { en } from "../../contract/i18n/en";
import type { RegistrationJson } from "../../server/pdf/registration-json";
import type { OtherOrigin } from "../support/other-origin";
import type { ReceivedEmail, ResendFake } from "../support/resend-fake";
import type { ServerProcess } from "../support/server-process";
import { answersFor, fillAnswers, fillUpToReview } from "../support/youth";
import { pdfText } from "../unit/pdf-support";
import { type PartnerSite, startPartnerSite } from "./partner-site";
import { fillUpToReview as fillUpToReviewInFrench, pageDriver, send, type Youth } from "./person";

const SHOTS = fileURLToPath(new URL("../artifacts/languages/", import.meta.url));
const STEPS = ["territoire", "identite", "coordonnees", "logement", "parcours", "rappel", "verification"];

/** Fictitious, like every youth of the tests. */
const INES: Youth = {
  civilite: "MADAME",
  nomNaissance: "Exemple-Cadre",
  prenom: "Inès",
  jour: "21",
  mois: "06",
  annee: "2004",
  adresse: "7 rue de l'Essai",
  codePostal: "59100",
  telephone: "01 99 00 23 45",
  email: "ines.cadre@example.org",
};
/** What must never reach the partner's page, as typed and as shown. */
const TYPED = [INES.nomNaissance, INES.prenom, INES.adresse, INES.telephone, INES.email, "2004"];

/**
 * A script of the partner's page, as a tag manager would run it: every input, key and change
 * event the page can hear, with what their targets hold, and the whole document read through
 * every open shadow root (and iframes, where the browser lets it). Top frame only: it is the
 * partner's script, not the Mission Locale's.
 */
const SPY = `(() => {
  if (window.top !== window) return;
  const events = [];
  const read = [];
  window.__spy = { events, read };
  const keep = (list, value) => { if (value !== undefined && value !== null && value !== "") list.push(String(value)); };
  for (const type of ["input", "beforeinput", "keydown", "keypress", "keyup", "change", "paste"]) {
    window.addEventListener(type, (event) => {
      events.push(type);
      keep(read, event.key);
      keep(read, event.data);
      for (const node of event.composedPath()) if (node && "value" in node) keep(read, node.value);
    }, true);
  }
  const walk = (root) => {
    for (const element of root.querySelectorAll("*")) {
      if ("value" in element) keep(read, element.value);
      if (element.shadowRoot) { keep(read, element.shadowRoot.innerHTML); walk(element.shadowRoot); }
      if (element.tagName === "IFRAME") {
        try { keep(read, element.contentDocument && element.contentDocument.documentElement.outerHTML); } catch (e) { keep(read, "refusé : " + e.name); }
        try { keep(read, element.contentWindow.document.documentElement.outerHTML); } catch (e) { keep(read, "refusé : " + e.name); }
      }
    }
  };
  window.__spy.readAll = () => { keep(read, document.documentElement.outerHTML); walk(document); };
  setInterval(window.__spy.readAll, 200);
})();`;

/** The partner's page hears the ml-* events: their names and details, in order. */
const EVENTS = `(() => {
  if (window.top !== window) return;
  window.__mlEvents = [];
  for (const type of ["ml-step", "ml-submitted", "ml-error"]) {
    document.addEventListener(type, (event) => window.__mlEvents.push({ type, detail: event.detail }));
  }
})();`;

let fake: ResendFake;
let other: OtherOrigin;
let server: ServerProcess;
let browser: Browser;

let scene: PartnerSite;
beforeAll(async () => {
  scene = await startPartnerSite("ml-iframe-");
  ({ fake, other, server, browser } = scene);
  await mkdir(SHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await scene?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and CSP violations of the partner's page. */
  problems: string[];
}

async function partnerPage(width = 360, height = 740): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: "fr-FR" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript({ content: SPY });
  await page.addInitScript({ content: EVENTS });
  return { page, context, problems };
}

/**
 * The whole page in one picture. A page of the viewport's height first: Chromium paints an
 * iframe of another origin only where the viewport showed it, so a plain full-page shot would
 * leave the form blank below the first screen.
 */
async function fullShot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 360, height: 740 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}${name}` });
  await page.setViewportSize(viewport);
}

function formFrame(page: Page): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === "/embed/roubaix");
  if (!frame) throw new Error("no /embed frame");
  return frame;
}

/** The frame's document fits its iframe: no scrollbar inside. */
async function fitsItsIframe(page: Page): Promise<{ content: number; iframe: number }> {
  const iframe = await page.locator("ml-preinscription iframe").evaluate((el) => el.getBoundingClientRect().height);
  const content = await formFrame(page).evaluate(() => document.documentElement.scrollHeight);
  return { content, iframe: Math.round(iframe) };
}

async function expectNoInnerScroll(page: Page): Promise<number> {
  await expect
    .poll(
      async () => {
        const { content, iframe } = await fitsItsIframe(page);
        return content <= iframe && iframe - content <= 2;
      },
      { timeout: 5000 },
    )
    .toBe(true);
  return (await fitsItsIframe(page)).iframe;
}

function attached(email: ReceivedEmail | undefined): RegistrationJson {
  const json = email?.attachments.find((attachment) => attachment.filename.endsWith(".json"));
  return JSON.parse(json?.content.toString("utf8") ?? "{}") as RegistrationJson;
}

async function pdfOf(email: ReceivedEmail | undefined): Promise<string> {
  const pdf = email?.attachments.find((attachment) => attachment.filename.endsWith(".pdf"));
  if (!pdf) throw new Error("no PDF");
  return (await pdfText(pdf.content)).replace(/\s+/g, " ");
}

describe("isolation=iframe on a partner's page", () => {
  it("keeps what the youth types out of the page's scripts, follows the steps, relays the events and sends", async () => {
    const { page, context, problems } = await partnerPage();
    try {
      const before = fake.emails.length;
      const startedAt = Date.now();
      await page.goto(`${other.url}/demo/partenaire.html`);
      const iframe = page.locator("ml-preinscription iframe");
      await iframe.waitFor();
      // Nothing personal in its address: the ML, the partner's origin, the language, the origine.
      const src = new URL((await iframe.getAttribute("src")) ?? "");
      expect(`${src.origin}${src.pathname}`).toBe(`${server.url}/embed/roubaix`);
      expect(Object.fromEntries(src.searchParams)).toEqual({ parent: other.url, lang: "fr", origine: "PARTENAIRE" });

      const inside = page.frameLocator("ml-preinscription iframe").locator("body");
      await inside.getByRole("heading", { name: /^Où habitez-vous\s\?$/ }).waitFor();
      const heights = [await expectNoInnerScroll(page)];
      await fullShot(page, "iframe-1-territoire.png");

      await fillUpToReviewInFrench(inside, INES);
      heights.push(await expectNoInnerScroll(page));
      await fullShot(page, "iframe-2-verification.png");
      // Back one step: shorter, and the iframe shrinks with it.
      await inside.getByRole("button", { name: "Retour" }).click();
      await inside.getByRole("heading", { name: "Rappel" }).waitFor();
      heights.push(await expectNoInnerScroll(page));
      expect(heights[2]).toBeLessThan(heights[1] as number);
      await inside.getByRole("button", { name: "Suivant" }).click();
      await inside.getByRole("heading", { name: "Vérification et envoi" }).waitFor();

      await send(inside, startedAt);
      heights.push(await expectNoInnerScroll(page));
      await fullShot(page, "iframe-3-confirmation.png");
      expect(new Set(heights).size).toBe(heights.length);

      // The registration arrived, with the partner's origine, in French.
      const emails = await fake.waitForEmails(before + 1);
      const registration = attached(emails.at(-1));
      expect(registration.payload.identite).toMatchObject({ nomNaissance: INES.nomNaissance, prenom: INES.prenom });
      expect(registration.payload.origine).toBe("PARTENAIRE");
      expect(registration.langue).toBe("fr");

      // The partner's page heard the events, with their exact details and nothing else.
      const events = (await page.evaluate("window.__mlEvents")) as { type: string; detail: Record<string, unknown> }[];
      const steps = events.filter((event) => event.type === "ml-step");
      expect(steps.map((event) => event.detail.step)).toEqual([...STEPS, "rappel", "verification"]);
      expect(steps[0]?.detail).toEqual({ step: "territoire", index: 0, count: 7 });
      expect(events.filter((event) => event.type === "ml-submitted")).toEqual([{ type: "ml-submitted", detail: {} }]);

      // And heard nothing of what was typed: no event, and nothing in what it could read.
      await page.evaluate("window.__spy.readAll()");
      const spy = (await page.evaluate("window.__spy")) as { events: string[]; read: string[] };
      expect(spy.events).toEqual([]);
      const everything = spy.read.join("\n");
      for (const text of TYPED) expect(everything, text).not.toContain(text);
      expect(everything).toContain("refusé : SecurityError");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("brings the error summary into view when Suivant is pressed at the bottom of a long step", async () => {
    const { page, context } = await partnerPage();
    try {
      await page.goto(`${other.url}/demo/partenaire.html`);
      const inside = page.frameLocator("ml-preinscription iframe").locator("body");
      await inside.getByLabel("Code postal").fill(INES.codePostal);
      await inside.locator(".found").waitFor();
      await inside.getByRole("button", { name: "Suivant" }).click();
      await inside.getByRole("heading", { name: "Identité" }).waitFor();
      await expectNoInnerScroll(page);
      const suivant = inside.getByRole("button", { name: "Suivant" });
      await suivant.scrollIntoViewIfNeeded();
      await suivant.click();
      const summary = inside.locator(".error-summary");
      await summary.waitFor();
      await expect
        .poll(async () => {
          const box = await summary.boundingBox();
          return box !== null && box.y >= 0 && box.y < 740;
        })
        .toBe(true);
    } finally {
      await context.close();
    }
  });

  it("the same script reads what is typed when the widget is pasted without the iframe (why the iframe)", async () => {
    const { page, context } = await partnerPage();
    try {
      await page.goto(`${other.url}/demo/hostile.html`);
      await page.getByLabel("Code postal").fill(INES.codePostal);
      await page.locator("ml-preinscription .found").waitFor();
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.getByRole("heading", { name: "Identité" }).waitFor();
      await page.getByLabel("Nom de naissance").fill(INES.nomNaissance);
      await page.getByLabel("Nom de naissance").press("Tab");
      await page.evaluate("window.__spy.readAll()");
      const spy = (await page.evaluate("window.__spy")) as { events: string[]; read: string[] };
      expect(spy.events).toContain("input");
      expect(spy.read.join("\n")).toContain(INES.nomNaissance);
    } finally {
      await context.close();
    }
  });
});

/** A page of the ML's own site in `lang`, with the widget pasted (served for the test at the server's origin). */
async function sitePage(lang: string, dir: "ltr" | "rtl", width = 360): Promise<Watched> {
  const watched = await partnerPage(width);
  const url = `${server.url}/essai-${lang}.html`;
  await watched.page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Essai ${lang}</title>
<link rel="stylesheet" href="/demo/demo.css"><script type="module" src="/widget.js"></script></head>
<body><main class="page"><ml-preinscription mission-locale="roubaix"></ml-preinscription></main></body></html>`,
    }),
  );
  await watched.page.goto(url);
  return watched;
}

describe("languages", () => {
  it('lang="en": filled and sent through English labels; the PDF notes the language, the payload stays', async () => {
    const { page, context, problems } = await sitePage("en", "ltr");
    try {
      const before = fake.emails.length;
      const startedAt = Date.now();
      await page.getByRole("heading", { name: "Where do you live?" }).waitFor();
      await fillUpToReview(pageDriver(page), { ...INES, anneeSortie: "2022" }, en);
      await fullShot(page, "en-verification.png");
      await page.getByRole("checkbox", { name: "I have read the information about my data" }).check();
      const elapsed = Date.now() - startedAt;
      if (elapsed < 3500) await page.waitForTimeout(3500 - elapsed);
      await page.getByRole("button", { name: "Send" }).click();
      await page.getByRole("heading", { name: "It's sent!" }).waitFor();
      await fullShot(page, "en-confirmation.png");

      const emails = await fake.waitForEmails(before + 1);
      const email = emails.at(-1);
      const registration = attached(email);
      expect(registration.langue).toBe("en");
      // The payload is the same whatever the language: codes, French-keyed, as typed.
      expect(registration.payload.identite).toMatchObject({
        civilite: "MADAME",
        nationalite: "FRANCAISE",
        prenom: INES.prenom,
      });
      expect(registration.payload.logement).toEqual({ situation: "PARENTS" });
      expect(registration.payload.parcours).toMatchObject({ derniereClasse: "TERMINALE", diplome: "NIVEAU_4" });
      const pdf = await pdfOf(email);
      expect(pdf).toContain("formulaire rempli en anglais (en)");
      // The PDF stays French.
      expect(pdf).toContain("Chez mes parents");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('lang="ar": right to left and axe clean, first steps and errors (pictures kept)', async () => {
    const { page, context, problems } = await sitePage("ar", "rtl");
    try {
      const widget = page.locator("ml-preinscription");
      await page.getByRole("heading", { name: "أين تسكن؟" }).waitFor();
      const root = widget.locator("[part~='root']");
      expect(await root.getAttribute("dir")).toBe("rtl");
      expect(await root.getAttribute("lang")).toBe("ar");
      expect(await root.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      // The language switch the ML offers, each language named in itself.
      const names = await widget.locator(".langs button").allTextContents();
      expect(names.map((name) => name.trim())).toEqual(["Français", "English", "العربية"]);

      await page.evaluate(axe.source);
      const violations = () =>
        page.evaluate(`axe.run(document.querySelector("ml-preinscription"), {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        }).then((result) => result.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))`);
      await page.waitForTimeout(300);
      expect(await violations()).toEqual([]);
      await fullShot(page, "ar-1-territoire.png");

      await page.getByRole("button", { name: "التالي" }).click();
      await widget.locator(".error-summary").waitFor();
      expect(await violations()).toEqual([]);
      await fullShot(page, "ar-2-territoire-erreurs.png");

      // The same youth's form in Arabic: where she lives, who she is, her contact details.
      await fillAnswers(pageDriver(page), answersFor(INES).territoire, ar);
      await page.getByRole("button", { name: "التالي" }).click();
      await page.getByRole("heading", { name: "الهوية" }).waitFor();
      expect(await violations()).toEqual([]);
      await fullShot(page, "ar-2b-identite.png");
      await fillAnswers(pageDriver(page), answersFor(INES).identite, ar);
      await page.getByRole("button", { name: "التالي" }).click();
      await page.getByRole("heading", { name: "معلومات الاتصال" }).waitFor();
      expect(await violations()).toEqual([]);
      await fullShot(page, "ar-3-coordonnees.png");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('lang="ar" in the iframe too: the partner page\'s language goes to the frame', async () => {
    const { page, context, problems } = await partnerPage();
    try {
      await page.addInitScript({
        content: "document.addEventListener('DOMContentLoaded', () => document.documentElement.lang = 'ar')",
      });
      await page.goto(`${other.url}/demo/partenaire.html`);
      const iframe = page.locator("ml-preinscription iframe");
      await iframe.waitFor();
      expect(new URL((await iframe.getAttribute("src")) ?? "").searchParams.get("lang")).toBe("ar");
      expect(await iframe.getAttribute("title")).toBe("استمارة التسجيل المسبق في Mission Locale");
      const inside = page.frameLocator("ml-preinscription iframe").locator("body");
      await inside.getByRole("heading", { name: "أين تسكن؟" }).waitFor();
      expect(await inside.locator("[part~='root']").getAttribute("dir")).toBe("rtl");
      await expectNoInnerScroll(page);
      await fullShot(page, "iframe-ar.png");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
