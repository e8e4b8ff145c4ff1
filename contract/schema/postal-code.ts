/**
 * A French postal code: five digits. A module of its own so the widget's first chunk (the
 * commune lookup) takes this one pattern, not the schema's other text rules.
 */
export const POSTAL_CODE_PATTERN = /^\d{5}$/;
