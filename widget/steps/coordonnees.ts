/**
 * Step 2: address (postal code → commune from the server's list; the street optional for a youth
 * with no fixed address), phone (a foreign number is flagged) and e-mail.
 */
import { html, nothing, type TemplateResult } from "lit";
import { telHref } from "../../contract/contact";
import { fill } from "../../contract/i18n/fr-premier";
import { isWorldTelephone } from "../../contract/schema/telephone";
import { text } from "../answers";
import { COMMUNE_PATH, INSEE_PATH, POSTAL_PATH } from "../controllers/commune-lookup";
import { checkbox } from "../fields/checkbox";
import { selectField } from "../fields/choice";
import { textField } from "../fields/text";
import type { StepDefinition, StepView } from "./types";

/** The national finder, when the State's directory can't name the Mission Locale of a commune. */
const NATIONAL_FINDER = "https://www.mission-locale.fr/";
/** Ticked by a youth with no fixed address: the street may be left out (the schema's rule). */
const SANS_ADRESSE_PATH = "coordonnees.adresse.sansAdresseFixe";
const TELEPHONE_PATH = "coordonnees.telephone";

/** A commune outside the territory: say so kindly and show who serves it. */
function outsideTerritory(view: StepView): TemplateResult | typeof nothing {
  const { communes, orientation, t, ml } = view;
  if (communes.status !== "pret") return nothing;
  const chosen = communes.communes.find((c) => c.codeInsee === text(view.answers, INSEE_PATH));
  if (!chosen || chosen.territoire) return nothing;
  if (orientation === "chargement") return html`<p class="hint loading">${t.orientation.recherche}</p>`;
  const other = orientation?.codeInsee === chosen.codeInsee ? orientation.missionLocale : null;
  const redirectOnly = orientation?.horsTerritoire === "rediriger";
  const nom = ml?.nom ?? "Mission Locale";
  return html`<div class="notice orientation" part="notice">
    <p><strong>${fill(t.orientation.horsTerritoire, { commune: chosen.nom, nom })}</strong></p>
    ${
      other
        ? html`<p>${t.orientation.autreMl}</p>
            <p class="other-ml">
              <strong><bdi>${other.nom}</bdi></strong>
              ${other.adresse ? html`<br /><bdi>${other.adresse}</bdi>` : nothing}
              ${other.telephone ? html`<br /><a href=${telHref(other.telephone)}>${other.telephone}</a>` : nothing}
              ${other.siteWeb ? html`<br /><a href=${other.siteWeb} rel="noopener">${t.orientation.siteWeb}</a>` : nothing}
            </p>`
        : html`<p>${t.orientation.introuvable} <a href=${NATIONAL_FINDER} rel="noopener">${t.orientation.lienNational}</a></p>`
    }
    <p>${redirectOnly ? t.orientation.rediriger : fill(t.orientation.accepter, { nom })}</p>
  </div>`;
}

/** What the postal code gave: one commune shown, several to choose from, none, or a failure. */
function commune(view: StepView): TemplateResult | typeof nothing {
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

export const coordonnees: StepDefinition = {
  id: "coordonnees",

  render(view) {
    const sansAdresseFixe = view.answers[SANS_ADRESSE_PATH] === true;
    const telephone = text(view.answers, TELEPHONE_PATH);
    return html`
      ${textField(view, {
        path: "coordonnees.adresse.ligne1",
        optional: sansAdresseFixe,
        autocomplete: "address-line1",
        spellcheck: false,
      })}
      ${checkbox(view, SANS_ADRESSE_PATH, { required: false })}
      ${textField(view, {
        path: "coordonnees.adresse.complement",
        optional: true,
        autocomplete: "address-line2",
        spellcheck: false,
      })}
      ${textField(view, {
        path: POSTAL_PATH,
        autocomplete: "postal-code",
        inputmode: "numeric",
        width: "short",
      })}
      ${commune(view)}
      ${textField(view, {
        path: TELEPHONE_PATH,
        type: "tel",
        autocomplete: "tel",
        inputmode: "tel",
        note: isWorldTelephone(telephone) && !view.errors[TELEPHONE_PATH] ? view.t.telephoneEtranger : undefined,
      })}
      ${textField(view, {
        path: "coordonnees.email",
        optional: true,
        type: "email",
        autocomplete: "email",
        inputmode: "email",
        spellcheck: false,
        autocapitalize: "none",
      })}
    `;
  },

  check(errors, view, messageOf) {
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
};
