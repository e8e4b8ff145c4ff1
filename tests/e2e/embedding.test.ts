/**
 * Pasting the widget anywhere (README.md, "Embedding"), for real: the server as a child process, a partner's
 * site on another origin (a second local port) sending a strict Content-Security-Policy, the
 * demo's hostile CMS theme, two themes, two Missions Locales on one page, Debian's Chromium and a
 * local fake of Resend's API. Screenshots go to tests/artifacts/embedding/.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payload } from "../../contract/schema/payload";
import type { RegistrationJson } from "../../server/pdf/registration-json";
import type { OtherOrigin } from "../support/other-origin";
import type { ReceivedEmail, ResendFake } from "../support/resend-fake";
import type { ServerProcess } from "../support/server-process";
import { fillAndSendByKeyboard } from "./keyboard-fill";
import { type Layout, layoutDifferences, layoutOf } from "./layout";
import { type PartnerSite, startPartnerSite } from "./partner-site";
import { CAMILLE, fillUpToReview, send, type Youth } from "./person";

const SHOTS = fileURLToPath(new URL("../artifacts/embedding/", import.meta.url));
const ROUBAIX_INBOX = "preinscriptions@ml-roubaix.example.org";
const TOURCOING_INBOX = "preinscriptions@ml-tourcoing-demo.example.org";

/** Typed with the keyboard only; fictitious, like every youth of the tests. */
const NOE: Youth = {
  civilite: "MONSIEUR",
  nomNaissance: "Exemple-Clavier",
  prenom: "Noé",
  jour: "02",
  mois: "09",
  annee: "2006",
  adresse: "3 rue de l'Essai",
  codePostal: "59100",
  telephone: "01 99 00 45 67",
  email: "noe.clavier@example.org",
};
const LINA: Youth = {
  ...CAMILLE,
  civilite: "MADAME",
  nomNaissance: "Tourquennoise-Fictive",
  prenom: "Lina",
  adresse: "5 place de l'Essai",
  codePostal: "59200",
  telephone: "01 99 00 67 89",
  email: "lina.fictive@example.org",
};

let fake: ResendFake;
let other: OtherOrigin;
let server: ServerProcess;
let browser: Browser;

let scene: PartnerSite;
beforeAll(async () => {
  scene = await startPartnerSite("ml-embedding-");
  ({ fake, other, server, browser } = scene);
  await mkdir(SHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await scene?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  /** CSP violations (securitypolicyviolation events, wherever they happen) and console errors. */
  problems: string[];
  /** `detail` of every ml-step event the page could hear. */
  steps: unknown[];
}

/** A page that reports CSP violations and the widget's step events (init scripts are exempt from the page's CSP). */
async function watchedPage(width: number, height = 740): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: "fr-FR" });
  const page = await context.newPage();
  const problems: string[] = [];
  const steps: unknown[] = [];
  await page.exposeFunction("reportViolation", (text: string) => problems.push(`CSP : ${text}`));
  await page.exposeFunction("reportStep", (detail: unknown) => steps.push(detail));
  await page.addInitScript(() => {
    const w = window as unknown as { reportViolation(t: string): void; reportStep(d: unknown): void };
    document.addEventListener(
      "securitypolicyviolation",
      (event) => w.reportViolation(`${event.effectiveDirective} ${event.blockedURI || "inline"}`),
      true,
    );
    document.addEventListener("ml-step", (event) => w.reportStep((event as CustomEvent).detail));
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, context, problems, steps };
}

/** The widget's first step on screen, its later steps loaded, transitions over. */
async function firstStepReady(page: Page, count = 1): Promise<void> {
  await page
    .getByRole("heading", { name: /^Où habitez-vous\s\?$/ })
    .nth(count - 1)
    .waitFor();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll("ml-preinscription")].filter((el) => el.shadowRoot?.querySelector(".intro"))
        .length >= n,
    count,
  );
  await page.waitForTimeout(500);
}

