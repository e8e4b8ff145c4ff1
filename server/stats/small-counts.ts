/**
 * Small-count rule: a cell between 1 and 4 is shown as "< 5", on the page and in exports, so a
 * rare combination of facts cannot point at one youth. Zero stays zero.
 */
export const SMALL_COUNT_LIMIT = 5;
export const SMALL_COUNT_TEXT = "< 5";

const integers = new Intl.NumberFormat("fr-FR");

export function isHidden(count: number): boolean {
  return count > 0 && count < SMALL_COUNT_LIMIT;
}

/** "0", "< 5", "12", "1 234" (French grouping). */
export function shownCount(count: number): string {
  return isHidden(count) ? SMALL_COUNT_TEXT : integers.format(count);
}

/** "< 5" or the plain integer, for files read by programs. */
export function exportedCount(count: number): string {
  return isHidden(count) ? SMALL_COUNT_TEXT : String(count);
}

/** "23 %" of `total`, or "" when the count is hidden or the total is zero (a share would reveal it). */
export function shownShare(count: number, total: number): string {
  if (isHidden(count) || isHidden(total) || total === 0) return "";
  return `${Math.round((count / total) * 100)} %`;
}
