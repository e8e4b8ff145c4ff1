/**
 * Every leaf of the payload, once: where its label and option labels are, how its value is
 * written, and where it is shown (the review step, the fiche, the bench's plain form). The
 * review, the fiche and the plain form read this map instead of each listing the fields, and
 * tests/unit/fields-coverage.test.ts walks the schema so a new field cannot be left out of it.
 *
 * The order of the map is the form's order (the review lists the answers in it). The fiche has
 * its own order, I-Milo's screen order, in FICHE_SECTIONS below.
 */
import type { FieldKey } from "./i18n/fr";
import type { optionsFr } from "./i18n/options-fr";

/** A table of option labels in the locale tables (`t.options`), for the fields that are categories. */
export type OptionTable = keyof typeof optionsFr;

/**
 * How a value is written. The review isolates typed text (<bdi>) and gives digits and addresses
 * their own left-to-right run; the fiche prints names beside their I-Milo form and phones in bold.
 */
export type FieldKind =
  | "choice"
  | "choices"
  | "name"
  | "text"
  | "date"
  | "country"
  | "phone"
  | "digits"
  | "email"
  | "message"
  | "consent"
  | "flag"
  | "hidden";

export interface FieldFacts {
  kind: FieldKind;
  /** Its label and hint in the locale tables (`t.champs`), for what the youth is asked. */
  label?: FieldKey;
  /** Option labels (keys are the schema's enum values, in their order). */
  options?: OptionTable;
  /** On the review step, under its label. */
  review: boolean;
  /** The fiche's label for the staff; absent when the value is printed within another row. */
  fiche?: string;
  /** The fiche row that prints this value with its own (birth commune with the country…). */
  ficheWith?: string;
  /** For a box (kind "flag"): the words the fiche prints when it is ticked. */
  ficheText?: string;
  /** Left off the fiche when not answered, instead of "Non renseigné". */
  ficheOmitsWhenAbsent?: boolean;
}

const fields = {
  "identite.civilite": {
    label: "identite.civilite",
    kind: "choice",
    options: "civilite",
    review: true,
    fiche: "Civilité",
  },
  "identite.nomNaissance": { label: "identite.nomNaissance", kind: "name", review: true, fiche: "Nom de naissance" },
  "identite.nomUsage": {
    label: "identite.nomUsage",
    kind: "name",
    review: true,
    fiche: "Nom d'usage",
    ficheOmitsWhenAbsent: true,
  },
  "identite.prenom": { label: "identite.prenom", kind: "name", review: true, fiche: "Prénom" },
  "identite.dateNaissance": { label: "identite.dateNaissance", kind: "date", review: true, fiche: "Date de naissance" },
  "identite.lieuNaissance.pays": {
    label: "identite.lieuNaissance.pays",
    kind: "country",
    review: true,
    fiche: "Lieu de naissance",
  },
  "identite.lieuNaissance.commune": {
    label: "identite.lieuNaissance.commune",
    kind: "text",
    review: true,
    ficheWith: "identite.lieuNaissance.pays",
  },
  "identite.nationalite": {
    label: "identite.nationalite",
    kind: "choice",
    options: "nationalite",
    review: true,
    fiche: "Nationalité",
  },
  "representantLegal.nom": { label: "representantLegal.nom", kind: "name", review: true, fiche: "Nom" },
  "representantLegal.prenom": { label: "representantLegal.prenom", kind: "name", review: true, fiche: "Prénom" },
  "representantLegal.telephone": {
    label: "representantLegal.telephone",
    kind: "phone",
    review: true,
    fiche: "Téléphone",
  },
  "representantLegal.lien": {
    label: "representantLegal.lien",
    kind: "choice",
    options: "lien",
    review: true,
    fiche: "Lien",
  },
  "coordonnees.adresse.ligne1": { label: "coordonnees.adresse.ligne1", kind: "text", review: true, fiche: "Adresse" },
  // A box: "Je n'ai pas d'adresse fixe". The fiche prints it in the address row, in bold.
  "coordonnees.adresse.sansAdresseFixe": {
    label: "coordonnees.adresse.sansAdresseFixe",
    kind: "flag",
    review: true,
    ficheWith: "coordonnees.adresse.ligne1",
    ficheText: "Sans adresse fixe",
  },
  "coordonnees.adresse.complement": {
    label: "coordonnees.adresse.complement",
    kind: "text",
    review: true,
    fiche: "Complément d'adresse",
    ficheOmitsWhenAbsent: true,
  },
  "coordonnees.adresse.codePostal": {
    label: "coordonnees.adresse.codePostal",
    kind: "digits",
    review: true,
    fiche: "Code postal",
  },
  "coordonnees.adresse.commune": { label: "coordonnees.adresse.commune", kind: "text", review: true, fiche: "Commune" },
  // Chosen with the commune's name (never typed): the review shows the name, the fiche both.
  "coordonnees.adresse.codeInsee": { kind: "hidden", review: false, ficheWith: "coordonnees.adresse.commune" },
  "coordonnees.telephone": { label: "coordonnees.telephone", kind: "phone", review: true, fiche: "Téléphone" },
  "coordonnees.email": { label: "coordonnees.email", kind: "email", review: true, fiche: "E-mail" },
  "logement.situation": {
    label: "logement.situation",
    kind: "choice",
    options: "logement",
    review: true,
    fiche: "Situation",
  },
  "parcours.situation": {
    label: "parcours.situation",
    kind: "choice",
    options: "situation",
    review: true,
    fiche: "Situation actuelle",
  },
  "parcours.derniereClasse": {
    label: "parcours.derniereClasse",
    kind: "choice",
    options: "derniereClasse",
    review: true,
    fiche: "Dernière classe suivie",
  },
  "parcours.diplome": {
    label: "parcours.diplome",
    kind: "choice",
    options: "diplome",
    review: true,
    fiche: "Diplôme le plus élevé",
  },
  "parcours.anneeSortie": {
    label: "parcours.anneeSortie",
    kind: "digits",
    review: true,
    fiche: "Sortie du système scolaire",
    ficheOmitsWhenAbsent: true,
  },
  "parcours.inscritFranceTravail": {
    label: "parcours.inscritFranceTravail",
    kind: "choice",
    options: "ouiNonInconnu",
    review: true,
    fiche: "Inscrit à France Travail",
  },
  "parcours.dejaVenuMissionLocale": {
    label: "parcours.dejaVenuMissionLocale",
    kind: "choice",
    options: "ouiNonInconnu",
    review: true,
    fiche: "Déjà venu à la Mission Locale",
  },
  "rappel.creneaux": {
    label: "rappel.creneaux",
    kind: "choices",
    options: "creneau",
    review: true,
    fiche: "Créneaux préférés",
  },
  origine: { label: "origine", kind: "choice", options: "origine", review: true, fiche: "Comment a connu la ML" },
  message: { label: "message", kind: "message", review: true, fiche: "Message" },
  // The box ticked on the review step itself; the fiche exists only because it was.
  informationLue: { label: "informationLue", kind: "consent", review: false },
  // Anti-spam facts: in the JSON attachment only.
  "meta.dureeSaisieMs": { kind: "hidden", review: false },
  "meta.siteWeb": { kind: "hidden", review: false },
} satisfies Record<string, FieldFacts>;

