/**
 * What a youth with a screen reader, a keyboard or large text meets, from their side: typing the
 * birth year never moves the focus nor swaps the fields; the first language switch keeps the
 * focus and is announced; each date part is described by the hint and the error; groups say
 * they are required and invalid; the headings' level follows `heading-level`; the text size is
 * the reader's default; forced colours tell focus from choice; standalone links are 44 px.
 * docs/rgaa-formulaires.md names these tests for each RGAA criterion.
 */
import { fixture, html, waitUntil } from "@open-wc/testing";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import { forcedColors } from "./support/network";
import {
  $,
  button,
  cleanup,
  control,
  ENDPOINT,
  fakeServer,
  fillUpToReview,
  focused,
  group,
  type Mounted,
  mountWidget,
  pick,
  roubaixFacts,
  shadow,
  textOf,
  toIdentite,
  type,
  waitForHeading,
  waitForStatus,
} from "./support/widget";

let mounted: Mounted | undefined;
afterEach(async () => {
  cleanup(mounted);
  mounted = undefined;
  await forcedColors(false);
  await page.viewport(360, 740);
});

/** The words a screen reader reads as a control's description: its aria-describedby ids' texts, less what is aria-hidden. */
function description(el: MlPreinscription, element: Element): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const copy = shadow(el).getElementById(id)?.cloneNode(true) as HTMLElement | undefined;
      for (const hidden of copy?.querySelectorAll("[aria-hidden=true]") ?? []) hidden.remove();
      return textOf(copy);
    })
    .join(" ");
}

async function pressNextForSummary(el: MlPreinscription): Promise<void> {
  button(el, "Suivant").click();
  await waitUntil(() => shadow(el).querySelector(".error-summary"), "the error summary");
}

describe("typing the birth year (RGAA 7.4, 12.8)", () => {
  for (const [year, notice] of [
    ["2015", "Vous avez moins de 16 ans"],
    ["1990", "Vous avez plus de 25 ans"],
  ] as const) {
    it(`typing ${year} key by key, then correcting it, keeps the focus and the fields; leaving tells politely`, async () => {
      mounted = await mountWidget();
      const { el } = mounted;
      await toIdentite(el);
      type(el, "Jour", "14");
      type(el, "Mois", "7");
      const box = control(el, "Année");
      const region = $(el, ".age-status");
      box.focus();
      for (const digit of year) {
        await userEvent.keyboard(digit);
        await el.updateComplete;
        expect(focused(el), `after ${digit}`).toBe(box);
      }
      await userEvent.keyboard("{Backspace}");
      await userEvent.keyboard(year.slice(-1));
      await el.updateComplete;
      expect(focused(el)).toBe(box);
      expect(box.isConnected).toBe(true);
      expect(box.value).toBe(year);
      expect(control(el, "Pays de naissance")).toBeTruthy();
      expect(group(el, "Nationalité")).toBeTruthy();
      // Nothing said while typing.
      expect(textOf(region)).toBe("");

      await userEvent.tab();
      await el.updateComplete;
      expect(focused(el)).toBe(control(el, "Pays de naissance"));
      // The notice fills the polite live region that was there before (a new region is not read).
      expect($(el, ".age-status")).toBe(region);
      expect(region.getAttribute("role")).toBe("status");
      expect(region.getAttribute("aria-live")).not.toBe("assertive");
      expect(textOf(region)).toContain(notice);
    });
  }
});

describe("the language switch, the first time (RGAA 12.8, 7.5)", () => {
  it("keeps the focus on the chosen language's button, and says the change in that language", async () => {
    mounted = await mountWidget(roubaixFacts({ langues: ["fr", "en", "ar"] }));
    const { el } = mounted;
    await userEvent.click(button(el, "English"));
    await waitForHeading(el, "Where do you live?");
    expect(textOf(focused(el))).toBe("English");
    expect(focused(el)?.getAttribute("aria-pressed")).toBe("true");
    await waitForStatus(el, "Form in English");

    await userEvent.click(button(el, "العربية"));
    await waitForHeading(el, "أين تسكن؟");
    expect(textOf(focused(el))).toBe("العربية");
    await waitForStatus(el, "الاستمارة باللغة العربية");
  });
});

