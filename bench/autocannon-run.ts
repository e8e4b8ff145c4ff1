/**
 * One autocannon run, reduced to what the table states: rate, latency percentiles, failures.
 */
import autocannon, { type Request } from "autocannon";

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Called before every request: a fresh Idempotency-Key, a rotating postal code… */
  setupRequest?: (request: Request) => Request;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    method: options.method ?? "GET",
    headers: options.headers,
    // 10 s: a request slower than that counts as a timeout, not as a long latency.
    timeout: 10,
    requests: options.setupRequest ? [{ setupRequest: options.setupRequest }] : undefined,
  });
  return {
    connections: options.connections,
    durationS: result.duration,
    requests: result.requests.total,
    // Completed responses over the measured time (autocannon's per-second samples average).
    perSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
