/**
 * Countries of birth: ISO codes from the schema, named by Intl.DisplayNames in the youth's
 * language (no country list ships), France first, then alphabetical.
 */

import { CODES_PAYS } from "../contract/schema/pays";
import type { Option } from "./fields/choice";

const FIRST = "FR";
const cache = new Map<string, Option[]>();

export function countryOptions(locale: string): Option[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(locale);
  const others = CODES_PAYS.filter((code) => code !== FIRST)
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const options = [{ value: FIRST, label: names.of(FIRST) ?? FIRST }, ...others];
  cache.set(locale, options);
  return options;
}

export function countryName(code: string, locale: string): string {
  return countryOptions(locale).find((option) => option.value === code)?.label ?? code;
}
