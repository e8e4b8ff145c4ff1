/**
 * The youth's answers as typed, keyed by the payload path they fill ("identite.prenom",
 * "rappel.creneaux"). Kept in memory only (never in storage) and turned into the payload by
 * walking the schema (validation.ts), so no field list is declared twice.
 */
import { type AgeRange, ageOn } from "../contract/schema/age";
import { ORIGINES } from "../contract/schema/enums";

export type AnswerValue = string | string[] | boolean;
export type Answers = Record<string, AnswerValue>;

/** What the rules of a step need beyond the answers: the ML's day and age range. */
export interface Rules {
  /** Today (YYYY-MM-DD) in the ML's time zone. */
  today: string;
  age: AgeRange;
}

export const DATE_PATH = "identite.dateNaissance";
export const DATE_PARTS = ["jour", "mois", "annee"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export const REPRESENTANT_PREFIX = "representantLegal.";

export function text(answers: Answers, path: string): string {
  const value = answers[path];
  return typeof value === "string" ? value : "";
}

export function list(answers: Answers, path: string): string[] {
  const value = answers[path];
  return Array.isArray(value) ? value : [];
}

/**
 * The date of birth from its three inputs: "" while a part is missing (the schema then asks for
 * the whole date), else YYYY-MM-DD with one-digit day and month padded ("3" → "03"). Anything
 * else typed stays as is, so the schema calls it invalid rather than guessing.
 */
export function composeDate(answers: Answers): string {
  const [jour, mois, annee] = DATE_PARTS.map((part) => text(answers, `${DATE_PATH}.${part}`).trim());
  if (!jour || !mois || !annee) return "";
  const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  return `${annee}-${pad(mois)}-${pad(jour)}`;
}

/** A real calendar day written YYYY-MM-DD (2008-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Under 18 on the ML's today: the legal representative block is asked. */
export function isMinor(answers: Answers, rules: Rules): boolean {
  const birth = text(answers, DATE_PATH);
  return isCalendarDate(birth) && ageOn(birth, rules.today) < 18;
}

export function representantFilled(answers: Answers): boolean {
  return Object.entries(answers).some(
    ([path, value]) => path.startsWith(REPRESENTANT_PREFIX) && typeof value === "string" && value.trim() !== "",
  );
}

export function isFilled(value: AnswerValue | undefined): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return value === true;
}

/**
 * The answers after a change of `control` (named by its data-path): text as typed, the chosen
 * radio, a single box as `true` (absent when unticked), a group of boxes as the list of their values. The date's
 * three parts also recompose the date. Null when the control is not an answer.
 */
export function withAnswer(
  answers: Answers,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): Answers | null {
  const path = control.dataset.path;
  if (!path) return null;
  const next = { ...answers };
  if (control instanceof HTMLInputElement && control.type === "checkbox") {
    // A single box is `true` or absent: the payload never says `false` ("sansAdresseFixe").
    if (control.dataset.multiple === undefined) {
      if (control.checked) next[path] = true;
      else delete next[path];
    } else {
      const chosen = new Set(list(answers, path));
      if (control.checked) chosen.add(control.value);
      else chosen.delete(control.value);
      next[path] = [...chosen];
    }
  } else if (control instanceof HTMLInputElement && control.type === "radio") {
    if (!control.checked) return null;
    next[path] = control.value;
  } else {
    next[path] = control.value;
  }
  if (path.startsWith(`${DATE_PATH}.`)) next[DATE_PATH] = composeDate(next);
  return next;
}

/** A partner's known `origine` answers "Comment avez-vous connu…" until the youth answers it themselves. */
export function withOrigine(answers: Answers, origine: string): Answers {
  const value = origine.trim().toUpperCase();
  if (!(ORIGINES as readonly string[]).includes(value) || answers.origine !== undefined) return answers;
  return { ...answers, origine: value };
}
