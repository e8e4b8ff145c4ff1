/**
 * Step 3: the rest of the address (the commune was chosen on the first step; the street optional
 * for a youth with no fixed address), phone (a foreign number is flagged) and e-mail.
 */
import { html } from "lit";
import { fill } from "../../contract/i18n/fr-premier";
import { isWorldTelephone } from "../../contract/schema/telephone";
import { text } from "../answers";
import { COMMUNE_PATH, POSTAL_PATH } from "../controllers/commune-lookup";
import { checkbox } from "../fields/checkbox";
import { textField } from "../fields/text";
import type { StepDefinition } from "./types";

/** Ticked by a youth with no fixed address: the street may be left out (the schema's rule). */
const SANS_ADRESSE_PATH = "coordonnees.adresse.sansAdresseFixe";
const TELEPHONE_PATH = "coordonnees.telephone";

export const coordonnees: StepDefinition = {
  id: "coordonnees",

  render(view) {
    const sansAdresseFixe = view.answers[SANS_ADRESSE_PATH] === true;
    const telephone = text(view.answers, TELEPHONE_PATH);
    const { t } = view;
    const place = [text(view.answers, POSTAL_PATH), text(view.answers, COMMUNE_PATH)].filter(Boolean).join(" ");
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
      <p class="found">
        <span class="found-label">${fill(t.etiquette, { label: t.champs[COMMUNE_PATH].label })}</span>
        <strong><bdi>${place}</bdi></strong>
      </p>
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
};
