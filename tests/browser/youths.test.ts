/**
 * Every youth can finish, at 360 px: a minor with her legal representative, a youth from outside
 * the territory, a newcomer with a Belgian number, a youth with no fixed address, each up to a
 * registration sent (the fake server's 202) with the payload they gave. A message goes away once
 * its field is right and left, without the focus moving; axe finds nothing on these states.
 */
import { expect as chaiExpect, waitUntil } from "@open-wc/testing";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { erreursFr } from "../../contract/i18n/errors-fr";
import { fr } from "../../contract/i18n/fr";
import { type PayloadInput, payloadSchema } from "../../contract/schema/payload";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import { type FilledStep, fillUpToReview, LEA, NOOR, SACHA, YANIS, type Youth } from "../support/youth";
import {
  $,
  button,
  cleanup,
  control,
  domDriver,
  fillIdentite,
  focused,
  heading,
  type Mounted,
  mountWidget,
  next,
  shadow,
  statusMessages,
  textOf,
  toIdentite,
  type,
  waitForHeading,
  waitForStatus,
} from "./support/widget";

let mounted: Mounted | undefined;
beforeEach(async () => {
  await page.viewport(360, 740);
});
afterEach(() => {
  cleanup(mounted);
  mounted = undefined;
});

async function expectAccessible(el: MlPreinscription): Promise<void> {
  const result = await axe.run(el, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await chaiExpect(el).to.be.accessible();
}

/** The review's rows: label → value as read. */
function reviewRows(el: MlPreinscription): Map<string, string> {
  const rows = new Map<string, string>();
  for (const row of shadow(el).querySelectorAll(".review-row")) {
    rows.set(textOf(row.querySelector("dt")), textOf(row.querySelector("dd")));
  }
  return rows;
}

/**
 * Fills every step as `youth`, sends, waits for the confirmation; the payload the server got.
 * `check` looks at each step once its answers are in; `mounted` sees the form before any answer.
 */
async function register(
  youth: Youth,
  check?: (step: FilledStep) => Promise<void>,
  onMounted?: (el: MlPreinscription) => void,
): Promise<PayloadInput> {
  mounted = await mountWidget();
  const { el } = mounted;
  onMounted?.(el);
  await fillUpToReview(domDriver(el), youth, fr, async (step) => {
    await check?.(step);
  });
  control(el, "J'ai lu l'information sur mes données").click();
  button(el, "Envoyer").click();
  await waitForHeading(el, "C'est envoyé !");
  const [request] = mounted.server.submissions();
  return JSON.parse(request?.body ?? "null") as PayloadInput;
}

/** The error summary's entries, as read. */
const summary = (el: MlPreinscription) =>
  [...shadow(el).querySelectorAll(".error-summary li")].map((entry) => textOf(entry));
const fieldError = (el: MlPreinscription, id: string) => textOf(shadow(el).querySelector(`#${id}-error`));
/** A message of the French table as the form shows it (French spacing read as plain spaces). */
const said = (key: keyof typeof erreursFr) => fr.typographie(erreursFr[key] ?? "").replace(/\u00a0/g, " ");

describe("a foreign phone number", () => {
  // First in the file: the world's phone rules are not loaded yet, "Suivant" must wait for them.
  it("is checked with the world's rules before « Suivant » goes on: a Belgian number one digit short is refused", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    await fillIdentite(el);
    await next(el, "Coordonnées");
    type(el, "Téléphone", "+32 470 12 34 5");
    button(el, "Suivant").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the error summary");
    expect(fieldError(el, "f-coordonnees-telephone")).toContain(said("telephone.format"));
  });

  it("Noor, newly arrived with a Belgian number: told it is foreign, sent as typed, stored as +32470123456", async () => {
    const payload = await register(NOOR, async (step) => {
      if (step !== "coordonnees") return;
      const { el } = mounted as Mounted;
      const note = $(el, "#f-coordonnees-telephone-note");
      expect(textOf(note)).toBe("Numéro étranger : un numéro français est plus facile à rappeler.");
      expect(control(el, "Téléphone").getAttribute("aria-describedby")).toContain("f-coordonnees-telephone-note");
      await expectAccessible(el);
    });
    expect(payload.coordonnees.telephone).toBe("+32 470 12 34 56");
    expect(payload.identite.lieuNaissance).toEqual({ pays: "BE", commune: "Namur" });
    // What the server keeps, with the same schema and the world's rules the widget loaded.
    expect(payloadSchema.parse(payload).coordonnees.telephone).toBe("+32470123456");
  });

  it("no note for a French number", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    type(mounted.el, "Téléphone", "01 99 00 12 34");
    await mounted.el.updateComplete;
    expect(shadow(mounted.el).querySelector("#f-coordonnees-telephone-note")).toBeNull();
  });
});

