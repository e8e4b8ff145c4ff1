/**
 * What every benchmark module returns, the machine it ran on, and the table `npm run bench`
 * prints (Markdown, so the README can show it as it is).
 */
import { cpus, loadavg, totalmem } from "node:os";

export interface Reference {
  label: string;
  value: number;
  unit: string;
}

/** One measured figure, beside the reference measured in the same run when there is one. */
export interface Figure {
  section: string;
  label: string;
  value: number;
  unit: string;
  /** Further numbers of the same measurement (p99, errors…). */
  detail?: string;
  /** How many runs, requests or renders the value comes from. */
  runs: string;
  reference?: Reference;
  /** E.g. "15.2× faster": the ratio says which way it goes. */
  ratio?: string;
  target?: { text: string; pass: boolean };
}

export interface Machine {
  cores: number;
  cpuModel: string;
  node: string;
  platform: string;
  memoryGb: number;
  /** 1-minute load average when the bench started: a busy shared machine shows here. */
  loadAverage: number;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? "inconnu",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function machineLine(m: Machine): string {
  return `${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}, load ${m.loadAverage} at start`;
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(value >= 100 ? 0 : 2));

function ours(figure: Figure): string {
  const main = `${number(figure.value)} ${figure.unit}`;
  return figure.detail ? `${main} (${figure.detail})` : main;
}

function reference(figure: Figure): string {
  const r = figure.reference;
  return r ? `${r.label}: ${number(r.value)} ${r.unit}` : "—";
}

function target(figure: Figure): string {
  if (!figure.target) return "—";
  return `${figure.target.pass ? "✅" : "❌"} ${figure.target.text}`;
}

const cell = (text: string) => text.replaceAll("|", "\\|");

export function table(figures: readonly Figure[]): string {
  const lines = [
    "| Figure | Measured | Reference, same run | Ratio | Target | Runs |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  let section = "";
  for (const figure of figures) {
    if (figure.section !== section) {
      section = figure.section;
      lines.push(`| **${cell(section)}** | | | | | |`);
    }
    const columns = [figure.label, ours(figure), reference(figure), figure.ratio ?? "—", target(figure), figure.runs];
    lines.push(`| ${columns.map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}

/** "12.3× faster" when ours is smaller-is-better and below the reference. */
export function timesFaster(ours: number, reference: number, word = "faster"): string {
  if (!(ours > 0) || !(reference > 0)) return "—";
  const ratio = reference / ours;
  return ratio >= 1 ? `${ratio.toFixed(1)}× ${word}` : `${(1 / ratio).toFixed(1)}× slower`;
}
