/**
 * The public contract (docs/architecture.md) and the form's conventions: the words people and tests
 * rely on, autocomplete and inputmode, "facultatif" exactly where the schema says optional,
 * language, endpoint, a misconfigured ML, and the wording of dates.
 */
import { fixture, html, waitUntil } from "@open-wc/testing";
import { afterEach, describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { callbackDeadline } from "../../contract/format";
import { fr } from "../../contract/i18n/fr";
import { payloadSchema } from "../../contract/schema/payload";
import { countryOptions } from "../../widget/countries";
import type { MlPreinscription } from "../../widget/ml-preinscription";
import {
  $,
  cleanup,
  control,
  fakeServer,
  fillCoordonnees,
  fillIdentite,
  fillParcours,
  fillTerritoire,
  type Mounted,
  mountWidget,
  next,
  pick,
  select,
  shadow,
  textOf,
  toIdentite,
} from "./support/widget";

let mounted: Mounted | undefined;
afterEach(() => {
  cleanup(mounted);
  mounted = undefined;
});

function labels(el: MlPreinscription): string[] {
  return [...shadow(el).querySelectorAll("label, legend")].map((l) => textOf(l));
}

/** Every field path the schema marks optional (payload v1), the legal representative block aside. */
function optionalPaths(schema: z.core.$ZodType, path = ""): string[] {
  const def = schema._zod.def;
  if (def.type === "optional") {
    const inner = (def as z.core.$ZodOptionalDef).innerType;
    return inner._zod.def.type === "object" ? [] : [path];
  }
  if (def.type !== "object") return [];
  return Object.entries((def as z.core.$ZodObjectDef).shape).flatMap(([key, child]) =>
    optionalPaths(child, path ? `${path}.${key}` : key),
  );
}

/** Steps through the form, collecting the fields marked "facultatif" (by their id). */
async function optionalFieldsShown(m: Mounted): Promise<string[]> {
  const marked = () =>
    [...shadow(m.el).querySelectorAll(".optional")]
      .map((span) => span.closest("label, legend"))
      .filter((l) => l && !l.classList.contains("group-title"))
      .map((l) => l?.getAttribute("for") ?? l?.closest("fieldset")?.id ?? "");
  const found: string[] = [...marked()];
  await toIdentite(m.el);
  found.push(...marked());
  await fillIdentite(m.el);
  await next(m.el, "Coordonnées");
  found.push(...marked());
  await fillCoordonnees(m.el);
  await next(m.el, "Logement");
  pick(m.el, "Où habitez-vous", "Chez mes parents");
  await next(m.el, "Scolarité et formation");
  await fillParcours(m.el);
  found.push(...marked());
  await next(m.el, "Rappel");
  found.push(...marked());
  return found;
}

describe("words people and tests rely on", () => {
  it("field labels and buttons", async () => {
    mounted = await mountWidget();
    expect(textOf($(mounted.el, "button[type=submit]"))).toBe("Suivant");
    await fillTerritoire(mounted.el, "59390");
    await waitUntil(() => shadow(mounted!.el).querySelector("select"), "commune list");
    const territoire = labels(mounted.el).join(" | ");
    for (const word of ["Code postal", "Commune"]) expect(territoire).toContain(word);
    select(mounted.el, "Commune", "Toufflers");
    await next(mounted.el, "Identité");
    const identite = labels(mounted.el).join(" | ");
    for (const word of ["Nom de naissance", "Prénom", "Jour", "Mois", "Année"]) expect(identite).toContain(word);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    const coordonnees = labels(mounted.el).join(" | ");
    for (const word of ["Téléphone", "E-mail"]) expect(coordonnees).toContain(word);
    expect([...shadow(mounted.el).querySelectorAll(".actions button")].map((b) => textOf(b))).toEqual([
      "Suivant",
      "Retour",
    ]);
  });

  it("autocomplete tokens and keyboards fit each personal field", async () => {
    mounted = await mountWidget();
    const attrs = (label: string) => {
      const c = control(mounted!.el, label);
      return [c.getAttribute("autocomplete"), c.getAttribute("inputmode"), c.getAttribute("type")];
    };
    expect(attrs("Code postal")).toEqual(["postal-code", "numeric", "text"]);
    await toIdentite(mounted.el);
    expect(attrs("Nom de naissance")).toEqual(["family-name", null, "text"]);
    expect(attrs("Prénom")).toEqual(["given-name", null, "text"]);
    expect(attrs("Jour")).toEqual(["bday-day", "numeric", "text"]);
    expect(attrs("Mois")).toEqual(["bday-month", "numeric", "text"]);
    expect(attrs("Année")).toEqual(["bday-year", "numeric", "text"]);
    await fillIdentite(mounted.el);
    await next(mounted.el, "Coordonnées");
    expect(attrs("Adresse")).toEqual(["address-line1", null, "text"]);
    expect(attrs("Complément d'adresse")).toEqual(["address-line2", null, "text"]);
    expect(attrs("Téléphone")).toEqual(["tel", "tel", "tel"]);
    expect(attrs("E-mail")).toEqual(["email", "email", "email"]);
  });

  it("« facultatif » marks exactly the fields the schema makes optional", async () => {
    mounted = await mountWidget();
    const shown = await optionalFieldsShown(mounted);
    // Optional in the schema's shape but not « facultatif » for the youth: the street is required
    // unless "no fixed address" is ticked (a refinement), and that box is a tick, never marked.
    const conditional = ["coordonnees.adresse.ligne1", "coordonnees.adresse.sansAdresseFixe"];
    const expected = optionalPaths(payloadSchema)
      .filter((path) => !conditional.includes(path))
      .map((path) => `f-${path.replace(/\./g, "-")}`);
    expect(shown.sort()).toEqual(expected.sort());
  });

  it("the street is « facultatif » exactly while « Je n'ai pas d'adresse fixe » is ticked; the box never is", async () => {
    mounted = await mountWidget();
    const { el } = mounted;
    await toIdentite(el);
    await fillIdentite(el);
    await next(el, "Coordonnées");
    const street = () => control(el, "Adresse");
    const box = control(el, "Je n'ai pas d'adresse fixe");
    const marked = () => textOf(street().labels?.[0]);
    expect([marked(), street().getAttribute("aria-required")]).toEqual(["Adresse", "true"]);
    expect(textOf(box.labels?.[0])).toBe("Je n'ai pas d'adresse fixe");
    expect(box.hasAttribute("aria-required")).toBe(false);
    box.click();
    await el.updateComplete;
    expect([marked(), street().getAttribute("aria-required")]).toEqual(["Adresse (facultatif)", "false"]);
    box.click();
    await el.updateComplete;
    expect([marked(), street().getAttribute("aria-required")]).toEqual(["Adresse", "true"]);
  });

  it("required fields say so to assistive technologies; optional ones and the representative's do not", async () => {
    mounted = await mountWidget();
    await toIdentite(mounted.el);
    const required = (label: string) => control(mounted!.el, label).getAttribute("aria-required");
    expect(required("Nom de naissance")).toBe("true");
    expect(required("Jour")).toBe("true");
    expect(required("Pays de naissance")).toBe("true");
    expect(required("Nom d'usage")).toBe("false");
    expect(required("Ville de naissance")).toBe("false");
    await fillIdentite(mounted.el, 16);
    expect(required("Nom du parent ou tuteur")).toBe("false");
  });

  it("before the first field: the convention on required fields, once", async () => {
    mounted = await mountWidget();
    expect(textOf(shadow(mounted.el))).toContain("Tous les champs sont obligatoires sauf ceux marqués « facultatif ».");
    await toIdentite(mounted.el);
    expect(textOf(shadow(mounted.el))).not.toContain("Tous les champs sont obligatoires");
  });
});

describe("attributes", () => {
  it("an unknown language falls back to French, and says so to screen readers", async () => {
    const server = fakeServer();
    try {
      const el = await fixture<MlPreinscription>(
        html`<div lang="de"><ml-preinscription mission-locale="roubaix" endpoint="https://ml-serveur.example.org"></ml-preinscription></div>`,
      ).then((div) => div.querySelector("ml-preinscription") as MlPreinscription);
      expect(el.locale).toBe("fr");
      expect($(el, ".root").getAttribute("lang")).toBe("fr");
    } finally {
      server.restore();
    }
  });

  it("the element's own lang wins over the page's", async () => {
    const server = fakeServer();
    try {
      const div = await fixture(
        html`<div lang="de"><ml-preinscription lang="fr-FR" mission-locale="roubaix" endpoint="https://ml-serveur.example.org"></ml-preinscription></div>`,
      );
      expect((div.querySelector("ml-preinscription") as MlPreinscription).locale).toBe("fr");
    } finally {
      server.restore();
    }
  });

  it("without endpoint, talks to the origin the script came from", async () => {
    const urls: string[] = [];
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response("{}", { status: 404 });
    };
    try {
      await fixture(html`<ml-preinscription mission-locale="roubaix"></ml-preinscription>`);
      await waitUntil(() => urls.length > 0, "a request");
      expect(urls[0]).toBe(`${location.origin}/api/v1/ml/roubaix`);
    } finally {
      window.fetch = original;
    }
  });

  it("an unknown Mission Locale: a clear message for the webmaster and ml-error configuration", async () => {
    const server = fakeServer();
    const kinds: unknown[] = [];
    const listen = (e: Event) => kinds.push((e as CustomEvent).detail);
    document.addEventListener("ml-error", listen);
    try {
      const el = await fixture<MlPreinscription>(
        html`<ml-preinscription mission-locale="inconnue" endpoint="https://ml-serveur.example.org"></ml-preinscription>`,
      );
      await waitUntil(() => shadow(el).querySelector("[role=alert]"), "the message");
      expect(textOf($(el, "[role=alert]"))).toBe(
        "Ce formulaire n'est pas disponible (Mission Locale « inconnue » inconnue).",
      );
      expect(kinds).toEqual([{ kind: "configuration" }]);
    } finally {
      document.removeEventListener("ml-error", listen);
      server.restore();
    }
  });

  it("is registered once, and typed", () => {
    expect(customElements.get("ml-preinscription")).toBeDefined();
    const el: MlPreinscription = document.createElement("ml-preinscription");
    expect(el.missionLocale).toBe("");
  });
});