describe("every youth up to a registration sent", () => {
  it("Léa, 17, born in Pointe-à-Pitre, with her parents: her legal representative is asked and sent", async () => {
    const payload = await register(LEA);
    expect(payload.identite.lieuNaissance).toEqual({ pays: "FR", commune: "Pointe-à-Pitre" });
    expect(payload.representantLegal).toEqual({
      nom: "Modèle",
      prenom: "Dominique",
      telephone: "01 99 00 56 78",
      lien: "PARENT",
    });
    expect(payload.logement.situation).toBe("PARENTS");
    expect(payloadSchema.safeParse(payload).success).toBe(true);
  });

  it("Yanis, 22, from Lille: outside the territory, told who serves Lille, and sends anyway", async () => {
    let said: (() => string[]) | undefined;
    const payload = await register(
      YANIS,
      async (step) => {
        const { el } = mounted as Mounted;
        if (step === "territoire") {
          // Said on the first step, where the commune is chosen: one notice, one message.
          await waitUntil(() => shadow(el).querySelector(".other-ml"), "the other Mission Locale");
          expect(heading(el)).toBe("Où habitez-vous ?");
          expect(shadow(el).querySelectorAll(".orientation")).toHaveLength(1);
          expect(textOf($(el, ".orientation"))).toContain("Lille n'est pas suivie par la Mission Locale de Roubaix");
          await waitForStatus(el, "Vous pouvez quand même envoyer");
          expect(said?.()).toEqual([
            "Lille n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy. La Mission Locale de votre commune : Mission Locale de Lille (fictive), 01 99 00 11 22, 1 place de l'Exemple, 59000 Lille. Site : https://ml-lille.example.org. Vous pouvez quand même envoyer ce formulaire : la Mission Locale de Roubaix Lys-Lez-Lannoy vous rappellera et vous dira où aller.",
          ]);
        }
        // Not told again with the rest of the address.
        if (step === "coordonnees") expect(shadow(el).querySelector(".orientation")).toBeNull();
      },
      (el) => {
        said = statusMessages(el);
      },
    );
    expect(payload.coordonnees.adresse).toEqual({
      ligne1: "1 rue de l'Exemple",
      codePostal: "59000",
      codeInsee: "59350",
      commune: "Lille",
    });
    expect(payload.logement.situation).toBe("LOGEMENT_AUTONOME");
  });

  it("Sacha, no fixed address, at a friend's: the street is optional once the box is ticked", async () => {
    const payload = await register(SACHA, async (step) => {
      if (step !== "coordonnees") return;
      const { el } = mounted as Mounted;
      const street = control(el, "Adresse");
      expect(street.getAttribute("aria-required")).toBe("false");
      expect(textOf(street.labels?.[0])).toBe("Adresse (facultatif)");
      const box = control(el, "Je n'ai pas d'adresse fixe") as HTMLInputElement;
      expect(box.checked).toBe(true);
      expect(box.hasAttribute("aria-required")).toBe(false);
      expect(textOf(shadow(el).getElementById(box.getAttribute("aria-describedby") ?? ""))).toContain("domiciliation");
      await expectAccessible(el);
    });
    expect(payload.coordonnees.adresse).toEqual({
      sansAdresseFixe: true,
      complement: "Chez Alex Fictif",
      codePostal: "59100",
      codeInsee: "59512",
      commune: "Roubaix",
    });
    expect(payload.logement.situation).toBe("AMIS");
  });

  it("the review says whether the box is ticked, and unticking it makes the street required again", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    const driver = domDriver(el);
    const youth = { ...SACHA, creneaux: ["MATIN"] as const };
    await fillUpToReview(driver, youth, fr);
    const reviewed = reviewRows(el);
    expect(reviewed.get("Je n'ai pas d'adresse fixe")).toBe("Oui");
    expect(reviewed.get("Adresse")).toBe("Non renseigné");
    const row = [...shadow(el).querySelectorAll(".review-row")].find(
      (candidate) => textOf(candidate.querySelector("dt")) === "Je n'ai pas d'adresse fixe",
    );
    row?.querySelector("button")?.click();
    await waitForHeading(el, "Coordonnées");
    control(el, "Je n'ai pas d'adresse fixe").click();
    await el.updateComplete;
    expect(control(el, "Adresse").getAttribute("aria-required")).toBe("true");
    expect(textOf(control(el, "Adresse").labels?.[0])).toBe("Adresse");
    button(el, "Suivant").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the error summary");
    expect(summary(el)).toEqual([said("adresse.requis")]);
  });
});

