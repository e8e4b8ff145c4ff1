/**
 * Where a `.cpuprofile` (node --cpu-prof) spends its time: self time grouped by package or
 * source folder, and the heaviest functions. Run: npx tsx bench/profile-summary.ts FILE [TOP]
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Group (package, source folder, or V8's "(idle)", "(garbage collector)"…) → self ms. */
  groups: [string, number][];
  functions: [string, number][];
}

/** node_modules/<pkg> (scoped too), the project's folder, or V8's pseudo-frames. */
function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith("node:"))
    return url
      .replace(/^node:(internal\/)?/, "node:")
      .split("/")
      .slice(0, 2)
      .join("/");
  const own = /\/(server|widget|tests|bench)\/(.*\/)?/.exec(url);
  if (own) return `${own[1]}/${own[2] ?? ""}`.replace(/\/$/, "");
  return url;
}

export function summarize(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const group = groupOf(frame.url, frame.functionName);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const where = frame.url ? `${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    groups: sorted(groups),
    functions: sorted(functions),
  };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
}

export function formatSummary(summary: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)} %`;
  const lines = [`profile: ${summary.totalMs.toFixed(0)} ms`, "self time by group:"];
  for (const [name, ms] of summary.groups) lines.push(`  ${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  lines.push("heaviest functions (self):");
  for (const [name, ms] of summary.functions) lines.push(`  ${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error("usage: tsx bench/profile-summary.ts FILE.cpuprofile [TOP]");
  process.stdout.write(`${formatSummary(summarize(readProfile(file), Number(top ?? 15)))}\n`);
}
