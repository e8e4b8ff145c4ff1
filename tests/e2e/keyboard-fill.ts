/**
 * Filling the widget with the keyboard only, as a person who cannot use a mouse: Tab and
 * Shift+Tab to move, Space to tick, arrow keys inside radio groups and drop-downs, Enter or Space
 * on buttons, typing in boxes. The helpers only read where the focus is (through the shadow root)
 * to know when to stop pressing Tab: every move is a key press. What the youth answers:
 * tests/support/youth.ts; how they move is here.
 */
import type { Page } from "playwright-core";
import { fr } from "../../contract/i18n/fr";
import { type Answer, answersFor, type Driver, fillAnswers, type Youth } from "../support/youth";

/** What has the focus, seen through open shadow roots. */
export interface Focused {
  tag: string;
  type: string;
  /** The control's label (a radio's option), or a button's text. */
  label: string;
  /** The legend of the fieldset around it, if any. */
  group: string;
  /** A drop-down's chosen option, a box's value. */
  value: string;
  /** Inside a widget's shadow root. */
  inWidget: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    let inWidget = false;
    while (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
      inWidget = true;
    }
    const words = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
    const control = element as HTMLInputElement | HTMLSelectElement | null;
    const label = control?.labels?.[0]?.textContent ?? element?.textContent;
    const select = element instanceof HTMLSelectElement ? element : null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      type: element?.getAttribute("type") ?? "",
      label: words(label),
      group: words(element?.closest("fieldset")?.querySelector("legend")?.textContent),
      value: select ? words(select.selectedOptions[0]?.textContent) : words(control?.value),
      inWidget,
    };
  });
}

const show = (f: Focused) => `${f.tag}[${f.type}] « ${f.label} »${f.group ? ` dans « ${f.group} »` : ""}`;

/** Presses Tab (or Shift+Tab) until the focused control matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  wanted: (f: Focused) => boolean,
  what: string,
  { backwards = false, max = 60 } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (now.inWidget && wanted(now)) return now;
    seen.push(show(now));
  }
  throw new Error(`${what} : introuvable au clavier après ${max} Tab. Parcouru :\n${seen.join("\n")}`);
}

/** The text box (or drop-down) whose label starts with `label`. */
export const field = (label: string) => (f: Focused) =>
  ["input", "select", "textarea"].includes(f.tag) &&
  !["radio", "checkbox"].includes(f.type) &&
  f.label.startsWith(label);
/** The first option of a radio group or a checkbox group whose legend starts with `legend`. */
export const groupOf = (legend: string) => (f: Focused) =>
  (f.type === "radio" || f.type === "checkbox") && f.group.startsWith(legend);
export const button = (text: string) => (f: Focused) => f.tag === "button" && f.label === text;
export const checkbox = (label: string) => (f: Focused) => f.type === "checkbox" && f.label === label;

/** Presses `key` until the focused control's label (radio) or value (drop-down) is `target`. */
export async function pressUntil(page: Page, key: string, target: string, max = 300): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const now = await focused(page);
    if ((now.tag === "select" ? now.value : now.label) === target) return;
    await page.keyboard.press(key);
  }
  throw new Error(`« ${target} » jamais atteint avec ${key}`);
}

/** Types into the box whose label starts with `label`. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, field(label), label);
  await page.keyboard.type(text);
}

/** In a radio group reached by Tab: Space ticks the first option, arrows move to (and tick) `option`. */
async function chooseRadio(page: Page, legend: string, option: string): Promise<void> {
  await tabTo(page, groupOf(legend), legend);
  await page.keyboard.press("Space");
  await pressUntil(page, "ArrowDown", option, 12);
}

async function chooseInSelect(page: Page, label: string, option: string): Promise<void> {
  await tabTo(page, field(label), label);
  await pressUntil(page, "ArrowDown", option);
}

async function nextStep(page: Page, heading: string, key: "Enter" | "Space"): Promise<void> {
  await tabTo(page, button("Suivant"), "Suivant");
  await page.keyboard.press(key);
  await page.getByRole("heading", { name: heading }).waitFor();
}

/** As the focus helpers read it: white space (French no-break spaces too) collapsed. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** The answers of tests/support/youth.ts given with the keyboard: Tab to the control, then keys. */
export function keyboardDriver(page: Page): Driver {
  return {
    async answer({ control, label, value }) {
      const question = words(label);
      if (control === "text") await typeInto(page, question, value);
      else if (control === "select") await chooseInSelect(page, question, words(value));
      else if (control === "radio") await chooseRadio(page, question, words(value));
      else if (control === "checkbox") {
        await tabTo(page, checkbox(words(value)), value);
        await page.keyboard.press("Space");
      } else if (control === "box") {
        await tabTo(page, checkbox(question), label);
        await page.keyboard.press("Space");
      }
      // One commune: chosen for the youth and said under the postal code.
      else await page.getByText(/Commune trouvée/).waitFor();
    },
    async next(title) {
      await nextStep(page, title, "Enter");
    },
  };
}

/**
 * The whole form, from the page's first Tab to "Envoyer". The youth first types a wrong name,
 * goes back with Shift+Tab to correct it, uses arrows in radio groups and drop-downs, Enter in a
 * text box to send a step, and Space on "Suivant" once.
 */
export async function fillAndSendByKeyboard(page: Page, youth: Youth, startedAt: number): Promise<void> {
  const answers = answersFor(youth);
  const driver = keyboardDriver(page);
  await page.getByRole("heading", { name: /^Où habitez-vous\s\?$/ }).waitFor();
  // From the top of the page: through the site's own links and search box into the widget.
  await page.locator("body").focus();
  await fillAnswers(driver, answers.territoire, fr);
  // Enter in the postal code's box sends the first step once the commune is found.
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Identité" }).waitFor();
  const name = answers.identite.findIndex((answer) => answer.field === "identite.nomNaissance");
  const wrongName = { ...answers.identite[name], value: "Nom a corriger" } as Answer;
  await fillAnswers(
    driver,
    [...answers.identite.slice(0, name), wrongName, ...answers.identite.slice(name + 1, name + 2)],
    fr,
  );
  await tabTo(page, field("Nom de naissance"), "retour au nom", { backwards: true });
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(youth.nomNaissance);
  await tabTo(page, field("Prénom"), "Prénom");
  await fillAnswers(driver, answers.identite.slice(name + 2), fr);
  await nextStep(page, "Coordonnées", "Enter");

  await fillAnswers(driver, answers.coordonnees, fr);
  // Enter in a text box sends the step, as in any form.
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Logement" }).waitFor();

  await fillAnswers(driver, answers.logement, fr);
  await nextStep(page, "Scolarité et formation", "Space");

  await fillAnswers(driver, answers.parcours, fr);
  await driver.next("Rappel", fr);

  await fillAnswers(driver, answers.rappel, fr);
  await driver.next("Vérification et envoi", fr);

  await tabTo(page, checkbox("J'ai lu l'information sur mes données"), "information lue");
  await page.keyboard.press("Space");
  // The anti-spam wants a few seconds at least; a person takes minutes.
  const elapsed = Date.now() - startedAt;
  if (elapsed < 3500) await page.waitForTimeout(3500 - elapsed);
  await tabTo(page, button("Envoyer"), "Envoyer");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "C'est envoyé !" }).waitFor();
}
