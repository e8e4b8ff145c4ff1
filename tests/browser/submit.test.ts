/**
 * Sending: the body is a valid payload v1, one Idempotency-Key for the whole fill (kept on a
 * retry; a fresh one when the server says it served for another registration), the pending and
 * failure states (a full queue, a server that cannot store, a key already used), a 422 leading to the field, the confirmation, and
 * events that carry no personal data.
 */
import { waitUntil } from "@open-wc/testing";
import { afterEach, describe, expect, it } from "vitest";
import { payloadSchema } from "../../contract/schema/payload";
import {
  $,
  ACCEPTED,
  button,
  cleanup,
  control,
  ENDPOINT,
  fillUpToReview,
  fillUpToReviewAs,
  focused,
  heading,
  type Mounted,
  mountWidget,
  next,
  pick,
  roubaixFacts,
  shadow,
  textOf,
  type,
  waitForHeading,
  waitForStatus,
  youthAged,
} from "./support/widget";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let mounted: Mounted | undefined;
afterEach(() => {
  cleanup(mounted);
  mounted = undefined;
});

function tickInformationLue(m: Mounted): void {
  control(m.el, "J'ai lu l'information sur mes données").click();
}

async function send(m: Mounted): Promise<void> {
  tickInformationLue(m);
  button(m.el, "Envoyer").click();
}

function sentBody(m: Mounted, index = 0): unknown {
  return JSON.parse(m.server.submissions()[index]?.body ?? "null");
}

describe("the request", () => {
  it("is a payload v1 the schema accepts, with a UUID Idempotency-Key, sent only to the ML's server", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");

    const [request] = mounted.server.submissions();
    expect(request?.url.href).toBe(`${ENDPOINT}/api/v1/ml/roubaix/preinscriptions`);
    expect(request?.headers.get("Content-Type")).toBe("application/json");
    expect(request?.headers.get("Idempotency-Key")).toMatch(UUID);
    const body = sentBody(mounted) as Record<string, never>;
    const parsed = payloadSchema.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(body).toMatchObject({
      identite: {
        civilite: "MADAME",
        nomNaissance: "Exemplaire",
        prenom: "Camille",
        lieuNaissance: { pays: "FR", commune: "Roubaix" },
        nationalite: "FRANCAISE",
      },
      coordonnees: {
        adresse: { ligne1: "1 rue de l'Exemple", codePostal: "59100", codeInsee: "59512", commune: "Roubaix" },
        telephone: "01 99 00 12 34",
        email: "camille.exemplaire@example.org",
      },
      logement: { situation: "PARENTS" },
      parcours: { situation: "DEMANDEUR_EMPLOI", derniereClasse: "TERMINALE", diplome: "NIVEAU_4", anneeSortie: 2023 },
      rappel: { creneaux: ["MATIN", "SOIR"] },
      informationLue: true,
      meta: { siteWeb: "" },
    });
    expect(body).not.toHaveProperty("representantLegal");
    expect(body).not.toHaveProperty("origine");
    expect(body).not.toHaveProperty("message");
    expect(Number.isInteger((body as unknown as { meta: { dureeSaisieMs: number } }).meta.dureeSaisieMs)).toBe(true);

    // Nothing personal in any URL: the communes lookup carries only the postal code.
    for (const r of mounted.server.requests) {
      expect(r.url.origin).toBe(ENDPOINT);
      expect(r.url.href).not.toMatch(/Camille|Exemplaire|0199|example\.org\/?.*@/);
    }
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe("");
  });

  it("under 18 with a representative: representantLegal is sent; without one, it is not", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el, 17);
    button(mounted.el, "Modifier : Nom du parent ou tuteur").click();
    await waitForHeading(mounted.el, "Identité");
    type(mounted.el, "Nom du parent ou tuteur", "Exemplaire");
    type(mounted.el, "Prénom du parent ou tuteur", "Dominique");
    type(mounted.el, "Téléphone du parent ou tuteur", "01 99 00 56 78");
    pick(mounted.el, "Qui est cette personne", "Parent");
    await next(mounted.el, "Vérification et envoi");
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    expect(sentBody(mounted)).toMatchObject({
      representantLegal: { nom: "Exemplaire", prenom: "Dominique", telephone: "01 99 00 56 78", lien: "PARENT" },
    });
  });

  it("the information box must be ticked before sending", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    button(mounted.el, "Envoyer").click();
    await waitUntil(() => focused(mounted!.el)?.classList.contains("error-summary"), "summary focused");
    expect(textOf($(mounted.el, ".error-summary"))).toContain(
      "Cochez la case pour dire que vous avez lu l'information sur vos données.",
    );
    expect(mounted.server.submissions()).toHaveLength(0);
    $(mounted.el, ".error-summary a").click();
    expect(focused(mounted.el)).toBe(control(mounted.el, "J'ai lu l'information sur mes données"));
  });

  it("the anti-spam field is hidden from people and assistive technologies, and sent as typed by a robot", async () => {
    mounted = await mountWidget();
    const trap = $(mounted.el, "#f-siteWeb") as HTMLInputElement;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute("autocomplete")).toBe("off");
    const wrapper = trap.closest("[aria-hidden=true]");
    expect(wrapper).not.toBeNull();
    // Clipped to one pixel: nobody sees it.
    expect(wrapper?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(wrapper as Element).clipPath).toBe("inset(50%)");
    await fillUpToReview(mounted.el);
    trap.value = "https://spam.example.org";
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    expect(sentBody(mounted)).toMatchObject({ meta: { siteWeb: "https://spam.example.org" } });
  });
});

