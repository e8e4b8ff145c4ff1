/**
 * contract/schema/telephone-fr.ts replaces libphonenumber-js in the widget's later chunk: on a
 * large corpus of numbers written the many ways a youth may type them, it must give exactly the
 * verdict the form gave with the library (parsePhoneNumberFromString for each region in turn,
 * then isValid), with the library's own metadata cut down to those regions, and with its full
 * "max" metadata. The checker is stricter on purpose in two classes only, listed in `STRICTER`.
 */
import { readFileSync } from "node:fs";
import { type MetadataJson, parsePhoneNumberFromString as parseCore } from "libphonenumber-js/core";
import { parsePhoneNumberFromString as parseMax } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { FRENCH_TELEPHONE_REGIONS, frenchTelephoneE164 } from "../../contract/schema/telephone-fr";
import { PAYS_TELEPHONE } from "../../contract/schema/telephone-pays";
import { libraryMetadataForFrance } from "../../scripts/phone-metadata-lib";

type Parse = typeof parseMax;
const cutMetadata = libraryMetadataForFrance() as unknown as MetadataJson;
const parseCut: Parse = (text, region) => parseCore(text, region as never, cutMetadata);
const accepted = new Set<string>(PAYS_TELEPHONE);

/** What the form did before its own checker: each region in turn, overseas first. */
function libraryVerdict(parse: Parse, text: string): { e164: string | null; ext: boolean } {
  for (const region of PAYS_TELEPHONE) {
    const parsed = parse(text, region);
    if (parsed?.isValid() && parsed.country !== undefined && accepted.has(parsed.country)) {
      return { e164: parsed.number, ext: parsed.ext !== undefined };
    }
  }
  return { e164: null, ext: false };
}

/**
 * Where the checker refuses what the library accepts, and why; nowhere may it accept more.
 * - An extension after the number ("x 12", "ext. 12", "~12", ", 12", "- 12#"): the form stores no
 *   extension, and the youth is asked for a number that can be dialled as it is.
 * - RFC 3966 parameters (";phone-context=…", ";isub=…"), all with a ";": never typed by a youth,
 *   and the library's reading of a context depends on a regular expression's state between calls.
 */
const STRICTER: { reason: string; applies: (text: string, library: { ext: boolean }) => boolean }[] = [
  { reason: "extension", applies: (_text, library) => library.ext },
  { reason: "point-virgule", applies: (text) => text.includes(";") },
];

/** Mulberry32: the same corpus on every run. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261130);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const CODES = [...new Set(FRENCH_TELEPHONE_REGIONS.map((region) => region[1]))];

/** "06 12 34 56 78" with another separator. */
function grouped(digits: string, separator: string): string {
  const head = digits.length % 2 === 0 ? digits.slice(0, 2) : digits.slice(0, 1);
  const pairs = digits.slice(head.length).match(/\d\d/g) ?? [];
  return [head, ...pairs].join(separator);
}

/** ASCII digits in another script the library reads: Arabic-Indic, Persian, full-width. */
function script(text: string, zero: number): string {
  return text.replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));
}

const SEPARATORS = [" ", "", ".", "-", "\u00a0", " - ", "/", "\u202f", "\t", "  ", "_"];
const EXTENSIONS = [
  " poste 12",
  " ext. 12",
  " x12",
  " X 12",
  ", 12",
  ",,12",
  " ~ 12",
  " - 12#",
  ";ext=12",
  "#",
  " #12",
];
const AROUND: [string, string][] = [
  ["Tél : ", ""],
  ["", " (portable)"],
  ["mon numéro est le ", ", merci"],
  ["  ", "  "],
  ["tel:", ""],
  ["", ";phone-context=+33"],
  ["", ";isub=12"],
  ["tél;", ""],
  ["n°", "."],
  ["a", "b"],
];

/** One national number written many ways, with calling code `code`. */
function writings(nsn: string, code: string): string[] {
  const sep = pick(SEPARATORS);
  const national = `0${nsn}`;
  const written = [
    grouped(national, sep),
    grouped(nsn, sep),
    `+${code} ${grouped(nsn, sep)}`,
    `+${code} (0)${grouped(nsn, sep)}`,
    `+${code}0${nsn}`,
    `00${code} ${grouped(nsn, sep)}`,
    `00 ${code} 0${nsn}`,
    `${code}${nsn}`,
    `${code} 0${nsn}`,
    `\uff0b${code} ${nsn}`,
    `(${national.slice(0, 4)}) ${nsn.slice(3)}`,
    `(+${code}) ${grouped(nsn, " ")}`,
    `tel:+${code}-${grouped(nsn, "-")}`,
    script(grouped(national, sep), pick([0x660, 0x6f0, 0xff10])),
    script(`+${code} ${nsn}`, pick([0x660, 0x6f0, 0xff10])),
    `${grouped(national, sep)}${pick(EXTENSIONS)}`,
    `+${code} ${nsn}${pick(EXTENSIONS)}`,
  ];
  const [before, after] = pick(AROUND);
  written.push(`${before}${pick(written)}${after}`);
  return written;
}

