/**
 * A TrueType subset for a PDF CIDFontType2: only the tables PDF needs (head, hhea, maxp, hmtx,
 * loca, glyf, cvt, fpgm, prep — ISO 32000 9.9), glyphs renumbered 0..n-1 in the order given.
 *
 * Written here rather than with fontkit's `createSubset()` because that one decodes every glyph
 * through its table parser on each document (4–10 ms a fiche); here a glyph is a slice of the
 * font file found once per process, and a subset is a few copies into one buffer (≈0.1 ms).
 */
import type { FontFace } from "./fonts";

interface GlyphData {
  bytes: Uint8Array;
  /** Composite glyphs: where each component's glyph id sits in `bytes`, and that id. */
  components: readonly { at: number; id: number }[];
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

const glyphCache = new WeakMap<FontFace, Map<number, GlyphData>>();

function glyphData(face: FontFace, id: number): GlyphData {
  let cache = glyphCache.get(face);
  if (!cache) {
    cache = new Map();
    glyphCache.set(face, cache);
  }
  let data = cache.get(id);
  if (data) return data;
  const { bytes, view, tables, longLoca } = face.raw;
  const loca = tables.get("loca");
  const glyf = tables.get("glyf");
  if (!loca || !glyf) throw new Error("police sans tables loca/glyf");
  const offsetAt = (index: number) =>
    longLoca ? view.getUint32(loca.offset + index * 4) : view.getUint16(loca.offset + index * 2) * 2;
  const start = offsetAt(id);
  const end = offsetAt(id + 1);
  const glyph = bytes.subarray(glyf.offset + start, glyf.offset + Math.max(start, end));
  const components: { at: number; id: number }[] = [];
  if (glyph.length >= 10 && view.getInt16(glyf.offset + start) < 0) {
    const at = (position: number) => view.getUint16(glyf.offset + start + position);
    let position = 10;
    let flags: number;
    do {
      flags = at(position);
      components.push({ at: position + 2, id: at(position + 2) });
      position += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) position += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) position += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) position += 8;
    } while (flags & MORE_COMPONENTS && position + 4 <= glyph.length);
  }
  data = { bytes: glyph, components };
  cache.set(id, data);
  return data;
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  const end = offset + pad4(length);
  for (let at = offset; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/**
 * The subset font file. `glyphIds[i]` (ids in the full font) becomes glyph `i`; `glyphIds[0]`
 * must be 0 (.notdef). Components of composite glyphs are appended after the given ones.
 */
export function subsetTrueType(face: FontFace, glyphIds: readonly number[]): Uint8Array {
  const order = [...glyphIds];
  const newId = new Map(order.map((id, index) => [id, index]));
  const glyphs: Uint8Array[] = [];
  for (let index = 0; index < order.length; index++) {
    const data = glyphData(face, order[index] ?? 0);
    let bytes = data.bytes;
    if (data.components.length > 0) {
      bytes = bytes.slice();
      const patch = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const component of data.components) {
        let id = newId.get(component.id);
        if (id === undefined) {
          id = order.length;
          order.push(component.id);
          newId.set(component.id, id);
        }
        patch.setUint16(component.at, id);
      }
    }
    glyphs.push(bytes);
  }

  const { bytes: source, tables } = face.raw;
  const original = (tag: string) => {
    const table = tables.get(tag);
    return table ? source.subarray(table.offset, table.offset + table.length) : undefined;
  };
  const count = glyphs.length;
  const glyfLength = glyphs.reduce((sum, glyph) => sum + pad4(glyph.length), 0);
  const layout: [tag: string, length: number, copy?: Uint8Array][] = [];
  for (const tag of ["cvt ", "fpgm"]) {
    const table = original(tag);
    if (table) layout.push([tag, table.length, table]);
  }
  layout.push(["glyf", glyfLength], ["head", 54], ["hhea", 36], ["hmtx", count * 4], ["loca", (count + 1) * 4]);
  layout.push(["maxp", original("maxp")?.length ?? 32]);
  const prep = original("prep");
  if (prep) layout.push(["prep", prep.length, prep]);

  const headerLength = 12 + layout.length * 16;
  const total = headerLength + layout.reduce((sum, [, length]) => sum + pad4(length), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(layout.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, layout.length);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, layout.length * 16 - 16 * 2 ** log2);

  const offsets = new Map<string, number>();
  let offset = headerLength;
  for (const [tag, length, copy] of layout) {
    offsets.set(tag, offset);
    if (copy) out.set(copy, offset);
    offset += pad4(length);
  }
  const at = (tag: string) => offsets.get(tag) ?? 0;

  // glyf and loca (long offsets, so no 2-byte alignment constraint on glyph lengths).
  let glyfAt = 0;
  glyphs.forEach((glyph, index) => {
    view.setUint32(at("loca") + index * 4, glyfAt);
    out.set(glyph, at("glyf") + glyfAt);
    glyfAt += pad4(glyph.length);
  });
  view.setUint32(at("loca") + count * 4, glyfAt);
  // hmtx: one full metric per glyph.
  order.forEach((id, index) => {
    view.setUint16(at("hmtx") + index * 4, face.advance(id));
    view.setInt16(at("hmtx") + index * 4 + 2, face.leftBearing(id));
  });
  // head, hhea, maxp: copies with the counts and formats of the subset.
  out.set(original("head")?.subarray(0, 54) ?? new Uint8Array(54), at("head"));
  view.setUint32(at("head") + 8, 0);
  view.setInt16(at("head") + 50, 1);
  out.set(original("hhea")?.subarray(0, 36) ?? new Uint8Array(36), at("hhea"));
  view.setUint16(at("hhea") + 34, count);
  const maxp = original("maxp");
  if (maxp) out.set(maxp, at("maxp"));
  view.setUint16(at("maxp") + 4, count);

  layout.forEach(([tag, length], index) => {
    const record = 12 + index * 16;
    for (let i = 0; i < 4; i++) view.setUint8(record + i, tag.charCodeAt(i));
    view.setUint32(record + 4, checksum(view, at(tag), length));
    view.setUint32(record + 8, at(tag));
    view.setUint32(record + 12, length);
  });
  view.setUint32(at("head") + 8, (0xb1b0afba - checksum(view, 0, total)) >>> 0);
  return out;
}