describe("pending, failure and retry", () => {
  it("shows the pending state, then on a network failure a message, the ML's phone and Réessayer with the same key", async () => {
    mounted = await mountWidget();
    const errors: CustomEvent[] = [];
    mounted.el.addEventListener("ml-error", (e) => errors.push(e));
    await fillUpToReview(mounted.el);
    let release = () => {};
    mounted.server.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    mounted.server.submitAnswers = ["network-error", ACCEPTED];
    await send(mounted);
    await waitForStatus(mounted.el, "Envoi en cours…");
    const pending = button(mounted.el, "Envoi en cours…");
    expect(pending.getAttribute("aria-disabled")).toBe("true");
    // A second press while sending sends nothing more.
    pending.click();
    release();
    mounted.server.gate = null;

    await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "the failure message");
    const failure = $(mounted.el, "#failure");
    expect(focused(mounted.el)).toBe(failure);
    expect(textOf(failure)).toContain("L'envoi n'a pas marché");
    expect(textOf(failure)).toContain("Vos réponses sont gardées");
    expect(textOf(failure.querySelector("a[href^='tel:']"))).toBe("01 99 00 00 00");
    await waitForStatus(mounted.el, "L'envoi n'a pas marché");
    expect(errors.map((e) => e.detail)).toEqual([{ kind: "reseau" }]);

    button(mounted.el, "Réessayer").click();
    await waitForHeading(mounted.el, "C'est envoyé !");
    const keys = mounted.server.submissions().map((r) => r.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
  });

  it("the same failure twice is announced twice (the live region is cleared in between)", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = ["network-error"];
    const region = $(mounted.el, "[role=status]");
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(textOf(region)));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    await send(mounted);
    await waitForStatus(mounted.el, "L'envoi n'a pas marché");
    button(mounted.el, "Réessayer").click();
    await waitUntil(() => said.filter((s) => s.startsWith("L'envoi n'a pas marché")).length === 2, "said twice");
    observer.disconnect();
    const failures = said.filter((s) => s.startsWith("L'envoi n'a pas marché"));
    expect(failures[0]).toBe(failures[1]);
    expect(said).toContain("");
  });

  it("a server error (5xx) can be retried too", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = [{ status: 503, body: { erreur: "Indisponible." } }, ACCEPTED];
    await send(mounted);
    await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "the failure message");
    expect(textOf($(mounted.el, "#failure"))).toContain("le serveur a eu un problème");
    button(mounted.el, "Réessayer").click();
    await waitForHeading(mounted.el, "C'est envoyé !");
  });

  /** The answers of a request, without the fill time (it grows between two presses). */
  function answersSent(m: Mounted, index: number): unknown {
    const { meta, ...answers } = sentBody(m, index) as { meta: { siteWeb: string } };
    return { ...answers, siteWeb: meta.siteWeb };
  }

  for (const [code, said] of [
    ["file-pleine", "trop d'inscriptions attendent d'être transmises à la Mission Locale"],
    ["enregistrement-impossible", "le serveur ne peut pas l'enregistrer pour le moment"],
  ] as const) {
    it(`503 "${code}": says so and when to retry; the retry sends the same answers with the same key`, async () => {
      mounted = await mountWidget();
      const errors: CustomEvent[] = [];
      mounted.el.addEventListener("ml-error", (e) => errors.push(e));
      await fillUpToReview(mounted.el);
      mounted.server.submitAnswers = [
        { status: 503, body: { erreur: "Indisponible.", code }, headers: { "Retry-After": "300" } },
        ACCEPTED,
      ];
      await send(mounted);
      await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "the failure message");
      const failure = textOf($(mounted.el, "#failure"));
      expect(failure).toContain(`Votre inscription n'est pas partie : ${said}.`);
      expect(failure).toContain("Vos réponses sont gardées sur cette page. Réessayez dans 5 minutes.");
      expect(failure).toContain("01 99 00 00 00");
      expect(focused(mounted.el)?.id).toBe("failure");
      expect(errors.map((e) => e.detail)).toEqual([{ kind: "serveur" }]);
      // Still on the review, the youth's answers on screen.
      expect(heading(mounted.el)).toBe("Vérification et envoi");
      expect(textOf($(mounted.el, "form"))).toContain("Camille");

      button(mounted.el, "Réessayer").click();
      await waitForHeading(mounted.el, "C'est envoyé !");
      const keys = mounted.server.submissions().map((r) => r.headers.get("Idempotency-Key"));
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(answersSent(mounted, 1)).toEqual(answersSent(mounted, 0));
    });
  }

  it('409 "cle-deja-utilisee": says so, and the retry sends the same answers with a fresh key', async () => {
    mounted = await mountWidget();
    const errors: CustomEvent[] = [];
    mounted.el.addEventListener("ml-error", (e) => errors.push(e));
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = [
      {
        status: 409,
        body: { erreur: "Cet identifiant d'envoi a déjà servi pour une autre inscription.", code: "cle-deja-utilisee" },
      },
      ACCEPTED,
    ];
    await send(mounted);
    await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "the failure message");
    expect(textOf($(mounted.el, "#failure"))).toContain(
      "Votre inscription n'est pas partie : ce formulaire avait déjà servi pour une autre inscription. Vos réponses sont gardées : appuyez sur « Réessayer » pour l'envoyer.",
    );
    expect(errors.map((e) => e.detail)).toEqual([{ kind: "refus" }]);
    expect(textOf($(mounted.el, "form"))).toContain("Camille");

    button(mounted.el, "Réessayer").click();
    await waitForHeading(mounted.el, "C'est envoyé !");
    const keys = mounted.server.submissions().map((r) => r.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toMatch(UUID);
    expect(keys[1]).not.toBe(keys[0]);
    expect(answersSent(mounted, 1)).toEqual(answersSent(mounted, 0));
  });

  it("429: says when to try again", async () => {
    mounted = await mountWidget();
    const errors: CustomEvent[] = [];
    mounted.el.addEventListener("ml-error", (e) => errors.push(e));
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = [
      { status: 429, body: { erreur: "Trop de demandes." }, headers: { "Retry-After": "120" } },
    ];
    await send(mounted);
    await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "the failure message");
    expect(textOf($(mounted.el, "#failure"))).toContain("Réessayez dans 2 minutes.");
    expect(errors.map((e) => e.detail)).toEqual([{ kind: "limite" }]);
  });

  it("422: the server's message is shown on the field, on its step, with the summary focused", async () => {
    mounted = await mountWidget();
    const errors: CustomEvent[] = [];
    mounted.el.addEventListener("ml-error", (e) => errors.push(e));
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = [
      {
        status: 422,
        body: { erreurs: { "coordonnees.adresse.codeInsee": "Cette commune n'a pas le code postal 59100." } },
      },
      ACCEPTED,
    ];
    await send(mounted);
    await waitForHeading(mounted.el, "Où habitez-vous ?");
    await waitUntil(() => focused(mounted!.el)?.classList.contains("error-summary"), "summary focused");
    expect(textOf($(mounted.el, ".error-summary"))).toContain("Cette commune n'a pas le code postal 59100.");
    expect(errors.map((e) => e.detail)).toEqual([{ kind: "validation" }]);
    // The link leads to the postal code (the commune comes from it).
    $(mounted.el, ".error-summary a").click();
    expect(focused(mounted.el)).toBe(control(mounted.el, "Code postal"));
    // A corrected resend goes through with the same key.
    await next(mounted.el, "Identité");
  });

  it("422 on a name: the field shows the server's message", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = [
      { status: 422, body: { erreurs: { "identite.prenom": "Prénom refusé par le serveur." } } },
    ];
    await send(mounted);
    await waitForHeading(mounted.el, "Identité");
    const prenom = control(mounted.el, "Prénom");
    expect(prenom.getAttribute("aria-invalid")).toBe("true");
    expect(textOf($(mounted.el, `#${prenom.id}-error`))).toContain("Prénom refusé par le serveur.");
  });
});

