/**
 * The review step: every answer in words, "Modifier" to the right field, then back to the review;
 * when the Mission Locale will call, before sending.
 */
import { waitUntil } from "@open-wc/testing";
import { afterEach, expect, it } from "vitest";
import {
  $,
  button,
  cleanup,
  control,
  fillUpToReview,
  focused,
  group,
  type Mounted,
  mountWidget,
  next,
  shadow,
  textOf,
  type,
  waitForHeading,
} from "./support/widget";

let mounted: Mounted | undefined;
afterEach(() => {
  cleanup(mounted);
  mounted = undefined;
});

function rows(m: Mounted): Record<string, string> {
  const result: Record<string, string> = {};
  for (const row of shadow(m.el).querySelectorAll(".review-row")) {
    const label = textOf(row.querySelector("dt"));
    result[label] = textOf(row.querySelector("dd"));
  }
  return result;
}

it("lists every answer in words: option labels, the country's name, the phone as typed", async () => {
  mounted = await mountWidget();
  await fillUpToReview(mounted.el);
  const answers = rows(mounted);
  expect(answers).toMatchObject({
    "Madame ou Monsieur ?": "Madame",
    "Nom de naissance": "Exemplaire",
    "Nom d'usage": "Non renseigné",
    Prénom: "Camille",
    "Pays de naissance": "France",
    "Ville de naissance": "Roubaix",
    Nationalité: "Française",
    Adresse: "1 rue de l'Exemple",
    "Code postal": "59100",
    Commune: "Roubaix",
    Téléphone: "01 99 00 12 34",
    "E-mail": "camille.exemplaire@example.org",
    "Où habitez-vous en ce moment ?": "Chez mes parents",
    "Que faites-vous en ce moment ?": "Je cherche un emploi",
    "Votre dernière classe": "Terminale",
    "Votre plus haut diplôme": "Baccalauréat (niveau 4)",
    "Année où vous avez quitté l'école": "2023",
    "Êtes-vous inscrit(e) à France Travail ?": "Oui",
    "Êtes-vous déjà venu(e) à une Mission Locale ?": "Non",
    "Quand pouvons-nous vous appeler ?": "Le matin, En fin de journée",
    "Comment avez-vous connu la Mission Locale ?": "Non renseigné",
    "Un message pour la Mission Locale": "Non renseigné",
  });
  expect(answers["Date de naissance"]).toMatch(/^\d{1,2} \S+ \d{4}$/);
  // An adult: no representative rows.
  expect(Object.keys(answers).join()).not.toContain("représentant");
});

it("each answer has a Modifier button named after it", async () => {
  mounted = await mountWidget();
  await fillUpToReview(mounted.el);
  const names = [...shadow(mounted.el).querySelectorAll(".review-row button")].map((b) => textOf(b));
  expect(names).toContain("Modifier : Prénom");
  expect(names).toContain("Modifier : Commune");
  expect(names).toHaveLength(shadow(mounted.el).querySelectorAll(".review-row").length);
});

it.each([
  ["Prénom", "Identité", (m: Mounted) => control(m.el, "Prénom")],
  ["Date de naissance", "Identité", (m: Mounted) => control(m.el, "Jour")],
  [
    "Madame ou Monsieur ?",
    "Identité",
    (m: Mounted) => group(m.el, "Madame ou Monsieur").querySelector("input:checked"),
  ],
  ["Téléphone", "Coordonnées", (m: Mounted) => control(m.el, "Téléphone")],
  ["Commune", "Où habitez-vous ?", (m: Mounted) => control(m.el, "Code postal")],
  [
    "Où habitez-vous en ce moment ?",
    "Logement",
    (m: Mounted) => group(m.el, "Où habitez-vous").querySelector("input:checked"),
  ],
  ["Votre plus haut diplôme", "Scolarité et formation", (m: Mounted) => control(m.el, "Votre plus haut diplôme")],
  ["Un message pour la Mission Locale", "Rappel", (m: Mounted) => control(m.el, "Un message")],
])("Modifier « %s » opens %s with the field focused", async (label, step, target) => {
  mounted = await mountWidget();
  await fillUpToReview(mounted.el);
  button(mounted.el, `Modifier : ${label}`).click();
  await waitForHeading(mounted.el, step);
  expect(focused(mounted.el)).toBe(target(mounted));
});

it("says when the Mission Locale will call, before sending, as the server computes it for now", async () => {
  mounted = await mountWidget();
  await fillUpToReview(mounted.el);
  await waitUntil(() => shadow(mounted!.el).querySelector(".deadline"), "the deadline");
  expect(textOf($(mounted.el, ".deadline"))).toBe(
    "La Mission Locale vous appellera avant le mardi 13 janvier à 17h30.",
  );
  // Asked each time the review shows, with nothing but the ML's id: the server takes "now".
  const asked = mounted.server.requests.filter((r) => r.url.pathname.endsWith("/rappel"));
  expect(asked.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual(["GET /api/v1/ml/roubaix/rappel"]);
  // Just above the button that sends.
  const deadline = $(mounted.el, ".deadline");
  const send = button(mounted.el, "Envoyer");
  expect(deadline.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

it("after a change, Suivant goes back to the review with the new answer", async () => {
  mounted = await mountWidget();
  await fillUpToReview(mounted.el);
  button(mounted.el, "Modifier : Prénom").click();
  await waitForHeading(mounted.el, "Identité");
  type(mounted.el, "Prénom", "Dominique");
  await next(mounted.el, "Vérification et envoi");
  expect(rows(mounted).Prénom).toBe("Dominique");
  expect($(mounted.el, "#step-title")).toBe(focused(mounted.el));
});

it("the notice says who receives the data, why, that nothing is kept, where mail is kept, the rights and the DPO", async () => {
  mounted = await mountWidget();
  await fillUpToReview(mounted.el);
  const notice = $(mounted.el, ".notice-box");
  const short = [...notice.querySelectorAll(":scope > p")].map((p) => textOf(p)).join(" ");
  expect(short).toContain("Mission Locale de Roubaix Lys-Lez-Lannoy");
  expect(short).toContain("mission de service public");
  expect(short).toContain("efface tout dès que l'e-mail est arrivé");
  expect(short).toContain("dpo@ml-roubaix.example.org");
  const details = notice.querySelector("details") as HTMLDetailsElement;
  expect(details.open).toBe(false);
  expect(textOf(details.querySelector("summary"))).toBe("Lire toute l'information sur vos données");
  const full = textOf(details);
  expect(full).toContain("Resend");
  expect(full).toContain("États-Unis");
  expect(full).toContain("article 6.1.e");
  expect(full).toContain("voir vos données, à les corriger, à les effacer, ou refuser");
  expect(full).toContain("CNIL");
});
