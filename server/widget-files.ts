/**
 * The built widget (npm run build): dist/widget.js and the chunks it imports on demand,
 * read once at start and served from memory.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectPath } from "./paths";

export interface WidgetFiles {
  /** dist/widget.js, the script-tag entry. */
  main: string;
  /** dist/chunks/<name>-<hash>.js by file name. */
  chunks: ReadonlyMap<string, string>;
}

export const DIST_DIR = projectPath("dist");

/** Undefined when the widget has not been built. */
export function readWidgetFiles(dist = DIST_DIR): WidgetFiles | undefined {
  let main: string;
  try {
    main = readFileSync(join(dist, "widget.js"), "utf8");
  } catch {
    return undefined;
  }
  const chunks = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(join(dist, "chunks")).filter((name) => name.endsWith(".js"));
  } catch {
    // a build without chunks
  }
  for (const name of names) chunks.set(name, readFileSync(join(dist, "chunks", name), "utf8"));
  return { main, chunks };
}
