/**
 * Per-client fixed-window limiter (Hono has none built in). A class in a youth centre shares
 * one IP, so limits stay generous; `limit: 0` turns it off (load tests).
 */
import type { Context, MiddlewareHandler } from "hono";

export interface RateLimitOptions {
  /** Requests allowed per window and client; 0 = unlimited. */
  limit: number;
  windowMs: number;
  clientKey: (c: Context) => string;
  now: () => number;
  message: string;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;
  return async function rateLimitMiddleware(c, next) {
    if (options.limit <= 0) return next();
    const now = options.now();
    if (now >= nextSweep) {
      for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
      nextSweep = now + options.windowMs;
    }
    const key = options.clientKey(c);
    let window = windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + options.windowMs };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > options.limit) {
      c.header("Retry-After", String(Math.ceil((window.resetAt - now) / 1000)));
      return c.json({ erreur: options.message }, 429);
    }
    return next();
  };
}
