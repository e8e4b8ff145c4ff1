/**
 * The widget bundle and the demo pages. The bundle is loaded cross-origin as a module script,
 * so it needs CORS (`*`: it is public code) and CORP cross-origin, which secureHeaders() would
 * otherwise set to same-origin.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { Hono } from "hono";
import type { AppDeps } from "../deps";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export function publicFileRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const bundle = deps.widgetBundle;
  const etag = bundle ? `"${createHash("sha256").update(bundle).digest("base64url").slice(0, 22)}"` : "";

  app.get("/widget.js", (c) => {
    if (bundle === undefined) return c.text("// widget non construit : lancez npm run build\n", 503);
    c.header("Content-Type", TYPES[".js"]);
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Cross-Origin-Resource-Policy", "cross-origin");
    // Short cache with revalidation: a fix reaches every site within minutes.
    c.header("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
    c.header("ETag", etag);
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304);
    return c.body(bundle);
  });

  const serveDemoFile = async (file: string) => {
    const safe = normalize(file).replace(/^(\.\.[/\\])+/, "");
    const type = TYPES[extname(safe)];
    if (!type || safe.startsWith("..")) return undefined;
    try {
      return { body: await readFile(join(deps.demoDir, safe)), type };
    } catch {
      return undefined;
    }
  };

  app.get("/", async (c) => {
    const page = await serveDemoFile("index.html");
    if (!page) return c.notFound();
    return c.body(page.body, 200, { "Content-Type": page.type });
  });

  app.get("/demo/:file{[a-z0-9-]+\\.(?:html|css|js|png|svg)}", async (c) => {
    const page = await serveDemoFile(c.req.param("file"));
    if (!page) return c.notFound();
    return c.body(page.body, 200, { "Content-Type": page.type });
  });

  return app;
}
