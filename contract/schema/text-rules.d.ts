/**
 * Character rules shared by the schema's text fields.
 * Names: Latin letters with combining marks, separated by spaces, hyphens or apostrophes.
 * Free text: anything printable; control characters, lone surrogates and the invisible
 * bidirectional controls (which can disguise a text, e.g. U+202E) are refused.
 */
export declare const NAME_PATTERN: RegExp;
export declare const SINGLE_LINE_PATTERN: RegExp;
/** Like a single line, with line breaks allowed (the free message). */
export declare const MULTI_LINE_PATTERN: RegExp;
export declare const POSTAL_CODE_PATTERN: RegExp;
/** INSEE commune codes: five digits, or Corsica's 2A/2B followed by three digits. */
export declare const INSEE_CODE_PATTERN: RegExp;
/** Capitals without accents, as I-Milo's staff type names ("N’Diaye-Lætitia" → "N'DIAYE-LAETITIA"). */
export declare function imiloForm(name: string): string;
