/**
 * The steps one by one: messages next to fields and in the summary, focus after each move,
 * where the youth lives first (the commune found from the postal code, another ML's territory said
 * once), date and age rules, answers kept going back and forth.
 */
import { waitUntil } from "@open-wc/testing";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bornYearsAgo } from "../support/youth";
import {
  $,
  button,
  cleanup,
  control,
  fillCoordonnees,
  fillIdentite,
  fillParcours,
  fillTerritoire,
  focused,
  group,
  heading,
  type Mounted,
  mountWidget,
  next,
  OTHER_ML,
  pick,
  roubaixFacts,
  select,
  shadow,
  statusMessages,
  textOf,
  toIdentite,
  type,
  waitForHeading,
  waitForStatus,
} from "./support/widget";

let mounted: Mounted | undefined;
afterEach(() => {
  cleanup(mounted);
  mounted = undefined;
});

function summaryLinks(m: Mounted): HTMLAnchorElement[] {
  return [...shadow(m.el).querySelectorAll<HTMLAnchorElement>(".error-summary a")];
}

async function pressNextAndWaitForSummary(m: Mounted): Promise<HTMLElement> {
  button(m.el, "Suivant").click();
  await waitUntil(() => focused(m.el)?.classList.contains("error-summary"), "the summary takes the focus");
  return $(m.el, ".error-summary");
}

function errorOf(m: Mounted, input: Element): string {
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const errorId = ids.find((id) => id.endsWith("-error"));
  return errorId ? (textOf(shadow(m.el).getElementById(errorId)) ?? "") : "";
}

