/**
 * /api/v1/ml/:ml — public facts, communes of a postal code, and registrations. What is read
 * (GET) holds nothing private and is answered to any origin; what is sent (POST) only to the ML's
 * allowed origins.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as z from "zod/mini";
import type { CommunesResponse, ErrorResponse, OrientationResponse, RappelResponse } from "../../contract/api-types";
import { localeOf } from "../../contract/i18n/locales";
import { dayIn } from "../../contract/schema/age";
import { INSEE_CODE_PATTERN, POSTAL_CODE_PATTERN } from "../../contract/schema/text-rules";
import type { MissionLocale } from "../config/ml-config";
import { callBackDeadline } from "../deadline";
import { KeyReusedError } from "../delivery/idempotency";
import { SpoolFullError, SpoolUnwritableError } from "../delivery/worker";
import type { AppDeps } from "../deps";
import { acceptedTally } from "../middleware/accepted-tally";
import { clientRateLimitKey } from "../middleware/client-address";
import { isAllowedOrigin, setCorsHeaders, setPublicCorsHeaders } from "../middleware/origin";
import { rateLimit } from "../middleware/rate-limit";
import { publicFacts } from "../ml-public";
import { inTerritory } from "../territory/communes-index";
import { competentMissionsLocales } from "../territory/orientation";
import { isoWithOffset } from "../time/zoned";
import { acceptRegistration } from "./accept-registration";
import { funnelBeaconRoutes } from "./funnel-beacon";

export const BODY_LIMIT_BYTES = 32 * 1024;
/** A real date-time with its offset (Z or ±HH:MM): an offset-less instant means nothing here. */
const INSTANT = z.iso.datetime({ offset: true });

/** A full queue drains at a few messages a second; a disk problem needs someone: ask for minutes. */
const RETRY_AFTER_SECONDS = 300;

/**
 * The faults that refuse a registration without accepting anything (a 5xx means nothing will be
 * sent), and the one that needs a fresh key.
 */
