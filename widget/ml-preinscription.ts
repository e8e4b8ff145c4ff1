import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import type { MissionLocalePublic, OrientationResponse } from "../contract/api-types";
import type { FieldKey, FirstStrings, Strings } from "../contract/i18n/fr";
import { fill, frPremier } from "../contract/i18n/fr-premier";
import { LOCALES, type Locale, localeOf } from "../contract/i18n/locales";
import { DEFAULT_AGE_RANGE, dayIn } from "../contract/schema/age";
import { ORIGINES } from "../contract/schema/enums";
import { type Answers, isMinor, type Rules, text, withAnswer } from "./answers";
import { ApiClient, newIdempotencyKey, type SubmitResult } from "./api";
import {
  COMMUNE_PATH,
  CommuneLookup,
  type CommunesState,
  communeAnnouncement,
  communeAnswers,
  INSEE_PATH,
  POSTAL_PATH,
} from "./commune-lookup";
import { countryOptions } from "./countries";
import { type ErrorKind, MlErrorEvent, MlStepEvent, MlSubmittedEvent, type StepId } from "./events";
import { errorSummary, type SummaryEntry } from "./fields/error-summary";
import { fieldId } from "./fields/shared";
import { honeypot, intro, progress } from "./form-parts";
import { loadLocale, tablesOf } from "./i18n/load";
import { languageSwitch } from "./i18n/switch";
import type { Accepted } from "./steps/confirmation";
import { identite } from "./steps/identite";
import { LAST_STEP, STEP_IDS, STEP_ROOTS, stepIndexOf } from "./steps/index";
import type { StepDefinition, StepView } from "./steps/types";
import { styles } from "./styles";

/** The chunk loaded after the first step shows: schema, other steps, confirmation. */
type Later = typeof import("./later");
/** The chunk of isolation="iframe" (the host's side) and of the /embed page (the frame's side). */
type Frame = typeof import("./embed/frame");

/** Where the script was loaded from: the server that also answers the API. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;
const DEFAULT_TIME_ZONE = "Europe/Paris";
/** Clearing the live region before a message makes an unchanged message heard again. */
const ANNOUNCE_DELAY_MS = 100;

type LoadState = "chargement" | "pret" | "introuvable" | "reseau";
type Sending =
  | { state: "attente" }
  | { state: "envoi" }
  | { state: "echec"; kind: ErrorKind; text: string }
  | ({ state: "envoye" } & Accepted);

/**
 * The online pre-registration form of a Mission Locale, pasted with one script tag.
 *
 * @summary Six short steps (identity, contact, housing, school, call-back, review), checked
 *   with the shared payload schema, sent as one JSON registration to the Mission Locale's server;
 *   the youth then sees when they will be called back.
 *
 * @tagname ml-preinscription
 *
 * @attr lang - The form's language ("fr", "en", "ar"); without it, the page's; French for any
 *   other. Right to left in Arabic. The youth may change it in the form when the Mission Locale
 *   offers several languages.
 *
 * @fires {MlStepEvent} ml-step - A step is shown (the first one too). `detail: {step, index, count}`,
 *   index 0-based.
 * @fires {MlSubmittedEvent} ml-submitted - The server accepted the registration. `detail: {}`.
 * @fires {MlErrorEvent} ml-error - Sending failed or the form could not be set up. `detail: {kind}`, kind
 *   one of "validation", "reseau", "serveur", "limite", "refus", "configuration".
 *
 * @csspart root - The card around everything.
 * @csspart form - The form of the current step.
 * @csspart step - The current step (heading, messages, fields).
 * @csspart heading - The step's title, and the confirmation's.
 * @csspart field - One question: label, hint, error and control.
 * @csspart label - A field's label or legend.
 * @csspart input - Text inputs, drop-downs and the message box.
 * @csspart choice - One radio button or checkbox row with its label.
 * @csspart error - A field's error message.
 * @csspart button - Every button.
 * @csspart error-summary - The list of problems at the top of a failed step.
 * @csspart alert - The message shown when sending failed.
 * @csspart notice - An information box: personal data, age limits, a commune served by another ML.
 * @csspart group - A group of questions with its own title (the legal representative's).
 * @csspart confirmation - What the youth sees after sending.
 *
 * @cssprop --ml-color-primary - Buttons, links, chosen options (default: the ML's colour, else #1d4ed8).
 * @cssprop --ml-color-on-primary - Text on primary buttons (#fff).
 * @cssprop --ml-color-text - Text (#1f2328).
 * @cssprop --ml-color-muted - Hints (#4b5563).
 * @cssprop --ml-color-background - Background of the card and inputs (#fff).
 * @cssprop --ml-color-surface - Background of info boxes (#f1f4f9).
 * @cssprop --ml-color-border - Borders of inputs (#6b7280).
 * @cssprop --ml-color-line - Separators and option borders (#d5dae1).
 * @cssprop --ml-color-error - Errors (#b3261e).
 * @cssprop --ml-color-success - The confirmation's tick (#146c2e).
 * @cssprop --ml-color-focus - Focus ring (#1d4ed8).
 * @cssprop --ml-radius - Corner radius (8px).
 * @cssprop --ml-spacing - Inner spacing of the card (16px).
 * @cssprop --ml-font-family - Font (system fonts).
 * @cssprop --ml-font-size - Base text size (16px; em inside, never rem).
 * @cssprop --ml-max-width - Widest the form gets (42em).
 */
