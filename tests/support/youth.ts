/**
 * One way to fill the form in tests. A fictitious youth (`Youth`), the answers the form asks of
 * them step by step (`answersFor`: step → question → value and kind of control, in the order of
 * the questions on screen), those answers in words of any language (`said`), and one procedure
 * that fills every step up to the review (`fillUpToReview`) through a small `Driver`: the DOM of
 * the component tests, a Playwright page, or the keyboard alone. The driver decides how a person
 * reaches a control and answers it; what they answer is only here.
 * No Node and no DOM import: the browser tests and the end-to-end tests share it.
 */
import { ETAPES_FORMULAIRE, type EtapeFormulaire } from "../../contract/api-types";
import type { FieldKey, Strings } from "../../contract/i18n/fr";

/** Obviously fictitious: names of no one, example.org emails, phones 01 99 00 xx xx. */
export interface Youth {
  civilite: "MADAME" | "MONSIEUR";
  nomNaissance: string;
  prenom: string;
  jour: string;
  mois: string;
  annee: string;
  /** Country of birth, France by default (overseas included: France). */
  paysNaissance?: string;
  nationalite?: "FRANCAISE" | "UE" | "HORS_UE";
  /** Town of birth (the question is optional). */
  villeNaissance?: string;
  /** The street; left blank by a youth with no fixed address. */
  adresse?: string;
  /** Ticks "Je n'ai pas d'adresse fixe". */
  sansAdresseFixe?: boolean;
  /** Where their mail arrives ("chez…", a domiciliation). */
  complement?: string;
  codePostal: string;
  /** Several communes share the postal code: the one to choose. Without it, the only one is chosen for the youth. */
  commune?: string;
  telephone: string;
  email: string;
  /** Under 18: the parent or guardian the form then asks for. */
  representant?: { nom: string; prenom: string; telephone: string; lien: "PARENT" | "TUTEUR" | "AUTRE" };
  /** Where they live now; with their parents by default. */
  logement?:
    | "PARENTS"
    | "FAMILLE"
    | "AMIS"
    | "LOGEMENT_AUTONOME"
    | "FOYER"
    | "HEBERGEMENT_URGENCE"
    | "SANS_HEBERGEMENT"
    | "AUTRE";
  /** The year they left school; 2023 by default. */
  anneeSortie?: string;
  /** When to be called back; the morning by default. */
  creneaux?: readonly ("MATIN" | "MIDI" | "APRES_MIDI" | "SOIR")[];
}

export const CAMILLE: Youth = {
  civilite: "MADAME",
  nomNaissance: "N’Diaye-Lætitia Cœur",
  prenom: "Şükrü",
  jour: "14",
  mois: "03",
  annee: "2005",
  adresse: "1 rue de l'Exemple",
  codePostal: "59100",
  telephone: "01 99 00 12 34",
  email: "camille.exemplaire@example.org",
};

/** A birth date `years` years ago, give or take ten days: the youth is `years` old today, every day. */
export function bornYearsAgo(years: number): Pick<Youth, "jour" | "mois" | "annee"> {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - 10);
  return {
    jour: String(date.getUTCDate()),
    mois: String(date.getUTCMonth() + 1),
    annee: String(date.getUTCFullYear() - years),
  };
}

/** 17, born in Pointe-à-Pitre (France), lives with her parents: the form asks for her legal representative. */
export const LEA: Youth = {
  ...CAMILLE,
  civilite: "MADAME",
  nomNaissance: "Modèle",
  prenom: "Léa",
  ...bornYearsAgo(17),
  villeNaissance: "Pointe-à-Pitre",
  representant: { nom: "Modèle", prenom: "Dominique", telephone: "01 99 00 56 78", lien: "PARENT" },
};

/** 22, from Lille: outside the territory of the Mission Locale de Roubaix, sends anyway. */
export const YANIS: Youth = {
  ...CAMILLE,
  civilite: "MONSIEUR",
  nomNaissance: "Fictif",
  prenom: "Yanis",
  ...bornYearsAgo(22),
  codePostal: "59000",
  telephone: "01 99 00 23 45",
  email: "yanis.fictif@example.org",
  logement: "LOGEMENT_AUTONOME",
};

