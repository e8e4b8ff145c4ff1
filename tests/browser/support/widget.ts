/**
 * Helpers of the component tests: a fake of the ML's server behind `window.fetch` (answers
 * shaped exactly as contract/api-types.ts), the widget mounted for "roubaix", small actions a
 * person does (type in a field found by its label, pick an option, press "Suivant"), and the
 * driver that gives the answers of tests/support/youth.ts through them.
 * Test data is obviously fictitious.
 */
import { fixture, fixtureCleanup, html, waitUntil } from "@open-wc/testing";
import type {
  AcceptedResponse,
  CommunesResponse,
  ErrorResponse,
  MissionLocalePublic,
  OrientationResponse,
  RappelResponse,
  ValidationErrorResponse,
} from "../../../contract/api-types";
import { fr } from "../../../contract/i18n/fr";
import "../../../widget/define";
import type { MlPreinscription } from "../../../widget/ml-preinscription";
import {
  type Answer,
  answersFor,
  asRead,
  bornYearsAgo,
  CAMILLE,
  type Driver,
  fillAnswers,
  fillUpToReview as fillSteps,
  type Youth,
} from "../../support/youth";

export const ENDPOINT = "https://ml-serveur.example.org";

// The widget speaks the page's language (README.md, "Languages"): the test runner's page says lang="en",
// the pages of these tests are French ones. Tests of other languages set `lang` themselves.
document.documentElement.lang = "fr";

/** The demo ML's public facts (demo/missions-locales.json, as GET /api/v1/ml/roubaix shows them). */
export function roubaixFacts(overrides: Partial<MissionLocalePublic> = {}): MissionLocalePublic {
  return {
    id: "roubaix",
    nom: "Mission Locale de Roubaix Lys-Lez-Lannoy",
    adresse: { ligne1: "92 avenue Jean-Baptiste Lebas", codePostal: "59100", commune: "Roubaix" },
    telephone: "01 99 00 00 00",
    siteWeb: "https://www.ml-roubaix.example.org",
    fuseauHoraire: "Europe/Paris",
    horaires: {
      lundi: [
        ["09:00", "12:30"],
        ["13:30", "17:30"],
      ],
      mardi: [
        ["09:00", "12:30"],
        ["13:30", "17:30"],
      ],
      mercredi: [
        ["09:00", "12:30"],
        ["13:30", "17:30"],
      ],
      jeudi: [["13:30", "17:30"]],
      vendredi: [
        ["09:00", "12:30"],
        ["13:30", "17:00"],
      ],
      samedi: [],
      dimanche: [],
    },
    fermetures: [],
    accueilsCollectifs: [
      { debut: "2099-12-01T09:30:00+01:00", lieu: "Salle d'accueil, rez-de-chaussée" },
      { debut: "2099-12-03T14:00:00+01:00", lieu: "Salle d'accueil, rez-de-chaussée" },
    ],
    age: { min: 16, max: 25 },
    documentsAApporter: [
      "Une pièce d'identité (carte d'identité, passeport ou titre de séjour)",
      "Votre carte Vitale ou attestation de sécurité sociale",
      "Un justificatif de domicile",
      "Votre CV si vous en avez un",
    ],
    confidentialite: {
      responsable: "Mission Locale de Roubaix Lys-Lez-Lannoy (association), représentée par sa direction",
      dpo: "dpo@ml-roubaix.example.org",
      conservation: "Vos données sont gardées dans votre dossier tant que la Mission Locale vous accompagne.",
      messagerie: "resend",
    },
    apparence: {},
    // An evening call-back service after closing: the youth of these tests asks for the evening too.
    rappel: { regle: "chaque-matin", creneaux: ["MATIN", "APRES_MIDI", "SOIR"] },
    ...overrides,
  };
}

/** Postal codes the fake knows: one commune, several, one outside the territory, none. */
export const COMMUNES: Record<string, CommunesResponse["communes"]> = {
  "59100": [{ codeInsee: "59512", nom: "Roubaix", territoire: true }],
  "59390": [
    { codeInsee: "59367", nom: "Lys-lez-Lannoy", territoire: true },
    { codeInsee: "59598", nom: "Toufflers", territoire: true },
    { codeInsee: "59532", nom: "Sailly-lez-Lannoy", territoire: false },
  ],
  "99999": [],
  // Outside the territory: Lille, and Paris, whose arrondissements are communes of their own.
  "59000": [{ codeInsee: "59350", nom: "Lille", territoire: false }],
  "75011": [{ codeInsee: "75111", nom: "Paris 11e Arrondissement", territoire: false }],
};

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string | null;
}

