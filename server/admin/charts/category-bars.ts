/**
 * Horizontal bars for a category dimension: the label above each bar (long French labels fit a
 * phone), the count and share after it. Hidden counts (< 5) are short hatched bars.
 */
import { html } from "hono/html";
import { isHidden, SMALL_COUNT_LIMIT, shownCount, shownShare } from "../../stats/small-counts";
import type { Row } from "../stats-view";
import { at, COLOURS, type Html, hatchPattern } from "./common";

const WIDTH = 360;
const ROW = 44;
const BAR = 15;
/** Room after the longest bar for "1 234 · 100 %". */
const VALUE_ROOM = 104;

export interface CategoryChartOptions {
  id: string;
  description: string;
  /** Shares are computed against this total (default: the sum of the rows). */
  total?: number;
}

export function categoryBarsChart(rows: readonly Row[], options: CategoryChartOptions): Html {
  const total = options.total ?? rows.reduce((sum, row) => sum + row.count, 0);
  const max = Math.max(SMALL_COUNT_LIMIT, ...rows.map((row) => row.count));
  const barRoom = WIDTH - VALUE_ROOM;
  const height = rows.length * ROW + 4;
  const patternId = `hachures-${options.id}`;
  const anyHidden = rows.some((row) => isHidden(row.count));
  return html`<svg class="chart-svg bars" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${options.description}">
    ${anyHidden ? hatchPattern(patternId) : ""}
    ${rows.map((row, index) => {
      const top = index * ROW;
      const hidden = isHidden(row.count);
      const width = row.count === 0 ? 0 : Math.max(2, ((hidden ? SMALL_COUNT_LIMIT : row.count) / max) * barRoom);
      const share = shownShare(row.count, total);
      const value = share ? `${shownCount(row.count)} · ${share}` : shownCount(row.count);
      return html`<text class="label" x="0" y="${top + 15}" fill="${COLOURS.ink}">${row.label}</text>
        <rect x="0" y="${top + 21}" width="${at(width)}" height="${BAR}" fill="${hidden ? `url(#${patternId})` : COLOURS.bar}" stroke="${hidden ? COLOURS.bar : "none"}" stroke-width="0.8"/>
        <text class="value" x="${at(width + 6)}" y="${top + 21 + BAR / 2}" dominant-baseline="central" fill="${COLOURS.ink}">${value}</text>`;
    })}
  </svg>`;
}
