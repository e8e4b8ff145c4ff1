/**
 * Where the project's files are, whether the server runs from its TypeScript sources (tsx, tests)
 * or from the bundle in dist/server/ (npm start): the folder of the package.json named
 * "ml-preinscription", found by walking up from this module.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(from: string): string {
  let folder = from;
  for (;;) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
      if (name === "ml-preinscription") return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error("ml-preinscription : package.json introuvable au-dessus du serveur");
    folder = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. projectPath("demo", "index.html"). */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
