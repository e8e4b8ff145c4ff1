/**
 * The body of the fiche, section by section in I-Milo's screen order, so the staff member types
 * from top to bottom without hunting. Every category is printed with its French label.
 */
import { optionsFr } from "../../contract/i18n/options-fr";
import { imiloForm } from "../../contract/schema/text-rules";
import type { MissionLocale } from "../config/ml-config";
import type { Registration } from "../registration";
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

/** A name as typed, and beside it the form I-Milo wants (capitals without accents). */
function nameCells(name: string): Cell[] {
  const gap = 10;
  return [
    { text: name, x: COLUMNS.value, width: COLUMNS.half - COLUMNS.value - gap, style: STYLE.body },
    { text: "I-Milo", x: COLUMNS.half, width: 34, style: STYLE.label },
    { text: imiloForm(name), x: COLUMNS.half + 34, width: PAGE.right - COLUMNS.half - 34, style: STYLE.strong },
  ];
}

function identite(flow: Flow, registration: Registration, ml: MissionLocale): void {
  const { identite } = registration.payload;
  sectionTitle(flow, "Identité", ROW);
  row(flow, "Civilité", [valueCell(label(optionsFr.civilite, identite.civilite))]);
  row(flow, "Nom de naissance", nameCells(identite.nomNaissance));
  if (identite.nomUsage) row(flow, "Nom d'usage", nameCells(identite.nomUsage));
  row(flow, "Prénom", nameCells(identite.prenom));
  row(flow, "Date de naissance", [
    valueCell(birthDateFr(identite.dateNaissance, registration.receivedAt, ml.fuseauHoraire)),
  ]);
  row(flow, "Lieu de naissance", [valueCell(birthPlaceFr(identite.lieuNaissance))]);
  row(flow, "Nationalité", [valueCell(label(optionsFr.nationalite, identite.nationalite))]);
}

function coordonnees(flow: Flow, registration: Registration): void {
  const { adresse, telephone, email } = registration.payload.coordonnees;
  sectionTitle(flow, "Coordonnées", ROW);
  if (adresse.sansAdresseFixe) {
    row(flow, "Adresse", [
      valueCell(adresse.ligne1 ? `Sans adresse fixe — ${adresse.ligne1}` : "Sans adresse fixe", STYLE.strong),
    ]);
  } else {
    row(flow, "Adresse", [valueCell(adresse.ligne1 ?? "")]);
  }
  if (adresse.complement) row(flow, "Complément d'adresse", [valueCell(adresse.complement)]);
  row(flow, "Code postal", [valueCell(adresse.codePostal)]);
  const commune = `${adresse.commune} (code INSEE ${adresse.codeInsee})`;
  row(flow, "Commune", [valueCell(registration.flags.horsTerritoire ? `${commune} — hors territoire` : commune)]);
  row(flow, "Téléphone", [valueCell(telephoneFr(telephone), STYLE.strong)]);
  row(flow, "E-mail", [valueCell(email ?? "Non renseigné")]);
}

function representant(flow: Flow, registration: Registration): void {
  const representant = registration.payload.representantLegal;
  if (!representant) return;
  sectionTitle(flow, "Représentant légal", ROW);
  row(flow, "Lien", [valueCell(label(optionsFr.lien, representant.lien))]);
  row(flow, "Nom", nameCells(representant.nom));
  row(flow, "Prénom", nameCells(representant.prenom));
  row(flow, "Téléphone", [valueCell(telephoneFr(representant.telephone), STYLE.strong)]);
}

function logement(flow: Flow, registration: Registration): void {
  const { situation } = registration.payload.logement;
  sectionTitle(flow, "Logement", ROW);
  const style = registration.flags.sansHebergement ? STYLE.strong : STYLE.body;
  row(flow, "Situation", [valueCell(label(optionsFr.logement, situation), style)]);
}

function parcours(flow: Flow, registration: Registration): void {
  const parcours = registration.payload.parcours;
  sectionTitle(flow, "Scolarité et formation", ROW);
  row(flow, "Situation actuelle", [valueCell(label(optionsFr.situation, parcours.situation))]);
  row(flow, "Dernière classe suivie", [valueCell(label(optionsFr.derniereClasse, parcours.derniereClasse))]);
  row(flow, "Diplôme le plus élevé", [valueCell(label(optionsFr.diplome, parcours.diplome))]);
  if (parcours.anneeSortie !== undefined) {
    row(flow, "Sortie du système scolaire", [valueCell(String(parcours.anneeSortie))]);
  }
  row(flow, "Inscrit à France Travail", [valueCell(label(optionsFr.ouiNonInconnu, parcours.inscritFranceTravail))]);
  row(flow, "Déjà venu à la Mission Locale", [
    valueCell(label(optionsFr.ouiNonInconnu, parcours.dejaVenuMissionLocale)),
  ]);
}

function rappel(flow: Flow, registration: Registration): void {
  sectionTitle(flow, "Rappel", ROW);
  row(flow, "Créneaux préférés", [valueCell(creneauxFr(registration.payload.rappel.creneaux))]);
}

function origine(flow: Flow, registration: Registration): void {
  sectionTitle(flow, "Origine", ROW);
  row(flow, "Comment a connu la ML", [valueCell(label(optionsFr.origine, registration.payload.origine))]);
}

function message(flow: Flow, registration: Registration): void {
  const text = registration.payload.message;
  sectionTitle(flow, "Message", ROW);
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

export function sections(flow: Flow, registration: Registration, ml: MissionLocale): void {
  identite(flow, registration, ml);
  coordonnees(flow, registration);
  representant(flow, registration);
  logement(flow, registration);
  parcours(flow, registration);
  rappel(flow, registration);
  origine(flow, registration);
  message(flow, registration);
}