describe("Identité", () => {
  async function atIdentite(facts = roubaixFacts()): Promise<Mounted> {
    const m = await mountWidget(facts);
    await toIdentite(m.el);
    return m;
  }

  it("an empty step lists every required answer, focused, with links to the fields", async () => {
    mounted = await atIdentite();
    await pressNextAndWaitForSummary(mounted);
    const texts = summaryLinks(mounted).map((a) => textOf(a));
    expect(texts).toEqual([
      "Choisissez « Madame » ou « Monsieur ».",
      "Indiquez votre nom de naissance.",
      "Indiquez votre prénom.",
      "Indiquez votre date de naissance : jour, mois et année. Exemple : 14 07 2008.",
      "Choisissez votre pays de naissance dans la liste.",
      "Choisissez votre nationalité.",
    ]);
    expect(heading(mounted.el)).toBe("Identité");
    // Optional fields are not in the list.
    expect(texts.join(" ")).not.toContain("usage");
  });

  it("each field says its error, tied by aria-describedby (hint, then error) and aria-invalid", async () => {
    mounted = await atIdentite();
    await pressNextAndWaitForSummary(mounted);
    const nom = control(mounted.el, "Nom de naissance");
    expect(nom.getAttribute("aria-invalid")).toBe("true");
    expect(nom.getAttribute("aria-describedby")).toBe(`${nom.id}-hint ${nom.id}-error`);
    expect(errorOf(mounted, nom)).toContain("Indiquez votre nom de naissance.");
    const civilite = group(mounted.el, "Madame ou Monsieur");
    expect(civilite.getAttribute("aria-describedby")).toBe(`${civilite.id}-error`);
    // A field without a problem is not marked.
    expect(control(mounted.el, "Nom d'usage").getAttribute("aria-invalid")).toBe("false");
  });

  it("a summary link focuses its field", async () => {
    mounted = await atIdentite();
    await pressNextAndWaitForSummary(mounted);
    const link = summaryLinks(mounted).find((a) => textOf(a).includes("prénom"));
    link?.click();
    expect(focused(mounted.el)).toBe(control(mounted.el, "Prénom"));
    summaryLinks(mounted)[0]?.click();
    expect((focused(mounted.el) as HTMLInputElement).type).toBe("radio");
    summaryLinks(mounted)
      .find((a) => textOf(a).includes("date de naissance"))
      ?.click();
    expect(focused(mounted.el)).toBe(control(mounted.el, "Jour"));
  });

  it("names with digits are refused with a message that says how to write them", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el);
    type(mounted.el, "Prénom", "Camille2");
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Le prénom ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Marie-Lou.",
    ]);
  });

  it("30 February 2008 does not exist", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el);
    type(mounted.el, "Jour", "30");
    type(mounted.el, "Mois", "02");
    type(mounted.el, "Année", "2008");
    await pressNextAndWaitForSummary(mounted);
    expect(errorOf(mounted, control(mounted.el, "Jour"))).toContain(
      "Cette date de naissance n'existe pas. Vérifiez le jour, le mois et l'année (4 chiffres).",
    );
    expect(control(mounted.el, "Jour").getAttribute("aria-invalid")).toBe("true");
  });

  it("a two-digit year is refused", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el);
    type(mounted.el, "Année", "08");
    await pressNextAndWaitForSummary(mounted);
    expect(textOf(summaryLinks(mounted)[0])).toContain("n'existe pas");
  });

  it("too young and too old for this ML's age range", async () => {
    mounted = await atIdentite(roubaixFacts({ age: { min: 16, max: 25 } }));
    await fillIdentite(mounted.el, 15);
    await pressNextAndWaitForSummary(mounted);
    expect(textOf(summaryLinks(mounted)[0])).toBe("Pour vous inscrire, vous devez avoir au moins 16 ans.");

    const old = bornYearsAgo(26);
    type(mounted.el, "Année", old.annee);
    await pressNextAndWaitForSummary(mounted);
    expect(textOf(summaryLinks(mounted)[0])).toBe(
      "La Mission Locale accompagne les jeunes jusqu'à 25 ans révolus (jusqu'à la veille de leurs 26 ans).",
    );

    type(mounted.el, "Année", bornYearsAgo(25).annee);
    await next(mounted.el, "Coordonnées");
  });

  it("under 16: explains where to go (school, CIO) beside the date, the fields staying in place", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el, 15);
    const panel = textOf(shadow(mounted.el).querySelector(".eligibility"));
    expect(panel).toContain("Vous avez moins de 16 ans");
    expect(panel).toContain("CIO (centre d'information et d'orientation)");
    expect(control(mounted.el, "Pays de naissance")).toBeTruthy();
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Pour vous inscrire, vous devez avoir au moins 16 ans.",
    ]);
  });

  it("over the range: France Travail, and the ML's phone for special cases", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el, 27);
    const panel = textOf(shadow(mounted.el).querySelector(".eligibility"));
    expect(panel).toContain("Vous avez plus de 25 ans");
    expect(panel).toContain("France Travail");
    expect(panel).toContain("Appelez la Mission Locale au 01 99 00 00 00.");
    // A corrected date takes the notice away.
    type(mounted.el, "Année", bornYearsAgo(22).annee);
    await mounted.el.updateComplete;
    expect(shadow(mounted.el).querySelector(".eligibility")).toBeNull();
  });

  it("uses the ML's own age range", async () => {
    mounted = await atIdentite(roubaixFacts({ age: { min: 18, max: 29 } }));
    await fillIdentite(mounted.el, 17);
    await pressNextAndWaitForSummary(mounted);
    expect(textOf(summaryLinks(mounted)[0])).toBe("Pour vous inscrire, vous devez avoir au moins 18 ans.");
    type(mounted.el, "Année", bornYearsAgo(28).annee);
    await next(mounted.el, "Coordonnées");
  });

  it("under 18: the legal representative block appears, optional, with why we ask", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el, 20);
    expect(textOf(shadow(mounted.el))).not.toContain("parent ou tuteur");
    await fillIdentite(mounted.el, 16);
    const block = group(mounted.el, "Votre parent ou tuteur");
    expect(textOf(block.querySelector("legend"))).toContain("facultatif");
    expect(textOf(block)).toContain("Vous avez moins de 18 ans");
    // Left empty, it does not stop the youth.
    await next(mounted.el, "Coordonnées");
  });

  it("under 18: a representative block filled in part asks for the rest", async () => {
    mounted = await atIdentite();
    await fillIdentite(mounted.el, 17);
    type(mounted.el, "Nom du parent ou tuteur", "Exemplaire");
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Indiquez le prénom de votre parent ou tuteur.",
      "Indiquez le numéro de téléphone de votre parent ou tuteur. Exemple : 06 12 34 56 78.",
      "Indiquez qui est cette personne pour vous.",
    ]);
  });
});

