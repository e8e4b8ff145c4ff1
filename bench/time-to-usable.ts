/**
 * 2. Time to a usable form: Debian's Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate, Lighthouse's "mid-tier phone"), a fresh browser context per
 * run (empty cache: a first visit), the demo page against the plain form, interleaved so both see
 * the same machine noise. The network is loopback: this measures the phone's CPU, not its radio.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/support/chromium";
import { PROBE_SCRIPT, type ProbeResult } from "./page-probe";
import type { Figure } from "./report";
import { median, round } from "./stats";

const SECTION = "2. Time to a usable form (Chromium, 4× CPU throttling)";
export const CPU_THROTTLING = 4;

export interface TimeToUsableResult {
  runs: number;
  widget: ProbeResult[];
  plain: ProbeResult[];
}

/** Serves the plain form as a server would: one static HTML file. */
export async function servePlainForm(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(html);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

async function probe(browser: Browser, url: string): Promise<ProbeResult> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(url, { waitUntil: "commit" });
    return await page.evaluate(() => {
      const pending = window.__benchProbe;
      if (!pending) throw new Error("probe script missing");
      return Promise.race([
        pending,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("not usable within 30 s")), 30_000)),
      ]);
    });
  } finally {
    await context.close();
  }
}

export async function measureTimeToUsable(
  demoUrl: string,
  plainFormHtml: string,
  runs: number,
): Promise<{ result: TimeToUsableResult; figures: Figure[] }> {
  const plain = await servePlainForm(plainFormHtml);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const result: TimeToUsableResult = { runs, widget: [], plain: [] };
  try {
    // One untimed visit each: Chromium's own first-launch work is not the page's.
    await probe(browser, demoUrl);
    await probe(browser, plain.url);
    for (let i = 0; i < runs; i++) {
      result.widget.push(await probe(browser, demoUrl));
      result.plain.push(await probe(browser, plain.url));
    }
  } finally {
    await browser.close();
    plain.server.close();
  }
  const step1 = round(median(result.widget.map((r) => r.step1Ms)), 0);
  const suivant = round(median(result.widget.map((r) => r.suivantMs ?? Number.NaN)), 0);
  const chunk = round(median(result.widget.map((r) => r.chunkMs ?? Number.NaN)), 0);
  const plainStep1 = round(median(result.plain.map((r) => r.step1Ms)), 0);
  const fcp = round(median(result.widget.map((r) => r.fcpMs ?? Number.NaN)), 0);
  const plainFcp = round(median(result.plain.map((r) => r.fcpMs ?? Number.NaN)), 0);
  const reference = { label: "plain form, input focusable", value: plainStep1, unit: "ms" };
  const runsText = `median of ${runs} cold visits each, interleaved`;
  const figures: Figure[] = [
    {
      section: SECTION,
      label: "first step usable (“Code postal” in the DOM and focusable)",
      value: step1,
      unit: "ms",
      detail: `first contentful paint ${fcp} ms; plain form ${plainFcp} ms`,
      runs: runsText,
      reference,
      ratio: `${(step1 / plainStep1).toFixed(1)}× the plain form`,
      target: { text: "≤ 1.5× the plain form", pass: step1 <= 1.5 * plainStep1 },
    },
    {
      section: SECTION,
      label: "“Suivant” answers (clicked at once, empty: error summary shown)",
      value: suivant,
      unit: "ms",
      detail: `schema chunk loaded at ${chunk} ms`,
      runs: runsText,
      reference,
      ratio: `${(suivant / plainStep1).toFixed(1)}× the plain form`,
      target: { text: "≤ 2× the plain form", pass: suivant <= 2 * plainStep1 },
    },
  ];
  return { result, figures };
}
