/**
 * The checker of the locale tables: another language's table must have exactly the keys of the
 * French one, the same {placeholders} in each text, lists of the same length, and functions
 * (the privacy notice, the hours) that give the same shape and mention the same facts of the
 * Mission Locale. Returns the problems in words, one per line; none means the table is complete.
 */
import type { MissionLocalePublic } from "../../contract/api-types";

/** Fictitious facts whose every text is easy to find in what a notice function returns. */
function sampleMl(messagerie: MissionLocalePublic["confidentialite"]["messagerie"], parcours: boolean) {
  const ml: MissionLocalePublic = {
    id: "exemple",
    nom: "ML-NOM-EXEMPLE",
    adresse: { ligne1: "1 rue de l'Exemple", codePostal: "59100", commune: "Roubaix" },
    telephone: "01 99 00 00 99",
    fuseauHoraire: "Europe/Paris",
    horaires: { lundi: [], mardi: [], mercredi: [], jeudi: [], vendredi: [], samedi: [], dimanche: [] },
    fermetures: [],
    accueilsCollectifs: [],
    age: { min: 16, max: 25 },
    documentsAApporter: [],
    confidentialite: {
      responsable: "RESPONSABLE-EXEMPLE",
      dpo: "dpo@exemple.example.org",
      conservation: "CONSERVATION-EXEMPLE",
      messagerie,
    },
    apparence: {},
    statistiques: { parcours },
  };
  return ml;
}

const SAMPLE_MLS = (["resend", "smtp", "outbox"] as const).flatMap((m) => [sampleMl(m, true), sampleMl(m, false)]);
const ML_FACTS = [
  "ML-NOM-EXEMPLE",
  "01 99 00 00 99",
  "RESPONSABLE-EXEMPLE",
  "dpo@exemple.example.org",
  "CONSERVATION-EXEMPLE",
];

/** The arguments each function of a table is called with, by its path. */
const SAMPLE_ARGUMENTS: Record<string, unknown[][]> = {
  "notice.court": SAMPLE_MLS.map((ml) => [ml]),
  "notice.sections": SAMPLE_MLS.map((ml) => [ml]),
  heure: [
    [9, 0],
    [17, 30],
  ],
  jourDuMois: [
    [1, "MOIS"],
    [12, "MOIS"],
  ],
  typographie: [["TEXTE"]],
};

/** `{name}` placeholders and the sample facts a text mentions. */
function tokens(text: string): string[] {
  const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((match) => `{${match[1]}}`);
  const facts = ML_FACTS.filter((fact) => text.includes(fact));
  const passed = ["MOIS", "TEXTE"].filter((word) => text.includes(word));
  return [...new Set([...placeholders, ...facts, ...passed])].sort();
}

const kind = (value: unknown) => (Array.isArray(value) ? "list" : value === null ? "null" : typeof value);

export function tableProblems(reference: unknown, table: unknown, path = ""): string[] {
  const at = path || "(table)";
  if (kind(reference) !== kind(table)) return [`${at}: ${kind(table)} instead of ${kind(reference)}`];
  if (typeof reference === "string") {
    const [want, got] = [tokens(reference), tokens(table as string)];
    return want.join(" ") === got.join(" ")
      ? []
      : [`${at}: placeholders ${got.join(", ") || "none"} instead of ${want.join(", ") || "none"}`];
  }
  if (typeof reference === "function") {
    const samples = SAMPLE_ARGUMENTS[path];
    if (!samples) return [`${at}: a function the checker has no sample arguments for`];
    const call = (f: unknown, args: unknown[]) => (f as (...a: unknown[]) => unknown)(...args);
    return samples.flatMap((args, i) => tableProblems(call(reference, args), call(table, args), `${path}(#${i + 1})`));
  }
  if (Array.isArray(reference)) {
    const list = table as unknown[];
    if (list.length !== reference.length) return [`${at}: ${list.length} items instead of ${reference.length}`];
    return reference.flatMap((item, i) => tableProblems(item, list[i], `${path}[${i}]`));
  }
  if (reference !== null && typeof reference === "object") {
    const ref = reference as Record<string, unknown>;
    const own = table as Record<string, unknown>;
    const join = (key: string) => (path ? `${path}.${key}` : key);
    return [
      ...Object.keys(ref)
        .filter((key) => !(key in own))
        .map((key) => `${join(key)}: missing`),
      ...Object.keys(own)
        .filter((key) => !(key in ref))
        .map((key) => `${join(key)}: not in the reference table`),
      ...Object.keys(ref)
        .filter((key) => key in own)
        .flatMap((key) => tableProblems(ref[key], own[key], join(key))),
    ];
  }
  return [];
}

/** Texts of `table` left exactly as in `reference` (forgotten translations), by path. */
export function sameTexts(reference: unknown, table: unknown, path = ""): string[] {
  if (typeof reference === "string") return reference === table ? [path] : [];
  if (Array.isArray(reference) && Array.isArray(table)) {
    return reference.flatMap((item, i) => sameTexts(item, table[i], `${path}[${i}]`));
  }
  if (reference !== null && typeof reference === "object" && table !== null && typeof table === "object") {
    const own = table as Record<string, unknown>;
    return Object.entries(reference).flatMap(([key, value]) =>
      sameTexts(value, own[key], path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** Every text of a table (functions called with their samples), with its path. */
export function textsOf(table: unknown, path = ""): [string, string][] {
  if (typeof table === "string") return [[path, table]];
  if (typeof table === "function") {
    return (SAMPLE_ARGUMENTS[path] ?? []).flatMap((args, i) =>
      textsOf((table as (...a: unknown[]) => unknown)(...args), `${path}(#${i + 1})`),
    );
  }
  if (Array.isArray(table)) return table.flatMap((item, i) => textsOf(item, `${path}[${i}]`));
  if (table !== null && typeof table === "object") {
    return Object.entries(table).flatMap(([key, value]) => textsOf(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The words a text adds of its own: without its placeholders, the sample facts and words it was
 * given, bidi marks, digits and punctuation. "" for a text that only lays out data ("{date} — {lieu}").
 */
export function wordsOf(text: string): string {
  let rest = text.replace(/\{\w+\}/g, " ");
  for (const given of [...ML_FACTS, "MOIS", "TEXTE"]) rest = rest.replaceAll(given, " ");
  return rest.replace(/[^\p{L}]+/gu, " ").trim();
}