export type FieldPath = keyof typeof fields;
export const FIELDS: Readonly<Record<FieldPath, FieldFacts>> = fields;

export const FIELD_PATHS = Object.keys(FIELDS) as FieldPath[];

export interface FicheSection {
  title: string;
  rows: readonly FieldPath[];
  /** Printed only when one of its rows was answered (the representative, for a minor). */
  onlyWhenAnswered?: boolean;
}

/** The fiche's sections in I-Milo's screen order, each with its rows in that order. */
export const FICHE_SECTIONS: readonly FicheSection[] = [
  {
    title: "Identité",
    rows: [
      "identite.civilite",
      "identite.nomNaissance",
      "identite.nomUsage",
      "identite.prenom",
      "identite.dateNaissance",
      "identite.lieuNaissance.pays",
      "identite.nationalite",
    ],
  },
  {
    title: "Coordonnées",
    rows: [
      "coordonnees.adresse.ligne1",
      "coordonnees.adresse.complement",
      "coordonnees.adresse.codePostal",
      "coordonnees.adresse.commune",
      "coordonnees.telephone",
      "coordonnees.email",
    ],
  },
  {
    title: "Représentant légal",
    onlyWhenAnswered: true,
    rows: [
      "representantLegal.lien",
      "representantLegal.nom",
      "representantLegal.prenom",
      "representantLegal.telephone",
    ],
  },
  { title: "Logement", rows: ["logement.situation"] },
  {
    title: "Scolarité et formation",
    rows: [
      "parcours.situation",
      "parcours.derniereClasse",
      "parcours.diplome",
      "parcours.anneeSortie",
      "parcours.inscritFranceTravail",
      "parcours.dejaVenuMissionLocale",
    ],
  },
  { title: "Rappel", rows: ["rappel.creneaux"] },
  { title: "Origine", rows: ["origine"] },
  { title: "Message", rows: ["message"] },
];

/** The value at `path` in a payload (or any object of that shape); undefined when absent. */
export function valueAt(payload: unknown, path: string): unknown {
  let value: unknown = payload;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