function corpus(): string[] {
  const texts: string[] = [];
  const prefixes: string[] = [];
  for (let digits = 1; digits <= 3; digits++) {
    for (let n = 0; n < 10 ** digits; n++) prefixes.push(String(n).padStart(digits, "0"));
  }
  for (const prefix of prefixes) {
    for (let length = 5; length <= 12; length++) {
      let nsn = prefix;
      while (nsn.length < length) nsn += Math.floor(random() * 10);
      // Three renderings of all the ways, plus one, each with another calling code.
      const all = writings(nsn, pick(CODES));
      texts.push(...all.filter(() => random() < 0.4), pick(writings(nsn, pick(CODES))));
    }
  }
  const examples = JSON.parse(
    readFileSync(new URL("../../node_modules/libphonenumber-js/examples.mobile.json", import.meta.url), "utf8"),
  ) as Record<string, string>;
  for (const region of PAYS_TELEPHONE) {
    const code = FRENCH_TELEPHONE_REGIONS.find((r) => r[0] === region)?.[1] as string;
    for (const code2 of CODES) texts.push(...writings(examples[region] as string, code2));
    texts.push(...writings(examples[region] as string, code));
  }
  const naughty = JSON.parse(readFileSync(new URL("../fixtures/blns.json", import.meta.url), "utf8")) as string[];
  return [...texts, ...naughty];
}

const TEXTS = corpus();

/** Every text where the checker and the library disagree, except the `STRICTER` classes. */
function compare(parse: Parse): { disagreements: string[]; stricter: number } {
  const disagreements: string[] = [];
  let stricter = 0;
  for (const text of TEXTS) {
    const library = libraryVerdict(parse, text);
    const ours = frenchTelephoneE164(text);
    if (ours === library.e164) continue;
    if (ours === null && STRICTER.some((rule) => rule.applies(text, library))) stricter++;
    else disagreements.push(`${JSON.stringify(text)} → ${ours} (libphonenumber-js : ${library.e164})`);
  }
  return { disagreements, stricter };
}

/** Up to twelve parses of each of 75 000 texts by the library: seconds, more on a busy machine. */
const SLOW = 180_000;

describe("the French and overseas phone checker", () => {
  it("reads a large corpus of typed numbers", () => {
    expect(TEXTS.length).toBeGreaterThan(50_000);
    const valid = TEXTS.filter((text) => frenchTelephoneE164(text) !== null);
    // Enough of both verdicts for the comparisons below to mean something.
    expect(valid.length).toBeGreaterThan(5_000);
    expect(TEXTS.length - valid.length).toBeGreaterThan(20_000);
  });

  it(
    "agrees with libphonenumber-js and the metadata the form used before, stricter only in the listed classes",
    () => {
      const { disagreements, stricter } = compare(parseCut);
      expect(disagreements.slice(0, 20)).toEqual([]);
      // The classes occur in the corpus (the exemption is exercised) and stay a small part of it.
      expect(stricter).toBeGreaterThan(0);
      expect(stricter).toBeLessThan(TEXTS.length / 20);
    },
    SLOW,
  );

  it(
    "agrees with libphonenumber-js and its full max metadata",
    () => {
      expect(compare(parseMax).disagreements.slice(0, 20)).toEqual([]);
    },
    SLOW,
  );

  it.each([
    ["06 12 34 56 78", "+33612345678"],
    ["٠٦ ١٢ ٣٤ ٥٦ ٧٨", "+33612345678"],
    ["０６１２３４５６７８", "+33612345678"],
    ["+33 (0)6 12 34 56 78", "+33612345678"],
    ["0033 6 12 34 56 78", "+33612345678"],
    ["33 6 12 34 56 78", "+33612345678"],
    ["tel:+33-6-12-34-56-78", "+33612345678"],
    ["Tél : 06.12.34.56.78 (portable)", "+33612345678"],
    ["0639 01 23 45", "+262639012345"],
    ["0692 12 34 56", "+262692123456"],
    ["+590 690 00 12 34", "+590690001234"],
    ["+687 75 12 34", "+687751234"],
    ["06 12 34 56 78 ext. 12", null],
    ["06 12 34 56 78 poste 12", null],
    ["06 12 34 56 78;isub=1", null],
    ["06 12 34 56 78;phone-context=+33", null],
    ["tél; 06 12 34 56 78", "+33612345678"],
    ["06\u202f12\u202f34\u202f56\u202f78", null],
  ])("reads %s as %s", (text, e164) => {
    expect(frenchTelephoneE164(text)).toBe(e164);
  });
});
