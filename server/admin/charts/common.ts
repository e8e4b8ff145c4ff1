/**
 * Pieces shared by the server-rendered SVG charts. The CSP forbids inline styles, so colours are
 * SVG presentation attributes and sizes come from the stylesheet's classes.
 */
import { html } from "hono/html";

export type Html = ReturnType<typeof html>;

export const COLOURS = {
  ink: "#1b1b1b",
  muted: "#4a4f57",
  bar: "#1f5d99",
  grid: "#c9ced6",
  paper: "#ffffff",
} as const;

/** Coordinates with one decimal: smaller markup, same drawing. */
export function at(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Diagonal hatching for bars whose count is hidden (< 5): the eye sees "some", not how many. */
export function hatchPattern(id: string): Html {
  return html`<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOURS.paper}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLOURS.bar}" stroke-width="3"/></pattern></defs>`;
}

/** A round axis maximum that holds `value` (5, 6, 8, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100…), halvable. */
export function niceCeiling(value: number): number {
  const target = Math.max(value, 5);
  const power = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= target) return step * power;
  return 10 * power;
}

const dayFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "short", timeZone: "UTC" });

function utc(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "24 novembre 2025". */
export function frenchDay(day: string): string {
  return dayFormat.format(utc(day));
}

/** "janv.", "févr."… */
export function frenchMonth(day: string): string {
  return monthFormat.format(utc(day));
}

export interface TableSpec {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/** The chart's numbers as a table, folded under the chart. */
export function dataTable(spec: TableSpec): Html {
  return html`<details class="data">
    <summary>Voir les données en tableau</summary>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${spec.caption}">
      <table>
        <caption>${spec.caption}</caption>
        <thead><tr>${spec.headers.map((header, i) => html`<th scope="col" class="${i > 0 ? "num" : ""}">${header}</th>`)}</tr></thead>
        <tbody>${spec.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td class="num">${cell}</td>`))}</tr>`)}</tbody>
      </table>
    </div>
  </details>`;
}

export interface FigureSpec {
  id: string;
  title: string;
  /** One sentence that says what to look at. */
  summary?: string;
  chart: Html;
  legend?: Html;
  table: TableSpec;
  className?: string;
}

export function figure(spec: FigureSpec): Html {
  return html`<figure class="chart ${spec.className ?? ""}" aria-labelledby="${spec.id}-titre">
    <figcaption>
      <h3 id="${spec.id}-titre">${spec.title}</h3>
      ${spec.summary ? html`<p class="summary">${spec.summary}</p>` : ""}
    </figcaption>
    ${spec.chart}
    ${spec.legend ?? ""}
    ${dataTable(spec.table)}
  </figure>`;
}