/** Newly arrived, born in Belgium, only a Belgian mobile number. */
export const NOOR: Youth = {
  ...CAMILLE,
  paysNaissance: "BE",
  villeNaissance: "Namur",
  nationalite: "UE",
  nomNaissance: "Exemple",
  prenom: "Noor",
  ...bornYearsAgo(20),
  telephone: "+32 470 12 34 56",
  email: "noor.exemple@example.org",
  logement: "FAMILLE",
};

/** No fixed address: sleeps at a friend's, mail at a friend's too. */
export const SACHA: Youth = {
  ...CAMILLE,
  civilite: "MONSIEUR",
  nomNaissance: "Essai",
  prenom: "Sacha",
  ...bornYearsAgo(23),
  adresse: undefined,
  sansAdresseFixe: true,
  complement: "Chez Alex Fictif",
  telephone: "01 99 00 34 56",
  email: "sacha.essai@example.org",
  logement: "AMIS",
};

/**
 * How a question is answered: typed, chosen in a drop-down, ticked (radio or checkbox of a
 * group; "box": a box alone, named by its own label), or "found": the form chose the only
 * commune of the postal code itself, the youth waits to see it.
 */
export type Control = "text" | "select" | "radio" | "checkbox" | "box" | "found";

/** Where an option's words are: a list of the table's `options`, or the country's name. */
type OptionList = keyof Strings["options"] | "pays";

export interface Answer {
  /** The question, by the payload path it fills: its words come from the language's table. */
  field: FieldKey;
  control: Control;
  /** Text typed, or the code of the option chosen (its words in `options`), or a commune's name. */
  value: string;
  options?: OptionList;
}

/** The steps a youth fills before the review. */
export type FilledStep = Exclude<EtapeFormulaire, "verification">;
export const FILLED_STEPS: readonly FilledStep[] = ETAPES_FORMULAIRE.filter(
  (step): step is FilledStep => step !== "verification",
);

/** What `youth` answers, step by step, question by question, in the order on screen. */
export function answersFor(youth: Youth): Record<FilledStep, Answer[]> {
  const ville: Answer[] = youth.villeNaissance
    ? [{ field: "identite.lieuNaissance.commune", control: "text", value: youth.villeNaissance }]
    : [];
  const { representant: rep } = youth;
  const representant: Answer[] = rep
    ? [
        { field: "representantLegal.nom", control: "text", value: rep.nom },
        { field: "representantLegal.prenom", control: "text", value: rep.prenom },
        { field: "representantLegal.telephone", control: "text", value: rep.telephone },
        { field: "representantLegal.lien", control: "radio", value: rep.lien, options: "lien" },
      ]
    : [];
  const optional = (field: FieldKey, value: string | undefined): Answer[] =>
    value ? [{ field, control: "text", value }] : [];
  const commune: Answer = youth.commune
    ? { field: "coordonnees.adresse.commune", control: "select", value: youth.commune }
    : { field: "coordonnees.adresse.commune", control: "found", value: "" };
  return {
    territoire: [{ field: "coordonnees.adresse.codePostal", control: "text", value: youth.codePostal }, commune],
    identite: [
      { field: "identite.civilite", control: "radio", value: youth.civilite, options: "civilite" },
      { field: "identite.nomNaissance", control: "text", value: youth.nomNaissance },
      { field: "identite.prenom", control: "text", value: youth.prenom },
      { field: "identite.dateNaissance.jour", control: "text", value: youth.jour },
      { field: "identite.dateNaissance.mois", control: "text", value: youth.mois },
      { field: "identite.dateNaissance.annee", control: "text", value: youth.annee },
      { field: "identite.lieuNaissance.pays", control: "select", value: youth.paysNaissance ?? "FR", options: "pays" },
      ...ville,
      {
        field: "identite.nationalite",
        control: "radio",
        value: youth.nationalite ?? "FRANCAISE",
        options: "nationalite",
      },
      ...representant,
    ],
    coordonnees: [
      ...optional("coordonnees.adresse.ligne1", youth.adresse),
      ...(youth.sansAdresseFixe
        ? [{ field: "coordonnees.adresse.sansAdresseFixe", control: "box", value: "true" } satisfies Answer]
        : []),
      ...optional("coordonnees.adresse.complement", youth.complement),
      { field: "coordonnees.telephone", control: "text", value: youth.telephone },
      { field: "coordonnees.email", control: "text", value: youth.email },
    ],
    logement: [
      { field: "logement.situation", control: "radio", value: youth.logement ?? "PARENTS", options: "logement" },
    ],
    parcours: [
      { field: "parcours.situation", control: "radio", value: "DEMANDEUR_EMPLOI", options: "situation" },
      { field: "parcours.derniereClasse", control: "select", value: "TERMINALE", options: "derniereClasse" },
      { field: "parcours.diplome", control: "select", value: "NIVEAU_4", options: "diplome" },
      { field: "parcours.anneeSortie", control: "text", value: youth.anneeSortie ?? "2023" },
      { field: "parcours.inscritFranceTravail", control: "radio", value: "OUI", options: "ouiNonInconnu" },
      { field: "parcours.dejaVenuMissionLocale", control: "radio", value: "NON", options: "ouiNonInconnu" },
    ],
    rappel: (youth.creneaux ?? ["MATIN"]).map(
      (creneau): Answer => ({ field: "rappel.creneaux", control: "checkbox", value: creneau, options: "creneau" }),
    ),
  };
}