function refusalOf(
  error: unknown,
): { status: 409 | 503; body: Required<ErrorResponse>; retryAfterSeconds?: number } | undefined {
  if (error instanceof KeyReusedError) {
    return {
      status: 409,
      body: {
        code: "cle-deja-utilisee",
        erreur:
          "Cet identifiant d'envoi (Idempotency-Key) a déjà servi pour une autre inscription. Le formulaire doit en créer un nouveau pour l'envoyer.",
      },
    };
  }
  if (error instanceof SpoolFullError) {
    return {
      status: 503,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      body: {
        code: "file-pleine",
        erreur:
          "Trop d'inscriptions attendent d'être transmises à la Mission Locale : la vôtre n'a pas été enregistrée. Réessayez dans quelques minutes ou appelez la Mission Locale.",
      },
    };
  }
  if (error instanceof SpoolUnwritableError) {
    return {
      status: 503,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      body: {
        code: "enregistrement-impossible",
        erreur:
          "Le serveur ne peut pas enregistrer votre inscription pour le moment : elle n'a pas été enregistrée. Réessayez dans quelques minutes ou appelez la Mission Locale.",
      },
    };
  }
  return undefined;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Env = { Variables: { ml: MissionLocale } };

export function missionsLocalesRoutes(deps: AppDeps): Hono<Env> {
  const byId = new Map(deps.missionsLocales.map((ml) => [ml.id, ml]));
  const app = new Hono<Env>();
  /** Registrations accepted per client in the hour: bounds the funnel's "envoye" beacons. */
  const accepted = acceptedTally(() => deps.clock().getTime());

  const resolveMissionLocale: MiddlewareHandler<Env> = async (c, next) => {
    const ml = byId.get(c.req.param("ml") ?? "");
    if (!ml) return c.json({ erreur: "Mission Locale inconnue." }, 404);
    c.set("ml", ml);
    const origin = c.req.header("Origin");
    if (c.req.method === "GET" || c.req.method === "HEAD") setPublicCorsHeaders(c);
    else if (isAllowedOrigin(c, ml, origin)) setCorsHeaders(c, origin);
    return next();
  };
  // "/:ml/*" matches the bare "/:ml" too: registered for both, it ran twice ("Vary: Origin, Origin").
  app.use("/:ml/*", resolveMissionLocale);

  app.get("/:ml", (c) => {
    const now = deps.clock();
    const ml = c.var.ml;
    // No Origin: a same-origin page or no browser at all (cross-origin fetches always send one).
    const origin = c.req.header("Origin");
    const origineAutorisee = origin === undefined || isAllowedOrigin(c, ml, origin);
    return c.json({ ...publicFacts(ml, now, dayIn(now, ml.fuseauHoraire), deps.transportName), origineAutorisee });
  });

  app.get("/:ml/rappel", (c) => {
    const ml = c.var.ml;
    const recuLe = c.req.query("recuLe");
    let receivedAt = deps.clock();
    if (recuLe !== undefined) {
      if (!INSTANT.safeParse(recuLe).success) {
        return c.json(
          {
            erreur:
              "recuLe : date et heure ISO 8601 avec décalage attendues, par exemple 2026-12-07T20:00:00%2B01:00 (le + encodé en %2B).",
          },
          400,
        );
      }
      receivedAt = new Date(recuLe);
    }
    const body: RappelResponse = {
      rappelAvant: isoWithOffset(callBackDeadline(receivedAt, ml), ml.fuseauHoraire),
      regle: ml.rappel.traitement,
    };
    return c.json(body);
  });

  app.get("/:ml/communes", (c) => {
    const codePostal = c.req.query("codePostal") ?? "";
    if (!POSTAL_CODE_PATTERN.test(codePostal)) {
      return c.json({ erreur: "Code postal attendu : 5 chiffres, par exemple 59100." }, 400);
    }
    const { territoire } = c.var.ml;
    const body: CommunesResponse = {
      communes: deps.communes.byPostalCode(codePostal).map(({ codeInsee, nom }) => ({
        codeInsee,
        nom,
        territoire: inTerritory(territoire, codeInsee, deps.communes),
      })),
    };
    return c.json(body);
  });

  app.get("/:ml/orientation", async (c) => {
    const codeInsee = c.req.query("codeInsee") ?? "";
    const commune = INSEE_CODE_PATTERN.test(codeInsee) ? deps.communes.nameOf(codeInsee) : undefined;
    if (!commune) return c.json({ erreur: "Commune inconnue : choisissez-la dans la liste." }, 400);
    const ml = c.var.ml;
    const territoire = inTerritory(ml.territoire, codeInsee, deps.communes);
    const answer = territoire ? undefined : await competentMissionsLocales(ml, codeInsee, deps.annuaire);
    const found = answer?.status === "trouve" ? answer.missionsLocales : [];
    const body: OrientationResponse = {
      codeInsee,
      commune,
      territoire,
      horsTerritoire: ml.horsTerritoire,
      annuaire: answer?.status ?? "non-demande",
      source: answer ? (answer.status === "trouve" ? answer.source : "annuaire") : null,
      missionLocale: found[0] ?? null,
      missionsLocales: found,
    };
    return c.json(body);
  });

  app.options("/:ml/preinscriptions", (c) => {
    if (!isAllowedOrigin(c, c.var.ml, c.req.header("Origin"))) return c.body(null, 403);
    c.header("Access-Control-Allow-Methods", "POST");
    // Content-Language is CORS-safelisted; named anyway, so the contract is readable here.
    c.header("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key, Content-Language");
    c.header("Access-Control-Max-Age", "600");
    return c.body(null, 204);
  });

  app.post(
    "/:ml/preinscriptions",
    async function checkOrigin(c, next) {
      if (!isAllowedOrigin(c, c.var.ml, c.req.header("Origin"))) {
        return c.json(
          { erreur: "Ce site n'est pas autorisé à envoyer des pré-inscriptions à cette Mission Locale." },
          403,
        );
      }
      return next();
    },
    async function requireJson(c, next) {
      const type = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (type !== "application/json")
        return c.json({ erreur: "Le contenu doit être du JSON (application/json)." }, 415);
      return next();
    },
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: (c) => c.json({ erreur: "Le formulaire envoyé est trop volumineux." }, 413),
    }),
    rateLimit({
      limit: deps.rateLimit,
      windowMs: 60 * 60 * 1000,
      clientKey: clientRateLimitKey,
      now: () => deps.clock().getTime(),
      message: "Trop d'envois depuis cette connexion. Réessayez plus tard ou appelez la Mission Locale.",
    }),
    async (c) => {
      const key = c.req.header("Idempotency-Key") ?? "";
      if (!UUID.test(key)) {
        return c.json({ erreur: "En-tête Idempotency-Key manquant ou invalide (un UUID est attendu)." }, 400);
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ erreur: "Le contenu envoyé n'est pas du JSON valide." }, 400);
      }
      const ml = c.var.ml;
      // The form's language, for the PDF's note: a known locale, else French (never free text).
      const langue = localeOf(c.req.header("Content-Language")) ?? "fr";
      let outcome: Awaited<ReturnType<typeof acceptRegistration>>;
      try {
        outcome = await deps.idempotency.run(ml.id, key, body, (reference) =>
          acceptRegistration(body, ml, reference, deps, langue),
        );
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        deps.logger.log("rejected", { ml: ml.id, status: refusal.status, kind: refusal.body.code });
        if (refusal.retryAfterSeconds) c.header("Retry-After", String(refusal.retryAfterSeconds));
        return c.json(refusal.body, refusal.status);
      }
      if (outcome.accepted) {
        accepted.record(clientRateLimitKey(c));
        return c.json(outcome.response, 202);
      }
      return c.json(outcome.value, 422);
    },
  );

  app.route("/", funnelBeaconRoutes(deps, accepted));

  return app;
}
