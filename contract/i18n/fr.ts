/**
 * The French table, whole: every text of the widget (labels, hints, step titles, buttons, status
 * messages, option labels, the information notice). Another locale (en.ts, ar.ts) is one more
 * table of type `Strings` with the same keys and placeholders (a unit test checks both).
 *
 * Written in two parts by when the form needs them: fr-premier.ts (the first step, in
 * /widget.js) and fr-suite.ts (the later steps, in their chunk). The widget's first paint imports
 * only the first part; the later chunk, the server and the tests use this table.
 * Error messages live beside it (errors-fr.ts): the schema's chunk and the server's 422s use them.
 */
import { frPremier } from "./fr-premier";
import { frSuite } from "./fr-suite";

export { erreursFr as erreurs } from "./errors-fr";
export { type FieldText, fill } from "./fr-premier";

const { champsSuite, ...suite } = frSuite;
/** The field labels are split too: the first step's are in the first part. */
export const fr = { ...frPremier, ...suite, champs: { ...frPremier.champs, ...champsSuite } };

/** Literal texts become `string`, so that another locale's table can say them its own way. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** A whole table: what the later steps, the confirmation and another locale's table have. */
export type Strings = Widen<typeof fr>;
/** The first step's part of a table: all the first paint may read (French before the later chunk). */
export type FirstStrings = Widen<typeof frPremier>;
export type FieldKey = keyof Strings["champs"];