/** An answer as a person reads it in one language: the question's label and the words to type or pick. */
export interface Said {
  answer: Answer;
  control: Control;
  /** The question's label (a group's legend), as the table words it. */
  label: string;
  /** Text to type, or the option's words. */
  value: string;
  /** What follows the label of an optional question: "facultatif", "optional". */
  optional: string;
}

export function said(answer: Answer, t: Strings): Said {
  const label = t.champs[answer.field].label;
  return { answer, control: answer.control, label, value: optionWords(answer, t), optional: t.facultatif };
}

function optionWords(answer: Answer, t: Strings): string {
  if (!answer.options) return answer.value;
  if (answer.options === "pays") return new Intl.DisplayNames([t.intl], { type: "region" }).of(answer.value) ?? "";
  const words: Readonly<Record<string, string>> = t.options[answer.options];
  const found = words[answer.value];
  if (found === undefined) throw new Error(`no option ${answer.value} in ${answer.options}`);
  return found;
}

/** How a test reaches the form's controls. */
export interface Driver {
  /** Answers one question as a person would. */
  answer(said: Said): Promise<void>;
  /** Goes on to the next step ("Suivant") and waits for its title. */
  next(title: string, t: Strings): Promise<void>;
}

/** Fills `answers` (some of one step's) in words of `t`. */
export async function fillAnswers(driver: Driver, answers: readonly Answer[], t: Strings): Promise<void> {
  for (const answer of answers) await driver.answer(said(answer, t));
}

/**
 * Every step from the first (where the youth lives) to the review, in the language of `t`; `filled` looks at a step once
 * its answers are in, before "Suivant". Returns when the review is shown.
 */
export async function fillUpToReview(
  driver: Driver,
  youth: Youth,
  t: Strings,
  filled?: (step: FilledStep) => Promise<void>,
): Promise<void> {
  const answers = answersFor(youth);
  for (const [index, step] of FILLED_STEPS.entries()) {
    await fillAnswers(driver, answers[step], t);
    await filled?.(step);
    await driver.next(t.etapes[FILLED_STEPS[index + 1] ?? "verification"], t);
  }
}

/** Text as it reads on screen: French no-break spaces as spaces. */
export const asRead = (words: string): string => words.replace(/\u00a0/g, " ");
