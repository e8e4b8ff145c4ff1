/**
 * Who may read an ML's statistics: the holder of its token (config `statistiques.jeton`), sent as
 * `Authorization: Bearer <token>` or once through the login form, which then sets a session
 * cookie. The cookie holds an expiry and an HMAC, never the token; the HMAC key is derived from
 * the token, so changing the token ends every session. Comparisons are constant-time.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { MissionLocale } from "../config/ml-config";
import { clientOf } from "../middleware/client-address";
import { ownOrigin } from "../middleware/origin";

export const SESSION_COOKIE = "ml_stats_session";
export const SESSION_SECONDS = 8 * 60 * 60;

/** Per process: both sides of a comparison become 32-byte digests, whatever their lengths. */
const COMPARISON_KEY = randomBytes(32);

function digest(value: string): Buffer {
  return createHmac("sha256", COMPARISON_KEY).update(value, "utf8").digest();
}

/** Constant-time equality of two secrets of any length (timingSafeEqual on equal-length HMACs). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function sessionKey(ml: MissionLocale, token: string): Buffer {
  return Buffer.from(hkdfSync("sha256", token, ml.id, "ml-preinscription admin session v1", 32));
}

/** `generation` moves on at each logout (session-generations.ts): older cookies stop matching. */
function sessionMac(ml: MissionLocale, token: string, expires: number, generation: number): Buffer {
  const suffix = generation === 0 ? "" : `.g${generation}`;
  return createHmac("sha256", sessionKey(ml, token)).update(`v1.${ml.id}.${expires}${suffix}`).digest();
}

/** "v1.<expiry in Unix seconds>.<HMAC>". */
export function newSession(ml: MissionLocale, token: string, now: Date, generation = 0): string {
  const expires = Math.floor(now.getTime() / 1000) + SESSION_SECONDS;
  return `v1.${expires}.${sessionMac(ml, token, expires, generation).toString("base64url")}`;
}

const SESSION_FORMAT = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

export function validSession(value: string, ml: MissionLocale, token: string, now: Date, generation = 0): boolean {
  const match = SESSION_FORMAT.exec(value);
  if (!match) return false;
  const expires = Number(match[1]);
  const nowSeconds = now.getTime() / 1000;
  if (expires <= nowSeconds || expires > nowSeconds + SESSION_SECONDS + 60) return false;
  const given = Buffer.from(match[2] ?? "", "base64url");
  const expected = sessionMac(ml, token, expires, generation);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type Credentials = "none" | "valid" | "invalid";

/** Bearer token first (API clients), else the session cookie. */
export function credentialsOf(c: Context, ml: MissionLocale, token: string, now: Date, generation = 0): Credentials {
  const authorization = c.req.header("Authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
    return bearer !== undefined && sameSecret(bearer, token) ? "valid" : "invalid";
  }
  const session = getCookie(c, SESSION_COOKIE);
  if (session === undefined) return "none";
  return validSession(session, ml, token, now, generation) ? "valid" : "invalid";
}

/** Cookies get Secure when the browser talks TLS (directly or through the proxy). */
export function overTls(c: Context): boolean {
  return clientOf(c).scheme === "https";
}

/**
 * CSRF guard of the admin forms: the browser's Origin must be this server (scheme and Host; the
 * scheme a trusted proxy reports). A cross-site form cannot forge Origin.
 */
export function fromOwnPages(c: Context): boolean {
  const origin = c.req.header("Origin");
  if (origin === undefined) return c.req.header("Sec-Fetch-Site") === "same-origin";
  return origin === ownOrigin(c);
}