describe("Où habitez-vous ?", () => {
  it("is the first step, before the identity: an empty step asks for the postal code only", async () => {
    mounted = await mountWidget();
    expect(heading(mounted.el)).toBe("Où habitez-vous ?");
    expect(textOf($(mounted.el, ".progress-text"))).toBe("Étape 1 sur 7");
    expect(() => control(mounted!.el, "Nom de naissance")).toThrow();
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Indiquez votre code postal : 5 chiffres. Exemple : 59100.",
    ]);
  });

  it("a postal code with one commune: chosen for the youth, shown, with a way to change the code", async () => {
    mounted = await mountWidget();
    type(mounted.el, "Code postal", "59100");
    await waitUntil(() => shadow(mounted!.el).querySelector(".found"), "the commune is shown");
    expect(textOf($(mounted.el, ".found"))).toBe("Commune : Roubaix");
    await waitForStatus(mounted.el, "Commune trouvée : Roubaix.");
    const lookups = mounted.server.requests.filter((r) => r.url.pathname.endsWith("/communes"));
    expect(lookups.map((r) => r.url.search)).toEqual(["?codePostal=59100"]);
    button(mounted.el, "Changer le code postal").click();
    expect(focused(mounted.el)).toBe(control(mounted.el, "Code postal"));
  });

  it("a postal code with several communes: a list to choose from, required", async () => {
    mounted = await mountWidget();
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "the commune list");
    const commune = control(mounted.el, "Commune") as HTMLSelectElement;
    expect([...commune.options].map((o) => textOf(o))).toEqual([
      "Choisissez dans la liste",
      "Lys-lez-Lannoy",
      "Toufflers",
      "Sailly-lez-Lannoy",
    ]);
    expect(commune.getAttribute("autocomplete")).toBe("address-level2");
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual(["Choisissez votre commune dans la liste."]);
    summaryLinks(mounted)[0]?.click();
    expect(focused(mounted.el)).toBe(control(mounted.el, "Commune"));
    select(mounted.el, "Commune", "Toufflers");
    await next(mounted.el, "Identité");
  });

  it("a commune outside the territory: one notice and one message say who serves it, and that the youth may still send", async () => {
    mounted = await mountWidget();
    const said = statusMessages(mounted.el);
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "the commune list");
    select(mounted.el, "Commune", "Sailly-lez-Lannoy");
    await waitUntil(() => shadow(mounted!.el).querySelector(".other-ml"), "the other ML's contact");
    expect(shadow(mounted.el).querySelectorAll(".orientation")).toHaveLength(1);
    const notice = textOf(shadow(mounted.el).querySelector(".orientation"));
    expect(notice).toContain("Sailly-lez-Lannoy n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy.");
    expect(notice).toContain(
      "La Mission Locale de votre commune : Mission Locale de Lille (fictive) 01 99 00 11 22 1 place de l'Exemple, 59000 Lille Son site internet",
    );
    expect(notice).toContain(
      "Vous pouvez quand même envoyer ce formulaire : la Mission Locale de Roubaix Lys-Lez-Lannoy vous rappellera et vous dira où aller.",
    );
    const phone = shadow(mounted.el).querySelector<HTMLAnchorElement>(".other-ml a[href^='tel:']");
    expect(phone?.getAttribute("href")).toBe("tel:0199001122");
    const site = shadow(mounted.el).querySelector<HTMLAnchorElement>(".other-ml a[href^='https:']");
    expect(site?.href).toBe("https://ml-lille.example.org/");
    // One message, all of it; never "Commune trouvée" first for this commune.
    await waitForStatus(mounted.el, "Vous pouvez quand même envoyer");
    const aboutSailly = said().filter((message) => message.includes("Sailly"));
    expect(aboutSailly).toEqual([
      "Sailly-lez-Lannoy n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy. La Mission Locale de votre commune : Mission Locale de Lille (fictive), 01 99 00 11 22, 1 place de l'Exemple, 59000 Lille. Site : https://ml-lille.example.org. Vous pouvez quand même envoyer ce formulaire : la Mission Locale de Roubaix Lys-Lez-Lannoy vous rappellera et vous dira où aller.",
    ]);
    // Only the commune's INSEE code left the page for this.
    const asked = mounted.server.requests.find((r) => r.url.pathname.endsWith("/orientation"));
    expect([...(asked?.url.searchParams.keys() ?? [])]).toEqual(["codeInsee"]);
    await next(mounted.el, "Identité");
  });

  it("the only commune of a postal code, outside the territory: never « Commune trouvée » first, one message", async () => {
    mounted = await mountWidget();
    const said = statusMessages(mounted.el);
    await fillTerritoire(mounted.el, "59000");
    await waitUntil(() => shadow(mounted!.el).querySelector(".other-ml"), "the other ML's contact");
    expect(textOf($(mounted.el, ".found"))).toBe("Commune : Lille");
    await waitForStatus(mounted.el, "Vous pouvez quand même envoyer");
    expect(said()).toEqual([
      "Lille n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy. La Mission Locale de votre commune : Mission Locale de Lille (fictive), 01 99 00 11 22, 1 place de l'Exemple, 59000 Lille. Site : https://ml-lille.example.org. Vous pouvez quand même envoyer ce formulaire : la Mission Locale de Roubaix Lys-Lez-Lannoy vous rappellera et vous dira où aller.",
    ]);
    await next(mounted.el, "Identité");
  });

  it("a commune served by two Missions Locales: both are shown", async () => {
    mounted = await mountWidget();
    const second = { nom: "Mission Locale de Tourcoing (fictive)", telephone: "01 99 00 11 33" };
    mounted.server.orientation = {
      annuaire: "trouve",
      missionLocale: OTHER_ML,
      missionsLocales: [OTHER_ML, second],
      horsTerritoire: "accepter",
    };
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "the commune list");
    select(mounted.el, "Commune", "Sailly-lez-Lannoy");
    await waitUntil(() => shadow(mounted!.el).querySelectorAll(".other-ml").length === 2, "both MLs");
    const notice = textOf(shadow(mounted.el).querySelector(".orientation"));
    expect(notice).toContain("Les Missions Locales de votre commune :");
    expect(notice).toContain("Mission Locale de Tourcoing (fictive) 01 99 00 11 33");
    await waitForStatus(mounted.el, "Mission Locale de Tourcoing (fictive), 01 99 00 11 33.");
  });

  it("when the directory can't answer: says so once, with the national finder", async () => {
    mounted = await mountWidget();
    const said = statusMessages(mounted.el);
    mounted.server.orientation = { annuaire: "indisponible", missionLocale: null, horsTerritoire: "accepter" };
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "the commune list");
    select(mounted.el, "Commune", "Sailly-lez-Lannoy");
    await waitUntil(() => shadow(mounted!.el).querySelector(".orientation a"), "the link");
    const link = shadow(mounted.el).querySelector<HTMLAnchorElement>(".orientation a");
    expect(link?.href).toBe("https://www.mission-locale.fr/");
    expect(textOf(link)).toBe("trouver ma Mission Locale (mission-locale.fr)");
    const notice = textOf(shadow(mounted.el).querySelector(".orientation"));
    expect(notice).toContain("Nous n'avons pas pu chercher la Mission Locale de votre commune pour le moment.");
    expect(notice).toContain("Vous pouvez quand même envoyer ce formulaire");
    await waitForStatus(mounted.el, "Vous pouvez quand même envoyer");
    expect(said().filter((message) => message.includes("Sailly"))).toEqual([
      "Sailly-lez-Lannoy n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy. Nous n'avons pas pu chercher la Mission Locale de votre commune pour le moment. Site national : mission-locale.fr. Vous pouvez quand même envoyer ce formulaire : la Mission Locale de Roubaix Lys-Lez-Lannoy vous rappellera et vous dira où aller.",
    ]);
  });

  it("when the ML only redirects, the form stops at the commune with the other ML's contact", async () => {
    mounted = await mountWidget();
    mounted.server.orientation = { annuaire: "trouve", missionLocale: OTHER_ML, horsTerritoire: "rediriger" };
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "the commune list");
    select(mounted.el, "Commune", "Sailly-lez-Lannoy");
    await waitUntil(() => shadow(mounted!.el).querySelector(".other-ml"), "the other ML's contact");
    expect(textOf(shadow(mounted.el).querySelector(".orientation"))).toContain(
      "Contactez-la directement : ce formulaire ne peut pas être envoyé pour votre commune.",
    );
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Sailly-lez-Lannoy dépend d'une autre Mission Locale. Contactez-la : elle pourra vous recevoir plus près de chez vous.",
    ]);
  });

  it("an unknown postal code says so on the postal code", async () => {
    mounted = await mountWidget();
    await fillTerritoire(mounted.el, "99999");
    await waitForStatus(mounted.el, "Nous ne connaissons pas le code postal 99999");
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Nous ne connaissons pas le code postal 99999. Vérifiez-le.",
    ]);
  });

  it("pressing Suivant right after typing the postal code waits for the commune", async () => {
    mounted = await mountWidget();
    await fillTerritoire(mounted.el, "59100");
    await next(mounted.el, "Identité");
  });
});