describe("descriptions and states of the questions (RGAA 11.10)", () => {
  it("each part of the date is described by the hint, then by the error", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    for (const part of ["Jour", "Mois", "Année"]) {
      expect(description(el, control(el, part)), part).toBe("Exemple : 14 07 2008");
    }
    await pressNextForSummary(el);
    for (const part of ["Jour", "Mois", "Année"]) {
      const box = control(el, part);
      expect(box.getAttribute("aria-invalid"), part).toBe("true");
      expect(description(el, box), part).toMatch(/^Exemple : 14 07 2008 Erreur : .*date de naissance/);
    }
  });

  it("a group of radio buttons is a required radiogroup, invalid while its error shows", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    const civilite = group(el, "Madame ou Monsieur ?");
    expect(civilite.getAttribute("role")).toBe("radiogroup");
    expect(civilite.getAttribute("aria-required")).toBe("true");
    expect(civilite.getAttribute("aria-invalid")).toBe("false");
    await pressNextForSummary(el);
    expect(group(el, "Madame ou Monsieur ?").getAttribute("aria-invalid")).toBe("true");
    pick(el, "Madame ou Monsieur ?", "Madame");
    button(el, "Suivant").click();
    await waitUntil(
      () => group(el, "Madame ou Monsieur ?").getAttribute("aria-invalid") === "false",
      "no error left on it",
    );
  });

  it("a name in Arabic letters is told to use the Latin alphabet, with an example", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    type(el, "Prénom", "كاميل");
    await pressNextForSummary(el);
    expect(textOf($(el, ".error-summary"))).toContain(
      "Le prénom ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Marie-Lou.",
    );
  });
});

/** The heading level of an element as the accessibility tree gets it: aria-level, else its tag's. */
function level(element: Element | null): number {
  return Number(element?.getAttribute("aria-level") ?? element?.tagName.slice(1));
}

describe("heading-level (RGAA 9.1)", () => {
  it('heading-level="3": steps and confirmation titles at 3, the titles inside at 4, the step title focused', async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    el.setAttribute("heading-level", "3");
    await el.updateComplete;
    expect(level($(el, "#step-title"))).toBe(3);
    expect($(el, "#step-title").getAttribute("role")).toBe("heading");
    await pressNextForSummary(el);
    expect(level($(el, "#error-summary-title"))).toBe(4);

    await fillUpToReview(el);
    expect(focused(el)).toBe($(el, "#step-title"));
    expect(level($(el, "#step-title"))).toBe(3);
    const inside = [...shadow(el).querySelectorAll("#step-title ~ * [role=heading]")];
    expect(inside.length).toBeGreaterThan(0);
    expect(new Set(inside.map((h) => level(h)))).toEqual(new Set([4, 5]));
    const outline = await axe.run(el, {
      runOnly: { type: "rule", values: ["heading-order", "empty-heading", "aria-allowed-role", "aria-allowed-attr"] },
    });
    expect(outline.violations.map((v) => v.id)).toEqual([]);

    control(el, "J'ai lu l'information sur mes données").click();
    button(el, "Envoyer").click();
    await waitUntil(() => shadow(el).querySelector("#confirmation-title"), "the confirmation");
    expect(level($(el, "#confirmation-title"))).toBe(3);
    const sub = [...shadow(el).querySelectorAll(".confirmation [role=heading]:not(#confirmation-title)")];
    expect(sub.map((h) => level(h))).toEqual(sub.map(() => 4));
  });
});

