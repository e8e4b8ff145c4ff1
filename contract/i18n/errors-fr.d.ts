/**
 * French error messages, keyed as the schema's rules. Each names the field and says how to
 * fix it (RGAA 11.11). Placeholders: {min}, {max}, {maxPlus1}, {codePostal}, {annee}.
 */
export declare const erreursFr: Record<string, string>;
/** The message for an error key, placeholders filled; the key itself if unknown. */
export declare function formatError(table: Record<string, string>, key: string, params?: Record<string, string | number>): string;
