/**
 * The form's language: the youth's choice in the language switch, else the nearest `lang` up the
 * page (the element's own included), else French. English and Arabic come in chunks of their own;
 * when one cannot be fetched, French is shown instead.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { FirstStrings, Strings } from "../../contract/i18n/fr";
import { frPremier } from "../../contract/i18n/fr-premier";
import { LOCALES, type Locale, localeOf } from "../../contract/i18n/locales";
import { loadLocale, tablesOf } from "../i18n/load";

export class LanguageController implements ReactiveController {
  /** The youth's choice in the language switch; null: the page's language. */
  private chosen: Locale | null = null;
  /** Languages whose chunk could not be fetched: French is shown instead. */
  private readonly unavailable = new Set<Locale>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Before each render: the table of the language in use is asked for when it is not here. */
  hostUpdate(): void {
    if (!this.ready()) void this.load(this.locale);
  }

  get locale(): Locale {
    return this.chosen ?? localeOf(this.host.closest("[lang]")?.getAttribute("lang")) ?? "fr";
  }

  /** Whether the table of the language in use is here (or will never be: French is used then). */
  ready(): boolean {
    const locale = this.locale;
    return locale === "fr" || tablesOf(locale) !== undefined || this.unavailable.has(locale);
  }

  /**
   * The first part of the table in use: all the first paint needs. French while another language
   * is on its way (nothing is shown then) or if its chunk could not be fetched.
   */
  get first(): FirstStrings {
    return tablesOf(this.locale)?.strings ?? frPremier;
  }

  /** The whole table in use; `french`: French's, which comes with the later chunk. */
  whole(french: Strings): Strings {
    return tablesOf(this.locale)?.strings ?? french;
  }

  /** The schema's messages in the language in use; `french`: French's, from the later chunk. */
  errors(french: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
    return tablesOf(this.locale)?.erreurs ?? french;
  }

  /** The languages the switch offers: the ML's (`langues` of its facts), and the one in use. */
  offered(langues: readonly string[] = []): Locale[] {
    const offered = langues.map(localeOf).filter((l): l is Locale => l !== null);
    return LOCALES.filter((l) => offered.includes(l) || (offered.length > 1 && l === this.locale));
  }

  /**
   * The youth picked `locale` in the switch: a language that failed before is tried again. The
   * form stays in the current language until the new one is here, so it is never emptied while
   * loading and the pressed button keeps the focus.
   */
  async choose(locale: Locale): Promise<void> {
    this.unavailable.delete(locale);
    await this.load(locale, false);
    this.chosen = locale;
    this.host.requestUpdate();
  }

  private async load(locale: Locale, update = true): Promise<void> {
    if (locale === "fr") return;
    if (!(await loadLocale(locale))) this.unavailable.add(locale);
    if (update) this.host.requestUpdate();
  }
}
