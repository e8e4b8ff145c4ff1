/**
 * A registration completed with the keyboard only (Tab, Shift+Tab, Space, Enter, arrows) on the
 * demo page served by the real server, checking where focus lands after each step change and
 * after a failed step (RGAA 11, WCAG 2.4.3).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServer } from "../support/server-process";
import { waitFor, workspace } from "./durable-support";
import { launchChromium, phonePage } from "./person";

let server: ServerProcess;
let outbox: string;

beforeAll(async () => {
  const ws = await workspace({ MAIL_TRANSPORT: "outbox" });
  outbox = ws.env.OUTBOX_DIR ?? "";
  server = await startServer({ env: ws.env });
});
afterAll(async () => {
  await server?.stop();
});

interface Focus {
  tag: string;
  id: string;
  type: string;
  label: string;
  text: string;
  checked: boolean;
}

/** What has focus, through the widget's shadow root, as a person would name it. */
function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
    const root = element?.getRootNode() as ShadowRoot | Document | undefined;
    const byFor = element?.id ? root?.querySelector(`label[for="${element.id}"]`) : null;
    const input = element as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      id: element?.id ?? "",
      type: input?.type ?? "",
      label: clean(byFor?.textContent ?? element?.closest("label")?.textContent),
      text: clean(element?.textContent).slice(0, 80),
      checked: Boolean(input?.checked),
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus matches; fails after 40 presses. */
async function tabTo(page: Page, matches: (f: Focus) => boolean, what: string, key = "Tab"): Promise<Focus> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const now = await focus(page);
    if (matches(now)) return now;
  }
  throw new Error(`${key} never reached ${what}`);
}

const labelled = (start: string) => (f: Focus) => f.label.startsWith(start);
const buttonNamed = (name: string) => (f: Focus) => f.tag === "button" && f.text === name;

async function typeInto(page: Page, label: string, value: string): Promise<void> {
  await tabTo(page, labelled(label), label);
  await page.keyboard.type(value);
}

async function expectHeadingFocused(page: Page, title: string): Promise<void> {
  await waitFor(
    async () => {
      const f = await focus(page);
      return f.tag === "h2" && f.text === title;
    },
    5000,
    `focus on the heading ${title}`,
  );
}

describe("keyboard only", () => {
  it("completes a registration; focus lands on each step's heading and on the summary after a failed step", async () => {
    const browser = await launchChromium();
    try {
      const page = await phonePage(browser);
      const startedAt = Date.now();
      await page.goto(`${server.url}/`);
      await page.getByRole("heading", { name: /^Où habitez-vous\s\?$/ }).waitFor();

      // A failed step: focus goes to the error summary.
      await tabTo(page, buttonNamed("Suivant"), "Suivant");
      await page.keyboard.press("Enter");
      await waitFor(async () => (await focus(page)).text.startsWith("Corrigez ces points"), 5000, "summary focused");

      // Where the youth lives, from the summary on; Enter in the box sends the step.
      await typeInto(page, "Code postal", "59100");
      await page.locator(".found").waitFor();
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, "Identité");

      await tabTo(page, (f) => f.type === "radio" && f.label === "Madame", "Madame");
      await page.keyboard.press("Space");
      expect((await focus(page)).checked).toBe(true);
      await typeInto(page, "Nom de naissance", "Exemplaire");
      await typeInto(page, "Prénom", "Camille");
      // Shift+Tab goes back to the field before, then Tab forward again.
      expect((await tabTo(page, labelled("Nom d'usage"), "Nom d'usage", "Shift+Tab")).label).toContain("Nom d'usage");
      await tabTo(page, labelled("Prénom"), "Prénom");
      await typeInto(page, "Jour", "14");
      await typeInto(page, "Mois", "03");
      await typeInto(page, "Année", "2005");
      await tabTo(page, labelled("Pays de naissance"), "Pays de naissance");
      await page.keyboard.type("France");
      await tabTo(page, (f) => f.type === "radio" && f.label === "Française", "Française");
      await page.keyboard.press("Space");
      await tabTo(page, buttonNamed("Suivant"), "Suivant");
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, "Coordonnées");

      await typeInto(page, "Adresse", "1 rue de l'Exemple");
      await typeInto(page, "Téléphone", "01 99 00 12 34");
      // Enter in a text field submits the step, as in any form.
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, "Logement");

      // Arrows move the choice inside a radio group.
      await tabTo(page, (f) => f.type === "radio", "the first housing option");
      await page.keyboard.press("ArrowDown");
      expect(await focus(page)).toMatchObject({ label: "Dans ma famille (autre que mes parents)", checked: true });
      await page.keyboard.press("ArrowUp");
      expect(await focus(page)).toMatchObject({ label: "Chez mes parents", checked: true });
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, "Scolarité et formation");

      await tabTo(page, (f) => f.type === "radio" && f.label === "Je suis encore scolarisé(e)", "situation");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await focus(page)).toMatchObject({ label: "Je cherche un emploi", checked: true });
      await tabTo(page, labelled("Votre dernière classe"), "dernière classe");
      await page.keyboard.type("Terminale");
      await tabTo(page, labelled("Votre plus haut diplôme"), "diplôme");
      await page.keyboard.type("Baccalauréat");
      await typeInto(page, "Année où vous avez quitté l'école", "2023");
      await tabTo(page, (f) => f.type === "radio" && f.label === "Oui", "France Travail: Oui");
      await page.keyboard.press("Space");
      await tabTo(page, (f) => f.type === "radio" && f.label === "Oui", "déjà venu: Oui");
      await page.keyboard.press("ArrowDown");
      expect(await focus(page)).toMatchObject({ label: "Non", checked: true });
      await tabTo(page, buttonNamed("Suivant"), "Suivant");
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, "Rappel");

      await tabTo(page, (f) => f.type === "checkbox" && f.label === "Le matin", "Le matin");
      await page.keyboard.press("Space");
      await tabTo(page, buttonNamed("Suivant"), "Suivant");
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, "Vérification et envoi");

      await tabTo(page, (f) => f.type === "checkbox" && f.label.startsWith("J'ai lu"), "J'ai lu");
      await page.keyboard.press("Space");
      const elapsed = Date.now() - startedAt;
      if (elapsed < 3500) await page.waitForTimeout(3500 - elapsed);
      await tabTo(page, buttonNamed("Envoyer"), "Envoyer");
      await page.keyboard.press("Enter");
      await waitFor(async () => (await focus(page)).text === "C'est envoyé !", 15_000, "focus on the confirmation");

      await waitFor(
        async () => (await readdir(outbox).catch(() => [])).some((f) => f.endsWith(".registration.eml")),
        10_000,
        "the email in the outbox",
      );
      const [eml] = (await readdir(outbox)).filter((f) => f.endsWith(".registration.eml"));
      expect(join(outbox, eml ?? "")).toMatch(/PI-[0-9A-Z]{4}-[0-9A-Z]{4}\.registration\.eml$/);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
