/**
 * Reference (a): the same fiche with pdf-lib as most Node projects write it — a new document,
 * `registerFontkit(fontkit)`, `embedFont(bytes, {subset: true})` for each face every time,
 * text measured with `widthOfTextAtSize` and drawn with `drawText`, one call per line, boxes
 * with `drawRectangle`, the JSON attached, `save()` with its defaults.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { AFRelationship, grayscale, PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import type { Colour } from "../server/pdf/content-stream";
import { PAGE } from "../server/pdf/layout";
import { registrationJson, registrationJsonFilename } from "../server/pdf/registration-json";
import type { Registration } from "../server/registration";
import type { FicheOp } from "./fiche-ops";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
// Read once, as anyone would; parsed and laid out again by every embedFont.
const FONT_BYTES = {
  regular: readFileSync(join(FONT_DIR, "DejaVuSans.ttf")),
  bold: readFileSync(join(FONT_DIR, "DejaVuSans-Bold.ttf")),
};

const colour = (c: Colour) => (typeof c === "number" ? grayscale(c) : rgb(c[0], c[1], c[2]));

/** Word wrapping the usual way: measure the line so far with widthOfTextAtSize at each word. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\n|\r/)) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

export async function renderNaive(ops: readonly FicheOp[], registration: Registration): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    regular: await doc.embedFont(FONT_BYTES.regular, { subset: true }),
    bold: await doc.embedFont(FONT_BYTES.bold, { subset: true }),
  };
  const pages: PDFPage[] = [];
  for (const op of ops) {
    switch (op.kind) {
      case "page":
        pages.push(doc.addPage([PAGE.width, PAGE.height]));
        break;
      case "wrap":
        wrap(fonts[op.style.face], op.text, op.style.size, op.width);
        break;
      case "text":
        pages[op.page]?.drawText(op.text, {
          x: op.x,
          y: op.y,
          size: op.style.size,
          font: fonts[op.style.face],
          color: colour(op.style.colour ?? 0),
        });
        break;
      case "rect":
        pages[op.page]?.drawRectangle({
          x: op.x,
          y: op.y,
          width: op.width,
          height: op.height,
          color: op.options.fill === undefined ? undefined : colour(op.options.fill),
          borderColor: op.options.stroke === undefined ? undefined : colour(op.options.stroke),
          borderWidth: op.options.stroke === undefined ? 0 : (op.options.lineWidth ?? 0.8),
        });
        break;
      case "hline":
        pages[op.page]?.drawLine({
          start: { x: op.x1, y: op.y },
          end: { x: op.x2, y: op.y },
          thickness: op.thickness,
          color: grayscale(op.gray),
        });
        break;
    }
  }
  doc.setTitle(`Pré-inscription ${registration.reference}`);
  await doc.attach(
    new TextEncoder().encode(registrationJson(registration)),
    registrationJsonFilename(registration.reference),
    { mimeType: "application/json", afRelationship: AFRelationship.Data },
  );
  return doc.save();
}
