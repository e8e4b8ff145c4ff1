/**
 * Fills the widget as a person would: through its visible labels, in real Chromium, at phone
 * width. Used by the end-to-end tests. What the youth answers: tests/support/youth.ts.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from "playwright-core";
import { fr } from "../../contract/i18n/fr";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";
import {
  CAMILLE,
  type Driver,
  type FilledStep,
  fillUpToReview as fillSteps,
  type Said,
  type Youth,
} from "../support/youth";

export { CAMILLE, type Youth } from "../support/youth";

export const ARTIFACTS = fileURLToPath(new URL("../artifacts/e2e/", import.meta.url));

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export async function phonePage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    locale: "fr-FR",
    ...options,
  });
  return context.newPage();
}

/** A whole page with one widget, or one widget among several (`page.locator("ml-preinscription").nth(1)`). */
export type Scope = Page | Locator;

const pageOf = (scope: Scope): Page => ("page" in scope ? scope.page() : scope);

/** A pattern for `words` as an accessible name reads them: white space as any white space. */
const pattern = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0]+/g, "\\s+");

/** A question's accessible name: its label, and "(facultatif)" after it when it is optional. */
function nameOf({ label, optional }: Said): RegExp {
  return new RegExp(`^${pattern(label)}(\\s+\\(${pattern(optional)}\\))?$`);
}

/** The answers of tests/support/youth.ts given through a Playwright page, by labels and roles. */
export function pageDriver(scope: Scope): Driver {
  return {
    async answer(said) {
      const { control, value } = said;
      const question = nameOf(said);
      if (control === "text") await scope.getByLabel(question).fill(value);
      else if (control === "select") await scope.getByLabel(question).selectOption({ label: value });
      else if (control === "radio" || control === "checkbox") {
        // Radio buttons are a radiogroup (a required one can say so), boxes a plain group.
        const role = control === "radio" ? "radiogroup" : "group";
        await scope.getByRole(role, { name: question }).getByRole(control, { name: value, exact: true }).check();
      } else if (control === "box") await scope.getByRole("checkbox", { name: question }).check();
      // One commune: chosen for the youth and shown under the postal code.
      else await scope.locator(".found").waitFor();
    },
    async next(title, t) {
      await scope.getByRole("button", { name: t.boutons.suivant }).click();
      await scope.getByRole("heading", { name: title }).waitFor();
    },
  };
}

async function shot(scope: Scope, name: string | undefined): Promise<void> {
  if (!name) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await pageOf(scope).screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

const SHOTS: Partial<Record<FilledStep, string>> = {
  territoire: "0-territoire",
  identite: "1-identite",
  coordonnees: "2-coordonnees",
};

/** A step's title as a heading's accessible name reads it (French no-break spaces as spaces). */
export function stepTitle(words: string): RegExp {
  return new RegExp(`^${pattern(words)}$`);
}

/** Fills every step from the first (where the youth lives) to the review, in French; returns when the review is shown. */
export async function fillUpToReview(
  page: Scope,
  youth: Youth = CAMILLE,
  screenshots?: string,
  /** Looks at the step `at` once it is filled, before "Suivant". */
  look?: () => Promise<void>,
  /** The step `look` is for: by default the first (where the youth lives). */
  at: FilledStep = "territoire",
): Promise<void> {
  await page.getByRole("heading", { name: stepTitle(fr.etapes.territoire) }).waitFor();
  await fillSteps(pageDriver(page), youth, fr, async (step) => {
    const name = SHOTS[step];
    await shot(page, screenshots && name && `${screenshots}-${name}`);
    if (step === at) await look?.();
  });
  await shot(page, screenshots && `${screenshots}-3-verification`);
}

/** Ticks the notice box and sends; a person takes minutes, the anti-spam wants 3 s at least. */
export async function send(page: Scope, startedAt: number): Promise<void> {
  await page.getByRole("checkbox", { name: "J'ai lu l'information sur mes données" }).check();
  const elapsed = Date.now() - startedAt;
  if (elapsed < 3500) await pageOf(page).waitForTimeout(3500 - elapsed);
  await page.getByRole("button", { name: "Envoyer" }).click();
  await page.getByRole("heading", { name: "C'est envoyé !" }).waitFor();
}
