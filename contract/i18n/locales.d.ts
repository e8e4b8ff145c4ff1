/**
 * The languages the form speaks. DOM-free: the server reads the same list to accept a
 * `Content-Language` header and `?lang=` on /embed. French is the reference and the fallback.
 */
export declare const LOCALES: readonly ["fr", "en", "ar"];
export type Locale = (typeof LOCALES)[number];
/**
 * Each language's name in itself, for the language switch: a reader looks for their own
 * language's name, whatever language the form is in now. Not translated on purpose.
 */
export declare const AUTONYMS: Readonly<Record<Locale, string>>;
/** "en-GB", "AR", "fr" → the locale; anything else (or nothing) → null. */
export declare function localeOf(tag: string | null | undefined): Locale | null;
