import type * as z from "zod/mini";
/** A message to show: a key of the locale's `erreurs` table and its placeholders. */
export interface FieldError {
    key: string;
    params?: Record<string, string | number>;
}
/** Field path ("identite.prenom") → its first error. */
export type FieldErrors = Record<string, FieldError>;
/** Turns a zod error into one error per field path, first rule broken first. */
export declare function fieldErrors(error: z.core.$ZodError, prefix?: string): FieldErrors;
