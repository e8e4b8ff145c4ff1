/**
 * What the fiche needs from a TrueType font, read straight from its tables: the Unicode → glyph
 * map (cmap format 12, which DejaVu has: the only one read), the PostScript name and the descriptor's metrics.
 *
 * Read here rather than with fontkit: the fiche asked fontkit nothing else, and loading it cost
 * ~30 MB of memory in every thread that draws (README.md, "Performance"). The answers are the
 * ones fontkit gives (tests/unit/pdf-fonts.test.ts compares them over the whole Unicode range).
 */

export interface TableRange {
  offset: number;
  length: number;
}

/** Code point → glyph id, 0 when the font has no glyph for it. */
export type CmapLookup = (codePoint: number) => number;

/** cmap subtables in fontkit's order of preference (full Unicode first). */
const PREFERRED_ENCODINGS: readonly [number, number][] = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
];

export function readCmap(view: DataView, cmap: TableRange): CmapLookup {
  const count = view.getUint16(cmap.offset + 2);
  const subtables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = cmap.offset + 4 + i * 8;
    const key = `${view.getUint16(record)},${view.getUint16(record + 2)}`;
    if (!subtables.has(key)) subtables.set(key, cmap.offset + view.getUint32(record + 4));
  }
  for (const [platform, encoding] of PREFERRED_ENCODINGS) {
    const offset = subtables.get(`${platform},${encoding}`);
    if (offset === undefined) continue;
    const format = view.getUint16(offset);
    if (format === 12) return format12(view, offset);
  }
  throw new Error("police sans table cmap Unicode complète (format 12)");
}

/** Groups of consecutive code points mapped to consecutive glyphs, sorted. */
function format12(view: DataView, offset: number): CmapLookup {
  const groups = view.getUint32(offset + 12);
  const first = offset + 16;
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = first + middle * 12;
      if (codePoint < view.getUint32(group)) high = middle - 1;
      else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

/** Font-wide figures for the PDF font descriptor, in font units. */
export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: readonly [number, number, number, number];
}

type Tables = ReadonlyMap<string, TableRange>;

function required(tables: Tables, tag: string): TableRange {
  const found = tables.get(tag);
  if (!found) throw new Error(`table ${tag} absente de la police`);
  return found;
}

/** head, hhea, OS/2 (version 2 and later for the heights) and post, as fontkit reads them. */
export function readMetrics(view: DataView, tables: Tables): FaceMetrics {
  const head = required(tables, "head").offset;
  const hhea = required(tables, "hhea").offset;
  const post = required(tables, "post").offset;
  const ascent = view.getInt16(hhea + 4);
  const os2 = tables.get("OS/2");
  const heights = os2 && view.getUint16(os2.offset) >= 2 ? os2.offset : undefined;
  return {
    unitsPerEm: view.getUint16(head + 18),
    ascent,
    descent: view.getInt16(hhea + 6),
    capHeight: (heights === undefined ? 0 : view.getInt16(heights + 88)) || ascent,
    xHeight: heights === undefined ? 0 : view.getInt16(heights + 86),
    italicAngle: view.getInt32(post + 4) / 65536,
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
  };
}

/** The name table's PostScript name (name id 6): Windows (UTF-16) first, else Macintosh Roman. */
export function readPostscriptName(view: DataView, tables: Tables): string | undefined {
  const name = tables.get("name");
  if (!name) return undefined;
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  let mac: string | undefined;
  for (let i = 0; i < count; i++) {
    const record = name.offset + 6 + i * 12;
    if (view.getUint16(record + 6) !== 6) continue;
    const platform = view.getUint16(record);
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    if (platform === 3 || platform === 0) {
      let text = "";
      for (let at = start; at + 1 < start + length; at += 2) text += String.fromCharCode(view.getUint16(at));
      return text;
    }
    if (platform === 1 && mac === undefined) {
      mac = "";
      for (let at = start; at < start + length; at++) mac += String.fromCharCode(view.getUint8(at));
    }
  }
  return mac;
}
