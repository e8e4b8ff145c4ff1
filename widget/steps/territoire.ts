/**
 * Step 1: where the youth lives (postal code → commune from the server's list). Asked first, so
 * that a youth of another territory learns at once which Mission Locale serves them. Rendered
 * before the later chunk is here: it reads only the first part of the table.
 */
import { html, nothing, type TemplateResult } from "lit";
import { fill } from "../../contract/i18n/fr-premier";
import { text } from "../answers";
import { COMMUNE_PATH, INSEE_PATH, POSTAL_PATH } from "../controllers/commune-lookup";
import { selectField } from "../fields/select";
import { textField } from "../fields/text";
import type { FirstStepView, MessageOf, StepDefinition } from "./types";

/**
 * A commune outside the territory: one notice, shown once the server said who serves it and the
 * later chunk (the notice and its words) is here; "looking for your Mission Locale" until then.
 */
function outsideTerritory(view: FirstStepView): TemplateResult | typeof nothing {
  const { communes, orientation, t } = view;
  if (communes.status !== "pret") return nothing;
  const chosen = communes.communes.find((c) => c.codeInsee === text(view.answers, INSEE_PATH));
  if (!chosen || chosen.territoire) return nothing;
  if (typeof orientation === "object" && orientation?.codeInsee !== chosen.codeInsee) return nothing;
  const notice = orientation === "chargement" ? undefined : view.outsideNotice?.(orientation, chosen.nom);
  return notice ?? html`<p class="hint loading">${t.communes.rechercheMl}</p>`;
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
