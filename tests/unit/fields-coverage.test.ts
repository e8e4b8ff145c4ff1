/**
 * No field forgotten: every leaf of the schema is in the field map (contract/fields.ts), and every
 * answer of a full payload is printed on the fiche and kept in its JSON attachment. The review
 * step's side is tests/browser/fields-coverage.test.ts.
 */

import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { plainFormHtml } from "../../bench/plain-form";
import { FICHE_SECTIONS, FIELD_PATHS, FIELDS, type FieldPath, valueAt } from "../../contract/fields";
import { optionsFr } from "../../contract/i18n/options-fr";
import { payloadSchema } from "../../contract/schema/payload";
import { imiloForm } from "../../contract/schema/text-rules";
import { renderFiche } from "../../server/pdf/render";
import { fullPayload } from "../fixtures/payload";
import { demoMissionLocale, registration } from "../fixtures/registration";
import { pdfAttachments, pdfText } from "./pdf-support";

type Schema = z.core.$ZodType;

/** The schema's leaves by path, optional wrappers taken off; arrays are leaves. */
function schemaLeaves(schema: Schema, prefix = ""): Map<string, Schema> {
  const def = schema._zod.def;
  if (def.type === "optional") return schemaLeaves((def as z.core.$ZodOptionalDef).innerType, prefix);
  if (def.type !== "object") return new Map([[prefix, schema]]);
  const leaves = new Map<string, Schema>();
  for (const [key, child] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
    for (const leaf of schemaLeaves(child, prefix ? `${prefix}.${key}` : key)) leaves.set(...leaf);
  }
  return leaves;
}

/** The leaves of an answer (object or not), by path; arrays are leaves. */
function answerLeaves(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => answerLeaves(child, prefix ? `${prefix}.${key}` : key));
}

/** The enum's values for a category leaf (of the list's element for a list), else undefined. */
function enumValues(schema: Schema): string[] | undefined {
  const def = schema._zod.def;
  const inner = def.type === "array" ? (def as z.core.$ZodArrayDef).element._zod.def : def;
  return inner.type === "enum" ? Object.values((inner as z.core.$ZodEnumDef).entries).map(String) : undefined;
}

const leaves = schemaLeaves(payloadSchema);
const inMap = (path: string): path is FieldPath => path in FIELDS;

/** Leaves the map keeps off the review step and off the fiche: each one a decision, stated here. */
const NOT_REVIEWED = ["coordonnees.adresse.codeInsee", "informationLue", "meta.dureeSaisieMs", "meta.siteWeb"];
const JSON_ONLY = ["informationLue", "meta.dureeSaisieMs", "meta.siteWeb"];

describe("the field map", () => {
  it("has every leaf of the schema, and nothing else", () => {
    const missing = [...leaves.keys()].filter((path) => !inMap(path));
    expect(missing, "schema leaves missing from contract/fields.ts").toEqual([]);
    expect(
      FIELD_PATHS.filter((path) => !leaves.has(path)),
      "map rows not in the schema",
    ).toEqual([]);
  });

  it("gives every category its option table, with one label per value of the schema", () => {
    for (const [path, schema] of leaves) {
      if (!inMap(path)) continue;
      const values = enumValues(schema);
      const table = FIELDS[path].options;
      if (path === "identite.lieuNaissance.pays") {
        // Countries are named by Intl, not by a table.
        expect(table).toBeUndefined();
        continue;
      }
      expect(table === undefined, `${path}: an option table exactly when the schema has an enum`).toBe(
        values === undefined,
      );
      if (table) expect(Object.keys(optionsFr[table]), path).toEqual(values);
    }
  });

  it("puts each row of the fiche in one section, and joins the other printed values to a row", () => {
    const rows = FICHE_SECTIONS.flatMap((section) => section.rows);
    expect(new Set(rows).size, "a row in two sections").toBe(rows.length);
    expect(rows.slice().sort()).toEqual(FIELD_PATHS.filter((path) => FIELDS[path].fiche).sort());
    for (const path of FIELD_PATHS) {
      const { ficheWith } = FIELDS[path];
      if (ficheWith) expect(rows, `${path} is printed with ${ficheWith}`).toContain(ficheWith);
    }
  });

  it("keeps off the review and the fiche only the leaves decided here", () => {
    expect(FIELD_PATHS.filter((path) => !FIELDS[path].review)).toEqual(NOT_REVIEWED);
    expect(FIELD_PATHS.filter((path) => !FIELDS[path].fiche && !FIELDS[path].ficheWith)).toEqual(JSON_ONLY);
  });
});

