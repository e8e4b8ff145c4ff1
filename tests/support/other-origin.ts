/**
 * A partner's site on another origin, for end-to-end tests: a tiny static server that serves the
 * demo pages (demo/*.html, *.css) the way a webmaster would paste the widget — the script's
 * address made absolute (the ML server's) — under a strict Content-Security-Policy that allows
 * scripts and requests to that server only, and no inline script or style at all.
 */
import { once } from "node:events";
import { readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

const DEMO_DIR = fileURLToPath(new URL("../../demo/", import.meta.url));
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The policy the README tells webmasters to send, for a widget served by `server` (in an iframe or not). */
export function strictCsp(server: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${server}`,
    "style-src 'self'",
    `connect-src ${server}`,
    // isolation="iframe": the form's page comes from the server too.
    `frame-src ${server}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export interface OtherOrigin {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

/** Serves /demo/<file> from demo/, with `src="/widget.js"` pointing at `server`'s bundle. */
export async function startOtherOrigin(server: string): Promise<OtherOrigin> {
  const http: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const match = /^\/demo\/([a-z0-9-]+\.(?:html|css))$/.exec(path);
    const type = match ? TYPES[extname(match[1] as string)] : undefined;
    if (!match || !type) {
      res.writeHead(404, { "content-type": "text/plain" }).end("introuvable");
      return;
    }
    readFile(join(DEMO_DIR, match[1] as string), "utf8").then(
      (text) => {
        const body = type.startsWith("text/html")
          ? text.replaceAll('src="/widget.js"', `src="${server}/widget.js"`)
          : text;
        res.writeHead(200, { "content-type": type, "content-security-policy": strictCsp(server) }).end(body);
      },
      () => res.writeHead(404, { "content-type": "text/plain" }).end("introuvable"),
    );
  });
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/**
 * ML_CONFIG for a server that lets `origin` embed every demo Mission Locale: the demo config with
 * that origin added to each `originesAutorisees`, written to `dir`. Returns the file's path.
 */
export async function configAllowing(origin: string, dir: string): Promise<string> {
  const file = JSON.parse(await readFile(join(DEMO_DIR, "missions-locales.json"), "utf8")) as {
    missionsLocales: { originesAutorisees?: string[] }[];
  };
  for (const ml of file.missionsLocales) ml.originesAutorisees = [...(ml.originesAutorisees ?? []), origin];
  const path = join(dir, "missions-locales.json");
  await writeFile(path, JSON.stringify(file, null, 2));
  return path;
}
