/**
 * DejaVu Sans (Regular, Bold), read and parsed once per process and shared by every document.
 *
 * The Unicode → glyph map (cmap), the metrics and the name are read from the font's own tables
 * (font-tables.ts); what is asked per character (glyph id, advance width) is cached here, so
 * drawing never goes through a layout engine (fontkit's `layout()` took ≈0.3 ms a call, the main
 * cost of a naive fiche). The raw tables stay at hand for the subsetter (truetype-subset.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type CmapLookup,
  type FaceMetrics,
  readCmap,
  readMetrics,
  readPostscriptName,
  type TableRange,
} from "./font-tables";

export type { FaceMetrics } from "./font-tables";

export type FaceName = "regular" | "bold";

const FILES: Record<FaceName, string> = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" };

/** A glyph as the layout and the subsetter need it. */
export interface GlyphInfo {
  /** Glyph id in the full font. */
  id: number;
  /** Advance width in font units. */
  advance: number;
}

/** The byte ranges of the tables the subset copies or rewrites. */
export interface RawTables {
  bytes: Uint8Array;
  view: DataView;
  tables: ReadonlyMap<string, TableRange>;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** head.indexToLocFormat: 0 = short offsets (/2), 1 = long offsets. */
  longLoca: boolean;
}

export class FontFace {
  readonly name: FaceName;
  readonly postscriptName: string;
  readonly metrics: FaceMetrics;
  readonly raw: RawTables;
  private readonly cmap: CmapLookup;
  /** code point → glyph, or null when the font lacks it. */
  private readonly byCodePoint = new Map<number, GlyphInfo | null>();

  constructor(name: FaceName, bytes: Uint8Array) {
    this.name = name;
    this.raw = readTables(bytes);
    const { view, tables } = this.raw;
    this.cmap = readCmap(view, required(tables, "cmap"));
    this.postscriptName = readPostscriptName(view, tables) || `DejaVuSans-${name}`;
    this.metrics = readMetrics(view, tables);
  }

  /** The glyph drawing `codePoint`, or null when the font has none (emoji, CJK…). */
  glyph(codePoint: number): GlyphInfo | null {
    let glyph = this.byCodePoint.get(codePoint);
    if (glyph === undefined) {
      const id = this.cmap(codePoint);
      glyph = id === 0 ? null : { id, advance: this.advance(id) };
      this.byCodePoint.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Advance width of a glyph id (hmtx: glyphs past numberOfHMetrics repeat the last one). */
  advance(glyphId: number): number {
    const { view, tables, numberOfHMetrics } = this.raw;
    const hmtx = tables.get("hmtx");
    if (!hmtx) return 0;
    const index = Math.min(glyphId, numberOfHMetrics - 1);
    return view.getUint16(hmtx.offset + index * 4);
  }

  /** Left side bearing of a glyph id, in font units. */
  leftBearing(glyphId: number): number {
    const { view, tables, numberOfHMetrics } = this.raw;
    const hmtx = tables.get("hmtx");
    if (!hmtx) return 0;
    if (glyphId < numberOfHMetrics) return view.getInt16(hmtx.offset + glyphId * 4 + 2);
    return view.getInt16(hmtx.offset + numberOfHMetrics * 4 + (glyphId - numberOfHMetrics) * 2);
  }
}

function required(tables: ReadonlyMap<string, TableRange>, tag: string): TableRange {
  const found = tables.get(tag);
  if (!found) throw new Error(`table ${tag} absente de la police`);
  return found;
}

function readTables(bytes: Uint8Array): RawTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const table = (tag: string) => required(tables, tag);
  return {
    bytes,
    view,
    tables,
    numGlyphs: view.getUint16(table("maxp").offset + 4),
    numberOfHMetrics: view.getUint16(table("hhea").offset + 34),
    longLoca: view.getInt16(table("head").offset + 50) === 1,
  };
}

let faces: Record<FaceName, FontFace> | undefined;
let fileReads = 0;

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

/** Both faces, read from disk and parsed on first use only. */
export function fontFaces(): Record<FaceName, FontFace> {
  if (!faces) {
    const directory = fontDirectory();
    const load = (name: FaceName) => {
      fileReads++;
      return new FontFace(name, new Uint8Array(readFileSync(join(directory, FILES[name]))));
    };
    faces = { regular: load("regular"), bold: load("bold") };
  }
  return faces;
}

/**
 * Load the fonts now (e.g. at server start) so the first registration isn't the slow one; the
 * Latin-1 lookups are cached here rather than during a request.
 */
export function preloadFonts(): void {
  for (const face of Object.values(fontFaces())) {
    for (let codePoint = 0x20; codePoint <= 0xff; codePoint++) face.glyph(codePoint);
  }
}

/** How many font files this process has read: stays at 2 however many fiches are rendered. */
export function fontFileReads(): number {
  return fileReads;
}
