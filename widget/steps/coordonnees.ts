/** Step 3: the rest of the address (the commune was chosen on the first step), phone and e-mail. */
import { html } from "lit";
import { fill } from "../../contract/i18n/fr-premier";
import { text } from "../answers";
import { COMMUNE_PATH, POSTAL_PATH } from "../controllers/commune-lookup";
import { textField } from "../fields/text";
import type { StepDefinition } from "./types";

export const coordonnees: StepDefinition = {
  id: "coordonnees",

  render(view) {
    const { t } = view;
    const place = [text(view.answers, POSTAL_PATH), text(view.answers, COMMUNE_PATH)].filter(Boolean).join(" ");
    return html`
      ${textField(view, { path: "coordonnees.adresse.ligne1", autocomplete: "address-line1", spellcheck: false })}
      ${textField(view, {
        path: "coordonnees.adresse.complement",
        optional: true,
        autocomplete: "address-line2",
        spellcheck: false,
      })}
      <p class="found">
        <span class="found-label">${fill(t.etiquette, { label: t.champs[COMMUNE_PATH].label })}</span>
        <strong><bdi>${place}</bdi></strong>
      </p>
      ${textField(view, { path: "coordonnees.telephone", type: "tel", autocomplete: "tel", inputmode: "tel" })}
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
};