type SubmitAnswer =
  | { status: 202; body: AcceptedResponse }
  | { status: 422; body: ValidationErrorResponse }
  | { status: 400 | 403 | 404 | 409 | 413 | 415 | 429; body: ErrorResponse; headers?: Record<string, string> }
  | { status: 500 | 502 | 503; body: ErrorResponse; headers?: Record<string, string> }
  | "network-error";

/** A fictitious neighbour, as the State's directory would name it. */
export const OTHER_ML: NonNullable<OrientationResponse["missionLocale"]> = {
  nom: "Mission Locale de Lille (fictive)",
  adresse: "1 place de l'Exemple, 59000 Lille",
  telephone: "01 99 00 11 22",
  siteWeb: "https://ml-lille.example.org",
};

export interface FakeServer {
  requests: RecordedRequest[];
  /** What GET …/orientation says of a commune outside the territory. */
  orientation: Pick<OrientationResponse, "annuaire" | "missionLocale" | "missionsLocales" | "horsTerritoire">;
  /** Answers to the next POSTs, in order; the last one repeats. */
  submitAnswers: SubmitAnswer[];
  facts: MissionLocalePublic;
  /** What GET …/rappel says: the deadline of a registration sent now. */
  rappelAvant: string;
  /** When set, POSTs wait for it before answering (to see the pending state). */
  gate: Promise<void> | null;
  submissions(): RecordedRequest[];
  restore(): void;
}

/** The deadline GET …/rappel gives by default: Tuesday 13 January 2099, 17:30 in Paris. */
export const REVIEW_DEADLINE = "2099-01-13T17:30:00+01:00";

export const ACCEPTED: SubmitAnswer = {
  status: 202,
  body: { reference: "PI-7K3F-Q9XM", rappelAvant: "2099-01-12T12:30:00+01:00" },
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...headers },
  });
}