export class MlPreinscription extends LitElement {
  static override styles = styles;

  /** Id of the Mission Locale in the server's configuration, e.g. "roubaix". */
  @property({ attribute: "mission-locale" }) missionLocale = "";

  /** Base URL of the server; by default the origin this script was loaded from. */
  @property({ attribute: "endpoint" }) endpoint = SCRIPT_ORIGIN;

  /**
   * "iframe": the form is shown from the Mission Locale's server (/embed/<ml>) in an iframe, where
   * the page's own scripts (tag managers, analytics, chat) cannot read what the youth types. The
   * events still come out of this element. Set it in the markup; other values are ignored.
   */
  @property({ attribute: "isolation" }) isolation = "";

  /**
   * Partner attribution without tracking: one of the payload's `origine` values (e.g.
   * "PARTENAIRE") pre-selects the answer to "Comment avez-vous connu la Mission Locale ?", which
   * the youth can still change. Unknown values are ignored; nothing is read from the page's
   * address or cookies.
   */
  @property({ attribute: "origine" }) origine = "";

  @state() private ml: MissionLocalePublic | null = null;
  @state() private loadState: LoadState = "chargement";
  @state() private stepIndex = 0;
  @state() private answers: Answers = {};
  /** Field path → message; kept per field until that step is checked again. */
  @state() private errors: Record<string, string> = {};
  @state() private summaryShown = false;
  @state() private sending: Sending = { state: "attente" };
  @state() private status = "";
  @state() private later: Later | null = null;
  /** Who serves the chosen commune when it is outside the territory. */
  @state() private orientation: OrientationResponse | "chargement" | null = null;
  /** The youth's choice in the language switch; null: the page's language. */
  @state() private chosenLocale: Locale | null = null;
  @state() private frame: Frame | null = null;

  private client: ApiClient | null = null;
  private factsAbort: AbortController | undefined;
  private submitAbort: AbortController | undefined;
  private orientationAbort: AbortController | undefined;
  private laterLoad: Promise<Later | null> | undefined;
  private frameLoad: Promise<void> | undefined;
  /** Languages whose chunk could not be fetched: French is shown instead. */
  private readonly unavailable = new Set<Locale>();
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  /** One key for the whole fill, kept on retries: the server never records it twice. */
  private readonly idempotencyKey = newIdempotencyKey();
  private startedAt = 0;
  private busy = false;
  /** Steps shown since the page loaded, and those already reported to the anonymous funnel. */
  private readonly reached = new Set<StepId>();
  private readonly reported = new Set<StepId>();
  /** Set by "Modifier": the next "Suivant" goes back to the review. */
  private returnToReview = false;
  private readonly communes = new CommuneLookup(
    this,
    () => this.api(),
    (found) => this.handleCommunes(found),
  );

  /**
   * The language in use: the one chosen in the form's language switch, else the element's
   * `lang`, else the page's, else French; a language the form does not have falls back to French.
   */
  get locale(): Locale {
    return this.chosenLocale ?? localeOf(this.closest("[lang]")?.getAttribute("lang")) ?? "fr";
  }

