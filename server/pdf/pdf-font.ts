/**
 * One face embedded in one document as a Type 0 font (Identity-H, CIDFontType2): glyphs get
 * CIDs 1, 2, 3… in order of first use, and only those are written, as a TrueType subset with a
 * ToUnicode map so text can be searched and copied (and read by pdftotext).
 *
 * This stands in for pdf-lib's `embedFont(bytes, {subset: true})`, which re-parses the font and
 * runs fontkit's layout and subsetter for every document; the PDF objects written are the same.
 */
import { deflateSync } from "node:zlib";
import { type PDFContext, PDFName, PDFRawStream, type PDFRef, PDFString } from "pdf-lib";
import type { FontFace } from "./fonts";
import { subsetTrueType } from "./truetype-subset";

/** FontDescriptor flags: symbolic (bit 3), as for any font addressed by glyph id. */
const SYMBOLIC = 1 << 2;

const hex4 = (n: number) => n.toString(16).padStart(4, "0");

function utf16Hex(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** Six capitals naming the subset (ISO 32000 9.6.4), derived from its glyphs: same input, same bytes. */
function subsetTag(name: string, glyphIds: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const id of [...name].map((c) => c.charCodeAt(0)).concat(glyphIds)) {
    hash = Math.imul(hash ^ id, 0x01000193) >>> 0;
  }
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

function toUnicodeCMap(texts: readonly string[]): string {
  const entries: string[] = [];
  texts.forEach((text, cid) => {
    if (cid > 0 && text) entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <ffff>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

export class EmbeddedFont {
  readonly face: FontFace;
  /** The Type 0 font dictionary, written by `embed()`. */
  readonly ref: PDFRef;
  private readonly context: PDFContext;
  private readonly cidByGlyph = new Map<number, number>();
  /** CID → glyph id in the full font; CID 0 is .notdef. */
  private readonly glyphIds: number[] = [0];
  /** CID → the character it was first used for (ToUnicode). */
  private readonly texts: string[] = [""];

  constructor(face: FontFace, context: PDFContext) {
    this.face = face;
    this.context = context;
    this.ref = context.nextRef();
  }

  /** The CIDs of drawable text (see text.ts: every character has a glyph), in hex for a Tj operator. */
  encode(text: string): string {
    let hex = "";
    for (const char of text) {
      const glyph = this.face.glyph(char.codePointAt(0) ?? 0);
      if (!glyph) continue;
      let cid = this.cidByGlyph.get(glyph.id);
      if (cid === undefined) {
        cid = this.glyphIds.length;
        this.glyphIds.push(glyph.id);
        this.texts.push(char);
        this.cidByGlyph.set(glyph.id, cid);
      }
      hex += hex4(cid);
    }
    return hex;
  }

  /** Write the font objects; call once, after the last `encode`. */
  embed(): void {
    const { context, face } = this;
    const scale = 1000 / face.metrics.unitsPerEm;
    const pdfUnits = (n: number) => Math.round(n * scale * 10) / 10;
    const baseFont = `${subsetTag(face.postscriptName, this.glyphIds)}+${face.postscriptName}`;
    const fontFile = subsetTrueType(face, this.glyphIds);
    const fontFileRef = context.register(
      PDFRawStream.of(context.obj({ Filter: "FlateDecode", Length1: fontFile.length }), deflateSync(fontFile)),
    );
    const { ascent, descent, capHeight, xHeight, italicAngle, bbox } = face.metrics;
    const descriptorRef = context.register(
      context.obj({
        Type: "FontDescriptor",
        FontName: baseFont,
        Flags: SYMBOLIC,
        FontBBox: bbox.map(pdfUnits),
        ItalicAngle: italicAngle,
        Ascent: pdfUnits(ascent),
        Descent: pdfUnits(descent),
        CapHeight: pdfUnits(capHeight),
        XHeight: pdfUnits(xHeight),
        StemV: 0,
        FontFile2: fontFileRef,
      }),
    );
    const cidFontRef = context.register(
      context.obj({
        Type: "Font",
        Subtype: "CIDFontType2",
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
        FontDescriptor: descriptorRef,
        W: [0, this.glyphIds.map((id) => pdfUnits(face.advance(id)))],
        CIDToGIDMap: "Identity",
      }),
    );
    const cmap = new TextEncoder().encode(toUnicodeCMap(this.texts));
    const toUnicodeRef = context.register(PDFRawStream.of(context.obj({ Filter: "FlateDecode" }), deflateSync(cmap)));
    context.assign(
      this.ref,
      context.obj({
        Type: "Font",
        Subtype: "Type0",
        BaseFont: PDFName.of(baseFont),
        Encoding: "Identity-H",
        DescendantFonts: [cidFontRef],
        ToUnicode: toUnicodeRef,
      }),
    );
  }
}