describe("text size, contrast, focus and targets (RGAA 10.4, 3.3, 10.7; WCAG 2.5.8)", () => {
  it("starts from the reader's default text size: a host page's html { font-size: 10px } does not shrink it", async () => {
    const style = document.createElement("style");
    style.textContent = "html { font-size: 10px } body { font-size: 10px }";
    document.head.append(style);
    try {
      const server = fakeServer();
      const wrapper = await fixture<HTMLElement>(
        html`<div><span class="probe" style="font-size: medium">x</span><ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT}></ml-preinscription></div>`,
      );
      const el = wrapper.querySelector("ml-preinscription") as MlPreinscription;
      mounted = { el, server };
      await waitUntil(() => shadow(el).querySelector(".intro"), "the form");
      await toIdentite(el);
      const medium = getComputedStyle(wrapper.querySelector(".probe") as HTMLElement).fontSize;
      expect(medium).not.toBe("10px");
      expect(getComputedStyle(el).fontSize).toBe(medium);
      expect(getComputedStyle($(el, ".root")).fontSize).toBe(medium);
      expect(getComputedStyle(control(el, "Prénom")).fontSize).not.toBe("10px");
    } finally {
      style.remove();
    }
  });

  it("borders of boxes, chosen options and the focus ring stand out from the card: 3:1 at least", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    const card = rgb(getComputedStyle($(el, ".root")).backgroundColor);
    pick(el, "Madame ou Monsieur ?", "Madame");
    const chosen = (group(el, "Madame ou Monsieur ?").querySelector("input[value=MADAME]") as HTMLElement).closest(
      ".choice",
    ) as HTMLElement;
    const box = control(el, "Nom de naissance");
    box.focus();
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    await userEvent.keyboard("{Tab}");
    expect(focused(el)).toBe(box);
    // The colours as they end, not halfway through the option's 0.15 s transition.
    await Promise.all(chosen.getAnimations().map((animation) => animation.finished));
    const colours = {
      "input border": getComputedStyle(box).borderTopColor,
      "chosen option border": getComputedStyle(chosen).borderTopColor,
      "focus ring": getComputedStyle(box).outlineColor,
    };
    for (const [what, colour] of Object.entries(colours)) {
      expect(contrast(rgb(colour), card), what).toBeGreaterThanOrEqual(3);
    }
  });

  it("in forced colours, a focused chosen option differs from a chosen one, and a focused title shows its focus", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    await forcedColors(true);
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
    pick(el, "Madame ou Monsieur ?", "Madame");
    const madame = group(el, "Madame ou Monsieur ?").querySelector("input[value=MADAME]") as HTMLInputElement;
    const row = madame.closest(".choice") as HTMLElement;
    control(el, "Nom de naissance").focus();
    await el.updateComplete;
    const chosen = getComputedStyle(row);
    const chosenLook = [chosen.outlineStyle, chosen.outlineWidth, chosen.borderTopWidth];
    expect(chosen.outlineStyle).toBe("none");
    // Back by keyboard (Shift+Tab) to the chosen option: its focus is drawn around it.
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(focused(el)).toBe(madame);
    const focusedRow = getComputedStyle(row);
    expect(focusedRow.outlineStyle).not.toBe("none");
    expect([focusedRow.outlineStyle, focusedRow.outlineWidth, focusedRow.borderTopWidth]).not.toEqual(chosenLook);

    // The title focused after a step change shows it too.
    ($(el, "#step-title") as HTMLElement).focus();
    const title = getComputedStyle($(el, "#step-title"));
    expect(title.outlineStyle).not.toBe("none");
    expect(Number.parseFloat(title.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it("a phone turned sideways (740 × 360) shows the whole step, nothing scrolls sideways (RGAA 13.9)", async () => {
    await page.viewport(740, 360);
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(740);
    const widest = Math.max(
      ...[...shadow(el).querySelectorAll<HTMLElement>("*")].map((e) => e.getBoundingClientRect().right),
    );
    expect(widest).toBeLessThanOrEqual(740);
    expect(control(el, "Nom de naissance").getBoundingClientRect().width).toBeGreaterThan(100);
  });

  it("the confirmation's standalone links (map, phone under « Où venir ») are at least 44 px high", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await fillUpToReview(el);
    control(el, "J'ai lu l'information sur mes données").click();
    button(el, "Envoyer").click();
    await waitUntil(() => shadow(el).querySelector("#confirmation-title"), "the confirmation");
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>("a.target")];
    expect(links.map((a) => a.href.split(":")[0])).toEqual(["tel", "https"]);
    for (const link of links) {
      expect(link.getBoundingClientRect().height, link.textContent ?? "").toBeGreaterThanOrEqual(44);
    }
  });
});

/** "rgb(29, 78, 216)" → [29, 78, 216]. */
function rgb(colour: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG's contrast ratio of two sRGB colours. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (c: [number, number, number]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
