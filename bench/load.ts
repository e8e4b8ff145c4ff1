/**
 * 4. Accepting registrations: autocannon against the real server process (validate, render, seal,
 * fsync, 202 — and the worker sending to the Resend fake meanwhile), a new Idempotency-Key per
 * request so every request is a new registration. Compared with the rate PDF rendering alone
 * reaches on one thread in this run.
 */
import { randomUUID } from "node:crypto";
import { validPayload } from "../tests/fixtures/payload";
import { type LoadResult, runLoad } from "./autocannon-run";
import type { Figure } from "./report";
import type { BenchServer } from "./server";
import { round } from "./stats";

const SECTION = "4. Accepting registrations (POST …/preinscriptions, real server process)";
export const TARGET_RATE = 120;
export const TARGET_P99_MS = 150;

export interface LoadPlan {
  durationS: number;
  warmupS: number;
  connections: readonly number[];
}

/** CPU spent per completed request during one run, ms: it does not depend on how busy the machine is. */
export interface CpuPerRequest {
  serverMs: number;
  serverMainThreadMs: number;
  /** This process: autocannon and the Resend fake. */
  loadGeneratorMs: number;
}

export interface RegistrationLoad {
  runs: (LoadResult & { cpu: CpuPerRequest })[];
  accepted: number;
  emailsSentDuringLoad: number;
}

export async function loadRegistrations(server: BenchServer, plan: LoadPlan): Promise<RegistrationLoad> {
  const body = JSON.stringify(validPayload());
  const load = (connections: number, durationS: number) =>
    runLoad({
      url: `${server.url}/api/v1/ml/roubaix/preinscriptions`,
      connections,
      durationS,
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: server.url },
      // A new key per request: a repeated key would measure the idempotency cache instead.
      setupRequest: (request) => ({
        ...request,
        body,
        headers: { ...request.headers, "Idempotency-Key": randomUUID() },
      }),
    });
  // Warm-up: JIT, caches and the first fsyncs of a fresh spool are not what a running server pays.
  if (plan.warmupS > 0) await load(plan.connections[0] ?? 10, plan.warmupS);
  const sentBefore = server.resend.emails.length;
  const runs: RegistrationLoad["runs"] = [];
  for (const connections of plan.connections) {
    const server0 = await server.cpuMs();
    const self0 = process.cpuUsage();
    const result = await load(connections, plan.durationS);
    const server1 = await server.cpuMs();
    const self1 = process.cpuUsage(self0);
    const per = (ms: number) => ms / Math.max(1, result.requests);
    runs.push({
      ...result,
      cpu: {
        serverMs: per(server1.processMs - server0.processMs),
        serverMainThreadMs: per(server1.mainThreadMs - server0.mainThreadMs),
        loadGeneratorMs: per((self1.user + self1.system) / 1000),
      },
    });
  }
  return {
    runs,
    accepted: runs.reduce((sum, r) => sum + r.requests - r.non2xx, 0),
    emailsSentDuringLoad: server.resend.emails.length - sentBefore,
  };
}

/** `setup` names the server's configuration in the label, e.g. "1 render thread". */
export function loadFigures(
  load: RegistrationLoad,
  rendersPerSecond: number,
  cores: number,
  setup: string,
  target: { rate: number; p99Ms: number } = { rate: TARGET_RATE, p99Ms: TARGET_P99_MS },
): Figure[] {
  return load.runs.map((run): Figure => {
    const failures = run.errors + run.non2xx;
    const base: Figure = {
      section: SECTION,
      label: `${run.connections} connections, ${round(run.durationS, 0)} s (${setup})`,
      value: round(run.perSecond, 1),
      unit: "registrations/s",
      detail: `p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, max ${run.maxMs} ms; ${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx; CPU per registration: server ${round(run.cpu.serverMs, 1)} ms (request thread ${round(run.cpu.serverMainThreadMs, 1)} ms), load generator ${round(run.cpu.loadGeneratorMs, 1)} ms`,
      runs: `${run.requests} requests`,
      reference: { label: "renderFiche alone, one thread", value: rendersPerSecond, unit: "renders/s" },
      ratio: `${(run.perSecond / rendersPerSecond).toFixed(2)}× the render-only rate`,
    };
    if (run.connections === 10) {
      base.target = {
        text: `≥ ${target.rate}/s and p99 ≤ ${target.p99Ms} ms on ${cores} cores`,
        pass: run.perSecond >= target.rate && run.p99Ms <= target.p99Ms && failures === 0,
      };
    } else if (run.connections === 50) {
      base.target = { text: "no errors, timeouts or non-2xx", pass: failures === 0 && run.timeouts === 0 };
    }
    return base;
  });
}
