/**
 * The fonts: read and parsed once per process, their cmap and metrics read as fontkit reads them
 * (checked over the whole Unicode range), embedded as valid TrueType subsets (checked by
 * parsing the subset back with fontkit and comparing outlines, composite glyphs included), and
 * text wrapped to its width without losing a character.
 */
import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";
import { fontFaces, fontFileReads, preloadFonts } from "../../server/pdf/fonts";
import { renderFiche } from "../../server/pdf/render";
import { drawable, PLACEHOLDER, textWidth, wrapText } from "../../server/pdf/text";
import { subsetTrueType } from "../../server/pdf/truetype-subset";
import { demoMissionLocale, registration } from "../fixtures/registration";

describe("fonts", () => {
  it("are read from disk once per process, however many fiches are rendered", async () => {
    preloadFonts();
    expect(fontFileReads()).toBe(2);
    const ml = demoMissionLocale();
    for (let i = 0; i < 3; i++) await renderFiche(registration(), ml);
    expect(fontFileReads()).toBe(2);
    expect(fontFaces()).toBe(fontFaces());
  });

  it("map every code point to the glyph fontkit gives, with fontkit's metrics and name", () => {
    for (const face of Object.values(fontFaces())) {
      const font = fontkit.create(face.raw.bytes);
      const differences: string[] = [];
      for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
        // Surrogates are not characters; past plane 2 DejaVu has nothing, a sample suffices.
        if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
        if (codePoint > 0x2ffff && codePoint % 97 !== 0) continue;
        const expected = font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).id : null;
        const glyph = face.glyph(codePoint);
        if ((glyph?.id ?? null) !== expected) differences.push(`U+${codePoint.toString(16)}`);
        if (glyph && glyph.advance !== font.getGlyph(glyph.id).advanceWidth) differences.push(`width U+${codePoint}`);
        if (differences.length > 5) break;
      }
      expect(differences).toEqual([]);
      const { bbox } = font;
      expect(face.metrics).toEqual({
        unitsPerEm: font.unitsPerEm,
        ascent: font.ascent,
        descent: font.descent,
        capHeight: font.capHeight || font.ascent,
        xHeight: font.xHeight || 0,
        italicAngle: font.italicAngle,
        bbox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY],
      });
      expect(face.postscriptName).toBe(font.postscriptName);
    }
  });

  it("subset to the glyphs used, outlines and widths unchanged (composite glyphs too)", () => {
    for (const face of Object.values(fontFaces())) {
      const original = fontkit.create(face.raw.bytes);
      const ids = [0];
      for (const char of "Şükrü Nguyễn N’Diaye-Lætitia Cœur Ørsted Ågård ÉÈÀÇ ǅ ﬁ") {
        const glyph = face.glyph(char.codePointAt(0) ?? 0);
        if (glyph && !ids.includes(glyph.id)) ids.push(glyph.id);
      }
      const subset = fontkit.create(subsetTrueType(face, ids));
      expect(subset.numGlyphs).toBeGreaterThanOrEqual(ids.length);
      ids.forEach((id, index) => {
        const before = original.getGlyph(id);
        const after = subset.getGlyph(index);
        expect(after.path.toSVG()).toBe(before.path.toSVG());
        expect(after.advanceWidth).toBe(before.advanceWidth);
      });
    }
  });
});

describe("text", () => {
  const { regular } = fontFaces();

  it("keeps what DejaVu Sans draws, one placeholder per missing grapheme, drops invisible marks", () => {
    expect(drawable(regular, "Şükrü Nguyễn")).toBe("Şükrü Nguyễn");
    expect(drawable(regular, "مرحبا Ελληνικά Русский")).toBe("مرحبا Ελληνικά Русский");
    expect(drawable(regular, "a👍🏽b")).toBe(`a${PLACEHOLDER}b`);
    expect(drawable(regular, "👨‍👩‍👧")).toBe(PLACEHOLDER);
    // Each run of what the font lacks (spaces between included) becomes one marker in words.
    expect(drawable(regular, "谢谢 👨‍👩‍👧 fin")).toBe(`${PLACEHOLDER} fin`);
    expect(drawable(regular, "e\u0301")).toBe("e\u0301");
    expect(drawable(regular, "a\u200Bb\uFE0F")).toBe("ab");
  });

  it("wraps at spaces and hyphens, cuts a word longer than the line, never loses a character", () => {
    const cases = [
      "Jean-Baptiste-Marie de la Fontaine-Exemplaire",
      "x".repeat(300),
      `Appartement 12, ${"bâtiment".repeat(20)} résidence des Exemples`,
      "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗ text with marks ".repeat(8),
    ];
    for (const text of cases) {
      for (const width of [40, 120, 300]) {
        const lines = wrapText(regular, text, 9, width);
        for (const line of lines) expect(textWidth(regular, line, 9)).toBeLessThanOrEqual(width + 0.01);
        // Marks DejaVu Sans lacks are dropped from the drawing (the JSON keeps them), nothing else.
        expect(lines.join("").replace(/\s/g, "")).toBe(drawable(regular, text).replace(/\s/g, ""));
      }
    }
  });

  it("keeps line breaks of every kind", () => {
    expect(wrapText(regular, "un\ndeux\r\ntrois\u2028quatre", 9, 500)).toEqual(["un", "deux", "trois", "quatre"]);
    expect(wrapText(regular, "un\n\ndeux", 9, 500)).toEqual(["un", "", "deux"]);
  });
});
