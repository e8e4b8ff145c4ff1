/**
 * After sending: the reference to quote on the phone, when the ML calls back (in its time zone),
 * where and when to come, the next welcome sessions and what to bring. A youth outside the
 * territory sees their own Mission Locale first and that this one calls to tell them where to go,
 * not this one's sessions and documents, which are not theirs.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { MissionLocalePublic, OrientationResponse } from "../../contract/api-types";
import { postalAddress, telHref } from "../../contract/contact";
import { callbackDeadline, sessionDate } from "../../contract/format";
import type { Strings } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import { hoursLines } from "../../contract/opening-hours";
import { fillWith } from "../fields/shared";
import { otherMissionLocales, otherMissionLocalesList } from "./outside-territory";

export interface Accepted {
  reference: string;
  rappelAvant: string;
}

const SESSIONS_SHOWN = 3;

/** A map of the ML's address (not the youth's): OpenStreetMap's search, no tracker. */
function mapHref(ml: MissionLocalePublic): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(postalAddress(ml))}`;
}

function sessions(ml: MissionLocalePublic, now: Date, t: Strings, sub: number): TemplateResult | typeof nothing {
  const upcoming = ml.accueilsCollectifs.filter((s) => Date.parse(s.debut) > now.getTime()).slice(0, SESSIONS_SHOWN);
  if (upcoming.length === 0) return nothing;
  return html`<h3 role="heading" aria-level=${sub}>${t.confirmation.accueils}</h3>
    <p>${t.confirmation.accueilsExplication}</p>
    <ul class="list">
      ${upcoming.map((s) => {
        const date = sessionDate(s.debut, ml.fuseauHoraire, t);
        return html`<li>${s.lieu ? fill(t.confirmation.accueilLieu, { date, lieu: s.lieu }) : date}</li>`;
      })}
    </ul>`;
}

/** Their own Mission Locale (or where to find it), then what happens next. */
function elsewhere(
  t: Strings,
  ml: MissionLocalePublic | null,
  orientation: OrientationResponse,
  delai: string,
  sub: number,
) {
  const others = otherMissionLocales(orientation);
  return html`<h3 role="heading" aria-level=${sub}>${others.length > 1 ? t.confirmation.vosMl : t.confirmation.votreMl}</h3>
    ${otherMissionLocalesList(t, orientation)}
    <p class="lead">
      ${fillWith(t.confirmation.orienter, { nom: ml?.nom ?? "Mission Locale" }, "delai", html`<strong>${delai}</strong>`)}
    </p>
    ${
      ml
        ? html`<p>${fillWith(t.confirmation.appelManque, {}, "telephone", html`<a href=${telHref(ml.telephone)}>${ml.telephone}</a>`)}</p>`
        : nothing
    }`;
}

export function confirmation(
  t: Strings,
  ml: MissionLocalePublic | null,
  accepted: Accepted,
  now: Date,
  /** The title's heading level (the element's heading-level); the others are one below. */
  level = 2,
  servedElsewhere: OrientationResponse | null = null,
): TemplateResult {
  const sub = level + 1;
  const timeZone = ml?.fuseauHoraire ?? "Europe/Paris";
  const delai = callbackDeadline(accepted.rappelAvant, now, timeZone, t);
  const banner = html`<div class="confirmation-banner">
      <svg class="confirmation-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor" />
      </svg>
      <h2 id="confirmation-title" class="heading" part="heading" tabindex="-1" role="heading" aria-level=${level}>${t.confirmation.titre}</h2>
    </div>
    <p class="reference-line">${t.confirmation.reference} <strong class="reference">${accepted.reference}</strong></p>`;
  if (servedElsewhere) {
    return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
      ${banner} ${elsewhere(t, ml, servedElsewhere, delai, sub)}
    </section>`;
  }
  return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
    ${banner}
    <p class="lead">${fillWith(t.confirmation.rappel, {}, "delai", html`<strong>${delai}</strong>`)}</p>
    ${
      ml
        ? html`<p>${fillWith(t.confirmation.appelManque, {}, "telephone", html`<a href=${telHref(ml.telephone)}>${ml.telephone}</a>`)}</p>`
        : nothing
    }
    ${
      ml
        ? html`${
            ml.documentsAApporter.length > 0
              ? html`<h3 role="heading" aria-level=${sub}>${t.confirmation.documents}</h3>
                  <ul class="list">${ml.documentsAApporter.map((doc) => html`<li><bdi>${doc}</bdi></li>`)}</ul>`
              : nothing
          }
          ${sessions(ml, now, t, sub)}
          <h3 role="heading" aria-level=${sub}>${t.confirmation.ouVenir}</h3>
          <p><bdi>${ml.nom}</bdi><br /><bdi>${postalAddress(ml)}</bdi><br /><a class="target" href=${telHref(ml.telephone)}>${ml.telephone}</a></p>
          <p><a class="target" href=${mapHref(ml)} rel="noopener">${t.confirmation.carte}</a></p>
          <h3 role="heading" aria-level=${sub}>${t.confirmation.horaires}</h3>
          <ul class="list">
            ${hoursLines(ml, t).map((line) => html`<li>${line}</li>`)}
          </ul>`
        : nothing
    }
  </section>`;
}
