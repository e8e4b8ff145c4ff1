/**
 * The development outbox, for loopback clients only: the .eml files the outbox transport wrote.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { html } from "hono/html";
import type { AppDeps } from "../deps";
import { listOutbox } from "../mail/outbox-listing";
import { clientOf } from "../middleware/client-address";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
/** Host names that can only mean this machine: another name could be DNS rebinding. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

export function outboxRoutes(deps: AppDeps & { outboxDir: string }): Hono {
  const app = new Hono();

  app.use("*", async function loopbackOnly(c, next) {
    c.header("Cache-Control", "no-store");
    if (!LOOPBACK.has(clientOf(c).address) || !LOOPBACK_HOST.test(c.req.header("Host") ?? "")) {
      return c.text("Réservé à la machine locale.", 403);
    }
    await next();
    c.header("Cache-Control", "no-store");
  });

  app.get("/", async (c) => {
    const entries = await listOutbox(deps.outboxDir);
    return c.html(html`<!doctype html>
      <html lang="fr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Boîte d'envoi de développement</title>
        </head>
        <body>
          <main>
            <h1>Boîte d'envoi de développement</h1>
            <p>Les e-mails ne partent pas (MAIL_TRANSPORT=outbox) : ils sont écrits dans ${deps.outboxDir}.</p>
            ${
              entries.length === 0
                ? html`<p>Aucun message pour l'instant.</p>`
                : html`<ul>
                  ${entries.map(
                    (entry) =>
                      html`<li><a href="/outbox/${entry.file}">${entry.file}</a> — ${Math.round(entry.size / 1024)} Ko,
                        ${entry.modified.toISOString()}</li>`,
                  )}
                </ul>`
            }
          </main>
        </body>
      </html>`);
  });

  app.get("/:file{PI-[0-9A-Z]{4}-[0-9A-Z]{4}\\.[a-z]+\\.eml}", async (c) => {
    try {
      const body = await readFile(join(deps.outboxDir, c.req.param("file")));
      return c.body(body, 200, { "Content-Type": "message/rfc822" });
    } catch {
      return c.notFound();
    }
  });

  return app;
}
