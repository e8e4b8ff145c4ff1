/**
 * The HTTP client of the widget: the Mission Locale's public facts, the communes of a postal code,
 * and the registration itself. It talks only to the ML's server, sends no cookie, puts nothing
 * personal in a URL (the communes lookup sends only the postal code), and turns every answer into
 * a typed result instead of throwing.
 */
import {
  type AcceptedResponse,
  type BaliseParcours,
  type Commune,
  type CommunesResponse,
  ERROR_CODES,
  type ErrorCode,
  type ErrorResponse,
  type MissionLocalePublic,
  type OrientationResponse,
  type RappelResponse,
  type ValidationErrorResponse,
} from "../contract/api-types";
import type { PayloadInput } from "../contract/schema/payload";

const FACTS_TIMEOUT_MS = 15_000;
const COMMUNES_TIMEOUT_MS = 10_000;
/** The server renders the PDF before answering: leave slow phone networks some room. */
const SUBMIT_TIMEOUT_MS = 30_000;

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

export type SubmitResult =
  | { kind: "accepte"; reference: string; rappelAvant: string }
  | { kind: "validation"; erreurs: Record<string, string>; codes?: ValidationErrorResponse["codes"] }
  | { kind: "limite"; retryAfterSeconds: number | null }
  /**
   * 400, 403, 404, 409, 413, 415: retrying the same request won't help. `code` "cle-deja-utilisee"
   * (409): the key served for another registration; send again with a fresh key (answers kept).
   */
  | { kind: "refus"; status: number; message: string | null; code?: ErrorCode }
  /**
   * 5xx: nothing was accepted. `code` "file-pleine" or "enregistrement-impossible" (503): retry the
   * same key after `retryAfterSeconds`.
   */
  | { kind: "serveur"; status: number; code?: ErrorCode; retryAfterSeconds?: number | null }
  | { kind: "reseau" }
  | { kind: "annule" };

export class ApiClient {
  constructor(
    /** Base URL of the server, e.g. "https://preinscription.example.org" (a path prefix is kept). */
    private readonly endpoint: string,
    private readonly missionLocale: string,
  ) {}

  private url(path: string): string {
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

  /** The call-back deadline a registration sent now would get (nothing personal is sent); null if unknown. */
  async rappel(signal?: AbortSignal): Promise<string | null> {
    const answer = await request(this.url("/rappel"), { method: "GET" }, COMMUNES_TIMEOUT_MS, signal);
    if (answer === "annule" || answer === "reseau" || !answer.ok) return null;
    const body = await json<RappelResponse>(answer);
    return typeof body?.rappelAvant === "string" ? body.rappelAvant : null;
  }

  /**
   * POSTs the payload; the same `idempotencyKey` on a retry never makes two registrations.
   * `Content-Language` says which language the form was in (the PDF notes it); the payload itself
   * never changes with the language.
   */
  async submit(
    payload: PayloadInput,
    idempotencyKey: string,
    language: string,
    signal?: AbortSignal,
  ): Promise<SubmitResult> {
    const init: RequestInit = {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Idempotency-Key": idempotencyKey,
        "Content-Language": language,
      },
      body: JSON.stringify(payload),
      cache: "no-store",
    };
    const answer = await request(this.url("/preinscriptions"), init, SUBMIT_TIMEOUT_MS, signal);
    if (answer === "annule" || answer === "reseau") return { kind: answer };
    const { status } = answer;
    if (status === 202 || status === 200) {
      const body = await json<AcceptedResponse>(answer);
      if (body && typeof body.reference === "string" && typeof body.rappelAvant === "string") {
        return { kind: "accepte", reference: body.reference, rappelAvant: body.rappelAvant };
      }
      return { kind: "serveur", status };
    }
    if (status === 422) {
      const body = await json<ValidationErrorResponse>(answer);
      return { kind: "validation", erreurs: body?.erreurs ?? {}, codes: body?.codes };
    }
    if (status === 429) return { kind: "limite", retryAfterSeconds: retryAfter(answer.headers.get("Retry-After")) };
    if (status >= 400 && status < 500) {
      const body = await json<ErrorResponse>(answer);
      const code = errorCode(body);
      return {
        kind: "refus",
        status,
        message: typeof body?.erreur === "string" ? body.erreur : null,
        ...(code ? { code } : {}),
      };
    }
    const code = status === 503 ? errorCode(await json<ErrorResponse>(answer)) : undefined;
    if (code)
      return { kind: "serveur", status, code, retryAfterSeconds: retryAfter(answer.headers.get("Retry-After")) };
    return { kind: "serveur", status };
  }
}

/** fetch with a timeout and a caller's abort signal; never throws. */
async function request(
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

async function json<T>(answer: Response): Promise<T | null> {
  try {
    return (await answer.json()) as T;
  } catch {
    return null;
  }
}

/** A machine word the server set on an error answer, if it is one the widget knows. */
function errorCode(body: ErrorResponse | null): ErrorCode | undefined {
  const code = body?.code;
  return typeof code === "string" && (ERROR_CODES as readonly string[]).includes(code) ? code : undefined;
}

/** Retry-After is seconds or an HTTP date. */
function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
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