describe("confirmation and events", () => {
  it("shows the reference, the call-back deadline, where to come and what to bring; focus on it", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    mounted.server.submitAnswers = [
      { status: 202, body: { reference: "PI-7K3F-Q9XM", rappelAvant: "2099-01-12T12:30:00+01:00" } },
    ];
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    expect(focused(mounted.el)?.id).toBe("confirmation-title");
    await waitForStatus(mounted.el, "Inscription envoyée");
    const text = textOf($(mounted.el, ".confirmation"));
    expect(text).toContain("Votre numéro de dossier : PI-7K3F-Q9XM");
    expect(text).toContain("La Mission Locale vous appelle avant le lundi 12 janvier à 12h30.");
    expect(text).toContain("92 avenue Jean-Baptiste Lebas, 59100 Roubaix");
    expect(text).toContain("01 99 00 00 00");
    expect(text).toContain("Une pièce d'identité");
    expect(text).toContain("Votre carte Vitale");
    expect(text).toContain("Mardi 1er décembre à 9h30 — Salle d'accueil, rez-de-chaussée");
    expect(text).toContain("Du lundi au mercredi : de 9h à 12h30 et de 13h30 à 17h30");
    const map = [...shadow(mounted.el).querySelectorAll<HTMLAnchorElement>(".confirmation a")].find(
      (a) => textOf(a) === "Voir l'adresse sur une carte (OpenStreetMap)",
    );
    expect(map?.href).toBe(
      "https://www.openstreetmap.org/search?query=92%20avenue%20Jean-Baptiste%20Lebas%2C%2059100%20Roubaix",
    );
    expect(heading(mounted.el)).toBe("C'est envoyé !");
  });

  it("a youth outside the territory sees their own Mission Locale first, and not this one's sessions and documents", async () => {
    mounted = await mountWidget();
    await fillUpToReviewAs(mounted.el, { ...youthAged(), codePostal: "59000" });
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    const confirmation = $(mounted.el, ".confirmation");
    const text = textOf(confirmation);
    expect(text).toContain("Votre numéro de dossier : PI-7K3F-Q9XM");
    expect(textOf(confirmation.querySelector("h3"))).toBe("Votre Mission Locale");
    expect(textOf(confirmation.querySelector(".other-ml"))).toBe(
      "Mission Locale de Lille (fictive) 01 99 00 11 22 1 place de l'Exemple, 59000 Lille Son site internet",
    );
    expect(confirmation.querySelector<HTMLAnchorElement>(".other-ml a[href^='tel:']")?.getAttribute("href")).toBe(
      "tel:0199001122",
    );
    expect(text).toContain(
      "La Mission Locale de Roubaix Lys-Lez-Lannoy vous appelle avant le lundi 12 janvier à 12h30 pour vous orienter.",
    );
    // Her Mission Locale comes before what happens next.
    expect(text.indexOf("Mission Locale de Lille (fictive)")).toBeLessThan(text.indexOf("pour vous orienter"));
    expect(text).not.toContain("Une pièce d'identité");
    expect(text).not.toContain("Salle d'accueil");
    expect(text).not.toContain("Prochaines réunions d'accueil");
    expect(text).not.toContain("Où venir");
  });

  it("outside the territory, with no Mission Locale found: the national finder", async () => {
    mounted = await mountWidget();
    mounted.server.orientation = { annuaire: "indisponible", missionLocale: null, horsTerritoire: "accepter" };
    await fillUpToReviewAs(mounted.el, { ...youthAged(), codePostal: "59000" });
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    const link = shadow(mounted.el).querySelector<HTMLAnchorElement>(
      ".confirmation a[href='https://www.mission-locale.fr/']",
    );
    expect(textOf(link)).toBe("trouver ma Mission Locale (mission-locale.fr)");
    expect(textOf($(mounted.el, ".confirmation"))).not.toContain("Une pièce d'identité");
  });

  it("events bubble out of the shadow root with no personal data and no reference", async () => {
    const seen: { type: string; detail: unknown; composed: boolean; bubbles: boolean }[] = [];
    const listen = (e: Event) =>
      seen.push({ type: e.type, detail: (e as CustomEvent).detail, composed: e.composed, bubbles: e.bubbles });
    for (const name of ["ml-step", "ml-submitted", "ml-error"]) document.addEventListener(name, listen);
    try {
      mounted = await mountWidget();
      await fillUpToReview(mounted.el);
      mounted.server.submitAnswers = ["network-error", ACCEPTED];
      await send(mounted);
      await waitUntil(() => shadow(mounted!.el).querySelector("#failure"), "the failure message");
      button(mounted.el, "Réessayer").click();
      await waitForHeading(mounted.el, "C'est envoyé !");
    } finally {
      for (const name of ["ml-step", "ml-submitted", "ml-error"]) document.removeEventListener(name, listen);
    }
    expect(seen.every((e) => e.bubbles && e.composed)).toBe(true);
    const steps = seen.filter((e) => e.type === "ml-step").map((e) => e.detail);
    expect(steps).toEqual([
      { step: "territoire", index: 0, count: 7 },
      { step: "identite", index: 1, count: 7 },
      { step: "coordonnees", index: 2, count: 7 },
      { step: "logement", index: 3, count: 7 },
      { step: "parcours", index: 4, count: 7 },
      { step: "rappel", index: 5, count: 7 },
      { step: "verification", index: 6, count: 7 },
    ]);
    for (const e of seen) {
      const keys = Object.keys(e.detail as object).sort();
      if (e.type === "ml-step") expect(keys).toEqual(["count", "index", "step"]);
      if (e.type === "ml-submitted") expect(keys).toEqual([]);
      if (e.type === "ml-error") expect(e.detail).toEqual({ kind: "reseau" });
      expect(JSON.stringify(e.detail)).not.toMatch(/Camille|Exemplaire|PI-7K3F|0199|example\.org/);
    }
    expect(seen.filter((e) => e.type === "ml-submitted")).toHaveLength(1);
  });

  it("answers are dropped from memory once the ML has them", async () => {
    mounted = await mountWidget();
    await fillUpToReview(mounted.el);
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    expect((mounted.el as unknown as { answers: object }).answers).toEqual({});
    expect(textOf(shadow(mounted.el))).not.toContain("Camille");
  });
});

