/**
 * The widget's layout as boxes, read through its shadow root: the card, the step's heading, each
 * question and the "Suivant" button, relative to the card's top-left corner. Two pages that keep
 * the widget's layout give the same boxes within a few pixels, whatever surrounds it.
 */
import type { Page } from "playwright-core";

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  /** The card (part="root"), in page coordinates. */
  root: Box;
  /** The main parts, relative to the card. */
  parts: Box[];
}

/** The layout of the `index`-th widget matching `selector`. */
export async function layoutOf(page: Page, selector = "ml-preinscription", index = 0): Promise<Layout> {
  return page.evaluate(
    ([selector, index]) => {
      const host = document.querySelectorAll(selector)[index];
      const shadow = host?.shadowRoot;
      const root = shadow?.querySelector("[part~='root']");
      if (!shadow || !root) throw new Error(`pas de widget rendu pour ${selector}[${index}]`);
      const origin = root.getBoundingClientRect();
      const box = (name: string, element: Element, relative: boolean) => {
        const r = element.getBoundingClientRect();
        const round = (n: number) => Math.round(n * 10) / 10;
        return {
          name,
          x: round(relative ? r.x - origin.x : r.x + window.scrollX),
          y: round(relative ? r.y - origin.y : r.y + window.scrollY),
          width: round(r.width),
          height: round(r.height),
        };
      };
      const parts: ReturnType<typeof box>[] = [];
      const heading = shadow.querySelector("#step-title");
      if (heading) parts.push(box("titre", heading, true));
      shadow.querySelectorAll("[part~='field']").forEach((field, i) => {
        const label = field.querySelector("label, legend")?.textContent?.trim().replace(/\s+/g, " ") ?? `champ ${i}`;
        parts.push(box(label, field, true));
      });
      const next = [...shadow.querySelectorAll("button[type='submit']")].at(-1);
      if (next) parts.push(box(`bouton ${next.textContent?.trim()}`, next, true));
      return { root: box("carte", root, false), parts };
    },
    [selector, index] as const,
  );
}

/** Where `actual` strays from `expected` by more than `tolerance` px: empty when they match. */
export function layoutDifferences(expected: Layout, actual: Layout, tolerance = 3): string[] {
  const problems: string[] = [];
  const far = (a: number, b: number) => Math.abs(a - b) > tolerance;
  if (far(expected.root.width, actual.root.width) || far(expected.root.height, actual.root.height)) {
    problems.push(
      `carte : ${actual.root.width}×${actual.root.height} au lieu de ${expected.root.width}×${expected.root.height}`,
    );
  }
  if (expected.parts.length !== actual.parts.length) {
    problems.push(`${actual.parts.length} éléments au lieu de ${expected.parts.length}`);
  }
  expected.parts.forEach((want, i) => {
    const got = actual.parts[i];
    if (!got || got.name !== want.name) {
      problems.push(`élément ${i} : « ${got?.name} » au lieu de « ${want.name} »`);
      return;
    }
    const keys = ["x", "y", "width", "height"] as const;
    const off = keys.filter((key) => far(want[key], got[key]));
    if (off.length > 0) {
      const show = (b: Box) => `${b.x},${b.y} ${b.width}×${b.height}`;
      problems.push(`« ${want.name} » : ${show(got)} au lieu de ${show(want)}`);
    }
  });
  return problems;
}
