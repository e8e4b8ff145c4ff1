/**
 * Accessibility and phone-first layout, on every state a youth can see: axe finds nothing, every
 * control is at least 44 px high, nothing scrolls sideways at 320 and 360 px. Pictures of each
 * step at 360 px are kept in tests/artifacts/screenshots/.
 */
import { expect as chaiExpect, waitUntil } from "@open-wc/testing";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import {
  button,
  cleanup,
  control,
  fillCoordonnees,
  fillIdentite,
  fillParcours,
  fillTerritoire,
  focused,
  type Mounted,
  mountWidget,
  next,
  pick,
  screenshot,
  select,
  shadow,
  toIdentite,
  waitForHeading,
} from "./support/widget";

let mounted: Mounted | undefined;
afterEach(async () => {
  cleanup(mounted);
  mounted = undefined;
  await page.viewport(360, 740);
});

/** axe with the WCAG 2.x A/AA tags (docs/rgaa-formulaires.md), then the open-wc assertion (every rule, best practices too). */
async function expectAccessible(el: MlPreinscription): Promise<void> {
  const result = await axe.run(el, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await chaiExpect(el).to.be.accessible();
}

/** Links inside sentences are exempt from the target size (WCAG 2.5.8). */
function isInlineLink(element: Element): boolean {
  return (
    element.tagName === "A" &&
    element.closest("p, li:not(.error-summary li)") !== null &&
    !element.closest(".error-summary")
  );
}

function tooSmallControls(el: MlPreinscription): string[] {
  const root = shadow(el);
  const controls = root.querySelectorAll<HTMLElement>("input, select, textarea, button, summary, a[href]");
  const problems: string[] = [];
  for (const element of controls) {
    if (element.closest("[aria-hidden=true]") || isInlineLink(element)) continue;
    const box =
      element instanceof HTMLInputElement && ["radio", "checkbox"].includes(element.type)
        ? (element.closest("label") ?? element)
        : element;
    const { height } = box.getBoundingClientRect();
    if (height < 44)
      problems.push(`${box.tagName.toLowerCase()} "${box.textContent?.trim() || element.id}" is ${height}px high`);
  }
  return problems;
}

function overflows(el: MlPreinscription): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
  const card = shadow(el).querySelector<HTMLElement>(".root");
  if (card && card.scrollWidth > card.clientWidth) problems.push(`card ${card.scrollWidth} > ${card.clientWidth}`);
  for (const element of shadow(el).querySelectorAll<HTMLElement>("*")) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > doc.clientWidth + 0.5) {
      problems.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${box.right}`);
    }
  }
  return problems;
}

/** The checks every state goes through: axe, sizes and no sideways scroll at 320 and 360 px. */
async function checkState(el: MlPreinscription, name?: string): Promise<void> {
  await el.updateComplete;
  await expectAccessible(el);
  for (const [width, height] of [
    [320, 640],
    [360, 740],
  ] as const) {
    await page.viewport(width, height);
    expect(overflows(el), `overflow at ${width}px`).toEqual([]);
    expect(tooSmallControls(el), `sizes at ${width}px`).toEqual([]);
  }
  if (name) await screenshot(el, name);
}

async function failStep(m: Mounted): Promise<void> {
  button(m.el, "Suivant").click();
  await waitUntil(() => focused(m.el)?.classList.contains("error-summary"), "summary focused");
}

describe("every state, accessible and usable on a phone", () => {
  it("Où habitez-vous ?: empty, with errors, one commune, several, outside the territory", async () => {
    mounted = await mountWidget();
    await checkState(mounted.el, "00-territoire");
    await failStep(mounted);
    await checkState(mounted.el);
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "commune list");
    await checkState(mounted.el, "00b-territoire-plusieurs-communes");
    select(mounted.el, "Commune", "Sailly-lez-Lannoy");
    await waitUntil(() => shadow(mounted!.el).querySelector(".other-ml"), "the other ML's contact");
    await checkState(mounted.el, "00c-territoire-hors-territoire");
    await fillTerritoire(mounted.el, "59100");
    await waitUntil(() => shadow(mounted!.el).querySelector(".found"), "commune found");
    await checkState(mounted.el, "00d-territoire-commune-trouvee");
  });

  it("Identité: empty, with errors, and under 18", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await checkState(mounted.el, "01-identite");
    await failStep(mounted);
    await checkState(mounted.el, "02-identite-erreurs");
    await fillIdentite(mounted.el, 16);
    await checkState(mounted.el, "03-identite-mineur");
    await fillIdentite(mounted.el, 15);
    await checkState(mounted.el, "03b-identite-moins-de-16-ans");
    await fillIdentite(mounted.el, 27);
    await checkState(mounted.el, "03c-identite-plus-de-25-ans");
  });

  it("Coordonnées: empty with errors, then filled", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await failStep(mounted);
    await checkState(mounted.el);
    await fillCoordonnees(mounted.el);
    await checkState(mounted.el, "04-coordonnees");
  });

  it("Logement, Scolarité et formation, Rappel, with and without errors", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await fillCoordonnees(mounted.el);
    await next(mounted.el, "Logement");
    await failStep(mounted);
    await checkState(mounted.el);
    pick(mounted.el, "Où habitez-vous", "Chez des amis");
    await checkState(mounted.el, "06-logement");
    await next(mounted.el, "Scolarité et formation");
    await failStep(mounted);
    await checkState(mounted.el);
    await fillParcours(mounted.el);
    await checkState(mounted.el, "07-parcours");
    await next(mounted.el, "Rappel");
    await failStep(mounted);
    await checkState(mounted.el);
    pick(mounted.el, "Quand pouvons-nous vous appeler", "L'après-midi");
    await checkState(mounted.el, "08-rappel");
  });

  it("the review, its notice opened, the failure state and the confirmation", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await fillCoordonnees(mounted.el);
    await next(mounted.el, "Logement");
    pick(mounted.el, "Où habitez-vous", "Chez mes parents");
    await next(mounted.el, "Scolarité et formation");
    await fillParcours(mounted.el);
    await next(mounted.el, "Rappel");
    pick(mounted.el, "Quand pouvons-nous vous appeler", "Le matin");
    await next(mounted.el, "Vérification et envoi");
    await checkState(mounted.el, "09-verification");
    (shadow(mounted.el).querySelector("details") as HTMLDetailsElement).open = true;
    await checkState(mounted.el, "10-verification-notice");
    (shadow(mounted.el).querySelector("details") as HTMLDetailsElement).open = false;

    button(mounted.el, "Envoyer").click();
    await waitUntil(() => focused(mounted!.el)?.classList.contains("error-summary"), "summary focused");
    await checkState(mounted.el);

    control(mounted.el, "J'ai lu l'information sur mes données").click();
    mounted.server.submitAnswers = [
      "network-error",
      { status: 202, body: { reference: "PI-7K3F-Q9XM", rappelAvant: nextMondayNoon() } },
    ];
    button(mounted.el, "Envoyer").click();
    await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "failure shown");
    await checkState(mounted.el, "11-echec-envoi");

    button(mounted.el, "Réessayer").click();
    await waitForHeading(mounted.el, "C'est envoyé !");
    await checkState(mounted.el, "12-confirmation");
  });
});

/** Next Monday 12:30 in Paris, so the confirmation reads "avant lundi 12h30". */
function nextMondayNoon(): string {
  const date = new Date();
  const days = ((8 - date.getDay()) % 7) + (date.getDay() === 1 ? 7 : 0) || 7;
  date.setDate(date.getDate() + days);
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  const offset = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", timeZoneName: "longOffset" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName")
    ?.value.replace("GMT", "");
  return `${y}-${m}-${d}T12:30:00${offset || "+01:00"}`;
}