/** The layout of widget `index` on its first step, or (by default) on the identity step. */
async function layoutOn(url: string, width: number, shot: string, index = 0, onFirstStep = false): Promise<Layout> {
  const { page, context, problems } = await watchedPage(width);
  try {
    await page.goto(url);
    const widgets = await page.locator("ml-preinscription").count();
    await firstStepReady(page, widgets);
    const widget = page.locator("ml-preinscription").nth(index);
    if (!onFirstStep) {
      // The identity step: the one with the most kinds of fields.
      await widget.getByLabel("Code postal").fill("59100");
      await widget.locator(".found").waitFor();
      await widget.getByRole("button", { name: "Suivant" }).click();
      await widget.getByRole("heading", { name: "Identité" }).waitFor();
    }
    // The whole page on a wide screen; on a phone, the screen around the widget's top.
    const root = widget.locator("[part~='root']");
    if (width < 1000) await root.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: `${SHOTS}${shot}.png`, fullPage: width >= 1000 });
    await root.screenshot({ path: `${SHOTS}${shot}-widget.png` });
    expect(problems).toEqual([]);
    return await layoutOf(page, "ml-preinscription", index);
  } finally {
    await context.close();
  }
}

/** The registration the email carries, from its JSON attachment. */
function attachedPayload(email: ReceivedEmail | undefined): Payload {
  const json = email?.attachments.find((attachment) => attachment.filename.endsWith(".json"));
  return (JSON.parse(json?.content.toString("utf8") ?? "{}") as RegistrationJson).payload;
}

