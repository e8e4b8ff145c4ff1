/**
 * Registrations per week over the last year: one bar per week, months along the bottom. Weeks
 * with 1 to 4 registrations are hatched bars of a fixed height (the number stays hidden).
 */
import { html } from "hono/html";
import { isHidden, SMALL_COUNT_LIMIT, shownCount } from "../../stats/small-counts";
import type { Week } from "../stats-view";
import { at, COLOURS, frenchDay, frenchMonth, type Html, hatchPattern, niceCeiling } from "./common";

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 6;
const TOP = 12;
/** Room for the month and the year below it (em offsets follow the phone's larger font). */
const BOTTOM = 50;

interface MonthTick {
  index: number;
  label: string;
  /** Under the first month and January. */
  year?: string;
  /** Kept on a phone, where one month in three is labelled. */
  quarter: boolean;
}

function monthTicks(weeks: readonly Week[]): MonthTick[] {
  const ticks: MonthTick[] = [];
  // A month is marked at the first week that starts in it.
  weeks.forEach((week, index) => {
    const month = week.start.slice(0, 7);
    if (index > 0 && month === weeks[index - 1]?.start.slice(0, 7)) return;
    if (index === 0 && week.start.slice(8) > "07") return;
    const monthNumber = Number(week.start.slice(5, 7));
    const year = monthNumber === 1 || ticks.length === 0 ? week.start.slice(0, 4) : undefined;
    ticks.push({ index, label: frenchMonth(week.start), year, quarter: (monthNumber - 1) % 3 === 0 });
  });
  return ticks;
}

export function weekBarsChart(weeks: readonly Week[], description: string): Html {
  const max = niceCeiling(Math.max(0, ...weeks.map((week) => week.count)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const band = plotWidth / weeks.length;
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const ticks = [0, max / 2, max];
  const hidden = weeks.some((week) => isHidden(week.count));

  const bars = weeks.map((week, index) => {
    if (week.count === 0) return "";
    // Hidden weeks get a fixed half-height: "a few", never how many.
    const value = isHidden(week.count) ? SMALL_COUNT_LIMIT / 2 : week.count;
    const top = y(value);
    const fill = isHidden(week.count) ? "url(#hachures-semaines)" : COLOURS.bar;
    return html`<rect x="${at(LEFT + index * band + band * 0.15)}" y="${at(top)}" width="${at(band * 0.7)}" height="${at(TOP + plotHeight - top)}" fill="${fill}" stroke="${isHidden(week.count) ? COLOURS.bar : "none"}" stroke-width="0.8"><title>Semaine du ${frenchDay(week.start)} : ${shownCount(week.count)}</title></rect>`;
  });

  return html`<svg class="chart-svg weeks" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${description}">
    ${hidden ? hatchPattern("hachures-semaines") : ""}
    ${ticks.map(
      (tick) =>
        html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${at(y(tick))}" y2="${at(y(tick))}" stroke="${COLOURS.grid}" stroke-width="1"/><text class="tick" x="${LEFT - 6}" y="${at(y(tick))}" text-anchor="end" dominant-baseline="middle" fill="${COLOURS.muted}">${tick}</text>`,
    )}
    ${bars}
    <line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight}" stroke="${COLOURS.ink}" stroke-width="1"/>
    ${monthTicks(weeks).map(
      (tick) =>
        html`<g class="${tick.quarter ? "month quarter" : "month"}"><line x1="${at(LEFT + tick.index * band)}" x2="${at(LEFT + tick.index * band)}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight + 5}" stroke="${COLOURS.ink}"/><text class="tick" x="${at(LEFT + tick.index * band)}" y="${TOP + plotHeight + 4}" dy="1em" fill="${COLOURS.muted}">${tick.label}</text>${
          tick.year
            ? html`<text class="tick" x="${at(LEFT + tick.index * band)}" y="${TOP + plotHeight + 4}" dy="2.2em" fill="${COLOURS.muted}">${tick.year}</text>`
            : ""
        }</g>`,
    )}
  </svg>`;
}

/** Whether the chart has hatched weeks (the page then shows the hatch legend). */
export function hasHiddenWeeks(weeks: readonly Week[]): boolean {
  return weeks.some((week) => isHidden(week.count));
}
