/**
 * The director's page in real Chromium, with a year of generated counters: login through the form,
 * axe (WCAG 2.2 AA tags) on the login and the statistics pages, no horizontal scroll at 320 px,
 * screenshots at 1000 px (README) and 360 px.
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ServerType, serve } from "@hono/node-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCounters } from "../../scripts/demo-stats-lib";
import { serializeCounters } from "../../server/stats/counters-file";
import { STATS_FOLDER } from "../../server/stats/store";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import { demoRoubaix } from "../support/demo-config";
import { freePort } from "../support/server-process";
import { buildTestApp, TEST_NOW } from "../support/test-app";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Evaluated through DevTools: the page's CSP (script-src 'self') would block a script tag.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core"), "utf8");
const TOKEN = demoRoubaix().statistiques?.jeton ?? "";

let browser: Browser;
let server: ServerType;
let base: string;
/** What Chromium refused under the CSP (an inline style would land here). */
const cspViolations: string[] = [];

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "ml-stats-page-"));
  await mkdir(join(dataDir, STATS_FOLDER), { recursive: true });
  await writeFile(
    join(dataDir, STATS_FOLDER, "roubaix.json"),
    serializeCounters(demoCounters({ until: "2026-11-24" })),
  );
  const setup = await buildTestApp({ dataDir, now: () => TEST_NOW });
  const port = await freePort();
  server = serve({ fetch: setup.app.fetch, port, hostname: "127.0.0.1" });
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

async function loggedInPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: "fr-FR" });
  const page = await context.newPage();
  watchCsp(page);
  const first = await page.goto(`${base}/admin/roubaix/stats`);
  expect(first?.status()).toBe(401);
  await page.getByLabel("Jeton d'accès").fill(TOKEN);
  await Promise.all([
    page.waitForURL(`${base}/admin/roubaix/stats`),
    page.getByRole("button", { name: "Se connecter" }).click(),
  ]);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Statistiques");
  return page;
}

function watchCsp(page: Page): void {
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("the director's page in Chromium", () => {
  it("the login page (401) passes axe", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    watchCsp(page);
    const response = await page.goto(`${base}/admin/roubaix/stats`);
    expect(response?.status()).toBe(401);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Jeton d'accès").fill("x".repeat(40));
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("pas reconnu");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("passes axe at 1000 px, with every table open, and is screenshotted for the README", async () => {
    const page = await loggedInPage(1000);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, "tests/artifacts/stats-directeur.png"), fullPage: true });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) details.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("has no horizontal scroll at 320 px, tables open or closed, and passes axe there", async () => {
    const page = await loggedInPage(320);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) details.open = true;
    });
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it("is screenshotted at 360 px (phone)", async () => {
    const page = await loggedInPage(360);
    await mkdir(join(ROOT, "tests/artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "tests/artifacts/stats-directeur-360.png"), fullPage: true });
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it("triggered no CSP violation (no inline style or script)", () => {
    expect(cspViolations).toEqual([]);
  });
});
