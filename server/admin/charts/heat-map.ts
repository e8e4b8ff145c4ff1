/**
 * Hour of day × weekday: a week planner (days across, hours down) whose cells are shaded by
 * class and carry their number, so nothing is told by colour alone.
 */
import { html } from "hono/html";
import { isHidden, SMALL_COUNT_LIMIT, SMALL_COUNT_TEXT, shownCount } from "../../stats/small-counts";
import { hourLabel, WEEKDAY_NAMES, WEEKDAY_SHORT } from "../labels";
import { at, COLOURS, type Html } from "./common";

const LEFT = 40;
const TOP = 22;
const CELL_W = 42;
const CELL_H = 17;
const GAP = 1.5;

/** Light to dark blues; text switches to white where dark ink would lose contrast. */
const SHADES = ["#f3f5f8", "#deebf7", "#b3d3ea", "#6baed6", "#2166ac", "#08306b"] as const;
const LIGHT_TEXT_FROM = 4;

export interface HeatClass {
  /** Lowest count of the class (0, 1, 5, …). */
  from: number;
  label: string;
  shade: string;
  ink: string;
}

/** Round class widths, chosen so that at most four classes cover the busiest cell. */
const CLASS_STEPS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];
/** Shades of the classes of 5 or more, by how many there are: the busiest always darkest. */
const SHADES_BY_COUNT: Record<number, number[]> = { 1: [5], 2: [3, 5], 3: [3, 4, 5], 4: [2, 3, 4, 5] };

/** "aucune", "< 5", then round classes: 5 à 9, 10 à 14… and "N ou plus" for the last. */
export function heatClasses(cells: readonly number[]): HeatClass[] {
  const max = Math.max(0, ...cells);
  const classes: HeatClass[] = [
    { from: 0, label: "aucune", shade: SHADES[0], ink: COLOURS.ink },
    { from: 1, label: SMALL_COUNT_TEXT, shade: SHADES[1], ink: COLOURS.ink },
  ];
  if (max < SMALL_COUNT_LIMIT) return classes;
  const step = CLASS_STEPS.find((candidate) => max < 4 * candidate) ?? max;
  const starts = [SMALL_COUNT_LIMIT];
  for (let start = step; start <= max; start += step) if (start > SMALL_COUNT_LIMIT) starts.push(start);
  const shades = SHADES_BY_COUNT[starts.length] ?? SHADES_BY_COUNT[4] ?? [];
  starts.forEach((from, index) => {
    const next = starts[index + 1];
    const shadeIndex = shades[index] ?? 5;
    classes.push({
      from,
      label: next === undefined ? `${from} ou plus` : `${from} à ${next - 1}`,
      shade: SHADES[shadeIndex] ?? SHADES[5],
      ink: shadeIndex >= LIGHT_TEXT_FROM ? COLOURS.paper : COLOURS.ink,
    });
  });
  return classes;
}

/** Cells of 1 to 4 carry a dot rather than a number: shown without colour, quieter than "< 5". */
function smallDot(x: number, y: number): Html {
  return html`<circle cx="${at(x)}" cy="${at(y)}" r="2" fill="${COLOURS.muted}"/>`;
}

function classOf(count: number, classes: readonly HeatClass[]): HeatClass {
  let found = classes[0] as HeatClass;
  for (const candidate of classes) if (count >= candidate.from) found = candidate;
  return found;
}

export function heatMapChart(
  heat: readonly (readonly number[])[],
  classes: readonly HeatClass[],
  description: string,
): Html {
  const width = LEFT + 7 * CELL_W;
  const height = TOP + 24 * CELL_H;
  const cells: Html[] = [];
  for (let day = 0; day < 7; day++) {
    for (let hour = 0; hour < 24; hour++) {
      const count = heat[day]?.[hour] ?? 0;
      const shade = classOf(count, classes);
      const x = LEFT + day * CELL_W;
      const y = TOP + hour * CELL_H;
      cells.push(
        html`<rect x="${at(x + GAP / 2)}" y="${at(y + GAP / 2)}" width="${at(CELL_W - GAP)}" height="${at(CELL_H - GAP)}" fill="${shade.shade}"><title>${WEEKDAY_NAMES[day]} ${hourLabel(hour)} : ${shownCount(count)}</title></rect>${
          count === 0
            ? ""
            : isHidden(count)
              ? smallDot(x + CELL_W / 2, y + CELL_H / 2)
              : html`<text class="cell" x="${at(x + CELL_W / 2)}" y="${at(y + CELL_H / 2)}" text-anchor="middle" dominant-baseline="central" fill="${shade.ink}">${count}</text>`
        }`,
      );
    }
  }
  return html`<svg class="chart-svg heat" viewBox="0 0 ${width} ${height}" role="img" aria-label="${description}">
    ${WEEKDAY_SHORT.map(
      (name, day) =>
        html`<text class="tick" x="${at(LEFT + day * CELL_W + CELL_W / 2)}" y="${TOP - 7}" text-anchor="middle" fill="${COLOURS.ink}">${name}</text>`,
    )}
    ${Array.from(
      { length: 24 },
      (_, hour) =>
        html`<text class="tick" x="${LEFT - 6}" y="${at(TOP + hour * CELL_H + CELL_H / 2)}" text-anchor="end" dominant-baseline="central" fill="${COLOURS.muted}">${hourLabel(hour)}</text>`,
    )}
    ${cells}
  </svg>`;
}

/** The shades with their ranges, in HTML under the map. */
export function heatLegend(classes: readonly HeatClass[]): Html {
  return html`<div class="legend">
    <p class="legend-title" id="legende-heures">Nombre de pré-inscriptions par case :</p>
    <ul aria-labelledby="legende-heures">
      ${classes.map(
        (entry) =>
          html`<li><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" fill="${entry.shade}" stroke="${COLOURS.muted}" stroke-width="1"/>${
            entry.from === 1 ? smallDot(8, 8) : ""
          }</svg>${entry.from === 1 ? "moins de 5 (point)" : entry.label}</li>`,
      )}
    </ul>
  </div>`;
}
