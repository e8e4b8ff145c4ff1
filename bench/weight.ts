/**
 * 1. Widget weight: what a phone downloads, raw and gzip (level 9, what a server's static
 * compression typically sends), against the plain HTML form with the same fields.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST_DIR } from "../server/widget-files";
import type { Figure } from "./report";

const SECTION = "1. Widget weight";
/** Targets: before the first step, and the whole French form (widget.js + the later chunk). */
const BUDGET_KB = 20;
const FRENCH_FORM_KB = 35;

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export interface WeightResult {
  widgetRaw: number;
  widgetGzip: number;
  chunks: { name: string; raw: number; gzip: number }[];
  plainFormRaw: number;
  plainFormGzip: number;
}

export async function measureWeight(plainFormHtml: string): Promise<{ result: WeightResult; figures: Figure[] }> {
  const widget = await readFile(join(DIST_DIR, "widget.js"));
  const chunkDir = join(DIST_DIR, "chunks");
  const names = (await readdir(chunkDir).catch(() => [] as string[])).filter((name) => name.endsWith(".js"));
  const chunks = await Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(chunkDir, name));
      return { name, raw: bytes.length, gzip: gzip(bytes) };
    }),
  );
  const plain = Buffer.from(plainFormHtml);
  const result: WeightResult = {
    widgetRaw: widget.length,
    widgetGzip: gzip(widget),
    chunks,
    plainFormRaw: plain.length,
    plainFormGzip: gzip(plain),
  };
  const plainRef = { label: "plain HTML form, gzip", value: kb(result.plainFormGzip), unit: "KB" };
  const chunkGzip = chunks.reduce((sum, c) => sum + c.gzip, 0);
  const total = result.widgetGzip + chunkGzip;
  const later = chunks.filter((chunk) => chunk.name.startsWith("later-"));
  const frenchForm = result.widgetGzip + later.reduce((sum, c) => sum + c.gzip, 0);
  const figures: Figure[] = [
    {
      section: SECTION,
      label: "widget.js (before the first step)",
      value: kb(result.widgetGzip),
      unit: "KB gzip",
      detail: `${kb(result.widgetRaw)} KB raw`,
      runs: "1 (deterministic)",
      reference: plainRef,
      ratio: `${(result.widgetGzip / result.plainFormGzip).toFixed(1)}× the plain form`,
      target: { text: `≤ ${BUDGET_KB} KB gzip`, pass: kb(result.widgetGzip) <= BUDGET_KB },
    },
    ...chunks.map(
      (chunk): Figure => ({
        section: SECTION,
        label: `chunks/${chunk.name} (on demand, after the first step)`,
        value: kb(chunk.gzip),
        unit: "KB gzip",
        detail: `${kb(chunk.raw)} KB raw`,
        runs: "1 (deterministic)",
      }),
    ),
    {
      section: SECTION,
      label: "whole French form (widget.js + the later chunk)",
      value: kb(frenchForm),
      unit: "KB gzip",
      runs: "1 (deterministic)",
      reference: plainRef,
      ratio: `${(frenchForm / result.plainFormGzip).toFixed(1)}× the plain form`,
      target: { text: `≤ ${FRENCH_FORM_KB} KB gzip`, pass: kb(frenchForm) <= FRENCH_FORM_KB },
    },
    {
      section: SECTION,
      label: "widget.js + chunks",
      value: kb(total),
      unit: "KB gzip",
      detail: `${kb(result.widgetRaw + chunks.reduce((sum, c) => sum + c.raw, 0))} KB raw`,
      runs: "1 (deterministic)",
      reference: plainRef,
      ratio: `${(total / result.plainFormGzip).toFixed(1)}× the plain form`,
    },
  ];
  return { result, figures };
}
