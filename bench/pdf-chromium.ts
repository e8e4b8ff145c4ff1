/**
 * References (b) and (c): headless Chromium printing an HTML page of the same fiche with
 * `page.pdf()` (playwright-core, Debian's Chromium), with a fresh page per render and with one
 * page reused. The HTML places the recorded lines where the PDF has them (A4, points, DejaVu
 * Sans from the system), so both sides draw the same text; Chromium cannot attach the JSON.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import type { Colour } from "../server/pdf/content-stream";
import { PAGE } from "../server/pdf/layout";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/support/chromium";
import type { FicheOp } from "./fiche-ops";

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const css = (c: Colour) =>
  typeof c === "number"
    ? `rgb(${Math.round(c * 255)} ${Math.round(c * 255)} ${Math.round(c * 255)})`
    : `rgb(${c.map((v) => Math.round(v * 255)).join(" ")})`;

/** PDF y grows upward from the page's bottom; CSS top grows downward. */
const top = (y: number) => PAGE.height - y;

export function ficheHtml(ops: readonly FicheOp[], title: string): string {
  const pages: string[][] = [];
  for (const op of ops) {
    if (op.kind === "page") pages.push([]);
    if (op.kind === "page" || op.kind === "wrap") continue;
    const page = pages[op.page];
    if (!page) continue;
    if (op.kind === "text") {
      const weight = op.style.face === "bold" ? "700" : "400";
      // The baseline sits at y: the box's top is one font size above it (close enough for DejaVu).
      page.push(
        `<div class="t" style="left:${op.x}pt;top:${top(op.y) - op.style.size}pt;font-size:${op.style.size}pt;font-weight:${weight};color:${css(op.style.colour ?? 0)}">${escapeHtml(op.text)}</div>`,
      );
    } else if (op.kind === "rect") {
      const fill = op.options.fill === undefined ? "transparent" : css(op.options.fill);
      const border =
        op.options.stroke === undefined ? "none" : `${op.options.lineWidth ?? 0.8}pt solid ${css(op.options.stroke)}`;
      page.push(
        `<div class="b" style="left:${op.x}pt;top:${top(op.y + op.height)}pt;width:${op.width}pt;height:${op.height}pt;background:${fill};border:${border}"></div>`,
      );
    } else {
      page.push(
        `<div class="b" style="left:${op.x1}pt;top:${top(op.y)}pt;width:${op.x2 - op.x1}pt;border-top:${op.thickness}pt solid ${css(op.gray)}"></div>`,
      );
    }
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", sans-serif }
.page { position: relative; width: ${PAGE.width}pt; height: ${PAGE.height}pt; overflow: hidden; break-after: page }
.t { position: absolute; white-space: pre; line-height: 1 }
.b { position: absolute; box-sizing: border-box }
</style></head><body>${pages.map((p) => `<div class="page">${p.join("")}</div>`).join("")}</body></html>`;
}

export interface ChromiumPrinter {
  /** A new page for this render, closed after it (what a simple service does). */
  fresh(html: string): Promise<Uint8Array>;
  /** One page kept open and reused (the usual optimisation). */
  reused(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function startChromiumPrinter(): Promise<ChromiumPrinter> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  let kept: Page | undefined;
  const print = async (page: Page, html: string) => {
    await page.setContent(html, { waitUntil: "load" });
    return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  };
  return {
    async fresh(html) {
      const page = await context.newPage();
      try {
        return await print(page, html);
      } finally {
        await page.close();
      }
    },
    async reused(html) {
      kept ??= await context.newPage();
      return print(kept, html);
    },
    async close() {
      await browser.close();
    },
  };
}
