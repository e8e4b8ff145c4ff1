/**
 * French wording of the counters for a director (third person, short), keyed by the payload's
 * values so a new enum value fails the type check here rather than showing a raw code.
 */
import type { EtapeParcours } from "../../contract/api-types";
import { optionsFr } from "../../contract/i18n/options-fr";
import type { DIPLOMES, ORIGINES, OUI_NON_INCONNU, SITUATIONS_LOGEMENT } from "../../contract/schema/enums";
import type { AGE_BANDS, CategoryDimension, FILL_TIME_BUCKETS, NON_RENSEIGNE, TERRITOIRE } from "../stats/counters";

type Labels<T extends readonly string[]> = Record<T[number], string>;

const origine: Labels<[...typeof ORIGINES, typeof NON_RENSEIGNE]> = {
  RESEAUX_SOCIAUX: "Réseaux sociaux",
  AMI_FAMILLE: "Ami ou famille",
  FRANCE_TRAVAIL: "France Travail",
  ETABLISSEMENT_SCOLAIRE: "Collège, lycée ou école",
  SITE_INTERNET: "Site internet",
  PARTENAIRE: "Association ou partenaire",
  AUTRE: "Autrement",
  NON_RENSEIGNE: "Non renseigné",
};

const dejaVenu: Labels<typeof OUI_NON_INCONNU> = {
  NON: "Jamais venus (nouveaux)",
  OUI: "Déjà venus",
  INCONNU: "Ne savent pas",
};

const territoire: Labels<typeof TERRITOIRE> = {
  DANS: "Sur le territoire",
  HORS: "Hors territoire (réorientés)",
};

const age: Labels<typeof AGE_BANDS> = {
  "16-17": "16 – 17 ans",
  "18-21": "18 – 21 ans",
  "22-25": "22 – 25 ans",
  AUTRE: "Autre âge",
};

const logement: Labels<typeof SITUATIONS_LOGEMENT> = {
  PARENTS: "Chez ses parents",
  FAMILLE: "Dans sa famille",
  AMIS: "Chez des amis",
  LOGEMENT_AUTONOME: "Logement autonome",
  FOYER: "Foyer ou résidence",
  HEBERGEMENT_URGENCE: "Hébergement d'urgence",
  SANS_HEBERGEMENT: "Sans hébergement",
  AUTRE: "Autre situation",
};

const diplome: Labels<typeof DIPLOMES> = optionsFr.diplome;

const etapes: Labels<readonly EtapeParcours[]> = {
  territoire: "1. Lieu de vie",
  identite: "2. Identité",
  coordonnees: "3. Coordonnées",
  logement: "4. Logement",
  parcours: "5. Parcours",
  rappel: "6. Rappel",
  verification: "7. Vérification",
  envoye: "Envoyé",
};

const dureeSaisie: Record<(typeof FILL_TIME_BUCKETS)[number][0], string> = {
  "0-1": "Moins d'1 minute",
  "1-2": "1 à 2 minutes",
  "2-3": "2 à 3 minutes",
  "3-5": "3 à 5 minutes",
  "5-10": "5 à 10 minutes",
  "10-20": "10 à 20 minutes",
  "20+": "Plus de 20 minutes",
};

export const CATEGORY_LABELS: Record<CategoryDimension, Record<string, string>> = {
  origine,
  dejaVenu,
  territoire,
  age,
  logement,
  diplome,
  etapes,
  dureeSaisie,
  doublon: { NON: "Premières demandes", PROBABLE: "Doublons probables" },
};

/** Monday first, as the counters. */
export const WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;
export const WEEKDAY_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."] as const;

export function hourLabel(hour: number): string {
  return `${hour} h`;
}
