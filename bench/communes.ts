/**
 * 6. Communes lookup: GET …/communes?codePostal= under load with postal codes rotating over a
 * sample of real ones (so no single answer stays hot), plus the index itself measured in this
 * process: heap kept after building it, and nanoseconds per lookup.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadCommunesIndex } from "../server/territory/communes-index";
import { type LoadResult, runLoad } from "./autocannon-run";
import type { Figure } from "./report";
import type { BenchServer } from "./server";
import { round } from "./stats";

const SECTION = "6. Communes lookup";

interface RawCommune {
  type: string;
  codesPostaux?: string[];
}

/** Every `step`-th postal code of the official list: spread over the whole country. */
export function samplePostalCodes(step = 10): string[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@etalab/decoupage-administratif/data/communes.json");
  const communes = JSON.parse(readFileSync(file, "utf8")) as RawCommune[];
  const codes = new Set<string>();
  for (const commune of communes) {
    if (commune.type === "commune-actuelle") for (const code of commune.codesPostaux ?? []) codes.add(code);
  }
  return [...codes].sort().filter((_, index) => index % step === 0);
}

export interface CommunesResult {
  load: LoadResult;
  postalCodes: number;
  indexHeapMb: number;
  buildMs: number;
  lookupNs: number;
}

function gc(): void {
  // Only with --expose-gc; without it the heap figure includes garbage and says so.
  (globalThis as { gc?: () => void }).gc?.();
}

/** Heap kept by the index (after a full GC on both sides), build time, and lookup time. */
export function measureIndex(codes: readonly string[]): Omit<CommunesResult, "load"> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const index = loadCommunesIndex();
  const buildMs = performance.now() - start;
  gc();
  const indexHeapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  let found = 0;
  for (let i = 0; i < 100_000; i++) found += index.byPostalCode(codes[i % codes.length] ?? "").length;
  const rounds = 1_000_000;
  const t = performance.now();
  for (let i = 0; i < rounds; i++) found += index.byPostalCode(codes[i % codes.length] ?? "").length;
  const lookupNs = ((performance.now() - t) * 1e6) / rounds;
  if (found === 0) throw new Error("no commune found: the sample of postal codes is wrong");
  return { postalCodes: index.postalCodeCount, indexHeapMb, buildMs, lookupNs };
}

export async function loadCommunes(server: BenchServer, codes: readonly string[], durationS: number) {
  let next = 0;
  return runLoad({
    url: `${server.url}/api/v1/ml/roubaix/communes?codePostal=59100`,
    connections: 10,
    durationS,
    setupRequest: (request) => ({
      ...request,
      path: `/api/v1/ml/roubaix/communes?codePostal=${codes[next++ % codes.length]}`,
    }),
  });
}

export function communesFigures(result: CommunesResult, gcExposed: boolean): Figure[] {
  const { load } = result;
  return [
    {
      section: SECTION,
      label: "GET …/communes?codePostal=, 10 connections",
      value: load.p99Ms,
      unit: "ms p99",
      detail: `p50 ${load.p50Ms} ms, ${round(load.perSecond, 0)} requests/s; ${load.errors} errors, ${load.non2xx} non-2xx`,
      runs: `${load.requests} requests, ${round(load.durationS, 0)} s`,
    },
    {
      section: SECTION,
      label: `index: ${result.postalCodes} postal codes`,
      value: round(result.indexHeapMb, 1),
      unit: "MB heap kept",
      detail: `built in ${round(result.buildMs, 0)} ms; lookup ${round(result.lookupNs, 0)} ns${gcExposed ? "" : " (no --expose-gc: heap figure includes garbage)"}`,
      runs: "1 build, 1,000,000 lookups",
    },
  ];
}
