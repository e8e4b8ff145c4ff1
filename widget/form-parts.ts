/**
 * The pieces around the steps: the intro before the first field, the progress, the anti-spam
 * field, and what replaces the form on a site the ML does not allow. Plain templates; the element
 * wires them. (Sending's pieces: sending.ts.)
 */
import { html, nothing, type TemplateResult } from "lit";
import type { MissionLocalePublic } from "../contract/api-types";
import { postalAddress, telHref } from "../contract/contact";
import type { FirstStrings as Strings } from "../contract/i18n/fr";
import { fill } from "../contract/i18n/fr-premier";
import { fillWith } from "./fields/shared";

/** The heading-level attribute: 1 to 4 (the titles inside go down to two levels below, h6 at most), else 2. */
export function headingLevelOf(value: string | null): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 4 ? level : 2;
}

/** One short line before the first field: who receives this, and the other ways in (phone, address, hours). */
export function intro(t: Strings, ml: MissionLocalePublic | null, hours: Hours): TemplateResult | typeof nothing {
  if (!ml) return nothing;
  return html`<div class="intro">
    <p>${fill(t.intro.destinataire, { nom: ml.nom })} ${otherWays(t.intro.autresMoyens, ml)}</p>
    ${hoursOf(t, ml, hours)}
  </div>`;
}

/**
 * Instead of the form when the ML does not let this site send: no youth fills a form that cannot
 * go; the ML's phone, address and hours instead.
 */
export function originRefused(t: Strings, ml: MissionLocalePublic, hours: Hours): TemplateResult {
  return html`<div class="notice" part="notice" role="alert">
    <p>${otherWays(t.chargement.origine, ml)}</p>
    ${hoursOf(t, ml, hours)}
  </div>`;
}

/** A sentence with the ML's name, address and phone (a link that dials). */
function otherWays(template: string, ml: MissionLocalePublic): TemplateResult {
  const phone = html`<a href=${telHref(ml.telephone)}>${ml.telephone}</a>`;
  return fillWith(template, { nom: ml.nom, adresse: postalAddress(ml) }, "telephone", phone);
}

/**
 * The ML's hours in words (contract/opening-hours.ts, in the later chunk), worked out once the
 * youth opens the list: a page's first date formatter loads ICU's data, ~80 ms of a slow phone's
 * CPU that neither the first step nor "Suivant" should wait for. `lines` is null until then.
 */
export interface Hours {
  lines: readonly string[] | null;
  onToggle(): void;
}

function hoursOf(t: Strings, ml: MissionLocalePublic, hours: Hours): TemplateResult | typeof nothing {
  const given = ml.fermetures.length > 0 || Object.values(ml.horaires).some((periods) => periods && periods.length > 0);
  return given
    ? html`<details @toggle=${hours.onToggle}>
        <summary>${t.intro.horaires}</summary>
        <ul class="list">${(hours.lines ?? []).map((line) => html`<li>${line}</li>`)}</ul>
      </details>`
    : nothing;
}

/** "Étape 2 sur 7" in words, and a bar for the eyes only. */
export function progress(t: Strings, index: number, count: number): TemplateResult {
  return html`<p class="progress-text">${fill(t.etape, { n: index + 1, total: count })}</p>
    <ol class="progress-bar" aria-hidden="true">
      ${Array.from({ length: count }, (_, i) => html`<li class=${i <= index ? "done" : ""}></li>`)}
    </ol>`;
}

/** A field people never see nor hear (off-screen, out of the tab order, hidden from assistive tech); robots fill it. */
export function honeypot(t: Strings): TemplateResult {
  return html`<div class="hp" aria-hidden="true">
    <label for="f-siteWeb">${t.honeypot}</label>
    <input id="f-siteWeb" name="siteWeb" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

/** "Suivant" (or the last step's send button), and "Retour" after the first step. */
export function stepActions(t: Strings, primary: TemplateResult | undefined, onBack?: () => void): TemplateResult {
  return html`<div class="actions">
    ${primary ?? html`<button type="submit" class="button button--primary" part="button">${t.boutons.suivant}</button>`}
    ${
      onBack
        ? html`<button type="button" class="button button--secondary" part="button" @click=${onBack}>
            ${t.boutons.retour}
          </button>`
        : nothing
    }
  </div>`;
}
