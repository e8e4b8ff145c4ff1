/**
 * The widget bundle and the demo pages. The bundle is loaded cross-origin as a module script,
 * so it needs CORS (`*`: it is public code) and CORP cross-origin, which secureHeaders() would
 * otherwise set to same-origin.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { type Context, Hono } from "hono";
import type { AppDeps } from "../deps";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 22)}"`;
}

export function publicFileRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const widget = deps.widget;
  const mainEtag = widget ? etagOf(widget.main) : "";

  /**
   * Scripts go gzip-compressed to clients that accept it (every browser): the weight budget
   * (`npm run size`) is counted in gzip. Each file is compressed once, the first time it is asked.
   */
  const gzipped = new Map<string, Uint8Array<ArrayBuffer>>();
  const gzipWanted = (c: Context) => /\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "");
  const sendScript = (c: Context, name: string, text: string) => {
    c.header("Vary", "Accept-Encoding", { append: true });
    if (!gzipWanted(c)) return c.body(text);
    let body = gzipped.get(name);
    if (!body) {
      body = new Uint8Array(gzipSync(text));
      gzipped.set(name, body);
    }
    c.header("Content-Encoding", "gzip");
    return c.body(body);
  };

  /** Headers of any widget script: loaded cross-origin as a module, so CORS and CORP. */
  const scriptHeaders = (c: Context) => {
    c.header("Content-Type", TYPES[".js"]);
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Cross-Origin-Resource-Policy", "cross-origin");
  };

  app.get("/widget.js", (c) => {
    if (!widget) return c.text("// widget non construit : lancez npm run build\n", 503);
    scriptHeaders(c);
    // Short cache with revalidation: a fix reaches every site within minutes.
    c.header("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
    // One tag per encoding, as HTTP wants for a strong ETag.
    const etag = gzipWanted(c) ? `${mainEtag.slice(0, -1)}-gzip"` : mainEtag;
    c.header("ETag", etag);
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304);
    return sendScript(c, "widget.js", widget.main);
  });

  app.get("/chunks/:file{[A-Za-z0-9_-]+\\.js}", (c) => {
    const chunk = widget?.chunks.get(c.req.param("file"));
    if (chunk === undefined) return c.json({ erreur: "Page introuvable." }, 404);
    scriptHeaders(c);
    // The name carries a hash of the content: cached for good.
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return sendScript(c, c.req.param("file"), chunk);
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
