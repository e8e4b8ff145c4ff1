/**
 * English error messages, keyed as the schema's rules (the same keys and placeholders as
 * errors-fr.ts). Each names the field and says how to fix it (RGAA 11.11).
 */
export declare const erreursEn: Record<string, string>;
