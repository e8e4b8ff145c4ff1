/**
 * The pieces around the steps: the intro before the first field, the progress, the anti-spam
 * field. Plain templates; the element wires them. (Sending's pieces: sending.ts.)
 */
import { html, nothing, type TemplateResult } from "lit";
import type { MissionLocalePublic } from "../contract/api-types";
import { closures, openingHours, postalAddress, telHref } from "../contract/contact";
import type { FirstStrings as Strings } from "../contract/i18n/fr";
import { fill } from "../contract/i18n/fr-premier";
import { fillWith } from "./fields/shared";

/** One short line before the first field: who receives this, and the other ways in (phone, address, hours). */
export function intro(t: Strings, ml: MissionLocalePublic | null): TemplateResult | typeof nothing {
  if (!ml) return nothing;
  const hours = [...openingHours(ml.horaires, t), ...closures(ml.fermetures, t)];
  const phone = html`<a href=${telHref(ml.telephone)}>${ml.telephone}</a>`;
  return html`<div class="intro">
    <p>
      ${fill(t.intro.destinataire, { nom: ml.nom })}
      ${fillWith(t.intro.autresMoyens, { adresse: postalAddress(ml) }, "telephone", phone)}
    </p>
    ${
      hours.length > 0
        ? html`<details>
            <summary>${t.intro.horaires}</summary>
            <ul class="list">${hours.map((line) => html`<li>${line}</li>`)}</ul>
          </details>`
        : nothing
    }
  </div>`;
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
