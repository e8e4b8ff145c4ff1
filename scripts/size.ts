/**
 * `npm run size`: the weight of the script-tag bundle, and the two budgets CI enforces.
 *
 * - Before the first step: what a phone downloads before the first step is usable, dist/widget.js
 *   and any chunk it imports statically.
 * - The whole French form: that, plus the later chunk (schema, steps 2 to 6) and what it imports
 *   statically, which every French visit fetches. Other languages, the iframe mode and the world's
 *   phone metadata are fetched only when asked for: listed, not counted.
 * Builds first when dist/ is missing or older than the sources.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";

/**
 * Budgets in gzip bytes (README.md, "Performance"): 20 KB before the first step (the target); the
 * whole French form at its measured weight rounded up to the next 0.5 KB, on the way to 35 KB.
 */
const BUDGET_FIRST_STEP = 20 * 1024;
const BUDGET_FRENCH_FORM = 46.5 * 1024;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const ENTRY = join(DIST, "widget.js");
/** What the bundle is built from: a change to any of them makes dist/ stale. */
const SOURCES = ["widget", "contract", "vite.config.ts", "package-lock.json"];
/** `import … from "./chunks/x.js"` or `import "./chunks/x.js"`, minified or not; not `import(…)`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfStale(): void {
  const built = existsSync(ENTRY) ? statSync(ENTRY).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
  if (built >= sources) return;
  console.log(built === 0 ? "dist/ absent : construction…" : "dist/ plus ancien que les sources : construction…");
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** The given files and every chunk reachable from them by static imports. */
function withStaticImports(files: readonly string[]): Set<string> {
  const found = new Set<string>();
  const pending = [...files];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(STATIC_IMPORT)) pending.push(join(file, "..", match[1] as string));
  }
  return found;
}

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** Loaded before the first step is usable. */
  firstStep: boolean;
  /** Loaded by every French visit, sooner or later. */
  frenchForm: boolean;
}

function measure(): FileSize[] {
  const chunks = existsSync(join(DIST, "chunks"))
    ? readdirSync(join(DIST, "chunks"))
        .filter((name) => name.endsWith(".js"))
        .map((name) => join(DIST, "chunks", name))
    : [];
  const firstStep = withStaticImports([ENTRY]);
  // The later chunk keeps its name before the hash (vite.config.ts chunkFileNames).
  const later = chunks.filter((file) => /[/\\]later-[\w-]+\.js$/.test(file));
  if (later.length !== 1) throw new Error(`un seul chunk later-*.js attendu dans dist/chunks, trouvé ${later.length}`);
  const frenchForm = withStaticImports([ENTRY, ...later]);
  return [ENTRY, ...chunks.sort()].map((file) => {
    const bytes = readFileSync(file);
    return {
      file: relative(ROOT, file),
      raw: bytes.length,
      // Default level (6), as a server compressing on the fly sends it.
      gzip: gzipSync(bytes).length,
      brotli: brotliCompressSync(bytes).length,
      firstStep: firstStep.has(file),
      frenchForm: frenchForm.has(file),
    };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  buildIfStale();
  const sizes = measure();
  const width = Math.max(...sizes.map((size) => size.file.length));
  console.log(`${"fichier".padEnd(width)}  ${"brut".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
  for (const size of sizes) {
    const note = size.firstStep
      ? "avant la 1re étape"
      : size.frenchForm
        ? "après la 1re étape, toujours (formulaire en français)"
        : "à la demande";
    console.log(
      `${size.file.padEnd(width)}  ${kb(size.raw).padStart(9)}  ${kb(size.gzip).padStart(9)}  ${kb(size.brotli).padStart(9)}  ${note}`,
    );
  }
  console.log("");
  const budgets = [
    { label: "Avant la première étape", budget: BUDGET_FIRST_STEP, counted: (size: FileSize) => size.firstStep },
    {
      label: "Formulaire entier en français",
      budget: BUDGET_FRENCH_FORM,
      counted: (size: FileSize) => size.frenchForm,
    },
  ];
  for (const { label, budget, counted } of budgets) {
    const total = sizes.filter(counted).reduce((sum, size) => sum + size.gzip, 0);
    const verdict = total <= budget ? "OK" : "DÉPASSÉ";
    console.log(`${label} : ${kb(total)} gzip (${total} octets) ; budget ${kb(budget)} : ${verdict}`);
    if (total > budget) process.exitCode = 1;
  }
}

main();