describe("the anonymous funnel", () => {
  const beacons: { url: string; body: string }[] = [];
  const original = navigator.sendBeacon;
  afterEach(() => {
    navigator.sendBeacon = original;
    beacons.length = 0;
  });
  function recordBeacons(): void {
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      beacons.push({ url: String(url), body: String(data) });
      return true;
    };
  }

  it("reports each step once and the sending, with nothing but the step and the fill time", async () => {
    recordBeacons();
    mounted = await mountWidget(roubaixFacts({ statistiques: { parcours: true } }));
    await fillUpToReview(mounted.el);
    button(mounted.el, "Retour").click();
    await waitForHeading(mounted.el, "Rappel");
    await next(mounted.el, "Vérification et envoi");
    await send(mounted);
    await waitForHeading(mounted.el, "C'est envoyé !");
    expect(beacons.every((b) => b.url === `${ENDPOINT}/api/v1/ml/roubaix/etapes`)).toBe(true);
    const bodies = beacons.map((b) => JSON.parse(b.body) as Record<string, unknown>);
    expect(bodies.map((b) => b.etape)).toEqual([
      "territoire",
      "identite",
      "coordonnees",
      "logement",
      "parcours",
      "rappel",
      "verification",
      "envoye",
    ]);
    expect(bodies.slice(0, 7).every((b) => Object.keys(b).join() === "etape")).toBe(true);
    expect(Object.keys(bodies[7] ?? {})).toEqual(["etape", "dureeMs"]);
    expect(bodies[7]?.dureeMs).toBeTypeOf("number");
  });

  it("says so in the notice when on, and sends nothing when the ML left it off", async () => {
    recordBeacons();
    mounted = await mountWidget(roubaixFacts({ statistiques: { parcours: true } }));
    await fillUpToReview(mounted.el);
    expect(textOf(shadow(mounted.el))).toContain("Statistiques anonymes");
    cleanup(mounted);
    beacons.length = 0;
    mounted = await mountWidget(roubaixFacts({ statistiques: { parcours: false } }));
    await fillUpToReview(mounted.el);
    expect(textOf(shadow(mounted.el))).not.toContain("Statistiques anonymes");
    expect(beacons).toEqual([]);
  });
});
