/**
 * Step 1: where the youth lives (postal code → commune from the server's list). Asked first, so
 * that a youth of another territory learns at once which Mission Locale serves them. Rendered
 * before the later chunk is here: it reads only the first part of the table.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { OrientationResponse } from "../../contract/api-types";
import { telHref } from "../../contract/contact";
import type { FirstStrings } from "../../contract/i18n/fr";
import { fill } from "../../contract/i18n/fr-premier";
import { text } from "../answers";
import { COMMUNE_PATH, INSEE_PATH, POSTAL_PATH } from "../controllers/commune-lookup";
import type { OtherMissionLocale } from "../controllers/orientation";
import { selectField } from "../fields/select";
import { textField } from "../fields/text";
import type { FirstStepView, MessageOf, StepDefinition } from "./types";

/** The national finder, when the State's directory can't name the Mission Locale of a commune. */
export const NATIONAL_FINDER = "https://www.mission-locale.fr/";

/** Every competent ML the server named (a commune may have two). */
export function otherMissionLocales(orientation: OrientationResponse): OtherMissionLocale[] {
  if (orientation.missionsLocales && orientation.missionsLocales.length > 0) return orientation.missionsLocales;
  return orientation.missionLocale ? [orientation.missionLocale] : [];
}

/**
 * The notice's sentences as one message for the live region, said once when the answer is
 * here: the commune, who serves it (or where to look), and whether the form may still be sent.
 */
export function outsideTerritoryMessage(t: FirstStrings, orientation: OrientationResponse, nom: string): string {
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

function otherMl(t: FirstStrings, other: OtherMissionLocale): TemplateResult {
  return html`<p class="other-ml">
    <strong><bdi>${other.nom}</bdi></strong>
    ${other.adresse ? html`<br /><bdi>${other.adresse}</bdi>` : nothing}
    ${other.telephone ? html`<br /><a href=${telHref(other.telephone)}>${other.telephone}</a>` : nothing}
    ${other.siteWeb ? html`<br /><a href=${other.siteWeb} rel="noopener">${t.orientation.siteWeb}</a>` : nothing}
  </p>`;
}

/** A commune outside the territory: one notice, shown once the server said who serves it. */
function outsideTerritory(view: FirstStepView): TemplateResult | typeof nothing {
  const { communes, orientation, t, ml } = view;
  if (communes.status !== "pret") return nothing;
  const chosen = communes.communes.find((c) => c.codeInsee === text(view.answers, INSEE_PATH));
  if (!chosen || chosen.territoire) return nothing;
  if (orientation === "chargement") return html`<p class="hint loading">${t.orientation.recherche}</p>`;
  if (!orientation || orientation.codeInsee !== chosen.codeInsee) return nothing;
  const others = otherMissionLocales(orientation);
  const nom = ml?.nom ?? "Mission Locale";
  const finder = html`<a href=${NATIONAL_FINDER} rel="noopener">${t.orientation.lienNational}</a>`;
  return html`<div class="notice orientation" part="notice">
    <p><strong>${fill(t.orientation.horsTerritoire, { commune: chosen.nom, nom })}</strong></p>
    ${
      others.length > 0
        ? html`<p>${others.length > 1 ? t.orientation.autresMl : t.orientation.autreMl}</p>
            ${others.map((other) => otherMl(t, other))}`
        : html`${orientation.annuaire === "indisponible" ? html`<p>${t.orientation.indisponible}</p>` : nothing}
            <p>${t.orientation.introuvable} ${finder}</p>`
    }
    <p>${orientation.horsTerritoire === "rediriger" ? t.orientation.rediriger : fill(t.orientation.accepter, { nom })}</p>
  </div>`;
}

/** What the postal code gave: one commune shown, several to choose from, none, or a failure. */
function commune(view: FirstStepView): TemplateResult | typeof nothing {
  const { communes, t } = view;
  if (communes.status === "vide") return nothing;
  if (communes.status === "recherche") return html`<p class="hint loading">${t.communes.recherche}</p>`;
  if (communes.status === "erreur") return html`<p class="notice">${t.communes.erreur}</p>`;
  if (communes.communes.length === 0) return nothing;
  if (communes.communes.length > 1) {
    return html`${selectField(view, {
      path: COMMUNE_PATH,
      options: communes.communes.map((c) => ({ value: c.codeInsee, label: c.nom })),
      value: text(view.answers, INSEE_PATH),
      autocomplete: "address-level2",
      onChange: view.onCommuneChange,
    })}${outsideTerritory(view)}`;
  }
  return html`<div class="field" part="field">
    <p class="found">
      <span class="found-label">${fill(t.etiquette, { label: t.champs[COMMUNE_PATH].label })}</span>
      <strong>${text(view.answers, COMMUNE_PATH)}</strong>
    </p>
    ${outsideTerritory(view)}
    <button type="button" class="button button--link" part="button" @click=${view.onChangePostalCode}>
      ${t.boutons.changerCodePostal}
    </button>
  </div>`;
}

export const territoire = {
  id: "territoire",

  render(view: FirstStepView) {
    return html`
      ${textField(view, { path: POSTAL_PATH, autocomplete: "postal-code", inputmode: "numeric", width: "short" })}
      ${commune(view)}
    `;
  },

  check(errors: Record<string, string>, view: FirstStepView, messageOf: MessageOf) {
    // Both commune paths are one field for the youth.
    if (errors[INSEE_PATH]) {
      errors[COMMUNE_PATH] ??= errors[INSEE_PATH];
      delete errors[INSEE_PATH];
    }
    const { communes, t } = view;
    const codePostal = text(view.answers, POSTAL_PATH).trim();
    if (!errors[POSTAL_PATH] && communes.status === "pret" && communes.communes.length === 0) {
      errors[POSTAL_PATH] = messageOf("codePostal.inconnu", { codePostal });
    }
    if (!errors[POSTAL_PATH] && communes.status === "erreur") errors[POSTAL_PATH] = t.communes.erreur;
    // No "choose your commune" while the postal code itself is the problem.
    if (errors[POSTAL_PATH]) delete errors[COMMUNE_PATH];
    // This ML only redirects youths of other territories: the form stops here for them.
    const { orientation } = view;
    if (!errors[COMMUNE_PATH] && typeof orientation === "object" && orientation?.horsTerritoire === "rediriger") {
      if (!orientation.territoire && orientation.codeInsee === text(view.answers, INSEE_PATH)) {
        errors[COMMUNE_PATH] = messageOf("commune.horsTerritoire", { commune: orientation.commune });
      }
    }
  },
} satisfies StepDefinition;
