/**
 * The counters as CSV (RFC 4180, comma, UTF-8 with a BOM so spreadsheets show accents): one line
 * per counter `dimension,cle,libelle,nombre`, with the same "< 5" rule as the page.
 */
import { CATEGORY_DIMENSIONS, CATEGORY_KEYS, type MlCounters } from "../stats/counters";
import { exportedCount } from "../stats/small-counts";
import { CATEGORY_LABELS, hourLabel, WEEKDAY_NAMES } from "./labels";

export const CSV_HEADER = ["dimension", "cle", "libelle", "nombre"] as const;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function statsCsv(counters: MlCounters): string {
  const lines: string[][] = [[...CSV_HEADER]];
  for (const day of Object.keys(counters.jours).sort()) {
    lines.push(["jour", day, day, exportedCount(counters.jours[day] ?? 0)]);
  }
  counters.semaine.forEach((hours, day) => {
    const name = WEEKDAY_NAMES[day] ?? String(day);
    lines.push(["jour_semaine", name, name, exportedCount(hours.reduce((a, b) => a + b, 0))]);
  });
  for (let hour = 0; hour < 24; hour++) {
    const total = counters.semaine.reduce((sum, hours) => sum + (hours[hour] ?? 0), 0);
    lines.push(["heure", String(hour), hourLabel(hour), exportedCount(total)]);
  }
  counters.semaine.forEach((hours, day) => {
    hours.forEach((count, hour) => {
      const name = WEEKDAY_NAMES[day] ?? String(day);
      lines.push(["jour_heure", `${name}-${hour}`, `${name} ${hourLabel(hour)}`, exportedCount(count)]);
    });
  });
  for (const dimension of CATEGORY_DIMENSIONS) {
    for (const key of CATEGORY_KEYS[dimension]) {
      const label = CATEGORY_LABELS[dimension][key] ?? key;
      lines.push([dimension, key, label, exportedCount(counters.categories[dimension][key] ?? 0)]);
    }
  }
  return `\uFEFF${lines.map((line) => line.map(field).join(",")).join("\r\n")}\r\n`;
}
