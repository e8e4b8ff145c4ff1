/**
 * The widget pasted on a site the Mission Locale does not list in `originesAutorisees`, for real:
 * the server as a child process with the demo configuration, the demo page served from a second
 * local origin, Chromium. The facts can be read (public GETs), a registration could not be sent:
 * the youth sees the ML's phone and address instead of a form, the webmaster one console line
 * naming the origin to add. Screenshot: tests/artifacts/e2e/origine-non-autorisee.png.
 */
import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OtherOrigin, startOtherOrigin } from "../support/other-origin";
import { type ServerProcess, startServer } from "../support/server-process";
import { workspace } from "./durable-support";
import { ARTIFACTS, launchChromium, phonePage } from "./person";

let server: ServerProcess;
let other: OtherOrigin;
let browser: Browser;

beforeAll(async () => {
  const ws = await workspace();
  server = await startServer({
    env: { ...ws.env, MAIL_TRANSPORT: "outbox", ANNUAIRE_URL: "http://127.0.0.1:9/" },
  });
  // A port of its own: not one of the demo config's origins (127.0.0.1:8787, localhost:8787).
  other = await startOtherOrigin(server.url);
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await other?.close();
  await server?.stop();
});

describe("on a site the Mission Locale does not allow", () => {
  it("shows the ML's phone and address instead of the form, and names the origin to add in the console", async () => {
    const page = await phonePage(browser);
    const consoleErrors: string[] = [];
    const posts: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    try {
      await page.goto(`${other.url}/demo/index.html`);
      const message = page.locator("ml-preinscription [part~='notice'][role=alert]");
      await message.waitFor();
      expect(await message.textContent()).toContain(
        "Ce formulaire ne peut pas être envoyé depuis ce site. Pour vous inscrire à la Mission Locale de Roubaix Lys-Lez-Lannoy, appelez le 01 99 00 00 00 ou venez au",
      );
      expect(await message.locator("a[href^='tel:']").count()).toBe(1);
      // Everything the page fetches has arrived (the later steps' chunk too): still no form.
      await page.waitForLoadState("networkidle");
      const widget = page.locator("ml-preinscription");
      expect(await widget.locator("form, input, select, textarea").count()).toBe(0);
      expect(await widget.textContent()).not.toMatch(/connexion/i);
      await page.screenshot({ path: `${ARTIFACTS}origine-non-autorisee.png`, fullPage: true });
      // The only buttons: the languages the ML offers, to read the message in one's own.
      expect(await widget.locator("button").allTextContents()).toEqual(
        ["Français", "English", "العربية"].map((name) => expect.stringContaining(name)),
      );
      await widget.getByRole("button", { name: "English" }).click();
      await expect
        .poll(() => message.textContent())
        .toContain(
          "This form cannot be sent from this website. To register with Mission Locale de Roubaix Lys-Lez-Lannoy, call 01 99 00 00 00",
        );

      expect(consoleErrors).toEqual([
        `ml-preinscription : l'origine ${other.url} n'est pas autorisée pour la Mission Locale « roubaix » : ajoutez-la à originesAutorisees dans la configuration du serveur.`,
      ]);
      expect(posts).toEqual([]);
    } finally {
      await page.context().close();
    }

    // What the form spares the youth: the server refuses a registration from that origin.
    const refused = await fetch(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID(), Origin: other.url },
      body: "{}",
    });
    expect(refused.status).toBe(403);
  }, 60_000);
});