describe("words for dates and places", () => {
  const t = fr;
  // Wednesday 7 January 2099, 10:00 in Paris.
  const now = new Date("2099-01-07T10:00:00+01:00");

  it("the call-back deadline: tomorrow, a weekday within the week, or the full date", () => {
    expect(callbackDeadline("2099-01-08T10:00:00+01:00", now, "Europe/Paris", t)).toBe("avant demain 10h");
    expect(callbackDeadline("2099-01-12T12:30:00+01:00", now, "Europe/Paris", t)).toBe("avant lundi 12h30");
    expect(callbackDeadline("2099-01-14T09:00:00+01:00", now, "Europe/Paris", t)).toBe(
      "avant le mercredi 14 janvier à 9h",
    );
    expect(callbackDeadline("2099-02-01T17:30:00+01:00", now, "Europe/Paris", t)).toBe(
      "avant le dimanche 1er février à 17h30",
    );
  });

  it("the deadline is read in the ML's time zone, not the phone's", () => {
    // 21:30 UTC on Thursday is 22h30 in Paris but 1h30 on Friday in La Réunion (UTC+4).
    expect(callbackDeadline("2099-01-08T21:30:00Z", now, "Europe/Paris", t)).toBe("avant demain 22h30");
    expect(callbackDeadline("2099-01-08T21:30:00Z", now, "Indian/Reunion", t)).toBe("avant vendredi 1h30");
  });

  it("countries: France first, then alphabetical, named in French", () => {
    const names = countryOptions("fr").map((o) => o.label);
    expect(names[0]).toBe("France");
    expect(names).toContain("Algérie");
    expect(names.slice(1)).toEqual([...names.slice(1)].sort(new Intl.Collator("fr").compare));
    // ISO 3166-1 and Kosovo, without France's overseas codes: a youth born there chooses France.
    expect(names).toHaveLength(238);
    for (const overseas of ["Guadeloupe", "Martinique", "La Réunion", "Mayotte", "Nouvelle-Calédonie"]) {
      expect(names).not.toContain(overseas);
    }
  });
});