describe("on another origin, under a strict CSP, in a hostile theme", () => {
  it("is filled and sent with the keyboard only, and the Mission Locale receives it", async () => {
    const { page, context, problems, steps } = await watchedPage(360);
    try {
      const before = fake.emails.length;
      const startedAt = Date.now();
      await page.goto(`${other.url}/demo/hostile.html`);
      const csp = (await page.request.get(`${other.url}/demo/hostile.html`)).headers()["content-security-policy"];
      expect(csp).toContain(`script-src 'self' ${server.url}`);
      expect(csp).toContain("style-src 'self';");

      await fillAndSendByKeyboard(page, NOE, startedAt);
      await page.screenshot({ path: `${SHOTS}hostile-clavier-confirmation.png` });

      const emails = await fake.waitForEmails(before + 1);
      const email = emails.at(-1);
      expect(email?.to).toEqual([ROUBAIX_INBOX]);
      expect(attachedPayload(email).identite).toMatchObject({ nomNaissance: NOE.nomNaissance, prenom: NOE.prenom });
      expect(problems).toEqual([]);
      // Events for the page's analytics: the seven steps in order, and nothing else in them.
      expect(steps.map((detail) => (detail as { step: string }).step)).toEqual([
        "territoire",
        "identite",
        "coordonnees",
        "logement",
        "parcours",
        "rappel",
        "verification",
      ]);
      for (const detail of steps) expect(Object.keys(detail as object).sort()).toEqual(["count", "index", "step"]);

      // The listener does hear violations: an inline <style> of the page's own is refused and reported.
      await page.evaluate(() =>
        document.head.append(Object.assign(document.createElement("style"), { textContent: "p{}" })),
      );
      await expect.poll(() => problems.some((problem) => problem.startsWith("CSP : style-src"))).toBe(true);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("brings no inline style: no <style> element, no style attribute but the ML's colour set through the CSSOM", async () => {
    const { page, context, problems } = await watchedPage(1280);
    try {
      await page.goto(`${other.url}/demo/deux-missions-locales.html`);
      await firstStepReady(page, 2);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll("ml-preinscription")].map((host) => {
          const shadow = host.shadowRoot;
          return {
            ml: host.getAttribute("mission-locale"),
            styleElements: shadow?.querySelectorAll("style").length,
            adoptedSheets: shadow?.adoptedStyleSheets.length,
            styleAttributes: [...(shadow?.querySelectorAll("[style]") ?? [])].map((el) => el.getAttribute("style")),
          };
        }),
      );
      // Two constructed sheets each: the first step's, and the later steps' once their chunk is here.
      expect(found).toEqual([
        { ml: "roubaix", styleElements: 0, adoptedSheets: 2, styleAttributes: [] },
        // CSSOM writes are not inline styles for CSP (only markup and setAttribute("style") are).
        { ml: "tourcoing-demo", styleElements: 0, adoptedSheets: 2, styleAttributes: ["--_brand: #0f6e5c;"] },
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("layout", () => {
  for (const width of [360, 1024]) {
    it(`keeps its layout on the hostile page at ${width} px`, async () => {
      const plain = await layoutOn(`${server.url}/`, width, `demo-${width}`);
      const hostile = await layoutOn(`${other.url}/demo/hostile.html`, width, `hostile-${width}`);
      expect(plain.parts.length).toBeGreaterThan(8);
      expect(layoutDifferences(plain, hostile)).toEqual([]);
    });
  }

  it("hides with its container: visibility and pointer events come through, the rest does not", async () => {
    const { page, context } = await watchedPage(360);
    try {
      await page.goto(`${other.url}/demo/hostile.html`);
      await firstStepReady(page);
      const root = page.locator("ml-preinscription [part~='root']");
      const seen = () =>
        root.evaluate((element) => {
          const style = getComputedStyle(element);
          return [style.visibility, style.pointerEvents, style.whiteSpace, style.fontVariantCaps];
        });
      // The hostile theme's white-space: pre-line and small caps stay outside.
      expect(await seen()).toEqual(["visible", "auto", "normal", "normal"]);
      // Through the CSSOM, which CSP allows: a panel closed the way some themes do it.
      await page.locator(".wp-block-html").evaluate((panel: HTMLElement) => {
        panel.style.visibility = "hidden";
        panel.style.pointerEvents = "none";
      });
      // (after the hostile theme's 0.3 s transition on everything)
      await expect.poll(seen).toEqual(["hidden", "none", "normal", "normal"]);
    } finally {
      await context.close();
    }
  });

  it("keeps its layout under both demo themes", async () => {
    const plain = await layoutOn(`${server.url}/`, 360, "demo-360");
    for (const [index, name] of ["nuit", "bocage"].entries()) {
      const themed = await layoutOn(`${server.url}/demo/themes.html`, 360, `themes-360-${name}`, index);
      expect(layoutDifferences(plain, themed), name).toEqual([]);
    }
    // Side by side on a wide screen: for the eyes (tests/artifacts/embedding/themes-1280.png).
    await layoutOn(`${server.url}/demo/themes.html`, 1280, "themes-1280");
  });
});

describe("two Missions Locales on one page", () => {
  it("keep their own answers and keys, and send to their own mailboxes", async () => {
    const { page, context, problems } = await watchedPage(1280, 900);
    try {
      const posts: Request[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST" && request.url().endsWith("/preinscriptions")) posts.push(request);
      });
      const before = fake.emails.length;
      const startedAt = Date.now();
      await page.goto(`${server.url}/demo/deux-missions-locales.html`);
      await firstStepReady(page, 2);
      await page.screenshot({ path: `${SHOTS}deux-missions-locales-1280.png`, fullPage: true });
      const roubaix = page.locator('ml-preinscription[mission-locale="roubaix"]');
      const tourcoing = page.locator('ml-preinscription[mission-locale="tourcoing-demo"]');

      // Interleaved: both forms are filled up to their review before either is sent.
      await fillUpToReview(roubaix, CAMILLE);
      await fillUpToReview(tourcoing, LINA);
      // Each review shows its own youth only.
      expect(await roubaix.getByText(CAMILLE.prenom, { exact: true }).count()).toBeGreaterThan(0);
      expect(await roubaix.getByText(LINA.prenom, { exact: true }).count()).toBe(0);
      expect(await tourcoing.getByText(LINA.prenom, { exact: true }).count()).toBeGreaterThan(0);
      expect(await tourcoing.getByText(CAMILLE.prenom, { exact: true }).count()).toBe(0);
      await send(tourcoing, startedAt);
      await send(roubaix, startedAt);
      await page.screenshot({ path: `${SHOTS}deux-missions-locales-envoyes-1280.png`, fullPage: true });

      const emails = (await fake.waitForEmails(before + 2)).slice(before);
      const inbox = (to: string) => emails.filter((email) => email.to.includes(to));
      expect(inbox(ROUBAIX_INBOX).map((email) => attachedPayload(email).identite.prenom)).toEqual([CAMILLE.prenom]);
      expect(inbox(TOURCOING_INBOX).map((email) => attachedPayload(email).identite.prenom)).toEqual([LINA.prenom]);

      expect(posts.map((request) => new URL(request.url()).pathname).sort()).toEqual([
        "/api/v1/ml/roubaix/preinscriptions",
        "/api/v1/ml/tourcoing-demo/preinscriptions",
      ]);
      const keys = posts.map((request) => request.headers()["idempotency-key"]);
      expect(new Set(keys).size).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("stack on a phone", async () => {
    const first = await layoutOn(
      `${server.url}/demo/deux-missions-locales.html`,
      360,
      "deux-missions-locales-360-roubaix",
      0,
      true,
    );
    const second = await layoutOn(
      `${server.url}/demo/deux-missions-locales.html`,
      360,
      "deux-missions-locales-360-tourcoing",
      1,
      true,
    );
    expect(second.root.y).toBeGreaterThan(first.root.y + first.root.height);
    expect(second.root.width).toBe(first.root.width);
  });
});
