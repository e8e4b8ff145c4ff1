/**
 * Lighthouse 12.2.3 (the last to run on Node 20) in its default mobile emulation, on the demo page
 * and on the plain form, run as its own CLI process with Debian's Chromium. Accessibility and
 * best practices must be 100 (docs/rgaa-formulaires.md); performance is the same tool's view of
 * section 2 (simulated slow 4G and 4× CPU).
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { chromiumPath } from "../tests/support/chromium";
import type { Figure } from "./report";

const run = promisify(execFile);
const SECTION = "2. Time to a usable form (Chromium, 4× CPU throttling)";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
type Category = (typeof CATEGORIES)[number];

export type LighthouseScores = Record<Category, number>;

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null }>;
  runtimeError?: { code: string; message: string };
}

export async function lighthouse(url: string): Promise<LighthouseScores & { version: string }> {
  const cli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
  const { stdout } = await run(
    process.execPath,
    [
      cli,
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 2 ** 20, timeout: 180_000 },
  );
  const report = JSON.parse(stdout) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const score = (category: Category) => Math.round((report.categories[category]?.score ?? Number.NaN) * 100);
  return {
    version: report.lighthouseVersion,
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
  };
}

export function lighthouseFigures(widget: LighthouseScores & { version: string }, plain: LighthouseScores): Figure[] {
  return CATEGORIES.map((category): Figure => {
    const figure: Figure = {
      section: SECTION,
      label: `Lighthouse ${widget.version} mobile, ${category} (demo page)`,
      value: widget[category],
      unit: "/ 100",
      runs: "1 run each",
      reference: { label: "plain form", value: plain[category], unit: "/ 100" },
    };
    figure.target =
      category === "performance"
        ? { text: "≥ 98", pass: widget[category] >= 98 }
        : { text: "100", pass: widget[category] === 100 };
    return figure;
  });
}