describe("Coordonnées", () => {
  async function atCoordonnees(): Promise<Mounted> {
    const m = await mountWidget();
    await toIdentite(m.el);
    await fillIdentite(m.el);
    await next(m.el, "Coordonnées");
    return m;
  }

  it("an empty step asks for the address and phone, and shows the commune chosen first", async () => {
    mounted = await atCoordonnees();
    expect(textOf($(mounted.el, ".found"))).toBe("Commune : 59100 Roubaix");
    expect(() => control(mounted!.el, "Code postal")).toThrow();
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Indiquez votre adresse : numéro et nom de la rue. Exemple : 12 rue des Lilas.",
      "Indiquez votre numéro de téléphone. Exemple : 06 12 34 56 78.",
    ]);
  });

  it("a phone number that is not French is refused", async () => {
    mounted = await atCoordonnees();
    await fillCoordonnees(mounted.el);
    type(mounted.el, "Téléphone", "12 34");
    await pressNextAndWaitForSummary(mounted);
    expect(textOf(summaryLinks(mounted)[0])).toContain("Ce numéro de téléphone n'est pas valide.");
  });
});

describe("the other steps", () => {
  it("Logement, Scolarité, Rappel: each refuses an empty step with its own messages", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await fillCoordonnees(mounted.el);
    await next(mounted.el, "Logement");
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual(["Choisissez où vous habitez en ce moment."]);
    pick(mounted.el, "Où habitez-vous", "Sans hébergement");
    await next(mounted.el, "Scolarité et formation");

    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Choisissez votre situation en ce moment.",
      "Choisissez la dernière classe que vous avez suivie.",
      "Choisissez votre plus haut diplôme, ou « Aucun diplôme ».",
      "Dites-nous si vous êtes inscrit(e) à France Travail (ou « Je ne sais pas »).",
      "Dites-nous si vous êtes déjà venu(e) à la Mission Locale (ou « Je ne sais pas »).",
    ]);
    await fillParcours(mounted.el);
    type(mounted.el, "Année où vous avez quitté l'école", String(new Date().getFullYear() + 1));
    await pressNextAndWaitForSummary(mounted);
    expect(textOf(summaryLinks(mounted)[0])).toContain("L'année de sortie ne peut pas être après");
    type(mounted.el, "Année où vous avez quitté l'école", "2023");
    await next(mounted.el, "Rappel");

    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual([
      "Choisissez au moins un moment où nous pouvons vous appeler.",
    ]);
  });

  it.each([
    ["only those the Mission Locale offers (no evening here)", ["MATIN", "APRES_MIDI"], ["Le matin", "L'après-midi"]],
    [
      "its evening call-back service too",
      ["MATIN", "APRES_MIDI", "SOIR"],
      ["Le matin", "L'après-midi", "En fin de journée"],
    ],
    [
      "all four when it does not say (an older server)",
      undefined,
      ["Le matin", "Entre midi et deux", "L'après-midi", "En fin de journée"],
    ],
  ] as const)("the call-back times: %s", async (_, creneaux, shown) => {
    const { rappel: _rappel, ...facts } = roubaixFacts();
    mounted = await mountWidget(
      creneaux ? { ...facts, rappel: { regle: "chaque-matin", creneaux: [...creneaux] } } : facts,
    );
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await fillCoordonnees(mounted.el);
    await next(mounted.el, "Logement");
    pick(mounted.el, "Où habitez-vous", "Chez mes parents");
    await next(mounted.el, "Scolarité et formation");
    await fillParcours(mounted.el);
    await next(mounted.el, "Rappel");
    const options = [...group(mounted.el, "Quand pouvons-nous vous appeler").querySelectorAll("label")].map((l) =>
      textOf(l),
    );
    expect(options).toEqual(shown);
  });

  it("the school-leaving year is asked only of youths no longer at school", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await fillCoordonnees(mounted.el);
    await next(mounted.el, "Logement");
    pick(mounted.el, "Où habitez-vous", "Chez mes parents");
    await next(mounted.el, "Scolarité et formation");
    const yearShown = () =>
      [...shadow(mounted!.el).querySelectorAll("label")].some((l) => textOf(l).includes("quitté l'école"));
    expect(yearShown()).toBe(false);
    pick(mounted.el, "Que faites-vous", "Je suis encore scolarisé(e)");
    await mounted.el.updateComplete;
    expect(yearShown()).toBe(false);
    pick(mounted.el, "Que faites-vous", "Je travaille");
    await mounted.el.updateComplete;
    expect(yearShown()).toBe(true);
  });

  it("the message counts its characters, and says when there are too many", async () => {
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
    const message = control(mounted.el, "Un message pour la Mission Locale");
    expect(message.getAttribute("aria-describedby")).toContain(`${message.id}-count`);
    expect(textOf($(mounted.el, `#${message.id}-count`))).toBe("Il vous reste 500 caractères sur 500.");
    type(mounted.el, "Un message pour la Mission Locale", "Bonjour");
    await mounted.el.updateComplete;
    expect(textOf($(mounted.el, `#${message.id}-count`))).toBe("Il vous reste 493 caractères sur 500.");
    type(mounted.el, "Un message pour la Mission Locale", "a".repeat(502));
    pick(mounted.el, "Quand pouvons-nous vous appeler", "Le matin");
    await mounted.el.updateComplete;
    expect(textOf($(mounted.el, `#${message.id}-count`))).toBe("Vous avez 2 caractères en trop.");
    await pressNextAndWaitForSummary(mounted);
    expect(summaryLinks(mounted).map((a) => textOf(a))).toEqual(["Votre message doit faire 500 caractères au plus."]);
  });
});

