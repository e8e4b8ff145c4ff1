/**
 * The language switch, when the Mission Locale offers several languages: one button per
 * language, each named in that language (and marked with its `lang`, so a screen reader says it
 * right), the current one pressed. In memory only: nothing is stored in the browser.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FirstStrings } from "../../contract/i18n/fr";
import { AUTONYMS, type Locale } from "../../contract/i18n/locales";

export function languageSwitch(
  t: FirstStrings,
  offered: readonly Locale[],
  current: Locale,
  choose: (locale: Locale) => void,
): TemplateResult | typeof nothing {
  if (offered.length < 2) return nothing;
  return html`<div class="langs" role="group" aria-label=${t.langue}>
    ${offered.map(
      (locale) =>
        html`<button type="button" class="lang" part="button" lang=${locale} aria-pressed=${locale === current ? "true" : "false"} @click=${() => choose(locale)}>
          ${AUTONYMS[locale]}
        </button>`,
    )}
  </div>`;
}