describe("the bench's plain form", () => {
  it("asks every question the widget asks, with its options", () => {
    const form = plainFormHtml();
    for (const path of FIELD_PATHS) {
      const { label, options, kind } = FIELDS[path];
      if (!label) continue;
      if (kind === "date") {
        for (const part of ["jour", "mois", "annee"]) expect(form, path).toContain(`name="${path}.${part}"`);
        continue;
      }
      expect(form, path).toContain(`name="${path}"`);
      for (const value of options ? Object.keys(optionsFr[options]) : []) {
        expect(form, `${path} = ${value}`).toContain(`value="${value}"`);
      }
    }
  });
});

describe("a full payload", () => {
  const payload = fullPayload();
  const answered = answerLeaves(payload);

  it("answers every leaf of the schema", () => {
    expect(answered.slice().sort()).toEqual([...leaves.keys()].sort());
  });

  /** How the fiche words a value, as a staff member reads it (fixture phones are French: as typed). */
  function onFiche(path: FieldPath, value: unknown): string[] {
    const { kind, options, ficheText } = FIELDS[path];
    if (kind === "flag") return [ficheText ?? "?"];
    if (options) {
      const table: Record<string, string> = optionsFr[options];
      return (Array.isArray(value) ? value : [value]).map((v) => table[String(v)] ?? "?");
    }
    if (kind === "date") return [String(value).split("-").reverse().join("/")];
    if (kind === "country") return [new Intl.DisplayNames(["fr"], { type: "region" }).of(String(value)) ?? "?"];
    if (kind === "name") return [String(value), imiloForm(String(value))];
    return [String(value)];
  }

  it("is printed on the fiche, each value on the line of its label, and kept whole in the JSON attachment", async () => {
    const pdf = await renderFiche(registration({ payload }), demoMissionLocale());
    const lines = (await pdfText(pdf)).split("\n").map((line) => line.replace(/\s+/g, " "));
    const fiche = lines.join("\n");
    const json = [...(await pdfAttachments(pdf)).values()].map((bytes) => JSON.parse(bytes.toString("utf8")));
    expect(json).toHaveLength(1);
    const parsed = payloadSchema.parse(payload);

    for (const path of answered) {
      expect(inMap(path), `${path} is in contract/fields.ts`).toBe(true);
      if (!inMap(path)) continue;
      expect(valueAt(json[0].payload, path), `${path} in the JSON attachment`).toEqual(valueAt(parsed, path));
      const { fiche: label, ficheWith, kind } = FIELDS[path];
      const value = valueAt(payload, path);
      if (kind === "message") {
        expect(fiche, `${path} on the fiche`).toContain(`${label}\n`);
        expect(fiche, `${path} on the fiche`).toContain(String(value));
        continue;
      }
      const rowLabel = label ?? (ficheWith && inMap(ficheWith) ? FIELDS[ficheWith].fiche : undefined);
      if (!rowLabel) {
        expect(JSON_ONLY, `${path} is on the fiche`).toContain(path);
        continue;
      }
      const words = onFiche(path, value);
      const line = lines.find(
        (text) => text.trimStart().startsWith(`${rowLabel} `) && words.every((w) => text.includes(w)),
      );
      expect(line, `${path}: "${rowLabel}" and ${JSON.stringify(words)} on one line of the fiche`).toBeDefined();
    }
  });
});
