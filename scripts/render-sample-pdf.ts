/**
 * Writes the README's sample fiche: docs/fiche-exemple.pdf (the test fixture's fictitious youth)
 * and docs/images/fiche-exemple.png (its first page at 100 dpi, drawn by poppler's pdftoppm).
 * Run: npx tsx scripts/render-sample-pdf.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderFiche } from "../server/pdf/render";
import { demoMissionLocale, registration } from "../tests/fixtures/registration";

const docs = fileURLToPath(new URL("../docs/", import.meta.url));
mkdirSync(`${docs}images`, { recursive: true });

const pdf = await renderFiche(registration(), demoMissionLocale());
writeFileSync(`${docs}fiche-exemple.pdf`, pdf);
// -singlefile: no page-number suffix; the PNG is the first page only.
execFileSync("pdftoppm", [
  "-png",
  "-r",
  "100",
  "-f",
  "1",
  "-l",
  "1",
  "-singlefile",
  `${docs}fiche-exemple.pdf`,
  `${docs}images/fiche-exemple`,
]);
console.log(`docs/fiche-exemple.pdf (${pdf.length} octets) et docs/images/fiche-exemple.png écrits`);
