/**
 * Right-to-left text with left-to-right pieces in it (numbers, e-mails, French names): each piece
 * is isolated with Unicode's isolate marks, so it keeps its own order and does not drag the
 * punctuation around it. Invisible; screen readers skip them.
 */
const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";

/** A piece of data: it takes the direction of its first letter ("Roubaix", "الاثنين", "01 99 00 00 00" as typed). */
export const isolated = (text: string): string => `${FSI}${text}${PDI}`;

/** An example written left to right whatever is around it ("06 12 34 56 78", "59100"). */
export const ltr = (text: string): string => `${LRI}${text}${PDI}`;

/**
 * Every `{placeholder}` of a table isolated, in its strings and in what its functions return
 * (as Fluent does by default): a value filled in later can be a number, a French name or Arabic.
 */
export function isolatePlaceholders<T>(value: T): T {
  if (typeof value === "string") return value.replace(/\{(\w+)\}/g, `${FSI}{$1}${PDI}`) as T;
  if (typeof value === "function") return ((...args: unknown[]) => isolatePlaceholders(value(...args))) as T;
  if (Array.isArray(value)) return value.map(isolatePlaceholders) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isolatePlaceholders(inner)])) as T;
  }
  return value;
}
