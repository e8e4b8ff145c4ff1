/**
 * A commune outside the Mission Locale's territory: who serves it, in the first step's notice,
 * in the live region and on the confirmation. In the later chunk, with its words: by the time a
 * youth has typed a postal code and the server has answered, the chunk is there (the first step
 * shows "looking for your Mission Locale" until it is).
 */
import { html, nothing, type TemplateResult } from "lit";
import type { OrientationResponse } from "../../contract/api-types";
import { telHref } from "../../contract/contact";
import type { Strings } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import type { OtherMissionLocale } from "../controllers/orientation";

/** The national finder, when the State's directory can't name the Mission Locale of a commune. */
const NATIONAL_FINDER = "https://www.mission-locale.fr/";

/** Every competent ML the server named (a commune may have two). */
export function otherMissionLocales(orientation: OrientationResponse): OtherMissionLocale[] {
  if (orientation.missionsLocales && orientation.missionsLocales.length > 0) return orientation.missionsLocales;
  return orientation.missionLocale ? [orientation.missionLocale] : [];
}

/**
 * The notice's sentences as one message for the live region, said once when the answer is
 * here: the commune, who serves it (or where to look), and whether the form may still be sent.
 */
export function outsideTerritoryMessage(t: Strings, orientation: OrientationResponse, nom: string): string {
  const others = otherMissionLocales(orientation);
  const parts = [fill(t.orientation.horsTerritoire, { commune: orientation.commune, nom })];
  if (others.length > 0) {
    parts.push(others.length > 1 ? t.orientation.autresMl : t.orientation.autreMl);
    for (const other of others) {
      const site = other.siteWeb ? fill(t.orientation.site, { url: other.siteWeb }) : "";
      parts.push(`${[other.nom, other.telephone, other.adresse].filter(Boolean).join(", ")}.`, site);
    }
  } else {
    if (orientation.annuaire === "indisponible") parts.push(t.orientation.indisponible);
    parts.push(t.orientation.national);
  }
  parts.push(
    orientation.horsTerritoire === "rediriger" ? t.orientation.rediriger : fill(t.orientation.accepter, { nom }),
  );
  return parts.filter(Boolean).join(" ");
}

/** Each Mission Locale the server named (name, phone, address, site), or the national finder. */
export function otherMissionLocalesList(t: Strings, orientation: OrientationResponse): TemplateResult {
  const others = otherMissionLocales(orientation);
  if (others.length === 0) {
    return html`<p>${t.orientation.introuvable} <a href=${NATIONAL_FINDER} rel="noopener">${t.orientation.lienNational}</a></p>`;
  }
  return html`${others.map(
    (other) => html`<p class="other-ml">
      <strong><bdi>${other.nom}</bdi></strong>
      ${other.telephone ? html`<br /><a href=${telHref(other.telephone)}>${other.telephone}</a>` : nothing}
      ${other.adresse ? html`<br /><bdi>${other.adresse}</bdi>` : nothing}
      ${other.siteWeb ? html`<br /><a href=${other.siteWeb} rel="noopener">${t.orientation.siteWeb}</a>` : nothing}
    </p>`,
  )}`;
}

/** The first step's notice for `commune`, once the server said who serves it. */
export function outsideTerritoryNotice(
  t: Strings,
  orientation: OrientationResponse,
  commune: string,
  nom: string,
): TemplateResult {
  const others = otherMissionLocales(orientation);
  return html`<div class="notice orientation" part="notice">
    <p><strong>${fill(t.orientation.horsTerritoire, { commune, nom })}</strong></p>
    ${others.length > 0 ? html`<p>${others.length > 1 ? t.orientation.autresMl : t.orientation.autreMl}</p>` : nothing}
    ${others.length === 0 && orientation.annuaire === "indisponible" ? html`<p>${t.orientation.indisponible}</p>` : nothing}
    ${otherMissionLocalesList(t, orientation)}
    <p>${orientation.horsTerritoire === "rediriger" ? t.orientation.rediriger : fill(t.orientation.accepter, { nom })}</p>
  </div>`;
}
