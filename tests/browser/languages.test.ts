/**
 * English and Arabic: the page's language (or the element's) picks the table, which comes in its
 * own chunk; every label, option, notice and error message is in that language; Arabic is right
 * to left with Latin digits, and stays accessible on every step; the language switch when the ML
 * offers several; the payload never changes with the language, the request says which one was
 * used; a server's 422 is worded in the youth's language from its `codes`. And the partner's
 * `origine` attribute. Pictures of the Arabic steps: tests/artifacts/screenshots/ar-*.png.
 */
import { expect as chaiExpect, fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import axe from "axe-core";
import { ifDefined } from "lit/directives/if-defined.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import type { MissionLocalePublic } from "../../contract/api-types";
import { ar } from "../../contract/i18n/ar";
import { en } from "../../contract/i18n/en";
import { fr, type Strings } from "../../contract/i18n/fr";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import { asRead, type FilledStep, fillUpToReview as fillSteps, type Youth } from "../support/youth";
import {
  $,
  ACCEPTED,
  button,
  control,
  domDriver,
  ENDPOINT,
  type FakeServer,
  fakeServer,
  heading,
  roubaixFacts,
  screenshot,
  select,
  shadow,
  textOf,
  type,
  waitForHeading,
  youthAged,
} from "./support/widget";

let server: FakeServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  server?.restore();
  server = undefined;
  fixtureCleanup();
  await page.viewport(360, 740);
});

/** The widget inside a block of the page that says `lang` (the nearest lang up the page, README.md "Languages"). */
async function mountIn(
  lang: string,
  facts: MissionLocalePublic = roubaixFacts(),
  origine?: string,
): Promise<MlPreinscription> {
  // One fake at a time: each one puts back the fetch it found.
  server?.restore();
  server = fakeServer(facts);
  const block = await fixture<HTMLElement>(
    html`<div lang=${lang}><ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT} origine=${ifDefined(origine)}></ml-preinscription></div>`,
  );
  const el = block.querySelector("ml-preinscription") as MlPreinscription;
  await waitUntil(() => el.shadowRoot?.querySelector(".intro"), "the ML's facts are shown", { timeout: 10_000 });
  await waitUntil(() => (el as unknown as { later: unknown }).later !== null, "the later chunk", { timeout: 10_000 });
  return el;
}

function root(el: MlPreinscription): HTMLElement {
  return $(el, ".root");
}

async function nextStep(el: MlPreinscription, t: Strings, title: string): Promise<void> {
  button(el, t.boutons.suivant).click();
  await waitForHeading(el, title);
}

/** The youth of these tests: born on 14 March 2005 (the review shows the date in words). */
const YOUTH: Youth = {
  ...youthAged(),
  jour: "14",
  mois: "3",
  annee: "2005",
  villeNaissance: undefined,
  creneaux: ["MATIN"],
};
const SHOTS: Partial<Record<FilledStep, string>> = {
  territoire: "00-territoire",
  identite: "01-identite",
  coordonnees: "02-coordonnees",
  parcours: "03-parcours",
  rappel: "04-rappel",
};

/** Every step filled through the labels of the table `t`, as a person reading that language. */
async function fillUpToReview(el: MlPreinscription, t: Strings, shots?: string): Promise<void> {
  await fillSteps(domDriver(el), YOUTH, t, async (step) => {
    const name = SHOTS[step];
    if (shots && name) await shot(el, `${shots}-${name}`);
  });
}

/** The first step answered (Roubaix), then on to the identity, through the words of `t`. */
async function toIdentity(el: MlPreinscription, t: Strings): Promise<void> {
  type(el, asRead(t.champs["coordonnees.adresse.codePostal"].label), "59100");
  await waitUntil(() => shadow(el).querySelector(".found"), "the commune is found");
  await nextStep(el, t, asRead(t.etapes.identite));
}

/**
 * The deadline the review says, read as if it were Saturday 10 January 2099, 10:00 in Paris
 * (the fake server's deadline is the Tuesday after, 17:30).
 */
async function reviewDeadline(el: MlPreinscription): Promise<string> {
  await waitUntil(() => shadow(el).querySelector(".deadline"), "the deadline");
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2099-01-10T10:00:00+01:00") });
  el.requestUpdate();
  await el.updateComplete;
  return textOf($(el, ".deadline")).replace(/[\u2066-\u2069]/g, "");
}

