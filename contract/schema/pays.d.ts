/**
 * ISO 3166-1 alpha-2 codes (plus XK, Kosovo, user-assigned but in common use).
 * Only codes ship: names come from Intl.DisplayNames in the youth's language.
 */
export declare const CODES_PAYS: readonly string[];
