/**
 * What may import what (docs/architecture.md): the contract is shared and depends on neither
 * side; the server never reaches into the widget; the contract stays free of the DOM and of Lit,
 * so that the server can run it.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

/** Every module specifier a file imports (static, dynamic, re-export), resolved to a repo path when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? "");
  return specifiers.map((s) => (s.startsWith(".") ? relative(root, resolve(dirname(file), s)) : s));
}

function offenders(folder: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${relative(root, file)} → ${target}`),
  );
}

describe("the import rules", () => {
  it("nothing under server/ imports from widget/", () => {
    expect(offenders("server", (t) => t === "widget" || t.startsWith("widget/"))).toEqual([]);
  });

  it("contract/ imports neither widget/ nor server/", () => {
    expect(offenders("contract", (t) => /^(widget|server)(\/|$)/.test(t))).toEqual([]);
  });

  it("contract/ stays free of Lit and the DOM, so the server can run it", () => {
    expect(offenders("contract", (t) => t === "lit" || t.startsWith("lit/") || t.startsWith("@lit/"))).toEqual([]);
    const domUse = sourceFiles("contract").filter((f) =>
      /\b(document|window|customElements|HTMLElement)\b\s*[.(]/.test(readFileSync(f, "utf8")),
    );
    expect(domUse.map((f) => relative(root, f))).toEqual([]);
  });

  it("the README's map names every top-level folder of the repository", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const folders = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((path) => path.includes("/") && !path.startsWith("."))
      .map((path) => path.split("/")[0]);
    const unnamed = [...new Set(folders)].filter((folder) => !readme.includes(`- \`${folder}/\``));
    expect(unnamed).toEqual([]);
  });

  it("the rule itself sees an import that breaks it", () => {
    // A file of the server importing the widget would be listed: check the matcher on a sample.
    const sample = 'import { x } from "../../widget/api";';
    const spec = [...sample.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);
    expect(relative(root, resolve(join(root, "server/routes"), spec[0] ?? ""))).toBe("widget/api");
  });
});
