/**
 * Fills the widget as a person would: through its visible labels, in real Chromium, at phone
 * width. Used by the end-to-end tests.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/chromium";

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

export interface Youth {
  civilite: "Madame" | "Monsieur";
  nomNaissance: string;
  prenom: string;
  jour: string;
  mois: string;
  annee: string;
  adresse: string;
  codePostal: string;
  /** Several communes share the postal code: the one to choose. */
  commune?: string;
  telephone: string;
  email: string;
}

export const CAMILLE: Youth = {
  civilite: "Madame",
  nomNaissance: "N’Diaye-Lætitia Cœur",
  prenom: "Şükrü",
  jour: "14",
  mois: "03",
  annee: "2005",
  adresse: "1 rue de l'Exemple",
  codePostal: "59100",
  telephone: "01 99 00 12 34",
  email: "camille.exemplaire@example.org",
};

/** A whole page with one widget, or one widget among several (`page.locator("ml-preinscription").nth(1)`). */
export type Scope = Page | Locator;

const pageOf = (scope: Scope): Page => ("page" in scope ? scope.page() : scope);

async function next(page: Scope, heading: string): Promise<void> {
  await page.getByRole("button", { name: "Suivant" }).click();
  await page.getByRole("heading", { name: heading }).waitFor();
}

async function shot(scope: Scope, name: string | undefined): Promise<void> {
  if (!name) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await pageOf(scope).screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** Fills every step from Identité to the review; returns when the review is shown. */
export async function fillUpToReview(
  page: Scope,
  youth: Youth = CAMILLE,
  screenshots?: string,
  /** Looks at the Coordonnées step once it is filled, before "Suivant". */
  atCoordonnees?: () => Promise<void>,
): Promise<void> {
  await page.getByRole("heading", { name: "Identité" }).waitFor();
  await page.getByRole("radio", { name: youth.civilite }).check();
  await page.getByLabel("Nom de naissance").fill(youth.nomNaissance);
  await page.getByLabel("Prénom", { exact: true }).fill(youth.prenom);
  await page.getByLabel("Jour").fill(youth.jour);
  await page.getByLabel("Mois").fill(youth.mois);
  await page.getByLabel("Année", { exact: true }).fill(youth.annee);
  await page.getByLabel("Pays de naissance").selectOption({ label: "France" });
  await page.getByRole("radio", { name: "Française" }).check();
  await shot(page, screenshots && `${screenshots}-1-identite`);
  await next(page, "Coordonnées");

  await page.getByLabel("Adresse", { exact: true }).fill(youth.adresse);
  await page.getByLabel("Code postal").fill(youth.codePostal);
  if (youth.commune) {
    await page.getByLabel("Commune").selectOption({ label: youth.commune });
  } else {
    // One commune: chosen for the youth and shown under the postal code.
    await page.locator(".found").waitFor();
  }
  await page.getByLabel("Téléphone", { exact: true }).fill(youth.telephone);
  await page.getByLabel("E-mail").fill(youth.email);
  await shot(page, screenshots && `${screenshots}-2-coordonnees`);
  await atCoordonnees?.();
  await next(page, "Logement");

  await page.getByRole("radio", { name: "Chez mes parents" }).check();
  await next(page, "Scolarité et formation");

  await page.getByRole("radio", { name: "Je cherche un emploi" }).check();
  await page.getByLabel("Votre dernière classe").selectOption({ label: "Terminale" });
  await page.getByLabel("Votre plus haut diplôme").selectOption({ label: "Baccalauréat (niveau 4)" });
  await page.getByLabel("Année où vous avez quitté l'école").fill("2023");
  await page
    .getByRole("group", { name: /France Travail/ })
    .getByRole("radio", { name: "Oui" })
    .check();
  await page
    .getByRole("group", { name: /déjà venu/ })
    .getByRole("radio", { name: "Non" })
    .check();
  await next(page, "Rappel");

  await page.getByRole("checkbox", { name: "Le matin" }).check();
  await next(page, "Vérification et envoi");
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
