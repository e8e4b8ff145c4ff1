/**
 * The Hono app, built from injected dependencies; it never listens (server/main.ts does).
 */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import * as z from "zod/mini";
import { payloadSchema } from "../contract/schema/payload";
import { adminRoutes } from "./admin/routes";
import type { AppDeps } from "./deps";
import { clientAddress, clientOf } from "./middleware/client-address";
import { embedFraming, embedRoutes } from "./routes/embed";
import { missionsLocalesRoutes } from "./routes/missions-locales";
import { outboxRoutes } from "./routes/outbox";
import { publicFileRoutes } from "./routes/public-files";

export type { AppDeps } from "./deps";

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use("*", clientAddress(deps));

  // Before secureHeaders(), so that it runs after it: the embed page may be framed by the ML's sites.
  app.use("/embed/:ml", embedFraming(deps));
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
      // Set below only when the request came over TLS.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      // secureHeaders() would overwrite the widget's cross-origin policy: set below instead.
      crossOriginResourcePolicy: false,
    }),
    async function sameOriginResources(c, next) {
      await next();
      if (!c.res.headers.has("Cross-Origin-Resource-Policy")) c.header("Cross-Origin-Resource-Policy", "same-origin");
    },
    async function hstsBehindTls(c, next) {
      await next();
      if (clientOf(c).scheme === "https") {
        c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      }
    },
  );
  app.use("/api/*", async function noStore(c, next) {
    await next();
    c.header("Cache-Control", "no-store");
  });

  const schemaJson = z.toJSONSchema(payloadSchema, { io: "input", unrepresentable: "any" });
  app.get("/api/v1/schema", (c) => {
    c.header("Access-Control-Allow-Origin", "*");
    return c.json(schemaJson);
  });

  app.route("/api/v1/ml", missionsLocalesRoutes(deps));
  app.route("/embed", embedRoutes(deps));
  app.route("/admin", adminRoutes(deps));

  app.get("/healthz", async (c) => {
    const pending = deps.delivery.pending();
    const health = await deps.delivery.health();
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        status: health.ok ? "ok" : "degraded",
        ...(health.problem ? { probleme: health.problem } : {}),
        transport: deps.transportName,
        // While the first scan after a start runs, the count is still growing: said, not hidden.
        scanning: pending.scanning,
        deliveriesPending: pending.count,
        oldestPendingSeconds: pending.oldestAgeMs === null ? null : Math.round(pending.oldestAgeMs / 1000),
      },
      health.ok ? 200 : 503,
    );
  });

  if (deps.outboxDir !== undefined) app.route("/outbox", outboxRoutes({ ...deps, outboxDir: deps.outboxDir }));
  app.route("/", publicFileRoutes(deps));

  app.notFound((c) => c.json({ erreur: "Page introuvable." }, 404));
  app.onError((error, c) => {
    // The error's name only: its message could echo what was sent.
    deps.logger.log("error", { kind: error.name, status: 500 });
    return c.json({ erreur: "Erreur interne. Réessayez plus tard ou appelez la Mission Locale." }, 500);
  });
  return app;
}
