import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import type { MissionLocalePublic, OrientationResponse } from "../contract/api-types";
import type { FieldKey, FirstStrings, Strings } from "../contract/i18n/fr";
import { fill } from "../contract/i18n/fr-premier";
import type { Locale } from "../contract/i18n/locales";
import { DEFAULT_AGE_RANGE, dayIn } from "../contract/schema/age";
import { type Answers, DATE_PATH, isMinor, type Rules, text, withAnswer, withOrigine } from "./answers";
import { ApiClient } from "./api";
import { ChunkLoader, type Later } from "./controllers/chunks";
import { CommuneChoice } from "./controllers/commune-choice";
import { POSTAL_PATH } from "./controllers/commune-lookup";
import type { DeadlineController } from "./controllers/deadline";
import { FactsController } from "./controllers/facts";
import { FunnelController } from "./controllers/funnel";
import { LanguageController } from "./controllers/language";
import { LiveRegion } from "./controllers/live-region";
import { SendingController } from "./controllers/sending";
import { MlStepEvent } from "./events";
import { errorSummary } from "./fields/error-summary";
import { focusField, focusStepTitle, selectPostalCode, summaryEntries } from "./focus";
import { type Hours, headingLevelOf, honeypot, intro, originRefused, progress, stepActions } from "./form-parts";
import { languageSwitch } from "./i18n/switch";
import { LAST_STEP, STEP_IDS, stepIndexOf } from "./steps/index";
import { territoire } from "./steps/territoire";
import type { StepDefinition, StepView } from "./steps/types";
import { styles } from "./styles";

