/**
 * Sending the registration: in the later chunk, since nothing is sent before the review step.
 */
import {
  type AcceptedResponse,
  ERROR_CODES,
  type ErrorCode,
  type ErrorResponse,
  type ValidationErrorResponse,
} from "../contract/api-types";
import type { PayloadInput } from "../contract/schema/payload";
import { type ApiClient, json, request, type SubmitResult } from "./api";

/** The server renders the PDF before answering: leave slow phone networks some room. */
const SUBMIT_TIMEOUT_MS = 30_000;

/**
 * POSTs the payload; the same `idempotencyKey` on a retry never makes two registrations.
 * `Content-Language` says which language the form was in (the PDF notes it); the payload itself
 * never changes with the language.
 */
export async function submitRegistration(
  client: ApiClient,
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
  const answer = await request(client.url("/preinscriptions"), init, SUBMIT_TIMEOUT_MS, signal);
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
  if (code) return { kind: "serveur", status, code, retryAfterSeconds: retryAfter(answer.headers.get("Retry-After")) };
  return { kind: "serveur", status };
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
