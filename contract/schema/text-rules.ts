/**
 * Character rules shared by the schema's text fields.
 * Names: Latin letters with combining marks, separated by spaces, hyphens or apostrophes.
 * Free text: anything printable; control characters, lone surrogates, the invisible
 * bidirectional controls (which can disguise a text, e.g. U+202E), tag characters (invisible
 * text, U+E0000–E007F) and private-use characters (no meaning outside one font) are refused.
 */
export const NAME_PATTERN =
  /^[\p{Script=Latin}][\p{Script=Latin}\p{M}]*(?:[ '’-]+[\p{Script=Latin}][\p{Script=Latin}\p{M}]*)*$/u;

const BIDI_CONTROLS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
const REFUSED = `\\p{Cc}\\p{Cs}\\p{Co}\\u{E0000}-\\u{E007F}${BIDI_CONTROLS}`;
export const SINGLE_LINE_PATTERN = new RegExp(`^[^${REFUSED}]*$`, "u");
/** Like a single line, with line breaks allowed (the free message). */
export const MULTI_LINE_PATTERN = new RegExp(`^(?:[^${REFUSED}]|\\n)*$`, "u");

export { POSTAL_CODE_PATTERN } from "./postal-code";
/** INSEE commune codes: five digits, or Corsica's 2A/2B followed by three digits. */
export const INSEE_CODE_PATTERN = /^(?:\d{5}|2[AB]\d{3})$/;

/** Capitals without accents, as I-Milo's staff type names ("N’Diaye-Lætitia" → "N'DIAYE-LAETITIA"). */
export function imiloForm(name: string): string {
  const ligatures: Record<string, string> = {
    æ: "ae",
    Æ: "AE",
    œ: "oe",
    Œ: "OE",
    ø: "o",
    Ø: "O",
    ł: "l",
    Ł: "L",
    đ: "d",
    Đ: "D",
    ħ: "h",
    Ħ: "H",
    ı: "i",
    ß: "ss",
    þ: "th",
    Þ: "TH",
    ð: "d",
    Ð: "D",
  };
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[æÆœŒøØłŁđĐħĦıßþÞðÐ]/g, (c) => ligatures[c] ?? c)
    .replace(/’/g, "'")
    .toUpperCase();
}
