/**
 * Phone-first and user preferences on the demo page served by the real server (WCAG 1.4.10,
 * 1.4.12, 2.3.3, forced colours), and axe on the whole demo page, host page included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { type ServerProcess, startServer } from "../support/server-process";
import { workspace } from "./durable-support";
import { ARTIFACTS, launchChromium } from "./person";

let server: ServerProcess;
const AXE = createRequire(import.meta.url).resolve("axe-core");

beforeAll(async () => {
  const ws = await workspace({ MAIL_TRANSPORT: "outbox" });
  server = await startServer({ env: ws.env });
});
afterAll(async () => {
  await server?.stop();
});

async function open(page: Page, path = "/"): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page
    .getByRole("heading", { name: /^Où habitez-vous\s\?$/ })
    .first()
    .waitFor();
}

/** axe on the whole document (the widget's shadow root included) with the WCAG 2.x A/AA tags (docs/rgaa-formulaires.md). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Text cut off or spilling sideways inside the widget. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector("ml-preinscription");
    const root = host?.shadowRoot;
    if (!root) return ["no widget"];
    const problems: string[] = [];
    for (const element of root.querySelectorAll<HTMLElement>("label, legend, p, button, h2, h3, li, a, span, select")) {
      if (element.closest(".visually-hidden, [aria-hidden=true]")) continue;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible") {
        problems.push(
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.trim().slice(0, 40)}`,
        );
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      problems.push("page scrolls sideways");
    return problems;
  });
}

describe("the demo page on a phone", () => {
  it("passes axe, host page included", async () => {
    const browser = await launchChromium();
    try {
      // The page's strict CSP would refuse the injected axe script: bypassed for the test only.
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
      await open(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it.each(["/demo/hostile.html", "/demo/themes.html", "/demo/deux-missions-locales.html", "/demo/partenaire.html"])(
    "the demo page %s passes axe too",
    async (path) => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState("networkidle");
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it("keeps working with the text spacing of WCAG 1.4.12 and at 320 px (200 % zoom of a 640 px window)", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await open(page);
      // The bookmarklet people use can't reach a shadow root: the same rules, adopted inside it.
      await page.evaluate(() => {
        const root = document.querySelector("ml-preinscription")?.shadowRoot;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
        );
        if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      });
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.getByText("Corrigez ces points pour continuer").waitFor();
      await page.screenshot({ path: `${ARTIFACTS}espacement-texte-320.png`, fullPage: true });
      expect(await clipped(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("drops animations when people ask for less motion, and keeps borders in forced colours", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        reducedMotion: "reduce",
        bypassCSP: true,
      });
      const page = await context.newPage();
      await open(page);
      const transition = () =>
        page.evaluate(() => {
          const button = document.querySelector("ml-preinscription")?.shadowRoot?.querySelector(".button");
          return button ? getComputedStyle(button).transitionDuration : "missing";
        });
      expect(await transition()).toBe("0s");
      await page.emulateMedia({ reducedMotion: "no-preference" });
      expect(await transition()).not.toBe("0s");

      await page.emulateMedia({ forcedColors: "active" });
      await page.getByLabel("Code postal").fill("59100");
      await page.locator("ml-preinscription .found").waitFor();
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.getByRole("heading", { name: "Identité" }).waitFor();
      await page.getByRole("radio", { name: "Madame" }).check();
      // The chosen option keeps a thick border (the focus ring, an outline, stays for focus).
      const border = await page.evaluate(() => {
        const choice = document
          .querySelector("ml-preinscription")
          ?.shadowRoot?.querySelector(".choice:has(input:checked)");
        return choice
          ? `${getComputedStyle(choice).borderTopStyle} ${getComputedStyle(choice).borderTopWidth}`
          : "missing";
      });
      expect(border).toBe("solid 4px");
      await page.screenshot({ path: `${ARTIFACTS}couleurs-forcees.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("starts from the text size the reader set in the browser (24 px), whatever the page's html { font-size }", async () => {
    // A profile whose settings say "font size: 24", as a reader who enlarged text would have.
    const profile = mkdtempSync(join(tmpdir(), "ml-profil-"));
    mkdirSync(join(profile, "Default"));
    writeFileSync(
      join(profile, "Default", "Preferences"),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 24 } } }),
    );
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    try {
      const page = await context.newPage();
      await open(page);
      await page.addStyleTag({ content: "html { font-size: 10px } body { font-size: 10px }" });
      const sizes = await page.evaluate(() => {
        const host = document.querySelector("ml-preinscription");
        const root = host?.shadowRoot?.querySelector(".root");
        return [host, root].map((element) => (element ? getComputedStyle(element).fontSize : "missing"));
      });
      expect(sizes).toEqual(["24px", "24px"]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);

  it("does not move the page while the form loads: the script late, then the Mission Locale's facts late", async () => {
    const browser = await launchChromium();
    try {
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 412, height: 823 },
        { width: 1280, height: 900 },
      ]) {
        const page = await browser.newPage({ viewport });
        // A slow network: the page paints before the script runs, and the facts come after the first render.
        await page.route("**/widget.js", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await route.continue();
        });
        await page.route("**/api/v1/ml/roubaix", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          await route.continue();
        });
        await page.addInitScript(() => {
          const shifts: string[] = [];
          (window as unknown as { shifts: string[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
              shifts.push(`${entry.value.toFixed(3)} ${entry.sources.map((s) => s.node?.nodeName).join(",")}`);
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(`${server.url}/`);
        // A long wait is said in words (after a second), in the card that keeps the form's room.
        await page.getByText("Chargement du formulaire…").waitFor();
        await open(page);
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        expect(shifts, `${viewport.width} px`).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