async function sendFrom(el: MlPreinscription, t: Strings): Promise<void> {
  control(el, t.champs.informationLue.label).click();
  button(el, t.boutons.envoyer).click();
  await waitForHeading(el, t.confirmation.titre.replace(/\u00a0/g, " "));
}

function sent(index = 0): Record<string, unknown> {
  const body = JSON.parse(server?.submissions()[index]?.body ?? "null") as Record<string, unknown>;
  const { meta: _meta, ...rest } = body;
  return rest;
}

/** axe with the WCAG 2.x A/AA tags (docs/rgaa-formulaires.md), and the open-wc check (all rules), on the state shown. */
async function expectAccessible(el: MlPreinscription): Promise<void> {
  await el.updateComplete;
  const result = await axe.run(el, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await chaiExpect(el).to.be.accessible();
}

/** Accessible, nothing wider than a phone, and a picture of it. */
async function shot(el: MlPreinscription, name: string): Promise<void> {
  await expectAccessible(el);
  const doc = document.documentElement;
  expect(doc.scrollWidth, "no sideways scroll").toBeLessThanOrEqual(doc.clientWidth);
  await screenshot(el, name);
}

describe("English", () => {
  it("shows every text in English, sends the same payload as in French, and says which language", async () => {
    const french = await mountIn("fr");
    await fillUpToReview(french, fr);
    await sendFrom(french, fr);
    const frenchPayload = sent();
    server?.restore();
    fixtureCleanup();

    const el = await mountIn("en-GB");
    expect(el.locale).toBe("en");
    expect(root(el).getAttribute("lang")).toBe("en");
    expect(root(el).getAttribute("dir")).toBe("ltr");
    expect(heading(el)).toBe("Where do you live?");
    expect(textOf(shadow(el).querySelector("form"))).toContain("Postcode");
    expect(textOf(shadow(el).querySelector("form"))).not.toContain("Code postal");
    expect(textOf(shadow(el).querySelector(".progress-text"))).toBe("Step 1 of 7");
    await fillUpToReview(el, en);
    // The review: labels and answers in English, the notice in English.
    const review = textOf(shadow(el).querySelector(".step"));
    expect(review).toContain("With my parents");
    expect(review).toContain("14 March 2005");
    expect(review).toContain("Your answers go only to Mission Locale de Roubaix Lys-Lez-Lannoy.");
    await sendFrom(el, en);
    expect(textOf($(el, ".confirmation"))).toContain(
      "The Mission Locale will call you before 12:30 on Monday 12 January",
    );

    const [request] = server?.submissions() ?? [];
    expect(request?.headers.get("Content-Language")).toBe("en");
    expect(sent()).toEqual(frenchPayload);
  });

  it("words the schema's errors in English, and a server's 422 from its codes (French without them)", async () => {
    const el = await mountIn("en");
    button(el, "Next").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the summary");
    const first = textOf($(el, ".error-summary"));
    expect(first).toContain("Please fix these points to continue:");
    expect(first).toContain("Enter your postcode: 5 digits. For example: 59100.");
    await toIdentity(el, en);
    button(el, "Next").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the summary");
    const summary = textOf($(el, ".error-summary"));
    expect(summary).toContain("Enter your surname at birth.");
    expect(summary).toContain("Choose “Ms” or “Mr”.");
    button(el, "Back").click();
    await waitForHeading(el, "Where do you live?");

    await fillUpToReview(el, en);
    const french = "Le prénom ne peut contenir que des lettres (message du serveur).";
    if (!server) throw new Error("no server");
    server.submitAnswers = [
      {
        status: 422,
        body: { erreurs: { "identite.prenom": french }, codes: { "identite.prenom": { key: "prenom.format" } } },
      },
      { status: 422, body: { erreurs: { "identite.prenom": french } } },
      ACCEPTED,
    ];
    control(el, en.champs.informationLue.label).click();
    button(el, "Send").click();
    await waitForHeading(el, "About you");
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the summary");
    expect(textOf($(el, ".error-summary"))).toContain("Your first name can only contain letters");

    // An older server (no codes): its French sentence, as it came.
    await nextStep(el, en, "Contact details");
    await nextStep(el, en, "Housing");
    await nextStep(el, en, "School and training");
    await nextStep(el, en, "Call back");
    await nextStep(el, en, "Check and send");
    button(el, "Send").click();
    await waitForHeading(el, "About you");
    await waitUntil(() => textOf(shadow(el).querySelector(".error-summary")).includes("message du serveur"), "French");
  });
});

describe("Arabic", () => {
  it("is right to left, with Latin digits, and accessible on every step (pictures: ar-*.png)", async () => {
    const el = await mountIn(
      "ar",
      roubaixFacts({
        langues: ["fr", "en", "ar"],
        // The ML's own texts, as it translated them in its config.
        traductions: {
          ar: {
            conservation: "تُحفَظ بياناتك في ملفك ما دامت Mission Locale ترافقك.",
            documentsAApporter: ["وثيقة هوية"],
          },
        },
      }),
    );
    const card = root(el);
    expect(card.getAttribute("dir")).toBe("rtl");
    expect(card.getAttribute("lang")).toBe("ar");
    expect(getComputedStyle(card).direction).toBe("rtl");
    expect(heading(el)).toBe("أين تسكن؟");
    // "الخطوة 1 من 7": Arabic words, Latin digits.
    expect(textOf($(el, ".progress-text")).replace(/[\u2066-\u2069]/g, "")).toBe("الخطوة 1 من 7");
    button(el, ar.boutons.suivant).click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the summary");
    expect(textOf($(el, ".error-summary"))).toContain("اكتب رمزك البريدي");
    await shot(el, "ar-00-territoire-erreurs");

    await toIdentity(el, ar);
    // Mirrored: the first choice's box is at the right of its row, the error bar on the right.
    const choice = $(el, ".choice");
    const box = choice.querySelector("input")?.getBoundingClientRect();
    expect(box?.right).toBeGreaterThan(choice.getBoundingClientRect().right - 40);
    button(el, ar.boutons.suivant).click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the summary");
    expect(textOf($(el, ".error-summary"))).toContain("اكتب اسم عائلتك عند الولادة.");
    const field = $(el, ".field--error");
    expect(getComputedStyle(field).borderRightWidth).toBe("4px");
    expect(getComputedStyle(field).borderLeftWidth).toBe("0px");
    await shot(el, "ar-00-identite-erreurs");
    button(el, ar.boutons.retour).click();
    await waitForHeading(el, "أين تسكن؟");

    await fillUpToReview(el, ar, "ar");
    await shot(el, "ar-05-verification");
    expect(textOf($(el, ".step"))).toContain("14 مارس 2005");
    const phone = [...shadow(el).querySelectorAll("bdi")].find((b) => b.textContent === "01 99 00 12 34");
    expect(phone?.getAttribute("dir")).toBe("ltr");
    (shadow(el).querySelector("details") as HTMLDetailsElement).open = true;
    await shot(el, "ar-06-verification-notice");
    expect(textOf($(el, ".notice-box"))).toContain("dpo@ml-roubaix.example.org");
    expect(textOf($(el, ".notice-box"))).toContain("تُحفَظ بياناتك في ملفك ما دامت Mission Locale ترافقك.");
    // Not translated by this ML: shown as it wrote it.
    expect(textOf($(el, ".notice-box"))).toContain("Mission Locale de Roubaix Lys-Lez-Lannoy (association)");

    await sendFrom(el, ar);
    await shot(el, "ar-07-confirmation");
    const confirmation = textOf($(el, ".confirmation")).replace(/[\u2066-\u2069]/g, "");
    expect(confirmation).toContain("ستتصل بك Mission Locale قبل يوم الاثنين 12 يناير الساعة 12:30");
    expect(confirmation).not.toMatch(/[\u0660-\u0669]/);
    expect(confirmation).toContain("وثيقة هوية");
    expect(server?.submissions()[0]?.headers.get("Content-Language")).toBe("ar");
  });

  it("keeps phone numbers, postal codes and dates left to right in their boxes", async () => {
    const el = await mountIn("ar");
    expect($(el, "#f-coordonnees-adresse-codePostal").getAttribute("dir")).toBe("ltr");
    const tel = $(el, ".intro a[href^='tel:']");
    expect(getComputedStyle(tel).direction).toBe("ltr");
    expect(getComputedStyle(tel).unicodeBidi).toBe("isolate");
    await toIdentity(el, ar);
    for (const id of ["#f-identite-dateNaissance-jour", "#f-identite-dateNaissance-annee"]) {
      expect($(el, id).getAttribute("dir"), id).toBe("ltr");
    }
    expect($(el, "#f-identite-nomNaissance").getAttribute("dir")).toBe("auto");
  });
});

describe("the call-back deadline, before sending", () => {
  it.each([
    ["fr", fr, "La Mission Locale vous appellera avant mardi 17h30."],
    ["en", en, "The Mission Locale will call you before 17:30 on Tuesday."],
    ["ar", ar, "ستتصل بك Mission Locale قبل يوم الثلاثاء الساعة 17:30."],
  ] as const)("is on the review in %s", async (lang, t, words) => {
    const el = await mountIn(lang);
    await fillUpToReview(el, t);
    expect(await reviewDeadline(el)).toBe(words);
  });
});

describe("the language switch", () => {
  const threeLanguages = () => roubaixFacts({ langues: ["fr", "en", "ar"] });

  it("is there only when the Mission Locale offers several languages", async () => {
    const el = await mountIn("fr", roubaixFacts({ langues: ["fr"] }));
    expect(shadow(el).querySelector(".langs")).toBeNull();
    fixtureCleanup();
    const older = await mountIn("fr");
    expect(shadow(older).querySelector(".langs")).toBeNull();
  });

  it("names each language in itself, and changes the whole form, errors already shown included", async () => {
    const el = await mountIn("fr", threeLanguages());
    const switches = [...shadow(el).querySelectorAll<HTMLButtonElement>(".langs button")];
    expect(switches.map((b) => [textOf(b), b.lang, b.getAttribute("aria-pressed")])).toEqual([
      ["Français", "fr", "true"],
      ["English", "en", "false"],
      ["العربية", "ar", "false"],
    ]);
    expect($(el, ".langs").getAttribute("aria-label")).toBe("Langue du formulaire");
    await toIdentity(el, fr);
    button(el, "Suivant").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the summary");
    expect(textOf($(el, ".error-summary"))).toContain("Indiquez votre nom de naissance.");
    type(el, "Ville de naissance", "Roubaix");

    button(el, "English").click();
    await waitForHeading(el, "About you");
    expect(el.locale).toBe("en");
    expect(textOf($(el, ".error-summary"))).toContain("Enter your surname at birth.");
    expect(textOf($(el, ".error-summary"))).not.toContain("Indiquez");
    expect(textOf($(el, "#f-identite-nomNaissance-error"))).toContain("Enter your surname at birth.");
    // The answers stay.
    expect(control(el, "Town of birth").value).toBe("Roubaix");
    expect(button(el, "English").getAttribute("aria-pressed")).toBe("true");
    await expectAccessible(el);

    button(el, "العربية").click();
    await waitForHeading(el, "الهوية");
    expect(root(el).getAttribute("dir")).toBe("rtl");
    expect(textOf($(el, ".error-summary"))).toContain("اكتب اسم عائلتك عند الولادة.");
    await expectAccessible(el);
  });

  it("falls back to French for a language the form does not have", async () => {
    const el = await mountIn("de");
    expect(el.locale).toBe("fr");
    expect(heading(el)).toBe("Où habitez-vous ?");
  });
});

describe("partner attribution: the origine attribute", () => {
  async function rappelStep(el: MlPreinscription): Promise<HTMLSelectElement> {
    await fillUpToReview(el, fr);
    button(el, "Modifier : Comment avez-vous connu la Mission Locale ?").click();
    await waitForHeading(el, "Rappel");
    return control(el, "Comment avez-vous connu la Mission Locale ?") as HTMLSelectElement;
  }

  it("pre-selects the answer, which the youth can still change", async () => {
    const el = await mountIn("fr", roubaixFacts(), "PARTENAIRE");
    const origine = await rappelStep(el);
    expect(origine.value).toBe("PARTENAIRE");
    select(el, "Comment avez-vous connu la Mission Locale ?", "Un ami ou ma famille");
    button(el, "Suivant").click();
    await waitForHeading(el, "Vérification et envoi");
    await sendFrom(el, fr);
    expect(sent().origine).toBe("AMI_FAMILLE");
  });

  it("is sent as chosen when the youth keeps it", async () => {
    const el = await mountIn("fr", roubaixFacts(), "RESEAUX_SOCIAUX");
    await fillUpToReview(el, fr);
    await sendFrom(el, fr);
    expect(sent().origine).toBe("RESEAUX_SOCIAUX");
  });

  it("ignores an unknown value", async () => {
    const el = await mountIn("fr", roubaixFacts(), "SITE_DU_PARTENAIRE");
    const origine = await rappelStep(el);
    expect(origine.value).toBe("");
    button(el, "Suivant").click();
    await waitForHeading(el, "Vérification et envoi");
    await sendFrom(el, fr);
    expect(sent()).not.toHaveProperty("origine");
  });
});
