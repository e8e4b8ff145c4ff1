/** Step 4: school and training, the way I-Milo records them. */
import { html, nothing } from "lit";
import { DERNIERES_CLASSES, DIPLOMES, OUI_NON_INCONNU, SITUATIONS_PARCOURS } from "../../contract/schema/enums";
import { futureLeavingYear } from "../../contract/schema/payload";
import { text } from "../answers";
import { optionsOf, radioGroup, selectField } from "../fields/choice";
import { textField } from "../fields/text";
import type { StepDefinition } from "./types";

const SITUATION = "parcours.situation";
const ANNEE_SORTIE = "parcours.anneeSortie";
const EN_SCOLARITE = "SCOLARITE";

/** The school-leaving year is asked once a situation other than "still at school" is chosen. */
function asksLeavingYear(situation: string): boolean {
  return situation !== "" && situation !== EN_SCOLARITE;
}

export const parcours: StepDefinition = {
  id: "parcours",

  render(view) {
    const { options } = view.t;
    return html`
      ${radioGroup(view, { path: SITUATION, options: optionsOf(SITUATIONS_PARCOURS, options.situation) })}
      ${selectField(view, { path: "parcours.derniereClasse", options: optionsOf(DERNIERES_CLASSES, options.derniereClasse) })}
      ${selectField(view, { path: "parcours.diplome", options: optionsOf(DIPLOMES, options.diplome) })}
      ${
        asksLeavingYear(text(view.answers, SITUATION))
          ? textField(view, { path: ANNEE_SORTIE, optional: true, inputmode: "numeric", width: "short" })
          : nothing
      }
      ${radioGroup(view, { path: "parcours.inscritFranceTravail", options: optionsOf(OUI_NON_INCONNU, options.ouiNonInconnu) })}
      ${radioGroup(view, { path: "parcours.dejaVenuMissionLocale", options: optionsOf(OUI_NON_INCONNU, options.ouiNonInconnu) })}
    `;
  },

  check(errors, view, messageOf) {
    const future = futureLeavingYear(Number(text(view.answers, ANNEE_SORTIE).trim()), view.rules.today);
    if (!errors[ANNEE_SORTIE] && future) errors[ANNEE_SORTIE] = messageOf(future.key, future.params);
  },

  asks: (path, answers) => path !== ANNEE_SORTIE || asksLeavingYear(text(answers, SITUATION)),
};
