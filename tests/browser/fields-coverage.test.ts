/**
 * No field forgotten on the review step: the form is filled with a full payload (every optional
 * answer given, a minor so the legal representative is asked), control by control from each
 * answer's path, and every answer shows on the review under its label. The schema's and the
 * fiche's side is tests/unit/fields-coverage.test.ts.
 */
import { afterEach, expect, it } from "vitest";
import { FIELDS, type FieldPath, valueAt } from "../../contract/fields";
import { fr } from "../../contract/i18n/fr";
import { optionsFr } from "../../contract/i18n/options-fr";
import { STEP_IDS, stepIndexOf } from "../../widget/steps/index";
import { fullPayload } from "../fixtures/payload";
import { bornYearsAgo } from "../support/youth";
import { cleanup, type Mounted, mountWidget, next, roubaixFacts, shadow, textOf } from "./support/widget";

let mounted: Mounted | undefined;
afterEach(() => {
  cleanup(mounted);
  mounted = undefined;
});

/** The leaves of an answer (object or not), by path; arrays are leaves. */
function answerLeaves(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => answerLeaves(child, prefix ? `${prefix}.${key}` : key));
}

const inMap = (path: string): path is FieldPath => path in FIELDS;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function changed(control: Control): void {
  control.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  control.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
}

/** Answers `path` with `value` the way a person would: types it, ticks it or chooses it. */
function answer(root: ShadowRoot, path: string, value: unknown): void {
  if (FIELDS[path as FieldPath]?.kind === "date") {
    const [annee, mois, jour] = String(value).split("-");
    for (const [part, text] of Object.entries({ jour, mois, annee })) answer(root, `${path}.${part}`, text);
    return;
  }
  const controls = [...root.querySelectorAll<Control>(`[data-path="${path}"]`)];
  for (const control of controls) {
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      const wanted = (Array.isArray(value) ? value : [value]).map(String);
      if (wanted.includes(control.value) !== control.checked) control.click();
      continue;
    }
    control.focus();
    control.value = String(value);
    changed(control);
  }
}

/** How the review words an answer: option labels, the date in words, "Oui" for a box, the country's name; else as typed. */
function onReview(path: FieldPath, value: unknown): string[] {
  const { kind, options } = FIELDS[path];
  if (options) {
    const table: Record<string, string> = optionsFr[options];
    return (Array.isArray(value) ? value : [value]).map((v) => table[String(v)] ?? "?");
  }
  if (kind === "date") {
    const date = new Date(`${String(value)}T00:00:00Z`);
    return [new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(date)];
  }
  // A box: the review says whether it is ticked.
  if (kind === "flag") return [optionsFr.ouiNonInconnu[value === true ? "OUI" : "NON"]];
  if (kind === "country") return [new Intl.DisplayNames(["fr"], { type: "region" }).of(String(value)) ?? "?"];
  return [String(value)];
}

it("shows every answer of a full payload on the review step, under its label", async () => {
  const birth = bornYearsAgo(16);
  const payload = fullPayload(`${birth.annee}-${birth.mois.padStart(2, "0")}-${birth.jour.padStart(2, "0")}`);
  const answered = answerLeaves(payload);
  // An ML offering every call-back slot, so that each slot of the payload is a box to tick.
  mounted = await mountWidget(
    roubaixFacts({ rappel: { regle: "chaque-matin", creneaux: ["MATIN", "MIDI", "APRES_MIDI", "SOIR"] } }),
  );
  const { el } = mounted;
  const root = shadow(el);

  for (const [index, step] of STEP_IDS.entries()) {
    if (step === "verification") break;
    const paths = answered.filter((path) => stepIndexOf(path) === index);
    // The date first: the questions after it (the representative) depend on the age.
    paths.sort(
      (a, b) => Number(FIELDS[b as FieldPath]?.kind === "date") - Number(FIELDS[a as FieldPath]?.kind === "date"),
    );
    for (const path of paths) {
      answer(root, path, valueAt(payload, path));
      await el.updateComplete;
    }
    // The commune comes from the postal code (the fake server's list).
    if (step === "territoire") await expect.poll(() => root.querySelector(".found")).not.toBeNull();
    const following = STEP_IDS[index + 1];
    if (following) await next(el, fr.etapes[following]);
  }

  const review = new Map<string, string>();
  for (const row of root.querySelectorAll(".review-row")) {
    review.set(textOf(row.querySelector("dt")), textOf(row.querySelector("dd")));
  }
  for (const path of answered) {
    expect(inMap(path), `${path} is in contract/fields.ts`).toBe(true);
    if (!inMap(path)) continue;
    const { review: reviewed, label } = FIELDS[path];
    // The leaves kept off the review are pinned in tests/unit/fields-coverage.test.ts.
    if (!reviewed) continue;
    // Read as textOf reads the row: no-break spaces as spaces.
    const words = (label ? fr.champs[label].label : path).replace(/\s+/g, " ");
    const shown = review.get(words);
    expect(shown, `${path}: a review row labelled "${words}" among ${[...review.keys()].join(" / ")}`).toBeDefined();
    for (const expected of onReview(path, valueAt(payload, path))) {
      expect(shown, `${path}: "${words}" shows ${expected}`).toContain(expected.replace(/\s+/g, " "));
    }
  }
});