/** Where the script was loaded from: the server that also answers the API. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;
const DEFAULT_TIME_ZONE = "Europe/Paris";

/**
 * The online pre-registration form of a Mission Locale, pasted with one script tag.
 *
 * @summary Seven short steps (where the youth lives, identity, contact, housing, school,
 *   call-back, review), checked with the shared payload schema, sent as one JSON registration to
 *   the Mission Locale's server; the youth then sees when they will be called back.
 *
 * @tagname ml-preinscription
 *
 * @attr heading-level - Level of the step's title and of the confirmation's (default 2), to fit the
 *   page's outline; the titles inside them are one level below.
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
 * @cssprop --ml-font-size - Base text size (the reader's default, `medium`; em inside, never rem).
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

  /** Level of the step's and the confirmation's titles (1–4; 2 by default, and for any other value). */
  @property({ attribute: "heading-level", converter: headingLevelOf }) headingLevel = 2;

  @state() private stepIndex = 0;
  @state() private answers: Answers = {};
  /** Field path → message; kept per field until that step is checked again, or the field is right again. */
  @state() private errors: Record<string, string> = {};
  @state() private summaryShown = false;
  /** The birth date as it was when its field was left or "Suivant" pressed: what the age notice reads. */
  @state() private birthLeft = "";

  private client: ApiClient | null = null;
  private readonly api = () => this.client;
  private busy = false;
  /** Set by "Modifier": the next "Suivant" goes back to the review. */
  private returnToReview = false;

  private readonly language = new LanguageController(this);
  private readonly chunks = new ChunkLoader(this);
  private readonly live = new LiveRegion(this);
  private readonly funnel = new FunnelController(this, this.api, () => this.ml?.statistiques?.parcours === true);
  private readonly mlFacts = new FactsController(this, this.api, () => this.funnel.report());
  private readonly commune = new CommuneChoice(this, this.api, {
    answers: () => this.answers,
    setAnswers: (answers) => {
      this.answers = answers;
    },
    words: () => this.t,
    laterChunk: () => this.chunks.loadLater(),
    wholeWords: (later) => this.whole(later),
    mlName: () => this.ml?.nom ?? "Mission Locale",
    announce: (message) => this.live.announce(message),
  });
  private readonly sending = new SendingController(this, this.api, this.live, () => this.forgetAnswers());
  /** Made by the later chunk when the review step first shows. */
  private deadline: DeadlineController | null = null;
  /** The intro's "Horaires" list has been opened: its lines are worked out from then on. */
  private hoursOpened = false;
  /** The form (or what stands in for it) has been on screen: the first step was announced. */
  private shown = false;
  /** After sending: who serves the youth's commune when it is outside the territory (no answer of theirs). */
  private servedElsewhere: OrientationResponse | null = null;

  /**
   * The language in use: the one chosen in the form's language switch, else the element's
   * `lang`, else the page's, else French; a language the form does not have falls back to French.
   */
  get locale(): Locale {
    return this.language.locale;
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

  private get later(): Later | null {
    return this.chunks.later;
  }

  private get ml(): MissionLocalePublic | null {
    return this.mlFacts.ml;
  }

  /** The first part of the table in use: all the first paint needs. */
  private get t(): FirstStrings {
    return this.language.first;
  }

  /** The whole table in use: English or Arabic as fetched, French with the later chunk. */
  private whole(later: Later): Strings {
    return this.language.whole(later.fr);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: the iframe listens again (render), or the facts are fetched again.
    if (this.framed) this.requestUpdate();
    else if (!this.ml && this.hasUpdated) void this.mlFacts.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.framed) {
      this.chunks.loadFrame();
      return;
    }
    if (changed.has("missionLocale") || changed.has("endpoint")) {
      this.client = this.missionLocale ? new ApiClient(this.endpoint || SCRIPT_ORIGIN, this.missionLocale) : null;
      void this.mlFacts.load();
    }
    if (changed.has("origine")) this.answers = withOrigine(this.answers, this.origine);
  }

  protected override updated(): void {
    // In an iframe, the form and its events live in the frame. Else once, when the facts are here.
    if (this.framed || !this.mlFacts.answered || this.shown) return;
    this.shown = true;
    // Not on a site the ML does not allow, nor for an unknown ML: no step is shown there.
    if (this.mlFacts.state === "pret" || this.mlFacts.state === "reseau") this.dispatchStep();
    // The rest (fetched meanwhile: widget/preload-later.ts) is run once the first step is painted.
    requestAnimationFrame(() => setTimeout(() => void this.chunks.loadLater()));
  }

  private handleLanguage = async (locale: Locale): Promise<void> => {
    await this.language.choose(locale);
    this.live.announce(this.t.langueChoisie);
    // Messages already on screen, said again in the language just chosen.
    const later = this.later;
    if (later) this.errors = later.recheck(this.errors, this.steps(), (step) => this.stepErrors(step, later));
  };

  /** The steps known so far: the first one, then the others once their chunk is here. */
  private steps(): readonly StepDefinition[] {
    return this.later ? [territoire, ...this.later.laterSteps] : [territoire];
  }

  private rules(): Rules {
    const timeZone = this.ml?.fuseauHoraire ?? DEFAULT_TIME_ZONE;
    return {
      // Worked out when a birth date asks for it: a time zone's first use loads ICU's data, ~100 ms
      // of a slow phone's CPU that the first step does not need.
      get today() {
        return dayIn(new Date(), timeZone);
      },
      age: this.ml?.age ?? DEFAULT_AGE_RANGE,
    };
  }

  /** The ML's facts, with its own texts in the language in use where it translated them. */
  private facts(): MissionLocalePublic | null {
    return this.ml && this.later ? this.later.localizedFacts(this.ml, this.locale) : this.ml;
  }

  private hours(): Hours {
    const { ml, later } = this;
    const lines = this.hoursOpened && ml && later ? later.hoursLines(ml, this.whole(later)) : null;
    return { lines, onToggle: this.handleHoursToggle };
  }

  private handleHoursToggle = (): void => {
    this.hoursOpened = true;
    this.requestUpdate();
  };

  private outsideNotice(later: Later): StepView["outsideNotice"] {
    return (orientation, commune) =>
      later.outsideTerritoryNotice(this.whole(later), orientation, commune, this.ml?.nom ?? "Mission Locale");
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
      communes: this.commune.lookup.state,
      orientation: this.commune.orientation.state,
      outsideNotice: this.later ? this.outsideNotice(this.later) : null,
      rappelAvant: this.deadline?.rappelAvant ?? null,
      messageMax: this.later?.messageMax ?? null,
      countries: () => this.later?.countryOptions(this.t.intl) ?? [],
      onCommuneChange: this.commune.choose,
      onChangePostalCode: this.handleChangePostalCode,
      onEdit: this.handleEdit,
      steps: this.steps(),
      level: this.headingLevel,
      birthLeft: this.birthLeft,
    };
  }

  /* ---------- Rendering ---------- */

  protected override render(): TemplateResult {
    const t = this.t;
    // Nothing in French while another language's table is on its way: a screen reader would start reading it.
    if (!this.language.ready()) return html`<div aria-busy="true"></div>`;
    if (this.framed) {
      const { endpoint, missionLocale, locale, origine } = this;
      return this.chunks.renderFrame({ endpoint: endpoint || SCRIPT_ORIGIN, missionLocale, locale, origine }, t.cadre);
    }
    // Until the ML's facts are here (its name heads the form, its languages make the switch): a
    // card of the first step's height, so that nothing below or inside it moves when they come.
    if (!this.mlFacts.answered) {
      return html`<div class="root waiting" part="root" lang=${t.lang} dir=${t.dir} aria-busy="true"><p>${t.chargement.formulaire}</p></div>`;
    }
    const sent = this.sending.current;
    let content: TemplateResult;
    let firstStep = false;
    if (this.mlFacts.state === "introuvable") {
      content = html`<p class="alert" role="alert">${fill(t.chargement.indisponible, { id: this.missionLocale })}</p>`;
    } else if (this.mlFacts.state === "origine-refusee" && this.ml) {
      content = originRefused(t, this.ml, this.hours());
    } else if (sent.state === "envoye" && this.later) {
      content = this.later.confirmation(
        this.whole(this.later),
        this.facts(),
        sent,
        new Date(),
        this.headingLevel,
        this.servedElsewhere,
      );
    } else {
      content = this.renderForm(t);
      firstStep = this.stepIndex === 0;
    }
    // The first step keeps the waiting card's room: nothing moves up when it comes a little shorter.
    return html`<div class="root ${firstStep ? "first" : ""}" part="root" lang=${t.lang} dir=${t.dir}>
      ${languageSwitch(t, this.language.offered(this.ml?.langues), this.locale, this.handleLanguage)} ${content}
      <div class="visually-hidden" role="status">${this.live.message}</div>
    </div>`;
  }

  private renderForm(t: FirstStrings): TemplateResult {
    const later = this.later;
    const step = this.steps()[this.stepIndex] ?? territoire;
    // The first step renders before the later chunk (and French's later part) is here.
    const body = later ? step.render(this.view(this.whole(later))) : territoire.render(this.view(t));
    const last = this.stepIndex === LAST_STEP;
    const sent = this.sending.current;
    return html`<form part="form" novalidate @submit=${this.handleSubmit} @input=${this.handleInput} @change=${this.handleSettled} @focusout=${this.handleSettled}>
      ${this.stepIndex === 0 ? intro(t, this.ml, this.hours()) : nothing} ${progress(t, this.stepIndex, STEP_IDS.length)}
      <section class="step" part="step" aria-labelledby="step-title">
        <h2 id="step-title" class="heading" part="heading" tabindex="-1" role="heading" aria-level=${this.headingLevel}>${t.etapes[step.id]}</h2>
        ${this.summaryShown ? errorSummary(t, summaryEntries(this.renderRoot, this.errors, this.stepIndex), this.focusField, this.headingLevel) : nothing}
        ${this.mlFacts.state === "reseau" ? html`<p class="notice">${t.chargement.reseau}</p>` : nothing}
        ${this.stepIndex === 0 ? html`<p class="convention">${t.intro.convention}</p>` : nothing}
        ${body}
      </section>
      ${last && later && sent.state === "echec" ? later.failure(this.whole(later), sent.text, this.ml?.telephone, this.headingLevel) : nothing}
      ${stepActions(
        t,
        last && later
          ? later.sendButton(this.whole(later), sent.state === "envoye" ? "attente" : sent.state)
          : undefined,
        this.stepIndex > 0 ? this.handleBack : undefined,
      )}
      ${honeypot(t)}
    </form>`;
  }

  /* ---------- Answers ---------- */

  private handleInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const answers = withAnswer(this.answers, control);
    if (!answers) return;
    this.answers = answers;
    if (control.dataset.path === POSTAL_PATH) this.commune.lookup.update(control.value);
    // Typing never changes the step; leaving the date's field does (a "change" event).
    if (event.type === "change" && control.dataset.path?.startsWith(DATE_PATH))
      this.birthLeft = text(answers, DATE_PATH);
  };

  /** Changed, or left: after a failed "Suivant", the messages of fields now right go away. */
  private handleSettled = async (event: Event): Promise<void> => {
    if (event.type === "change") this.handleInput(event);
    const later = this.later;
    if (!later?.mayClear(event, this.errors, this.stepIndex)) return;
    const step = this.steps()[this.stepIndex] ?? territoire;
    await this.checksReady(later, step);
    this.errors = later.withoutFixed(this.errors, this.stepIndex, this.stepErrors(step, later));
  };

  private handleChangePostalCode = (): void => selectPostalCode(this.renderRoot);

  private focusField = (path: string): void => focusField(this.renderRoot, path);

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
    const later = await this.chunks.loadLater();
    if (!later) {
      this.live.announce(this.t.chargement.validation);
      return;
    }
    const step = this.steps()[this.stepIndex] ?? territoire;
    this.birthLeft = text(this.answers, DATE_PATH);
    if (this.mlFacts.state === "reseau") void this.mlFacts.load();
    await this.checksReady(later, step);
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
    await this.goToStep(this.returnToReview ? LAST_STEP : this.stepIndex + 1);
  }

  /** What a check waits for: the communes of the postal code typed; every country's phone rules for a foreign number. */
  private async checksReady(later: Later, step: StepDefinition): Promise<void> {
    if (step.id === "territoire") await this.commune.lookup.settle(text(this.answers, POSTAL_PATH));
    await later.loadWorldTelephonesFor(this.answers);
  }

  private stepErrors(step: StepDefinition, later: Later): Record<string, string> {
    return later.stepErrors(step, this.view(this.whole(later)), this.language.errors(later.erreursFr));
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
    const id = STEP_IDS[index] ?? "territoire";
    this.stepIndex = index;
    this.summaryShown = false;
    const later = this.later;
    if (index === LAST_STEP && later) {
      this.returnToReview = false;
      this.deadline ??= new later.DeadlineController(this, this.api);
      void this.deadline.load();
    }
    this.live.announce(fill(this.t.annonceEtape, { n: index + 1, total: STEP_IDS.length, titre: this.t.etapes[id] }));
    this.dispatchStep();
    await this.updateComplete;
    if (focusPath) {
      this.focusField(focusPath);
      return;
    }
    focusStepTitle(this.renderRoot);
  }

  private dispatchStep(): void {
    const step = STEP_IDS[this.stepIndex] ?? "territoire";
    this.dispatchEvent(new MlStepEvent({ step, index: this.stepIndex, count: STEP_IDS.length }));
    this.funnel.reach(step);
  }

  /* ---------- Sending ---------- */

  private async send(later: Later): Promise<void> {
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>("#f-siteWeb")?.value ?? "";
    const meta = { dureeSaisieMs: this.funnel.elapsed(), siteWeb: honeypot };
    const checked = later.buildPayload(later.askedAnswers(this.answers, this.steps(), this.rules()), meta);
    const table = this.language.errors(later.erreursFr);
    if (!checked.ok) {
      await this.showErrorsFrom(later.onFields(checked.errors, table, this.t.typographie));
      return;
    }
    const t = this.whole(later);
    const result = await this.sending.submit(later.submitRegistration, checked.payload, t, (failed) =>
      later.failureText(failed, t),
    );
    if (result?.kind === "validation") {
      await this.showErrorsFrom(
        later.onFields(later.serverMessages(result.erreurs, result.codes, table), table, this.t.typographie),
      );
    }
  }

  /** The server has the registration: nothing personal stays in memory. */
  private forgetAnswers(): void {
    this.funnel.sent();
    this.servedElsewhere = this.commune.servedElsewhere();
    this.answers = {};
    this.errors = {};
    this.birthLeft = "";
  }

  /** Errors found on the whole payload (here or by the server): shown on the first step concerned. */
  private async showErrorsFrom(errors: Record<string, string>): Promise<void> {
    const first = Math.min(...Object.keys(errors).map(stepIndexOf));
    this.errors = errors;
    if (first !== this.stepIndex) {
      this.stepIndex = first;
      this.dispatchStep();
    }
    await this.showSummary();
  }
}
