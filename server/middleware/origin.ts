/**
 * The Origin allowlist. Hono's cors() only sets headers (a disallowed origin still reaches the
 * handler) and csrf() ignores JSON, so the check is done here: the ML's allowed origins or the
 * server's own origin (scheme + Host, as for the demo page).
 */
import type { Context } from "hono";
import type { MissionLocale } from "../config/ml-config";

export function ownOrigin(c: Context): string {
  return new URL(c.req.url).origin;
}

export function isAllowedOrigin(c: Context, ml: MissionLocale, origin: string | undefined): origin is string {
  if (!origin) return false;
  return origin === ownOrigin(c) || ml.originesAutorisees.includes(origin);
}

/** CORS answer headers for an allowed cross-origin caller. */
export function setCorsHeaders(c: Context, origin: string): void {
  c.header("Access-Control-Allow-Origin", origin);
  c.header("Vary", "Origin", { append: true });
}
