/**
 * GET /embed/:ml — the form as a page of this server, for <ml-preinscription isolation="iframe">
 * on partner sites: inside an iframe of this origin, the partner page's scripts (tag managers,
 * analytics, chat widgets) cannot read what the youth types.
 *
 * The page holds one widget loaded from /widget.js, nothing personal in its address (`?parent=`
 * the embedding page's origin, `?lang=`, `?origine=`), no inline script or style (the strict CSP
 * of every page here stays). It may be framed by the ML's allowed origins and this server only:
 * `frame-ancestors` says so, instead of the `X-Frame-Options: SAMEORIGIN` of secureHeaders(),
 * which would forbid every partner (embedFraming below, on this route only).
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { localeOf } from "../../contract/i18n/locales";
import { ORIGINES } from "../../contract/schema/enums";
import type { MissionLocale } from "../config/ml-config";
import type { AppDeps } from "../deps";
import { isAllowedOrigin } from "../middleware/origin";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

function page(ml: MissionLocale, lang: string, parent: string | undefined, origine: string | undefined): string {
  // <base target="_blank">: a link of the form (the map, the national finder, the CNIL) opens
  // in a new tab, not inside the iframe (most sites refuse to be framed).
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Pré-inscription — ${escapeHtml(ml.nom)}</title>
<base target="_blank">
${parent ? `<meta name="ml-embed-parent" content="${escapeHtml(parent)}">\n` : ""}<script type="module" src="/widget.js"></script>
</head>
<body>
<ml-preinscription mission-locale="${escapeHtml(ml.id)}"${origine ? ` origine="${origine}"` : ""}></ml-preinscription>
</body>
</html>
`;
}

export function embedRoutes(deps: AppDeps): Hono {
  const byId = new Map(deps.missionsLocales.map((ml) => [ml.id, ml]));
  const app = new Hono();

  app.get("/:ml", (c) => {
    const ml = byId.get(c.req.param("ml"));
    if (!ml) return c.json({ erreur: "Mission Locale inconnue." }, 404);
    // Where the frame may post its height and events: only an origin allowed to embed the form.
    const parent = c.req.query("parent");
    if (parent !== undefined && !isAllowedOrigin(c, ml, parent)) {
      return c.json({ erreur: "Ce site n'est pas autorisé à afficher le formulaire de cette Mission Locale." }, 403);
    }
    const lang = localeOf(c.req.query("lang")) ?? "fr";
    const asked = c.req.query("origine");
    const origine = (ORIGINES as readonly string[]).includes(asked ?? "") ? asked : undefined;
    c.header("Cache-Control", "no-cache");
    return c.html(page(ml, lang, parent, origine));
  });

  return app;
}

/** `frame-ancestors` for this ML's page: its allowed origins and this server. */
function frameAncestors(ml: MissionLocale): string {
  return ["'self'", ...ml.originesAutorisees].join(" ");
}

/**
 * Registered before secureHeaders() so that it runs after it: on an ML's embed page, the CSP's
 * `frame-ancestors 'none'` becomes the ML's allowed origins, and `X-Frame-Options` (which cannot
 * name other origins) goes. Every other header stays as secureHeaders() set it.
 */
export function embedFraming(deps: AppDeps): MiddlewareHandler {
  const byId = new Map(deps.missionsLocales.map((ml) => [ml.id, ml]));
  return async function embedFraming(c: Context, next) {
    await next();
    const ml = byId.get(c.req.param("ml") ?? "");
    if (!ml || c.res.status !== 200) return;
    const csp = c.res.headers.get("Content-Security-Policy") ?? "";
    c.res.headers.set(
      "Content-Security-Policy",
      csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${frameAncestors(ml)}`),
    );
    c.res.headers.delete("X-Frame-Options");
  };
}