describe("moving between steps", () => {
  it("by keyboard: Enter sends the step, focus lands on the new step's heading, announced", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    await fillIdentite(mounted.el);
    control(mounted.el, "Ville de naissance").focus();
    await userEvent.keyboard("{Enter}");
    await waitForHeading(mounted.el, "Coordonnées");
    expect(focused(mounted.el)?.id).toBe("step-title");
    await waitForStatus(mounted.el, "Étape 3 sur 7 : Coordonnées");

    // Enter on an empty step: the summary gets the focus, and the same problem is said again next time.
    control(mounted.el, "Adresse").focus();
    await userEvent.keyboard("{Enter}");
    await waitUntil(() => focused(mounted!.el)?.classList.contains("error-summary"), "summary focused");
    control(mounted.el, "Adresse").focus();
    await userEvent.keyboard("{Enter}");
    await waitUntil(() => focused(mounted!.el)?.classList.contains("error-summary"), "summary focused again");
  });

  it("by keyboard: Tab reaches the options and Space picks one", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    control(mounted.el, "Ville de naissance").focus();
    const radio = group(mounted.el, "Nationalité").querySelector("input") as HTMLInputElement;
    await userEvent.tab();
    expect(focused(mounted.el)).toBe(radio);
    await userEvent.keyboard(" ");
    expect(radio.checked).toBe(true);
  });

  it("Retour keeps every answer, and so does coming back", async () => {
    mounted = await mountWidget();
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "the commune list");
    select(mounted.el, "Commune", "Toufflers");
    await next(mounted.el, "Identité");
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    await fillCoordonnees(mounted.el);
    button(mounted.el, "Retour").click();
    await waitForHeading(mounted.el, "Identité");
    expect(focused(mounted.el)?.id).toBe("step-title");
    expect(control(mounted.el, "Prénom").value).toBe("Camille");
    expect(control(mounted.el, "Jour").value).not.toBe("");
    expect((group(mounted.el, "Madame ou Monsieur").querySelector("input:checked") as HTMLInputElement).value).toBe(
      "MADAME",
    );
    expect((control(mounted.el, "Pays de naissance") as HTMLSelectElement).value).toBe("FR");
    button(mounted.el, "Retour").click();
    await waitForHeading(mounted.el, "Où habitez-vous ?");
    expect(control(mounted.el, "Code postal").value).toBe("59390");
    expect((control(mounted.el, "Commune") as HTMLSelectElement).value).toBe("59598");
    await next(mounted.el, "Identité");
    await next(mounted.el, "Coordonnées");
    expect(control(mounted.el, "Adresse").value).toBe("1 rue de l'Exemple");
    expect(control(mounted.el, "Téléphone").value).toBe("01 99 00 12 34");
    expect(textOf($(mounted.el, ".found"))).toBe("Commune : 59390 Toufflers");
  });

  it("the intro says who receives the form and the other ways in, before the first field", async () => {
    mounted = await mountWidget();
    const intro = $(mounted.el, ".intro");
    expect(textOf(intro)).toContain(
      "Ce formulaire va à la Mission Locale de Roubaix Lys-Lez-Lannoy. Vous pouvez aussi appeler le 01 99 00 00 00 ou venir au 92 avenue Jean-Baptiste Lebas, 59100 Roubaix.",
    );
    expect(intro.querySelector("a")?.getAttribute("href")).toBe("tel:0199000000");
    // The hours are worked out when the youth opens them.
    (intro.querySelector("summary") as HTMLElement).click();
    await waitUntil(() => intro.querySelectorAll("li").length > 0, "the opening hours");
    expect([...intro.querySelectorAll("li")].map((li) => textOf(li))).toEqual([
      "Du lundi au mercredi : de 9h à 12h30 et de 13h30 à 17h30",
      "Jeudi : de 13h30 à 17h30",
      "Vendredi : de 9h à 12h30 et de 13h30 à 17h",
    ]);
    const firstField = shadow(mounted.el).querySelector("input, select, textarea");
    expect(intro.compareDocumentPosition(firstField as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(textOf(shadow(mounted.el))).toContain("Tous les champs sont obligatoires sauf ceux marqués « facultatif ».");
  });
});
