/**
 * /admin — the director's statistics: the page, its CSV, login and logout, the stylesheet.
 * An ML without `statistiques` in the config has no page (404).
 */
import { existsSync, readFileSync } from "node:fs";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, setCookie } from "hono/cookie";
import { dayIn } from "../../contract/schema/age";
import type { MissionLocale } from "../config/ml-config";
import type { AppDeps } from "../deps";
import { clientRateLimitKey } from "../middleware/client-address";
import { rateLimit } from "../middleware/rate-limit";
import { projectPath } from "../paths";
import { credentialsOf, fromOwnPages, newSession, overTls, SESSION_COOKIE, SESSION_SECONDS, sameSecret } from "./auth";
import { loginPage, notFoundPage } from "./layout";
import { memorySessionGenerations } from "./session-generations";
import { statsCsv } from "./stats-csv";
import { statsPage } from "./stats-page";
import { statsView } from "./stats-view";

type Env = { Variables: { ml: MissionLocale; token: string } };

// From the sources (tsx, tests), else the copy the build puts beside the bundle (dist/server/).
const STYLESHEET = readFileSync(
  [projectPath("server", "admin", "stats.css"), projectPath("dist", "server", "stats.css")].find(existsSync) ?? "",
  "utf8",
);
/** Login attempts per IP per 15 minutes (the token is long: this only slows scripts down). */
const LOGIN_ATTEMPTS = 20;
/** Wrong credentials (Bearer or cookie) per IP per minute on the pages and the CSV. */
const WRONG_CREDENTIALS_PER_MINUTE = 5;

export function adminRoutes(
  deps: Pick<AppDeps, "missionsLocales" | "stats" | "clock" | "logger" | "rateLimit" | "adminSessions">,
): Hono<Env> {
  const byId = new Map(deps.missionsLocales.map((ml) => [ml.id, ml]));
  const app = new Hono<Env>();
  const sessions = deps.adminSessions ?? memorySessionGenerations();
  /** Guessing a token with Bearer headers is limited like the login form. */
  const wrongGuesses = new Map<string, { count: number; resetAt: number }>();

  app.use("*", async function noStoreNoIndex(c, next) {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("X-Robots-Tag", "noindex, nofollow");
  });

  app.get("/stats.css", (c) => c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" }));

  const resolve: MiddlewareHandler<Env> = async (c, next) => {
    const ml = byId.get(c.req.param("ml") ?? "");
    const token = ml?.statistiques?.jeton;
    if (!ml || token === undefined) return c.html(notFoundPage(), 404);
    c.set("ml", ml);
    c.set("token", token);
    return next();
  };
  app.use("/:ml/*", resolve);

  const pagePath = (ml: MissionLocale) => `/admin/${ml.id}/stats`;

  const requireCredentials: MiddlewareHandler<Env> = async (c, next) => {
    const now = deps.clock().getTime();
    const ip = clientRateLimitKey(c);
    let guesses = wrongGuesses.get(ip);
    if (guesses && guesses.resetAt <= now) {
      wrongGuesses.delete(ip);
      guesses = undefined;
    }
    if (deps.rateLimit > 0 && guesses && guesses.count >= WRONG_CREDENTIALS_PER_MINUTE) {
      c.header("Retry-After", String(Math.ceil((guesses.resetAt - now) / 1000)));
      return c.text("Trop de tentatives avec un mauvais jeton. Réessayez dans une minute.", 429);
    }
    const credentials = credentialsOf(c, c.var.ml, c.var.token, deps.clock(), await sessions.current(c.var.ml.id));
    if (credentials === "valid") return next();
    if (credentials === "invalid") {
      deps.logger.log("rejected", { ml: c.var.ml.id, status: 401, kind: "admin" });
      if (wrongGuesses.size > 10_000)
        for (const [key, g] of wrongGuesses) if (g.resetAt <= now) wrongGuesses.delete(key);
      if (guesses) guesses.count++;
      else wrongGuesses.set(ip, { count: 1, resetAt: now + 60_000 });
    }
    c.header("WWW-Authenticate", 'Bearer realm="statistiques"');
    if (c.req.path.endsWith(".csv")) return c.text("Connexion requise.", 401);
    return c.html(loginPage({ mlId: c.var.ml.id, mlName: c.var.ml.nom, failed: false }), 401);
  };

  app.get("/:ml/stats", requireCredentials, async (c) => {
    const ml = c.var.ml;
    return c.html(statsPage(statsView(ml, await deps.stats.counters(ml.id), deps.clock())));
  });

  app.get("/:ml/stats.csv", requireCredentials, async (c) => {
    const ml = c.var.ml;
    const day = dayIn(deps.clock(), ml.fuseauHoraire);
    c.header("Content-Disposition", `attachment; filename="statistiques-${ml.id}-${day}.csv"`);
    return c.body(statsCsv(await deps.stats.counters(ml.id)), 200, { "Content-Type": "text/csv; charset=utf-8" });
  });

  const sameOriginForm: MiddlewareHandler<Env> = async (c, next) => {
    if (!fromOwnPages(c)) return c.text("Formulaire refusé : il ne vient pas de ce site.", 403);
    const type = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") return c.text("Formulaire attendu.", 415);
    return next();
  };

  app.post(
    "/:ml/connexion",
    sameOriginForm,
    bodyLimit({ maxSize: 2048, onError: (c) => c.text("Formulaire trop volumineux.", 413) }),
    rateLimit({
      limit: deps.rateLimit > 0 ? LOGIN_ATTEMPTS : 0,
      windowMs: 15 * 60 * 1000,
      clientKey: clientRateLimitKey,
      now: () => deps.clock().getTime(),
      message: "Trop de tentatives de connexion. Réessayez dans un quart d'heure.",
    }),
    async (c) => {
      const ml = c.var.ml;
      const form = new URLSearchParams(await c.req.text());
      if (!sameSecret(form.get("jeton") ?? "", c.var.token)) {
        deps.logger.log("rejected", { ml: ml.id, status: 401, kind: "admin-login" });
        c.header("WWW-Authenticate", 'Bearer realm="statistiques"');
        return c.html(loginPage({ mlId: ml.id, mlName: ml.nom, failed: true }), 401);
      }
      setCookie(c, SESSION_COOKIE, newSession(ml, c.var.token, deps.clock(), await sessions.current(ml.id)), {
        path: `/admin/${ml.id}`,
        httpOnly: true,
        sameSite: "Strict",
        secure: overTls(c),
        maxAge: SESSION_SECONDS,
      });
      deps.logger.log("login", { ml: ml.id, status: 303 });
      return c.redirect(pagePath(ml), 303);
    },
  );

  app.post("/:ml/deconnexion", sameOriginForm, async (c) => {
    const ml = c.var.ml;
    // Ends the session on the server too: a copy of the cookie no longer opens the page.
    await sessions.revoke(ml.id);
    deleteCookie(c, SESSION_COOKIE, {
      path: `/admin/${ml.id}`,
      httpOnly: true,
      sameSite: "Strict",
      secure: overTls(c),
    });
    return c.redirect(pagePath(ml), 303);
  });

  return app;
}
