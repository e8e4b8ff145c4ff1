/**
 * The body of the fiche, section by section in I-Milo's screen order (contract/fields.ts), so the
 * staff member types from top to bottom without hunting. Every category is printed with its
 * French label; labels, option tables and the order all come from the field map.
 */
import { FICHE_SECTIONS, FIELDS, type FieldPath, valueAt } from "../../contract/fields";
import { optionsFr } from "../../contract/i18n/options-fr";
import { imiloForm } from "../../contract/schema/text-rules";
import type { Registration } from "../registration";
import { competentValue } from "../staff-words";
import { trainingLevelFr } from "../training-level";
import { birthDateFr, birthPlaceFr, creneauxFr, label, telephoneFr } from "./labels";
import {
  type Cell,
  COLUMNS,
  type Flow,
  lineHeight,
  PAGE,
  paragraph,
  row,
  STYLE,
  sectionTitle,
  valueCell,
} from "./layout";

/** Beyond this many lines the message's line breaks are shown as "↵" so the fiche stays short. */
const MESSAGE_MAX_LINES = 24;
const ROW = lineHeight(STYLE.body) + 4;
const NON_RENSEIGNE = "Non renseigné";

/** A name as typed, and beside it the form I-Milo wants (capitals without accents). */
function nameCells(name: string): Cell[] {
  const gap = 10;
  return [
    { text: name, x: COLUMNS.value, width: COLUMNS.half - COLUMNS.value - gap, style: STYLE.body },
    { text: "I-Milo", x: COLUMNS.half, width: 34, style: STYLE.label },
    { text: imiloForm(name), x: COLUMNS.half + 34, width: PAGE.right - COLUMNS.half - 34, style: STYLE.strong },
  ];
}

/** The cells of one row, as the field map says the value is written. */
function cells(path: FieldPath, registration: Registration): Cell[] {
  const { payload, flags } = registration;
  const facts = FIELDS[path];
  const value = valueAt(payload, path);
  if (path === "coordonnees.adresse.ligne1" && payload.coordonnees.adresse.sansAdresseFixe) {
    const words = FIELDS["coordonnees.adresse.sansAdresseFixe"].ficheText ?? "";
    return [valueCell(value ? `${words} — ${value}` : words, STYLE.strong)];
  }
  if (value === undefined) return [valueCell(NON_RENSEIGNE)];
  if (facts.options) {
    if (facts.kind === "choices") return [valueCell(creneauxFr(value as string[]))];
    // Call first: the situation stands out.
    const style = path === "logement.situation" && flags.sansHebergement ? STYLE.strong : STYLE.body;
    return [valueCell(label(optionsFr[facts.options], String(value)), style)];
  }
  switch (facts.kind) {
    case "name":
      return nameCells(String(value));
    case "phone":
      return [valueCell(telephoneFr(String(value)), STYLE.strong)];
    case "date":
      return [valueCell(birthDateFr(String(value), registration.receivedOn))];
    case "country":
      return [valueCell(birthPlaceFr(payload.identite.lieuNaissance))];
    default:
      break;
  }
  if (path === "coordonnees.adresse.commune") {
    const commune = `${value} (code INSEE ${payload.coordonnees.adresse.codeInsee})`;
    return [valueCell(flags.horsTerritoire ? `${commune} — hors territoire` : commune)];
  }
  return [valueCell(String(value))];
}

/** Rows staff need that the payload does not hold: worked out at receipt, printed after a field's row. */
const DERIVED_AFTER: Partial<Record<FieldPath, (registration: Registration) => [string, Cell[]] | null>> = {
  "coordonnees.adresse.commune": (registration) => {
    const competente = competentValue(registration);
    return competente ? ["ML compétente", [valueCell(competente, STYLE.strong)]] : null;
  },
  "parcours.diplome": (registration) => [
    "Niveau (décret 2019-14)",
    [valueCell(trainingLevelFr(registration.payload.parcours), STYLE.strong)],
  ],
};

function message(flow: Flow, text: string | undefined): void {
  if (!text) {
    row(flow, "", [{ ...valueCell("Aucun message"), x: PAGE.left, style: STYLE.label }]);
    return;
  }
  let lines = flow.wrap(text, STYLE.body, PAGE.right - PAGE.left);
  if (lines.length > MESSAGE_MAX_LINES) {
    // Hundreds of short lines would run to a third page: keep the breaks visible, inline.
    lines = flow.wrap(text.replace(/\s*(?:\r\n|[\n\r\u2028\u2029])\s*/g, " ↵ "), STYLE.body, PAGE.right - PAGE.left);
  }
  flow.y -= 1;
  paragraph(flow, lines, PAGE.left, STYLE.body);
}

export function sections(flow: Flow, registration: Registration): void {
  const { payload } = registration;
  for (const section of FICHE_SECTIONS) {
    if (section.onlyWhenAnswered && section.rows.every((path) => valueAt(payload, path) === undefined)) continue;
    sectionTitle(flow, section.title, ROW);
    for (const path of section.rows) {
      const facts = FIELDS[path];
      if (facts.kind === "message") {
        message(flow, payload.message);
        continue;
      }
      if (facts.ficheOmitsWhenAbsent && valueAt(payload, path) === undefined) continue;
      row(flow, facts.fiche ?? path, cells(path, registration));
      const derived = DERIVED_AFTER[path]?.(registration);
      if (derived) row(flow, derived[0], derived[1]);
    }
  }
}
