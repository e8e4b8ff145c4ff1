/**
 * POST /api/v1/ml/:ml/etapes — the anonymous funnel beacon. navigator.sendBeacon sends a string
 * as text/plain without preflight, so this is the one route that accepts text/plain; it carries
 * no identifier and sets no cookie. Mounted inside missionsLocalesRoutes (ML resolved, CORS set).
 */
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ETAPES_FORMULAIRE } from "../../contract/api-types";
import type { MissionLocale } from "../config/ml-config";
import type { AppDeps } from "../deps";
import { type AcceptedTally, acceptedTally } from "../middleware/accepted-tally";
import { clientRateLimitKey } from "../middleware/client-address";
import { isAllowedOrigin } from "../middleware/origin";
import { rateLimit } from "../middleware/rate-limit";
import { BEACON_LIMIT_BYTES, parseBeacon } from "../stats/beacon";

function tooMany(c: Context): Response {
  c.header("Retry-After", "3600");
  return c.json({ erreur: "Trop d'envois depuis cette connexion." }, 429);
}

type Env = { Variables: { ml: MissionLocale } };

/** A form sends about eight beacons, and many forms are opened without being sent. */
export const BEACONS_PER_REGISTRATION = 20;
/** Steps (other than "envoye") per form, and forms a client may open without sending, per hour. */
const STEPS_PER_FORM = ETAPES_FORMULAIRE.length;
const UNSENT_FORMS = 10;
const ACCEPTED_TYPES = ["text/plain", "application/json"];

export function funnelBeaconRoutes(
  deps: Pick<AppDeps, "stats" | "clock" | "rateLimit">,
  accepted: AcceptedTally,
): Hono<Env> {
  const app = new Hono<Env>();
  /** Steps other than "envoye" per client this hour. */
  const steps = acceptedTally(() => deps.clock().getTime());
  const sentBeacons = acceptedTally(() => deps.clock().getTime());
  app.post(
    "/:ml/etapes",
    async function funnelEnabled(c, next) {
      if (!c.var.ml.statistiques?.parcours) {
        return c.json({ erreur: "Le suivi anonyme des étapes n'est pas activé pour cette Mission Locale." }, 404);
      }
      return next();
    },
    async function checkOrigin(c, next) {
      if (!isAllowedOrigin(c, c.var.ml, c.req.header("Origin"))) {
        return c.json({ erreur: "Ce site n'est pas autorisé à écrire à cette Mission Locale." }, 403);
      }
      return next();
    },
    async function textOrJson(c, next) {
      const type = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!ACCEPTED_TYPES.includes(type)) return c.json({ erreur: "Contenu attendu : text/plain (JSON)." }, 415);
      return next();
    },
    bodyLimit({
      maxSize: BEACON_LIMIT_BYTES,
      onError: (c) => c.json({ erreur: "Contenu trop volumineux." }, 413),
    }),
    rateLimit({
      limit: deps.rateLimit * BEACONS_PER_REGISTRATION,
      windowMs: 60 * 60 * 1000,
      clientKey: clientRateLimitKey,
      now: () => deps.clock().getTime(),
      message: "Trop d'envois depuis cette connexion.",
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return c.json({ erreur: "Le contenu envoyé n'est pas du JSON valide." }, 400);
      }
      const result = parseBeacon(body);
      if (!result.ok) return c.json({ erreurs: result.erreurs }, 422);
      if (deps.rateLimit > 0) {
        // "envoye" only as often as this client had a registration accepted in the hour; other
        // steps within a few forms' worth of that, plus forms opened and left.
        const ip = clientRateLimitKey(c);
        const sent = accepted.count(ip);
        if (result.beacon.etape === "envoye") {
          if (sentBeacons.count(ip) >= sent) return tooMany(c);
          sentBeacons.record(ip);
        } else {
          if (steps.count(ip) >= STEPS_PER_FORM * (sent + UNSENT_FORMS)) return tooMany(c);
          steps.record(ip);
        }
      }
      deps.stats.recordStep(c.var.ml, result.beacon, deps.clock());
      return c.body(null, 204);
    },
  );
  return app;
}
