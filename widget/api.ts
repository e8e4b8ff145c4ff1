/**
 * The HTTP client of the widget: the Mission Locale's public facts, the communes of a postal code,
 * who serves a commune, the funnel's beacons (the call-back deadline, controllers/deadline.ts, and
 * the registration itself, api-submit.ts, come with the later steps' chunk). It talks only to the
 * ML's server, sends no cookie, puts nothing personal in a URL (the communes lookup sends only the
 * postal code), and turns every answer into a typed result instead of throwing.
 */
import type {
  BaliseParcours,
  Commune,
  CommunesResponse,
  MissionLocalePublic,
  OrientationResponse,
} from "../contract/api-types";

const FACTS_TIMEOUT_MS = 15_000;
const COMMUNES_TIMEOUT_MS = 10_000;

export type FactsResult =
  | { kind: "ok"; ml: MissionLocalePublic }
  | { kind: "introuvable" }
  | { kind: "reseau" }
  | { kind: "annule" };

export type CommunesResult =
  | { kind: "ok"; communes: Commune[] }
  | { kind: "invalide" }
  | { kind: "reseau" }
  | { kind: "annule" };

export type OrientationResult =
  | { kind: "ok"; orientation: OrientationResponse }
  | { kind: "reseau" }
  | { kind: "annule" };

export class ApiClient {
  constructor(
    /** Base URL of the server, e.g. "https://preinscription.example.org" (a path prefix is kept). */
    private readonly endpoint: string,
    private readonly missionLocale: string,
  ) {}

  /** The address of `path` under this ML's part of the API. */
  url(path: string): string {
    return `${this.endpoint.replace(/\/+$/, "")}/api/v1/ml/${encodeURIComponent(this.missionLocale)}${path}`;
  }

  async missionLocaleFacts(signal?: AbortSignal): Promise<FactsResult> {
    const answer = await request(this.url(""), { method: "GET" }, FACTS_TIMEOUT_MS, signal);
    if (answer === "annule" || answer === "reseau") return { kind: answer };
    if (answer.status === 404) return { kind: "introuvable" };
    const body = answer.ok ? await json<MissionLocalePublic>(answer) : null;
    return body ? { kind: "ok", ml: body } : { kind: "reseau" };
  }

  async communes(codePostal: string, signal?: AbortSignal): Promise<CommunesResult> {
    const query = new URLSearchParams({ codePostal });
    const answer = await request(this.url(`/communes?${query}`), { method: "GET" }, COMMUNES_TIMEOUT_MS, signal);
    if (answer === "annule" || answer === "reseau") return { kind: answer };
    if (answer.status === 400) return { kind: "invalide" };
    const body = answer.ok ? await json<CommunesResponse>(answer) : null;
    return body && Array.isArray(body.communes) ? { kind: "ok", communes: body.communes } : { kind: "reseau" };
  }

  /**
   * The anonymous funnel: "this step was reached". sendBeacon (text/plain, no preflight) so it
   * survives the page being closed; no identifier, no answer, nothing personal.
   */
  beacon(body: BaliseParcours): void {
    if (typeof navigator.sendBeacon !== "function") return;
    try {
      navigator.sendBeacon(this.url("/etapes"), JSON.stringify(body));
    } catch {
      // Statistics never get in the youth's way.
    }
  }

  /** Who serves a commune outside this ML's territory. Only the INSEE code of the commune leaves the page. */
  async orientation(codeInsee: string, signal?: AbortSignal): Promise<OrientationResult> {
    const query = new URLSearchParams({ codeInsee });
    const answer = await request(this.url(`/orientation?${query}`), { method: "GET" }, COMMUNES_TIMEOUT_MS, signal);
    if (answer === "annule" || answer === "reseau") return { kind: answer };
    const body = answer.ok ? await json<OrientationResponse>(answer) : null;
    return body && typeof body.territoire === "boolean" ? { kind: "ok", orientation: body } : { kind: "reseau" };
  }
}

/** fetch with a timeout and a caller's abort signal; never throws. */
export async function request(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Response | "reseau" | "annule"> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort);
  const timer = setTimeout(onAbort, timeoutMs);
  try {
    return await fetch(url, {
      ...init,
      signal: controller.signal,
      credentials: "omit",
      mode: "cors",
      referrerPolicy: "no-referrer",
      headers: { Accept: "application/json", ...(init.headers as Record<string, string> | undefined) },
    });
  } catch {
    return signal?.aborted ? "annule" : "reseau";
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

export async function json<T>(answer: Response): Promise<T | null> {
  try {
    return (await answer.json()) as T;
  } catch {
    return null;
  }
}

/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function" && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
