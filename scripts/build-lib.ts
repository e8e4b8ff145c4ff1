/**
 * The npm library (`npm run build:lib`; `npm pack` runs it): the JS of vite.lib.config.ts in
 * dist/lib/, and declarations in dist/lib/types/.
 *
 * Declarations come from TypeScript 7's own `tsc` (it emits them; it has no compiler API for a
 * bundler of declarations). Only the files the two entries reach are kept, and their relative
 * imports get a `.js` ending: the sources import without extensions (bundler resolution), which a
 * consumer type-checking with `moduleResolution: nodenext` would not resolve.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TYPES_DIR = join(ROOT, "dist/lib/types");
/** The package's entries ("." and "./define"), as paths from the repository root. */
const ENTRIES = ["widget/lib", "widget/define"];
/** `from "./x"`, `import "./x"` and `import("./x")` with a relative specifier. */
const RELATIVE_IMPORT = /(\bfrom\s+|\bimport\s*\(?\s*)(["'])(\.{1,2}\/[^"']+)\2/g;

async function buildJs(): Promise<void> {
  await build({ configFile: join(ROOT, "vite.lib.config.ts"), logLevel: "warn" });
}

/** tsconfig.lib.json: the project's compiler options, the two entries, declarations only. */
function emitDeclarations(outDir: string): void {
  const tsc = join(ROOT, "node_modules/.bin/tsc");
  execFileSync(tsc, ["-p", "tsconfig.lib.json", "--outDir", outDir], { cwd: ROOT, stdio: "inherit" });
}

/** Copies the declarations reachable from the entries, with `.js` endings on relative imports. */
function copyReachable(fromDir: string): string[] {
  const copied: string[] = [];
  const pending = ENTRIES.map((entry) => `${entry}.d.ts`);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(fromDir, file), "utf8").replace(RELATIVE_IMPORT, (_, head, quote, specifier) => {
      const target = join(dirname(file), specifier);
      pending.push(`${target}.d.ts`);
      return `${head}${quote}${specifier}.js${quote}`;
    });
    mkdirSync(dirname(join(TYPES_DIR, file)), { recursive: true });
    writeFileSync(join(TYPES_DIR, file), text);
    copied.push(file);
  }
  return copied.sort();
}

await buildJs();
const temp = mkdtempSync(join(tmpdir(), "ml-lib-types-"));
try {
  emitDeclarations(temp);
  rmSync(TYPES_DIR, { recursive: true, force: true });
  const copied = copyReachable(temp);
  console.log(`dist/lib : JS et ${copied.length} déclarations (${copied.join(", ")})`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
