/**
 * The Origin allowlist. Hono's cors() only sets headers (a disallowed origin still reaches the
 * handler) and csrf() ignores JSON, so the check is done here: the ML's allowed origins or the
 * server's own origin (scheme + Host, as for the demo page): the scheme a trusted proxy reports,
 * the Host as received (client-address.ts says why X-Forwarded-Host is not read).
 */
import type { Context } from "hono";
import type { MissionLocale } from "../config/ml-config";
import { clientOf } from "./client-address";

export function ownOrigin(c: Context): string {
  return `${clientOf(c).scheme}://${new URL(c.req.url).host}`;
}

export function isAllowedOrigin(c: Context, ml: MissionLocale, origin: string | undefined): origin is string {
  if (!origin) return false;
  return origin === ownOrigin(c) || ml.originesAutorisees.includes(origin);
}

/**
 * CORS answer headers for an allowed cross-origin caller. CORP too: navigator.sendBeacon's text
 * (the funnel) goes in no-cors mode, whose answer Chromium blocks — with an error in the partner
 * page's console — when it says Cross-Origin-Resource-Policy: same-origin.
 */
export function setCorsHeaders(c: Context, origin: string): void {
  c.header("Access-Control-Allow-Origin", origin);
  c.header("Vary", "Origin", { append: true });
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
}

/**
 * For the public GET routes of an ML: readable by any page's fetch (nothing private, no
 * credentials). Vary: Origin all the same, since the facts say whether the asking origin may
 * send. CORP stays same-origin: a CORS read does not need it.
 */
export function setPublicCorsHeaders(c: Context): void {
  c.header("Access-Control-Allow-Origin", "*");
  c.header("Vary", "Origin", { append: true });
}
