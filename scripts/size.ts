/**
 * `npm run size`: the weight of the script-tag bundle, and the budget CI enforces.
 *
 * The budget (25 KB gzip) covers what a phone downloads before the first step is usable:
 * dist/widget.js and any chunk it imports statically. Chunks it imports with `import()` (the later
 * steps, other locales) are fetched after the first step is on screen: they are listed, not counted.
 * Builds first when dist/ is missing or older than the sources.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 25 * 1024;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const ENTRY = join(DIST, "widget.js");
/** What the bundle is built from: a change to any of them makes dist/ stale. */
const SOURCES = ["widget", "vite.config.ts", "package-lock.json"];
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

/** The entry and every chunk reachable from it by static imports. */
function loadedBeforeFirstStep(entry: string): Set<string> {
  const found = new Set<string>();
  const pending = [entry];
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
  /** Counted in the budget: loaded before the first step is usable. */
  counted: boolean;
}

function measure(): FileSize[] {
  const chunks = existsSync(join(DIST, "chunks"))
    ? readdirSync(join(DIST, "chunks"))
        .filter((name) => name.endsWith(".js"))
        .map((name) => join(DIST, "chunks", name))
    : [];
  const counted = loadedBeforeFirstStep(ENTRY);
  return [ENTRY, ...chunks.sort()].map((file) => {
    const bytes = readFileSync(file);
    return {
      file: relative(ROOT, file),
      raw: bytes.length,
      // Default level (6), as a server compressing on the fly sends it.
      gzip: gzipSync(bytes).length,
      brotli: brotliCompressSync(bytes).length,
      counted: counted.has(file),
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
    const note = size.counted ? "avant la 1re étape" : "chargé après la 1re étape";
    console.log(
      `${size.file.padEnd(width)}  ${kb(size.raw).padStart(9)}  ${kb(size.gzip).padStart(9)}  ${kb(size.brotli).padStart(9)}  ${note}`,
    );
  }
  const total = sizes.filter((size) => size.counted).reduce((sum, size) => sum + size.gzip, 0);
  const verdict = total <= BUDGET_GZIP_BYTES ? "OK" : "DÉPASSÉ";
  console.log(
    `\nAvant la première étape : ${kb(total)} gzip (${total} octets) ; budget ${kb(BUDGET_GZIP_BYTES)} : ${verdict}`,
  );
  if (total > BUDGET_GZIP_BYTES) process.exitCode = 1;
}

main();
