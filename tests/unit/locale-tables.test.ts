/**
 * Every language has every text: the English and Arabic tables (strings, option labels, the
 * privacy notice, error messages) have exactly the keys and placeholders of the French ones.
 * And the checker itself fails, on purpose, on tables broken on purpose.
 */
import { describe, expect, it } from "vitest";
import { ar, erreursAr } from "../../contract/i18n/ar";
import { en, erreursEn } from "../../contract/i18n/en";
import { erreursFr } from "../../contract/i18n/errors-fr";
import { fr } from "../../contract/i18n/fr";
import { frPremier } from "../../contract/i18n/fr-premier";
import { frSuite } from "../../contract/i18n/fr-suite";
import { LOCALES } from "../../contract/i18n/locales";
import { sameTexts, tableProblems, textsOf, wordsOf } from "../support/locale-tables";

const TABLES = { en, ar } as const;
const ERRORS = { en: erreursEn, ar: erreursAr } as const;

describe("the tables of every language", () => {
  it.each(Object.keys(TABLES) as (keyof typeof TABLES)[])("%s has every key and placeholder of French", (locale) => {
    expect(tableProblems(fr, TABLES[locale])).toEqual([]);
  });

  it.each(Object.keys(ERRORS) as (keyof typeof ERRORS)[])("%s has every error message of French", (locale) => {
    expect(tableProblems(erreursFr, ERRORS[locale])).toEqual([]);
  });

  it("covers the languages the form knows", () => {
    expect([...LOCALES].sort()).toEqual(["ar", "en", "fr"]);
    expect([fr.lang, en.lang, ar.lang]).toEqual(["fr", "en", "ar"]);
    expect([fr.dir, en.dir, ar.dir]).toEqual(["ltr", "ltr", "rtl"]);
  });

  it("joins the French table's two parts without a key in both", () => {
    const shared = Object.keys(frPremier).filter((key) => key in frSuite);
    expect(shared).toEqual([]);
    const { champsSuite, ...suite } = frSuite;
    expect(Object.keys(fr).sort()).toEqual([...Object.keys(frPremier), ...Object.keys(suite)].sort());
    // The field labels: the first step's in the first part, the others' in the second, none in both.
    expect(Object.keys(champsSuite).filter((key) => key in frPremier.champs)).toEqual([]);
    expect(Object.keys(fr.champs).sort()).toEqual(
      [...Object.keys(frPremier.champs), ...Object.keys(champsSuite)].sort(),
    );
  });

  it("leaves nothing in French by mistake (names of French services and places aside)", () => {
    const kept = new Set([
      "dir", // both left to right
      "options.lien.PARENT", // "Parent" is English too
      "options.diplome.BREVET", // the diploma's name
      "options.origine.FRANCE_TRAVAIL", // the service's name
      "confirmation.accueilLieu", // "{date} — {lieu}"
      "heure(#1)",
      "heure(#2)",
      "jourDuMois(#2)",
      "typographie(#1)",
    ]);
    const french = textsToObject(fr);
    const forgotten = sameTexts(french, textsToObject(en)).filter(
      (path) => !kept.has(path) && wordsOf(french[path] ?? ""),
    );
    expect(forgotten).toEqual([]);
    expect(sameTexts(erreursFr, erreursEn)).toEqual([]);
  });

  it("writes Arabic in Arabic letters, with every placeholder isolated for right-to-left text", () => {
    const latinOnly = new Set(["lang", "dir", "intl", "options.origine.FRANCE_TRAVAIL"]);
    const texts = [...textsOf(ar), ...textsOf(erreursAr)];
    const notArabic = texts.filter(([path, text]) => {
      const words = wordsOf(text);
      return !latinOnly.has(path) && words !== "" && !/\p{Script=Arabic}/u.test(words);
    });
    expect(notArabic).toEqual([]);
    const bare = texts.filter(([, text]) => /(?<!\u2068)\{\w+\}|\{\w+\}(?!\u2069)/.test(text));
    expect(bare).toEqual([]);
  });
});

/** Texts by path, functions called with their samples: compares what a reader would see. */
function textsToObject(table: unknown): Record<string, string> {
  return Object.fromEntries(textsOf(table));
}

describe("the checker of the tables", () => {
  it("fails when a key is removed from a locale", () => {
    const { "identite.prenom": _removed, ...champs } = en.champs;
    const broken = { ...en, champs };
    expect(tableProblems(fr, broken)).toEqual(["champs.identite.prenom: missing"]);
  });

  it("fails when a whole group or an option label is missing, or a key is added", () => {
    const { envoi: _envoi, ...withoutSending } = en;
    expect(tableProblems(fr, withoutSending)).toEqual(["envoi: missing"]);
    const { SOIR: _soir, ...creneau } = en.options.creneau;
    expect(tableProblems(fr, { ...en, options: { ...en.options, creneau } })).toEqual([
      "options.creneau.SOIR: missing",
    ]);
    expect(tableProblems(fr, { ...en, bonjour: "Hello" })).toEqual(["bonjour: not in the reference table"]);
  });

  it("fails when a placeholder is lost, renamed or added", () => {
    expect(tableProblems(fr, { ...en, etape: "Step {n}" })).toEqual([
      "etape: placeholders {n} instead of {n}, {total}",
    ]);
    expect(tableProblems(fr, { ...en, etape: "Step {n} of {count}" })).toEqual([
      "etape: placeholders {count}, {n} instead of {n}, {total}",
    ]);
    expect(tableProblems(erreursFr, { ...erreursEn, "prenom.requis": "Enter your {prenom}." })).toEqual([
      "prenom.requis: placeholders {prenom} instead of none",
    ]);
  });

  it("fails when an error message is missing", () => {
    const { "telephone.format": _removed, ...errors } = erreursEn;
    expect(tableProblems(erreursFr, errors)).toEqual(["telephone.format: missing"]);
  });

  it("fails when the privacy notice forgets a fact of the Mission Locale or a section", () => {
    const court = (ml: Parameters<typeof en.notice.court>[0]) => [`Your answers go to ${ml.nom}.`, "", ""];
    const problems = tableProblems(fr, { ...en, notice: { ...en.notice, court } });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^notice\.court\(#1\)\[2\]: placeholders none instead of dpo@exemple/);
    const sections = (ml: Parameters<typeof en.notice.sections>[0]) => en.notice.sections(ml).slice(1);
    expect(tableProblems(fr, { ...en, notice: { ...en.notice, sections } })[0]).toMatch(
      /^notice\.sections\(#1\): \d+ items instead of \d+$/,
    );
  });
});
