/**
 * Text as the fiche draws it: every character drawable with DejaVu Sans, measured from cached
 * advance widths, and wrapped to a width — a value is never cut off the page.
 *
 * No shaping: pdf-lib draws glyphs one after the other anyway (kerning and mark positioning are
 * lost), so a plain cmap lookup gives the same result as fontkit's `layout()`, far cheaper.
 * Arabic therefore comes out unjoined; the exact text is in the JSON attachment.
 */
import type { FontFace } from "./fonts";

/**
 * Drawn in place of a run of characters DejaVu Sans lacks (emoji, CJK…): words, not empty boxes,
 * so staff know the exact text is in the JSON attachment.
 */
export const PLACEHOLDER = "[caractères non affichables — voir le JSON joint]";
/** One per missing grapheme while scanning; runs of them become one PLACEHOLDER. */
const MISSING = "\u{F0000}";
const MISSING_RUN = /\u{F0000}(?:\s*\u{F0000})*/gu;

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\p{White_Space}$/u;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

/** Invisible format characters (variation selectors, joiners, soft hyphen…): never drawn. */
function ignorable(codePoint: number): boolean {
  return codePoint >= 0xad && IGNORABLE.test(String.fromCodePoint(codePoint));
}

function drawableCodePoint(face: FontFace, codePoint: number): boolean {
  return face.glyph(codePoint) !== null && !ignorable(codePoint);
}

/**
 * `text` with what the face can't draw replaced: one placeholder per missing grapheme (an emoji
 * with its skin tone and joiners is one), a run of them one marker in words, invisible characters dropped, unknown spaces as " ".
 */
export function drawable(face: FontFace, text: string): string {
  let plain = true;
  for (const char of text) {
    if (!drawableCodePoint(face, char.codePointAt(0) ?? 0)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;

  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    const chars = [...segment];
    const base = chars[0] ?? "";
    const baseCode = base.codePointAt(0) ?? 0;
    if (drawableCodePoint(face, baseCode)) {
      out += base;
      for (const char of chars.slice(1)) {
        const code = char.codePointAt(0) ?? 0;
        if (drawableCodePoint(face, code)) out += char;
        else if (!ignorable(code) && !MARK.test(char)) out += MISSING;
      }
    } else if (chars.every((char) => ignorable(char.codePointAt(0) ?? 0))) {
      // nothing visible to stand for
    } else if (SPACE.test(base)) {
      out += " ";
    } else {
      out += MISSING;
    }
  }
  return out.replace(MISSING_RUN, PLACEHOLDER);
}

/** Width in points of drawable text at `size`. */
export function textWidth(face: FontFace, text: string, size: number): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    units += face.glyph(code)?.advance ?? 0;
  }
  return (units * size) / face.metrics.unitsPerEm;
}

/** Places where a line may break: after spaces, hyphens and slashes. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    const next = line[i + 1];
    const breakAfter = char === " " || char === "-" || char === "\u2010" || char === "/";
    if (breakAfter && next !== undefined && next !== " " && next !== char) {
      out.push(line.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < line.length) out.push(line.slice(start));
  return out;
}

/** A word wider than the line, cut between graphemes (combining marks stay with their base). */
function cutWord(face: FontFace, word: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const char of word) {
    const charWidth = textWidth(face, char, size);
    if (line !== "" && width + charWidth > maxWidth && !MARK.test(char)) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += char;
    width += charWidth;
  }
  lines.push(line);
  return lines;
}

/** One paragraph (no line breaks) of drawable text wrapped to `maxWidth` points. */
function wrapLine(face: FontFace, text: string, size: number, maxWidth: number): string[] {
  if (textWidth(face, text, size) <= maxWidth) return [text.trimEnd()];
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const token of tokens(text)) {
    const tokenWidth = textWidth(face, token, size);
    const visibleWidth = textWidth(face, token.trimEnd(), size);
    if (width + visibleWidth <= maxWidth) {
      line += token;
      width += tokenWidth;
      continue;
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
    const word = token.trimStart();
    if (textWidth(face, word.trimEnd(), size) <= maxWidth) {
      line = word;
      width = textWidth(face, word, size);
    } else {
      const pieces = cutWord(face, word, size, maxWidth);
      line = pieces.pop() ?? "";
      width = textWidth(face, line, size);
      lines.push(...pieces);
    }
  }
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Any text wrapped to `maxWidth`: line breaks kept, undrawable characters replaced. */
export function wrapText(face: FontFace, text: string, size: number, maxWidth: number): string[] {
  return text.split(LINE_BREAK).flatMap((paragraph) => wrapLine(face, drawable(face, paragraph), size, maxWidth));
}