/** Replaces window.fetch with a fake of the ML's server; only URLs under ENDPOINT are answered. */
export function fakeServer(facts = roubaixFacts()): FakeServer {
  const original = window.fetch;
  const server: FakeServer = {
    requests: [],
    submitAnswers: [ACCEPTED],
    orientation: { annuaire: "trouve", missionLocale: OTHER_ML, horsTerritoire: "accepter" },
    facts,
    rappelAvant: REVIEW_DEADLINE,
    gate: null,
    submissions: () => server.requests.filter((r) => r.method === "POST"),
    restore: () => {
      window.fetch = original;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = (init.method ?? "GET").toUpperCase();
    server.requests.push({
      url,
      method,
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? init.body : null,
    });
    if (url.origin !== new URL(ENDPOINT).origin) throw new TypeError("Failed to fetch (not the ML's server)");
    const base = `/api/v1/ml/${server.facts.id}`;
    if (method === "GET" && url.pathname === base) return json(200, server.facts);
    if (method === "GET" && url.pathname === `${base}/communes`) {
      const code = url.searchParams.get("codePostal") ?? "";
      if (!/^\d{5}$/.test(code)) return json(400, { erreur: "Code postal invalide." });
      return json(200, { communes: COMMUNES[code] ?? [] } satisfies CommunesResponse);
    }
    if (method === "GET" && url.pathname === `${base}/orientation`) {
      const codeInsee = url.searchParams.get("codeInsee") ?? "";
      const commune = Object.values(COMMUNES)
        .flat()
        .find((c) => c.codeInsee === codeInsee);
      if (!commune) return json(400, { erreur: "Commune inconnue." });
      const body: OrientationResponse = commune.territoire
        ? {
            codeInsee,
            commune: commune.nom,
            territoire: true,
            horsTerritoire: "accepter",
            annuaire: "non-demande",
            missionLocale: null,
          }
        : { codeInsee, commune: commune.nom, territoire: false, ...server.orientation };
      return json(200, body);
    }
    if (method === "GET" && url.pathname === `${base}/rappel`) {
      return json(200, { rappelAvant: server.rappelAvant, regle: "chaque-matin" } satisfies RappelResponse);
    }
    if (method === "POST" && url.pathname === `${base}/preinscriptions`) {
      if (server.gate) await server.gate;
      const answer = server.submitAnswers.length > 1 ? server.submitAnswers.shift() : server.submitAnswers[0];
      if (!answer || answer === "network-error") throw new TypeError("Failed to fetch");
      return json(answer.status, answer.body, "headers" in answer ? answer.headers : {});
    }
    return json(404, { erreur: "Introuvable." });
  };
  return server;
}

export interface Mounted {
  el: MlPreinscription;
  server: FakeServer;
}

/** The widget for "roubaix", facts loaded and the schema chunk in. */
export async function mountWidget(facts = roubaixFacts()): Promise<Mounted> {
  const server = fakeServer(facts);
  const el = await fixture<MlPreinscription>(
    html`<ml-preinscription mission-locale="roubaix" endpoint=${ENDPOINT}></ml-preinscription>`,
  );
  await waitUntil(() => shadow(el).querySelector(".intro"), "the ML's facts are shown");
  // The schema chunk is requested right after the first render.
  await waitUntil(() => (el as unknown as { later: unknown }).later !== null, "the schema chunk is loaded", {
    timeout: 10_000,
  });
  return { el, server };
}

export function cleanup(mounted: Mounted | undefined): void {
  mounted?.server.restore();
  fixtureCleanup();
}

export function shadow(el: MlPreinscription): ShadowRoot {
  if (!el.shadowRoot) throw new Error("no shadow root");
  return el.shadowRoot;
}

export function $(el: MlPreinscription, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Text as read: no-break spaces (French typography) as spaces, white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function heading(el: MlPreinscription): string {
  return textOf(shadow(el).querySelector("#step-title, #confirmation-title"));
}

/** The control whose label (or a group's legend) starts with `label`. */
export function control(
  el: MlPreinscription,
  label: string,
): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const root = shadow(el);
  for (const element of root.querySelectorAll("label[for]")) {
    if (textOf(element).startsWith(label)) {
      const target = root.getElementById(element.getAttribute("for") ?? "");
      if (target) return target as HTMLInputElement;
    }
  }
  throw new Error(`no field labelled ${label}`);
}

export function group(el: MlPreinscription, legend: string): HTMLFieldSetElement {
  for (const element of shadow(el).querySelectorAll("fieldset")) {
    if (textOf(element.querySelector("legend")).startsWith(legend)) return element;
  }
  throw new Error(`no group named ${legend}`);
}

export function button(el: MlPreinscription, name: string): HTMLButtonElement {
  for (const element of shadow(el).querySelectorAll("button")) {
    if (textOf(element) === name) return element;
  }
  throw new Error(`no button ${name}`);
}

/** Types as a person would, as far as the widget can tell: the value, then an input event. */
export function type(el: MlPreinscription, label: string, value: string): void {
  const target = control(el, label);
  target.focus();
  target.value = value;
  target.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  target.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
}

/** Ticks the option `option` of the group named `legend` (radio or checkbox). */
export function pick(el: MlPreinscription, legend: string, option: string): void {
  for (const label of group(el, legend).querySelectorAll("label")) {
    if (textOf(label) === option) {
      label.click();
      return;
    }
  }
  throw new Error(`no option ${option} in ${legend}`);
}

export function select(el: MlPreinscription, label: string, optionText: string): void {
  const target = control(el, label) as HTMLSelectElement;
  const option = [...target.options].find((o) => textOf(o) === optionText);
  if (!option) throw new Error(`no option ${optionText} in ${label}`);
  target.value = option.value;
  target.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  target.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
}

export async function waitForHeading(el: MlPreinscription, title: string): Promise<void> {
  await waitUntil(() => heading(el) === title, `heading "${title}" (now "${heading(el)}")`, { timeout: 5000 });
}

/** Presses "Suivant" and waits for the next step. */
export async function next(el: MlPreinscription, expected: string): Promise<void> {
  button(el, "Suivant").click();
  await waitForHeading(el, expected);
}

/** The element focused inside the shadow root. */
export function focused(el: MlPreinscription): Element | null {
  return shadow(el).activeElement;
}

/**
 * The youth of the component tests, `age` years old: CAMILLE of tests/support/youth.ts with the
 * plain names, town of birth and two call-back times the review and payload tests look for.
 */
export function youthAged(age = 20): Youth {
  return {
    ...CAMILLE,
    nomNaissance: "Exemplaire",
    prenom: "Camille",
    ...bornYearsAgo(age),
    villeNaissance: "Roubaix",
    creneaux: ["MATIN", "SOIR"],
  };
}

/** The answers of tests/support/youth.ts given through the DOM, as `type`, `pick` and `select` do. */
export function domDriver(el: MlPreinscription): Driver {
  return {
    async answer({ control: kind, label, value }) {
      const question = asRead(label);
      if (kind === "text") type(el, question, value);
      else if (kind === "select") select(el, question, asRead(value));
      else if (kind === "radio" || kind === "checkbox") pick(el, question, asRead(value));
      else if (kind === "box") control(el, question).click();
      else await waitUntil(() => shadow(el).querySelector(".found"), "the commune is found");
      await el.updateComplete;
    },
    async next(title, t) {
      button(el, asRead(t.boutons.suivant)).click();
      await waitForHeading(el, asRead(title));
    },
  };
}

const isDate = (answer: Answer) => answer.field.startsWith("identite.dateNaissance");

export async function fillIdentite(el: MlPreinscription, age = 20): Promise<void> {
  const answers = answersFor(youthAged(age)).identite;
  const at = answers.findIndex(isDate);
  const driver = domDriver(el);
  await fillAnswers(driver, answers.slice(0, at), fr);
  await fillAnswers(
    driver,
    answers.slice(at).filter((answer) => !isDate(answer)),
    fr,
  );
  // The date last, as the tests of the age range expect its notice right after it.
  await fillAnswers(driver, answers.filter(isDate), fr);
}

/** The first step: `codePostal` typed; the commune is left to the test when several share it. */
export async function fillTerritoire(el: MlPreinscription, codePostal = "59100"): Promise<void> {
  const [postal] = answersFor({ ...youthAged(), codePostal }).territoire;
  if (postal) await fillAnswers(domDriver(el), [postal], fr);
}

/** The first step filled (Roubaix by default, in the territory), then on to "Identité". */
export async function toIdentite(el: MlPreinscription, codePostal = "59100"): Promise<void> {
  await fillTerritoire(el, codePostal);
  if (COMMUNES[codePostal]?.length === 1)
    await waitUntil(() => shadow(el).querySelector(".found"), "the commune is found");
  await next(el, fr.etapes.identite);
}

/** The rest of the address and the contact (the commune was chosen on the first step). */
export async function fillCoordonnees(el: MlPreinscription): Promise<void> {
  await fillAnswers(domDriver(el), answersFor(youthAged()).coordonnees, fr);
}

export async function fillParcours(el: MlPreinscription): Promise<void> {
  await fillAnswers(domDriver(el), answersFor(youthAged()).parcours, fr);
}

/** Fills every step up to the review step ("Vérification et envoi"). */
export async function fillUpToReview(el: MlPreinscription, age = 20): Promise<void> {
  await fillSteps(domDriver(el), youthAged(age), fr);
}

/** The form's own polite live region (a step may hold others, e.g. the age notice beside the date). */
const LIVE_REGION = ".root > [role=status]";

/** Fills every step up to the review as `youth` answers. */
export async function fillUpToReviewAs(el: MlPreinscription, youth: Youth): Promise<void> {
  await fillSteps(domDriver(el), youth, fr);
}

/**
 * Every message the polite live region says from now on, in order (a message said again after
 * the region was emptied counts twice), as a screen reader would hear them.
 */
export function statusMessages(el: MlPreinscription): () => string[] {
  const region = $(el, LIVE_REGION);
  const said: string[] = [];
  let last = "";
  const observer = new MutationObserver(() => {
    const now = textOf(region);
    if (now !== "" && now !== last) said.push(now);
    last = now;
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return () => [...said];
}

/** The text of the form's polite live region, once it has settled. */
export async function waitForStatus(el: MlPreinscription, text: string): Promise<void> {
  await waitUntil(
    () => textOf($(el, LIVE_REGION)).includes(text),
    `status "${text}" (now "${textOf($(el, LIVE_REGION))}")`,
    { timeout: 5000 },
  );
}

const SHOT_WIDTH = 360;
/** Slices fit the test frame, which is never scaled down at this height. */
const SLICE_HEIGHT = 700;
const PAGE_PADDING = 12;

/**
 * Saves a picture of the whole widget on a plain page 360 px wide, in
 * tests/artifacts/screenshots/<name>.png. A picture stops at the test frame's edge, so the page
 * is shot in slices (the widget moved up under a fixed window), stitched on a canvas.
 */
export async function screenshot(el: MlPreinscription, name: string): Promise<void> {
  const { commands, page } = await import("vitest/browser");
  await page.viewport(SHOT_WIDTH, SLICE_HEIGHT);
  const frame = el.parentElement as HTMLElement;
  const before = { frame: frame.style.cssText, el: el.style.cssText, body: document.body.style.cssText };
  document.body.style.cssText = "margin:0";
  frame.style.cssText = `box-sizing:border-box;width:${SHOT_WIDTH}px;height:${SLICE_HEIGHT}px;overflow:hidden;padding:${PAGE_PADDING}px;background:#f3f4f6`;
  const total = Math.ceil(el.getBoundingClientRect().height) + 2 * PAGE_PADDING;
  const canvas = document.createElement("canvas");
  canvas.width = SHOT_WIDTH;
  canvas.height = total;
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  try {
    for (let top = 0; top < total; top += SLICE_HEIGHT) {
      el.style.cssText = `transform:translateY(${-top}px)`;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const base64 = await page.screenshot({ element: frame, save: false });
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      context.drawImage(image, 0, top);
    }
  } finally {
    frame.style.cssText = before.frame;
    el.style.cssText = before.el;
    document.body.style.cssText = before.body;
    await page.viewport(SHOT_WIDTH, 740);
  }
  const png = canvas.toDataURL("image/png").split(",")[1] ?? "";
  await commands.writeFile(`tests/artifacts/screenshots/${name}.png`, png, "base64");
}
