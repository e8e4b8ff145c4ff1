import type * as z from "zod/mini";

/** A message to show: a key of the locale's `erreurs` table and its placeholders. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

/** Field path ("identite.prenom") → its first error. */
export type FieldErrors = Record<string, FieldError>;

/** Sets an own, enumerable property whatever its name (even "__proto__"). */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Turns a zod error into one error per field path, first rule broken first. */
export function fieldErrors(error: z.core.$ZodError, prefix = ""): FieldErrors {
  const errors: FieldErrors = {};
  // Own keys only, defined rather than assigned: "__proto__" or "constructor" sent as a key is
  // named like any other (`in` would see Object.prototype, `=` would set the prototype).
  const add = (path: string, key: string) => {
    if (!Object.hasOwn(errors, path)) setOwn(errors, path, { key });
  };
  for (const issue of error.issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(base ? `${base}.${key}` : key, "champ.inconnu");
    } else {
      add(base || "formulaire", issue.message);
    }
  }
  return errors;
}
