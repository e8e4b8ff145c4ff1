/**
 * 5. Memory and start of the real server process: spawn → /healthz answering (over several
 * starts, median), RSS once idle and at the end of the load.
 */
import type { Figure } from "./report";
import { type BenchServer, startBenchServer } from "./server";
import { median, round } from "./stats";

const SECTION = "5. Memory and start (server process)";
export const TARGET_IDLE_RSS_MB = 120;
export const TARGET_LOADED_RSS_MB = 200;
export const TARGET_START_MS = 1500;

/** Median start time over `count` cold starts (each a new process, new temp folders). */
export async function measureStarts(count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const server = await startBenchServer();
    samples.push(server.startMs);
    await server.stop();
  }
  return samples;
}

/** RSS after the start settles: timers armed, first GC done, nothing in flight. */
export async function idleRss(server: BenchServer, settleMs = 2000): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return server.rssMb();
}

export interface MemoryStart {
  startsMs: number[];
  idleRssMb: number;
  loadedRssMb: number;
  command: string;
}

export function memoryStartFigures(m: MemoryStart): Figure[] {
  const start = round(median(m.startsMs), 0);
  return [
    {
      section: SECTION,
      label: `start → /healthz answers (${m.command})`,
      value: start,
      unit: "ms",
      detail: `min ${round(Math.min(...m.startsMs), 0)} ms, max ${round(Math.max(...m.startsMs), 0)} ms`,
      runs: `median of ${m.startsMs.length} starts`,
      target: { text: `< ${TARGET_START_MS} ms`, pass: start < TARGET_START_MS },
    },
    {
      section: SECTION,
      label: "RSS at idle",
      value: round(m.idleRssMb, 0),
      unit: "MB",
      runs: "1 reading, 2 s after start",
      target: { text: `≤ ${TARGET_IDLE_RSS_MB} MB`, pass: m.idleRssMb <= TARGET_IDLE_RSS_MB },
    },
    {
      section: SECTION,
      label: "RSS at the end of the load",
      value: round(m.loadedRssMb, 0),
      unit: "MB",
      runs: "1 reading, right after sections 4 and 6",
      target: { text: `≤ ${TARGET_LOADED_RSS_MB} MB`, pass: m.loadedRssMb <= TARGET_LOADED_RSS_MB },
    },
  ];
}
