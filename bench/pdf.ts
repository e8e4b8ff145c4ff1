/**
 * 3. PDF rendering: the fiche of a typical registration, warm (fonts loaded, code optimised),
 * against pdf-lib as usually written and Chromium's page.pdf(), all in this process and run.
 * Also the single-thread render rate, the ceiling section 4 is compared with.
 */
import { preloadFonts } from "../server/pdf/fonts";
import { renderFiche } from "../server/pdf/render";
import { demoMissionLocale, registration } from "../tests/fixtures/registration";
import { recordFiche } from "./fiche-ops";
import { ficheHtml, startChromiumPrinter } from "./pdf-chromium";
import { renderNaive } from "./pdf-naive";
import { type Figure, timesFaster } from "./report";
import { median, percentile, round, timeRuns } from "./stats";

const SECTION = "3. PDF rendering (one-page fiche, warm)";
const TARGET_MS = 10;

export interface PdfCounts {
  ours: number;
  naive: number;
  chromium: number;
}

interface Series {
  medianMs: number;
  p99Ms: number;
  runs: number;
  bytes: number;
}

export interface PdfResult {
  ours: Series;
  naive: Series;
  chromiumFresh: Series;
  chromiumReused: Series;
  /** Back-to-back renders per second on one thread, over `rateWindowMs`. */
  rendersPerSecond: number;
}

function series(samples: number[], bytes: number): Series {
  return { medianMs: round(median(samples)), p99Ms: round(percentile(samples, 99)), runs: samples.length, bytes };
}

async function rate(windowMs: number, run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < windowMs) {
    await run();
    count++;
  }
  return (count * 1000) / (performance.now() - start);
}

export async function measurePdf(counts: PdfCounts): Promise<{ result: PdfResult; figures: Figure[] }> {
  const ml = demoMissionLocale();
  const fiche = registration();
  preloadFonts();
  const ops = await recordFiche(fiche, ml);
  const html = ficheHtml(ops, `Pré-inscription ${fiche.reference}`);

  const oursBytes = (await renderFiche(fiche, ml)).length;
  const ours = await timeRuns(counts.ours, 30, () => renderFiche(fiche, ml));
  const rendersPerSecond = await rate(2000, () => renderFiche(fiche, ml));

  const naiveBytes = (await renderNaive(ops, fiche)).length;
  const naive = await timeRuns(counts.naive, 3, () => renderNaive(ops, fiche));

  const printer = await startChromiumPrinter();
  let chromiumFresh: number[];
  let chromiumReused: number[];
  let chromiumBytes: number;
  try {
    chromiumBytes = (await printer.fresh(html)).length;
    chromiumFresh = await timeRuns(counts.chromium, 3, () => printer.fresh(html));
    chromiumReused = await timeRuns(counts.chromium, 3, () => printer.reused(html));
  } finally {
    await printer.close();
  }

  const result: PdfResult = {
    ours: series(ours, oursBytes),
    naive: series(naive, naiveBytes),
    chromiumFresh: series(chromiumFresh, chromiumBytes),
    chromiumReused: series(chromiumReused, chromiumBytes),
    rendersPerSecond: round(rendersPerSecond, 0),
  };
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const oursMedian = result.ours.medianMs;
  const reference = (label: string, s: Series) => ({
    label: `${label} (p99 ${s.p99Ms} ms)`,
    value: s.medianMs,
    unit: "ms",
  });
  const runs = (s: Series) => `median of ${s.runs} renders (ours: ${result.ours.runs})`;
  const figures: Figure[] = [
    {
      section: SECTION,
      label: "renderFiche (own subsetter and content streams)",
      value: oursMedian,
      unit: "ms",
      detail: `p99 ${result.ours.p99Ms} ms, ${kb(oursBytes)}; ${result.rendersPerSecond} renders/s on one thread`,
      runs: `${result.ours.runs} warm renders`,
      target: { text: `< ${TARGET_MS} ms median`, pass: oursMedian < TARGET_MS },
    },
    {
      section: SECTION,
      label: "vs (a) pdf-lib as usually written",
      value: oursMedian,
      unit: "ms",
      detail: `theirs ${kb(result.naive.bytes)}`,
      runs: runs(result.naive),
      reference: reference("embedFont + drawText", result.naive),
      ratio: timesFaster(oursMedian, result.naive.medianMs),
    },
    {
      section: SECTION,
      label: "vs (b) Chromium page.pdf(), fresh page",
      value: oursMedian,
      unit: "ms",
      detail: `theirs ${kb(result.chromiumFresh.bytes)}`,
      runs: runs(result.chromiumFresh),
      reference: reference("new page per render", result.chromiumFresh),
      ratio: timesFaster(oursMedian, result.chromiumFresh.medianMs),
    },
    {
      section: SECTION,
      label: "vs (c) Chromium page.pdf(), reused page",
      value: oursMedian,
      unit: "ms",
      runs: runs(result.chromiumReused),
      reference: reference("one page reused", result.chromiumReused),
      ratio: timesFaster(oursMedian, result.chromiumReused.medianMs),
      target: {
        text: "≥ 5× faster than Chromium's best case",
        pass: result.chromiumReused.medianMs / oursMedian >= 5,
      },
    },
  ];
  return { result, figures };
}
