/**
 * The element's public contract as tools and webmasters see it: custom-elements.json is the
 * analyzer's output for today's JSDoc (regenerate with `npm run manifest`), the JSDoc lists the
 * parts and custom properties the code really has, the README's theming tables list the same,
 * and nothing in the widget needs `unsafe-inline` or `unsafe-eval` in a page's CSP.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

interface Named {
  name: string;
}
interface Manifest {
  modules: {
    path: string;
    declarations?: {
      tagName?: string;
      attributes?: (Named & { fieldName?: string })[];
      events?: (Named & { type?: { text: string } })[];
      cssParts?: Named[];
      cssProperties?: Named[];
    }[];
    exports?: { kind: string; name: string }[];
  }[];
}

const committed = JSON.parse(read("custom-elements.json")) as Manifest;
const element = committed.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName);
const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name).sort();

function widgetSources(dir = join(ROOT, "widget")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return widgetSources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("custom-elements.json", () => {
  it("is what the analyzer makes of today's sources (else: npm run manifest)", async () => {
    const script = `
      import { cli } from "@custom-elements-manifest/analyzer/cli.js";
      const manifest = await cli({ argv: ["analyze", "--quiet"], cwd: process.cwd(), noWrite: true });
      process.stdout.write(JSON.stringify(manifest, null, 2) + "\\n");`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
    });
    expect(stdout).toBe(read("custom-elements.json"));
  });

  it("names the tag, its attributes, events and parts, and the published modules", () => {
    expect(element?.tagName).toBe("ml-preinscription");
    expect(names(element?.attributes)).toEqual([
      "endpoint",
      "heading-level",
      "isolation",
      "lang",
      "mission-locale",
      "origine",
    ]);
    expect(element?.events?.map((event) => [event.name, event.type?.text])).toEqual([
      ["ml-step", "MlStepEvent"],
      ["ml-submitted", "MlSubmittedEvent"],
      ["ml-error", "MlErrorEvent"],
    ]);
    expect(names(element?.cssParts)).toEqual(expect.arrayContaining(["root", "form", "field", "input", "button"]));
    expect(committed.modules.map((module) => module.path)).toEqual(["dist/lib/index.js", "dist/lib/define.js"]);
    const definitions = committed.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind.startsWith("custom"));
    expect(definitions.map((definition) => definition.name)).toEqual(["ml-preinscription"]);
  });

  it("lists exactly the parts the templates carry", () => {
    const used = new Set<string>();
    for (const file of widgetSources()) {
      for (const match of readFileSync(file, "utf8").matchAll(/\spart="([^"]+)"/g)) {
        for (const part of (match[1] as string).split(/\s+/)) used.add(part);
      }
    }
    expect(names(element?.cssParts)).toEqual([...used].sort());
  });

  it("lists exactly the custom properties the styles read", () => {
    const used = new Set(read("widget/styles.ts").match(/--ml-[a-z-]+/g));
    expect(names(element?.cssProperties)).toEqual([...used].sort());
  });
});

describe("README", () => {
  const readme = read("README.md");
  /** Rows of the markdown table under `heading`: the first cell's `code`. */
  const tableAfter = (heading: string) => {
    const start = readme.indexOf(heading);
    expect(start, heading).toBeGreaterThan(-1);
    const rows: string[] = [];
    for (const line of readme.slice(start).split("\n").slice(1)) {
      if (rows.length > 0 && !line.startsWith("|")) break;
      const cell = /^\|\s*`([^`]+)`\s*\|/.exec(line);
      if (cell) rows.push(cell[1] as string);
    }
    return rows.sort();
  };

  it("documents every custom property and every part, and no other", () => {
    expect(tableAfter("#### Custom properties")).toEqual(names(element?.cssProperties));
    expect(tableAfter("#### Parts")).toEqual(names(element?.cssParts));
  });

  it("documents the events", () => {
    for (const event of ["ml-step", "ml-submitted", "ml-error"]) expect(readme).toContain(`\`${event}\``);
  });
});

describe("strict CSP", () => {
  it("the widget's sources set no inline style and evaluate no string", () => {
    for (const file of widgetSources()) {
      const code = readFileSync(file, "utf8");
      expect(code, file).not.toMatch(/\sstyle=|<style|styleMap|setAttribute\(\s*["']style|\beval\(|new Function\(/);
    }
  });
});
