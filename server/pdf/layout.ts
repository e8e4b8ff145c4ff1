/**
 * Layout helpers for the fiche: a cursor that flows blocks down A4 pages (a new page when a block
 * doesn't fit), text lines, label/value rows, section titles, boxes. Coordinates are PDF points,
 * y growing upward; `flow.y` is the top of the free space on the current page.
 */
import { type PDFDocument, PDFName, type PDFPage } from "pdf-lib";
import { type BoxOptions, type Colour, ContentStream } from "./content-stream";
import type { FaceName } from "./fonts";
import type { EmbeddedFont } from "./pdf-font";
import { drawable, textWidth, wrapText } from "./text";

export const PAGE = { width: 595.28, height: 841.89, left: 42, right: 553.28, top: 804, bottom: 48 } as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

/** Label column, then the value column (split in two for names: as typed | I-Milo form). */
export const COLUMNS = { label: PAGE.left, labelWidth: 136, value: 184, valueWidth: PAGE.right - 184, half: 366 };

export interface TextStyle {
  face: FaceName;
  size: number;
  /** Gray level (0 = black) or RGB; colour only ever doubles words that say the same thing. */
  colour?: Colour;
}

export const STYLE = {
  body: { face: "regular", size: 9, colour: 0.05 },
  strong: { face: "bold", size: 9, colour: 0 },
  label: { face: "regular", size: 8, colour: 0.3 },
  small: { face: "regular", size: 7.5, colour: 0.3 },
  section: { face: "bold", size: 10.5, colour: 0 },
} as const satisfies Record<string, TextStyle>;

const FONT_KEYS: Record<FaceName, string> = { regular: "F1", bold: "F2" };

export const lineHeight = (style: TextStyle) => Math.round(style.size * 1.25 * 100) / 100;

export class Flow {
  readonly pages: PDFPage[] = [];
  private readonly contents: ContentStream[] = [];
  /** Top of the free space on the current page. */
  y = 0;
  /** `y` right after the page header: a block taller than a whole page goes there anyway. */
  private pageStart = 0;
  private readonly doc: PDFDocument;
  private readonly fonts: Record<FaceName, EmbeddedFont>;
  private readonly onNewPage: (flow: Flow) => void;

  constructor(doc: PDFDocument, fonts: Record<FaceName, EmbeddedFont>, onNewPage: (flow: Flow) => void) {
    this.doc = doc;
    this.fonts = fonts;
    this.onNewPage = onNewPage;
    this.addPage();
  }

  /** A page's operators: the current page, or an earlier one by index (footers are drawn last). */
  private content(pageIndex = this.contents.length - 1): ContentStream {
    const content = this.contents[pageIndex];
    if (!content) throw new Error(`page ${pageIndex} absente`);
    return content;
  }

  addPage(): void {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    page.node.setFontDictionary(PDFName.of(FONT_KEYS.regular), this.fonts.regular.ref);
    page.node.setFontDictionary(PDFName.of(FONT_KEYS.bold), this.fonts.bold.ref);
    this.pages.push(page);
    this.contents.push(new ContentStream());
    this.y = PAGE.top;
    this.onNewPage(this);
    this.pageStart = this.y;
  }

  /** Start a new page unless `height` points fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < PAGE.bottom && this.y < this.pageStart) this.addPage();
  }

  wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(this.fonts[style.face].face, text, style.size, width);
  }

  width(line: string, style: TextStyle): number {
    return textWidth(this.fonts[style.face].face, line, style.size);
  }

  /** One line of text (no wrapping) with its baseline at `baseline`. */
  line(text: string, x: number, baseline: number, style: TextStyle, pageIndex?: number): void {
    const font = this.fonts[style.face];
    const line = drawable(font.face, text);
    if (line === "") return;
    this.content(pageIndex).text(FONT_KEYS[style.face], style.size, style.colour ?? 0, x, baseline, font.encode(line));
  }

  /** Lines stacked from `top` down; returns the height used. */
  lines(lines: readonly string[], x: number, top: number, style: TextStyle): number {
    const step = lineHeight(style);
    lines.forEach((text, index) => {
      this.line(text, x, top - style.size - index * step, style);
    });
    return lines.length * step;
  }

  rect(x: number, y: number, width: number, height: number, options: BoxOptions, pageIndex?: number): void {
    this.content(pageIndex).rect(x, y, width, height, options);
  }

  hline(x1: number, x2: number, y: number, thickness = 0.6, gray = 0.55, pageIndex?: number): void {
    this.content(pageIndex).line(x1, y, x2, y, gray, thickness);
  }

  /** Write every page's content stream; call once, after the last drawing. */
  finish(): void {
    this.contents.forEach((content, index) => {
      this.pages[index]?.node.addContentStream(content.register(this.doc.context));
    });
  }
}

/** A cell of a row: text wrapped in its column. */
export interface Cell {
  text: string;
  x: number;
  width: number;
  style: TextStyle;
}

const ROW_GAP = 2.6;

/** A label and its value cells, side by side, kept together on one page. */
export function row(flow: Flow, label: string, cells: readonly Cell[]): void {
  const labelLines = flow.wrap(label, STYLE.label, COLUMNS.labelWidth);
  const cellLines = cells.map((cell) => flow.wrap(cell.text, cell.style, cell.width));
  const height = Math.max(
    labelLines.length * lineHeight(STYLE.label),
    ...cells.map((cell, index) => (cellLines[index]?.length ?? 1) * lineHeight(cell.style)),
  );
  flow.ensure(height + ROW_GAP);
  // Labels share the values' first baseline.
  const top = flow.y;
  const baseline = top - STYLE.body.size;
  labelLines.forEach((text, index) => {
    flow.line(text, COLUMNS.label, baseline - index * lineHeight(STYLE.label), STYLE.label);
  });
  cells.forEach((cell, index) => {
    (cellLines[index] ?? []).forEach((text, lineIndex) => {
      flow.line(text, cell.x, baseline - lineIndex * lineHeight(cell.style), cell.style);
    });
  });
  flow.y -= height + ROW_GAP;
}

/** A value over the whole value column. */
export function valueCell(text: string, style: TextStyle = STYLE.body): Cell {
  return { text, x: COLUMNS.value, width: COLUMNS.valueWidth, style };
}

const SECTION_HEIGHT = 21.5;

/** A section title, a rule running on from it, kept with the section's first row (`keepWith` points). */
export function sectionTitle(flow: Flow, title: string, keepWith: number): void {
  flow.ensure(SECTION_HEIGHT + keepWith);
  flow.y -= 6.5;
  const [line = ""] = flow.wrap(title, STYLE.section, CONTENT_WIDTH);
  const baseline = flow.y - STYLE.section.size;
  flow.line(line, PAGE.left, baseline, STYLE.section);
  flow.hline(PAGE.left + flow.width(line, STYLE.section) + 8, PAGE.right, baseline + 3, 0.8, 0.45);
  flow.y -= SECTION_HEIGHT - 6.5;
}

/** Text that may run over several pages, line by line (the message). */
export function paragraph(flow: Flow, lines: readonly string[], x: number, style: TextStyle): void {
  const step = lineHeight(style);
  for (const text of lines) {
    flow.ensure(step);
    flow.line(text, x, flow.y - style.size, style);
    flow.y -= step;
  }
}