  /**
   * The first part of the table in use: all the first paint needs. French while another
   * language is on its way (nothing is shown then) or if its chunk could not be fetched.
   */
  private get t(): FirstStrings {
    return tablesOf(this.locale)?.strings ?? frPremier;
  }

  /** The whole table in use: English or Arabic as fetched, French with the later chunk. */
  private whole(later: Later): Strings {
    return tablesOf(this.locale)?.strings ?? later.fr;
  }

  /** Whether the table of the language in use is here (or will never be: French is used then). */
  private languageReady(): boolean {
    const locale = this.locale;
    return locale === "fr" || tablesOf(locale) !== undefined || this.unavailable.has(locale);
  }

  /** The element's own `lang` is watched too: a page may set it after the element is created. */
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: super's getter runs for this class (its properties); LitElement's would not.
    return [...super.observedAttributes, "lang"];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === "lang") this.requestUpdate();
  }

  private get framed(): boolean {
    return this.isolation === "iframe";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: the iframe listens again (render), or the facts are fetched again.
    if (this.framed) this.requestUpdate();
    else if (!this.ml && this.hasUpdated) void this.loadFacts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.factsAbort?.abort();
    this.submitAbort?.abort();
    this.orientationAbort?.abort();
    clearTimeout(this.statusTimer);
    this.frame?.stopListening(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.languageReady()) void this.loadLanguage(this.locale);
    if (this.framed) {
      this.frameLoad ??= this.loadFrame();
      return;
    }
    if (changed.has("missionLocale") || changed.has("endpoint")) {
      this.client = this.missionLocale ? new ApiClient(this.endpoint || SCRIPT_ORIGIN, this.missionLocale) : null;
      void this.loadFacts();
    }
    if (changed.has("origine")) this.preselectOrigine();
  }

  protected override firstUpdated(): void {
    // In an iframe, the form and its events live in the frame.
    if (this.framed) return;
    this.startedAt = performance.now();
    this.dispatchStep();
    // The rest is fetched once the first step is on screen, long before "Suivant".
    setTimeout(() => void this.loadLater(), 0);
  }

  protected override updated(): void {
    // The ML's colour, unless the page sets --ml-color-primary. Through the CSSOM: CSP-safe.
    // Checked on every update: the card is drawn anew when a language's table arrives after the facts.
    const brand = this.ml?.apparence.couleurPrincipale;
    const root = this.renderRoot.querySelector<HTMLElement>(".root");
    if (!brand || !root || root.style.getPropertyValue("--_brand") === brand) return;
    if (CSS.supports("color", brand)) root.style.setProperty("--_brand", brand);
  }

  private api(): ApiClient | null {
    return this.client;
  }

  /** A known `origine` answers "Comment avez-vous connu…" until the youth answers it themselves. */
  private preselectOrigine(): void {
    const value = this.origine.trim().toUpperCase();
    if (!(ORIGINES as readonly string[]).includes(value) || this.answers.origine !== undefined) return;
    this.answers = { ...this.answers, origine: value };
  }

  private async loadLanguage(locale: Locale): Promise<void> {
    if (locale === "fr") return;
    if (!(await loadLocale(locale))) this.unavailable.add(locale);
    this.requestUpdate();
  }

  /** The languages the switch offers: the ML's, and the one in use. */
  private offeredLocales(): Locale[] {
    const offered = (this.ml?.langues ?? []).map(localeOf).filter((l): l is Locale => l !== null);
    return LOCALES.filter((l) => offered.includes(l) || (offered.length > 1 && l === this.locale));
  }

  private handleLanguage = async (locale: Locale): Promise<void> => {
    this.chosenLocale = locale;
    this.unavailable.delete(locale);
    await this.loadLanguage(locale);
    this.retranslateErrors();
  };

  /**
   * Messages already on screen, said again in the language just chosen: each step with problems
   * is checked again and its messages replace the old ones, field by field. A message this check
   * cannot make again (one the server gave) stays as it was.
   */
  private retranslateErrors(): void {
    const later = this.later;
    if (!later || Object.keys(this.errors).length === 0) return;
    const errors = { ...this.errors };
    const steps = new Set(Object.keys(errors).map(stepIndexOf));
    for (const index of steps) {
      const step = this.steps()[index];
      if (!step) continue;
      for (const [path, message] of Object.entries(this.stepErrors(step, later))) {
        if (path in errors) errors[path] = message;
      }
    }
    this.errors = errors;
  }

  private loadFrame(): Promise<void> {
    return import("./embed/frame").then(
      (module) => {
        this.frame = module;
      },
      () => {
        this.dispatchEvent(new MlErrorEvent("reseau"));
      },
    );
  }

  private async loadFacts(): Promise<void> {
    this.factsAbort?.abort();
    const client = this.client;
    if (!client) {
      this.loadState = "introuvable";
      this.dispatchEvent(new MlErrorEvent("configuration"));
      return;
    }
    const controller = new AbortController();
    this.factsAbort = controller;
    this.loadState = "chargement";
    const result = await client.missionLocaleFacts(controller.signal);
    if (controller.signal.aborted || result.kind === "annule") return;
    if (result.kind === "ok") {
      this.ml = result.ml;
      this.loadState = "pret";
      this.reportSteps();
      return;
    }
    this.loadState = result.kind;
    this.dispatchEvent(new MlErrorEvent("configuration"));
  }

  private loadLater(): Promise<Later | null> {
    this.laterLoad ??= import("./later").then(
      (module) => {
        this.later = module;
        return module;
      },
      () => {
        // Let the next attempt try again (a phone may have lost the network for a moment).
        this.laterLoad = undefined;
        return null;
      },
    );
    return this.laterLoad;
  }

  /** The steps known so far: the first one, then the others once their chunk is here. */
  private steps(): readonly StepDefinition[] {
    return this.later ? [identite, ...this.later.laterSteps] : [identite];
  }

  private rules(): Rules {
    const timeZone = this.ml?.fuseauHoraire ?? DEFAULT_TIME_ZONE;
    return { today: dayIn(new Date(), timeZone), age: this.ml?.age ?? DEFAULT_AGE_RANGE };
  }

  /** The ML's facts, with its own texts in the language in use where it translated them. */
  private facts(): MissionLocalePublic | null {
    return this.ml && this.later ? this.later.localizedFacts(this.ml, this.locale) : this.ml;
  }

  /** What a step is rendered and checked with; `t`: the whole table, or its first part for the first step. */
  private view<T extends FirstStrings>(t: T): Omit<StepView, "t"> & { t: T } {
    const rules = this.rules();
    return {
      t,
      answers: this.answers,
      errors: this.errors,
      ml: this.facts(),
      rules,
      minor: isMinor(this.answers, rules),
      communes: this.communes.state,
      orientation: this.orientation,
      messageMax: this.later?.messageMax ?? null,
      countries: () => countryOptions(this.t.intl),
      onCommuneChange: this.handleCommuneChange,
      onChangePostalCode: this.handleChangePostalCode,
      onEdit: this.handleEdit,
      steps: this.steps(),
    };
  }

  /* ---------- Rendering ---------- */

  protected override render(): TemplateResult {
    const t = this.t;
    // Nothing in French while another language's table is on its way: a screen reader would start reading it.
    if (!this.languageReady()) return html`<div aria-busy="true"></div>`;
    if (this.framed) {
      if (!this.frame) return html`<div aria-busy="true"></div>`;
      const src = this.frame.frameSource(this, {
        endpoint: this.endpoint || SCRIPT_ORIGIN,
        missionLocale: this.missionLocale,
        locale: this.locale,
        origine: this.origine,
      });
      return html`<iframe src=${src} title=${t.cadre} referrerpolicy="no-referrer"></iframe>`;
    }
    let content: TemplateResult;
    if (this.loadState === "introuvable") {
      content = html`<p class="alert" role="alert">${fill(t.chargement.indisponible, { id: this.missionLocale })}</p>`;
    } else if (this.sending.state === "envoye" && this.later) {
      content = this.later.confirmation(this.whole(this.later), this.facts(), this.sending, new Date());
    } else {
      content = this.renderForm(t);
    }
    return html`<div class="root" part="root" lang=${t.lang} dir=${t.dir}>
      ${languageSwitch(t, this.offeredLocales(), this.locale, this.handleLanguage)} ${content}
      <div class="visually-hidden" role="status">${this.status}</div>
    </div>`;
  }

  private renderForm(t: FirstStrings): TemplateResult {
    const later = this.later;
    const step = this.steps()[this.stepIndex] ?? identite;
    // The first step renders before the later chunk (and French's later part) is here.
    const body = later ? step.render(this.view(this.whole(later))) : identite.render(this.view(t));
    const last = this.stepIndex === LAST_STEP;
    return html`<form part="form" novalidate @submit=${this.handleSubmit} @input=${this.handleInput} @change=${this.handleInput}>
      ${this.stepIndex === 0 ? intro(t, this.ml) : nothing} ${progress(t, this.stepIndex, STEP_IDS.length)}
      <section class="step" part="step" aria-labelledby="step-title">
        <h2 id="step-title" class="heading" part="heading" tabindex="-1">${t.etapes[step.id]}</h2>
        ${this.summaryShown ? errorSummary(t, this.summaryEntries(), this.focusField) : nothing}
        ${this.loadState === "reseau" ? html`<p class="notice">${t.chargement.reseau}</p>` : nothing}
        ${this.stepIndex === 0 ? html`<p class="convention">${t.intro.convention}</p>` : nothing}
        ${body}
      </section>
      ${last && later && this.sending.state === "echec" ? later.failure(this.whole(later), this.sending.text, this.ml?.telephone) : nothing}
      <div class="actions">
        ${last && later ? later.sendButton(this.whole(later), this.sending.state === "envoye" ? "attente" : this.sending.state) : html`<button type="submit" class="button button--primary" part="button">${t.boutons.suivant}</button>`}
        ${
          this.stepIndex > 0
            ? html`<button type="button" class="button button--secondary" part="button" @click=${this.handleBack}>
                ${t.boutons.retour}
              </button>`
            : nothing
        }
      </div>
      ${honeypot(t)}
    </form>`;
  }

  /** The current step's problems, in the order of its fields on screen. */
  private summaryEntries(): SummaryEntry[] {
    const entries = Object.entries(this.errors)
      .filter(([path]) => stepIndexOf(path) === this.stepIndex)
      .map(([path, message]) => ({ path, message, linked: this.controlOf(path) !== null }));
    const position = (path: string) => {
      const element = this.renderRoot.querySelector(`#${fieldId(path)}`);
      return element ? [...this.renderRoot.querySelectorAll("[id^='f-']")].indexOf(element) : Number.MAX_SAFE_INTEGER;
    };
    return entries.sort((a, b) => position(a.path) - position(b.path));
  }

  /* ---------- Answers ---------- */

  private handleInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const answers = withAnswer(this.answers, control);
    if (!answers) return;
    this.answers = answers;
    if (control.dataset.path === POSTAL_PATH) this.communes.update(control.value);
  };

  private handleCommuneChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    this.answers = { ...this.answers, ...communeAnswers({ communes: this.communes.state }, select.value) };
    void this.lookUpOrientation();
  };

  /** A commune outside the territory: ask the server which Mission Locale serves it. */
  private async lookUpOrientation(): Promise<void> {
    this.orientationAbort?.abort();
    const codeInsee = text(this.answers, INSEE_PATH);
    const communes = this.communes.state;
    const chosen = communes.status === "pret" ? communes.communes.find((c) => c.codeInsee === codeInsee) : undefined;
    const client = this.api();
    if (!chosen || chosen.territoire || !client) {
      this.orientation = null;
      return;
    }
    const controller = new AbortController();
    this.orientationAbort = controller;
    this.orientation = "chargement";
    const result = await client.orientation(codeInsee, controller.signal);
    if (controller.signal.aborted || result.kind === "annule") return;
    this.orientation = result.kind === "ok" ? result.orientation : null;
    const found = result.kind === "ok" ? result.orientation.missionLocale : null;
    if (found && this.later) this.announce(`${this.whole(this.later).orientation.autreMl} ${found.nom}`);
  }

  /** A lookup ended: one commune is chosen for the youth; a list keeps their choice if it is in it. */
  private handleCommunes(found: CommunesState): void {
    const chosen = text(this.answers, INSEE_PATH);
    let codeInsee = "";
    if (found.status === "pret") {
      const only = found.communes.length === 1 ? found.communes[0] : undefined;
      codeInsee = only?.codeInsee ?? (found.communes.some((c) => c.codeInsee === chosen) ? chosen : "");
    }
    this.answers = { ...this.answers, ...communeAnswers({ communes: found }, codeInsee) };
    const message = this.later ? communeAnnouncement({ communes: found, t: this.whole(this.later) }) : "";
    if (message) this.announce(message);
    void this.lookUpOrientation();
  }

  private handleChangePostalCode = (): void => {
    const input = this.controlOf(POSTAL_PATH);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  };

  /** The answers that go into the payload: questions not asked (hidden) are left out. */
  private askedAnswers(): Answers {
    const rules = this.rules();
    const asked: Answers = {};
    for (const [path, value] of Object.entries(this.answers)) {
      const step = this.steps()[stepIndexOf(path)];
      if (step?.asks?.(path, this.answers, rules) ?? true) asked[path] = value;
    }
    return asked;
  }

  /* ---------- Steps ---------- */

  private handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      await this.submitStep();
    } finally {
      this.busy = false;
    }
  };

  private async submitStep(): Promise<void> {
    const later = await this.loadLater();
    if (!later) {
      this.announce(this.t.chargement.validation);
      return;
    }
    const step = this.steps()[this.stepIndex] ?? identite;
    if (this.loadState === "reseau") void this.loadFacts();
    if (step.id === "coordonnees") await this.communes.settle(text(this.answers, POSTAL_PATH));
    const errors = this.stepErrors(step, later);
    const others = Object.fromEntries(
      Object.entries(this.errors).filter(([path]) => stepIndexOf(path) !== this.stepIndex),
    );
    this.errors = { ...others, ...errors };
    if (Object.keys(errors).length > 0) {
      await this.showSummary();
      return;
    }
    this.summaryShown = false;
    if (step.id === "verification") {
      await this.send(later);
      return;
    }
    const next = this.returnToReview ? LAST_STEP : this.stepIndex + 1;
    await this.goToStep(next);
  }

  private stepErrors(step: StepDefinition, later: Later): Record<string, string> {
    const view = { ...this.view(this.whole(later)), answers: this.askedAnswers() };
    const errors: Record<string, string> = {};
    const table = this.errorTable(later);
    for (const [path, error] of Object.entries(later.rootErrors(STEP_ROOTS[step.id], view.answers))) {
      errors[path] = this.t.typographie(later.message(error, table));
    }
    step.check?.(errors, view, (key, params) => this.t.typographie(later.message({ key, params }, table)));
    return errors;
  }

  /** The schema's messages in the language in use. */
  private errorTable(later: Later): Readonly<Record<string, string>> {
    return tablesOf(this.locale)?.erreurs ?? later.erreursFr;
  }

  private async showSummary(): Promise<void> {
    this.summaryShown = true;
    await this.updateComplete;
    // Sorting the summary needs the step's fields on screen: render once more now they are.
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".error-summary")?.focus();
  }

  private handleBack = (): void => {
    this.returnToReview = false;
    void this.goToStep(Math.max(0, this.stepIndex - 1));
  };

  private handleEdit = (path: FieldKey): void => {
    this.returnToReview = true;
    void this.goToStep(stepIndexOf(path), path);
  };

  private async goToStep(index: number, focusPath?: string): Promise<void> {
    const id = STEP_IDS[index] ?? "identite";
    this.stepIndex = index;
    this.summaryShown = false;
    if (index === LAST_STEP) this.returnToReview = false;
    this.announce(fill(this.t.annonceEtape, { n: index + 1, total: STEP_IDS.length, titre: this.t.etapes[id] }));
    this.dispatchStep();
    await this.updateComplete;
    if (focusPath) {
      this.focusField(focusPath);
      return;
    }
    // The step's top (progress and title) in view when the page had scrolled past it.
    const top = this.renderRoot.querySelector<HTMLElement>(".progress-text");
    const above = (top?.getBoundingClientRect().top ?? 0) < 0;
    if (above) top?.scrollIntoView({ block: "start" });
    this.renderRoot.querySelector<HTMLElement>("#step-title")?.focus({ preventScroll: above });
  }

  private dispatchStep(): void {
    const step = STEP_IDS[this.stepIndex] ?? "identite";
    this.dispatchEvent(new MlStepEvent({ step, index: this.stepIndex, count: STEP_IDS.length }));
    this.reached.add(step);
    this.reportSteps();
  }

  /** Each step once per page load, only when the ML turned the funnel on (its notice says so). */
  private reportSteps(): void {
    const client = this.api();
    if (!client || !this.ml?.statistiques?.parcours) return;
    for (const step of this.reached) {
      if (this.reported.has(step)) continue;
      this.reported.add(step);
      client.beacon({ etape: step });
    }
  }

  /** The control to focus for a field: the input itself, a group's chosen (or first) option, the date's day. */
  private controlOf(path: string): HTMLElement | null {
    const target = path === INSEE_PATH ? COMMUNE_PATH : path;
    const element = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(target)}`);
    if (!element && target === COMMUNE_PATH) return this.controlOf(POSTAL_PATH);
    if (element instanceof HTMLFieldSetElement) {
      return element.querySelector<HTMLElement>("input:checked") ?? element.querySelector<HTMLElement>("input");
    }
    return element;
  }

  private focusField = (path: string): void => {
    const control = this.controlOf(path);
    if (!control) return;
    // Bring the question (label, hint) into view, not just the box.
    control.closest(".field")?.scrollIntoView({ block: "start" });
    control.focus({ preventScroll: true });
  };

  /* ---------- Sending ---------- */

  private async send(later: Later): Promise<void> {
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>("#f-siteWeb")?.value ?? "";
    const meta = { dureeSaisieMs: Math.max(0, Math.round(performance.now() - this.startedAt)), siteWeb: honeypot };
    const checked = later.buildPayload(this.askedAnswers(), meta);
    if (!checked.ok) {
      const table = this.errorTable(later);
      const messages = Object.fromEntries(Object.entries(checked.errors).map(([p, e]) => [p, later.message(e, table)]));
      await this.showErrorsFrom(messages);
      return;
    }
    const client = this.api();
    if (!client) return;
    this.sending = { state: "envoi" };
    this.announce(this.whole(later).envoi.enCours);
    this.submitAbort = new AbortController();
    const result = await client.submit(checked.payload, this.idempotencyKey, this.t.lang, this.submitAbort.signal);
    if (result.kind === "annule") return;
    await this.handleResult(result, later);
  }

  private async handleResult(result: Exclude<SubmitResult, { kind: "annule" }>, later: Later): Promise<void> {
    const t = this.whole(later);
    if (result.kind === "accepte") {
      this.sending = { state: "envoye", reference: result.reference, rappelAvant: result.rappelAvant };
      if (this.ml?.statistiques?.parcours) {
        this.api()?.beacon({ etape: "envoye", dureeMs: Math.round(performance.now() - this.startedAt) });
      }
      // Nothing personal stays in memory once the ML has it.
      this.answers = {};
      this.errors = {};
      this.announce(t.envoi.envoye);
      this.dispatchEvent(new MlSubmittedEvent());
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("#confirmation-title")?.focus();
      return;
    }
    this.dispatchEvent(new MlErrorEvent(result.kind));
    if (result.kind === "validation") {
      this.sending = { state: "attente" };
      this.announce(t.envoi.corriger);
      await this.showErrorsFrom(later.serverMessages(result.erreurs, result.codes, this.errorTable(later)));
      return;
    }
    const reason = later.failureText(result, t);
    this.sending = { state: "echec", kind: result.kind, text: reason };
    this.announce(`${t.envoi.echecTitre}. ${reason}`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("#failure")?.focus();
  }

  /** Errors found on the whole payload (here or by the server): shown on the first step concerned. */
  private async showErrorsFrom(messages: Record<string, string>): Promise<void> {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(messages)) {
      errors[path === INSEE_PATH ? COMMUNE_PATH : path] ??= this.t.typographie(message);
    }
    const first = Math.min(...Object.keys(errors).map(stepIndexOf));
    this.errors = errors;
    if (first !== this.stepIndex) {
      this.stepIndex = first;
      this.dispatchStep();
    }
    await this.showSummary();
  }

  /** Says a status message through the live region, even when it is the same as the last one. */
  private announce(message: string): void {
    clearTimeout(this.statusTimer);
    this.status = "";
    this.statusTimer = setTimeout(() => {
      this.status = message;
    }, ANNOUNCE_DELAY_MS);
  }
}
