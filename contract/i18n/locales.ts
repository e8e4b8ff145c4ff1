/**
 * The languages the form speaks. DOM-free: the server reads the same list to accept a
 * `Content-Language` header and `?lang=` on /embed. French is the reference and the fallback.
 */
export const LOCALES = ["fr", "en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Each language's name in itself, for the language switch: a reader looks for their own
 * language's name, whatever language the form is in now. Not translated on purpose.
 */
export const AUTONYMS: Readonly<Record<Locale, string>> = { fr: "Français", en: "English", ar: "العربية" };

/** "en-GB", "AR", "fr" → the locale; anything else (or nothing) → null. */
export function localeOf(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}