describe("Paris arrondissements", () => {
  it("75011 gives « Paris 11e Arrondissement », chosen with its own INSEE code", async () => {
    mounted = await mountWidget();
    const { el, server } = mounted;
    // The postal code is asked first, on « Où habitez-vous ? ».
    expect(heading(el)).toBe("Où habitez-vous ?");
    type(el, "Code postal", "75011");
    await waitUntil(() => shadow(el).querySelector(".found"), "the commune found");
    expect(textOf($(el, ".found"))).toBe("Commune : Paris 11e Arrondissement");
    await waitUntil(
      () => server.requests.some((r) => r.url.pathname.endsWith("/orientation")),
      "who serves it is asked",
    );
    const asked = server.requests.find((r) => r.url.pathname.endsWith("/orientation"));
    expect(asked?.url.searchParams.get("codeInsee")).toBe("75111");
  });
});

describe("a message goes away once its field is right", () => {
  it("not while typing; once the field is left, its message and summary entry are gone, the focus where the youth put it", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    await fillIdentite(el);
    await next(el, "Coordonnées");
    button(el, "Suivant").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the error summary");
    const before = summary(el);
    expect(before).toContain(said("telephone.requis"));
    await expectAccessible(el);

    const phone = control(el, "Téléphone");
    await userEvent.click(phone);
    await userEvent.keyboard("01 99 00 12 34");
    await el.updateComplete;
    // Typing: the message stays, the focus too.
    expect(fieldError(el, "f-coordonnees-telephone")).not.toBe("");
    expect(focused(el)).toBe(phone);

    await userEvent.tab();
    await waitUntil(() => fieldError(el, "f-coordonnees-telephone") === "", "the phone's message is gone");
    expect(summary(el)).not.toContain(said("telephone.requis"));
    expect(summary(el)).toContain(said("adresse.requis"));
    expect(phone.getAttribute("aria-invalid")).toBe("false");
    expect(focused(el)).toBe(control(el, "E-mail"));
    await expectAccessible(el);
  });

  it("a box ticked clears the street's message at once, the focus staying on the box", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    await fillIdentite(el);
    await next(el, "Coordonnées");
    button(el, "Suivant").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the error summary");
    expect(summary(el)).toContain(said("adresse.requis"));
    const box = control(el, "Je n'ai pas d'adresse fixe");
    await userEvent.click(box);
    await waitUntil(() => fieldError(el, "f-coordonnees-adresse-ligne1") === "", "the street's message is gone");
    expect(summary(el)).not.toContain(said("adresse.requis"));
    expect(focused(el)).toBe(box);
  });

  it("a choice in a list clears its message on change; a field still wrong keeps its message", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    button(el, "Suivant").click();
    await waitUntil(() => shadow(el).querySelector(".error-summary"), "the error summary");
    const pays = control(el, "Pays de naissance");
    expect(fieldError(el, "f-identite-lieuNaissance-pays")).not.toBe("");
    pays.focus();
    await userEvent.selectOptions(pays, "FR");
    await waitUntil(() => fieldError(el, "f-identite-lieuNaissance-pays") === "", "the country's message is gone");
    expect(focused(el)).toBe(pays);
    // A name typed wrong and left keeps a message until the next « Suivant ».
    const nom = control(el, "Nom de naissance");
    await userEvent.click(nom);
    await userEvent.keyboard("123");
    await userEvent.tab();
    await el.updateComplete;
    expect(fieldError(el, "f-identite-nomNaissance")).not.toBe("");
    expect(summary(el).length).toBeGreaterThan(0);
  });
});
