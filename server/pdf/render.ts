/**
 * The registration fiche: an A4 PDF the reception staff read and type into I-Milo the next
 * morning, with the registration as JSON attached inside.
 *
 * Pure (same registration, same bytes) and safe on any valid payload: a character DejaVu Sans
 * can't draw becomes a marker in words on the page and stays exact in the JSON. The fonts are parsed once per
 * process (fonts.ts) and embedded as subsets by our own code (pdf-font.ts), which keeps a fiche
 * at a few milliseconds.
 */
import { AFRelationship, PDFDocument } from "pdf-lib";
import type { MissionLocale } from "../config/ml-config";
import type { Registration } from "../registration";
import { duplicateWords } from "../staff-words";
import { fontFaces } from "./fonts";
import { dateTimeFr, languageFr } from "./labels";
import { COLUMNS, CONTENT_WIDTH, Flow, lineHeight, PAGE, STYLE, type TextStyle } from "./layout";
import { EmbeddedFont } from "./pdf-font";
import { registrationJson, registrationJsonFilename } from "./registration-json";
import { sections } from "./sections";

const PRODUCER = "ml-preinscription";
const ALERT_RED = [0.62, 0.05, 0.05] as const;
const ALERT_PINK = [1, 0.93, 0.93] as const;

/** Flags in the order the staff act on them: a probable duplicate, whom to call first, what to check. */
function flagWords(registration: Registration, ml: MissionLocale): string[] {
  const { flags } = registration;
  const doublon = duplicateWords(registration, ml);
  return [
    ...(doublon ? [doublon] : []),
    ...(flags.sansHebergement ? ["SANS HÉBERGEMENT — prioritaire"] : []),
    ...(registration.payload.coordonnees.adresse.sansAdresseFixe ? ["SANS ADRESSE FIXE"] : []),
    ...(flags.mineur ? ["MINEUR"] : []),
    ...(flags.horsTerritoire ? ["HORS TERRITOIRE"] : []),
  ];
}

function header(flow: Flow, registration: Registration, ml: MissionLocale): void {
  const title: TextStyle = { face: "bold", size: 17 };
  const refStyle: TextStyle = { face: "bold", size: 13 };
  const refBoxWidth = 150;
  const refX = PAGE.right - refBoxWidth;
  const top = flow.y;

  // Left: what this is and whose; right: the reference, boxed.
  flow.line("Pré-inscription en ligne", PAGE.left, top - 15, title);
  let y = top - 22;
  const leftWidth = refX - PAGE.left - 12;
  const mlStyle: TextStyle = { face: "bold", size: 10.5 };
  y -= flow.lines(flow.wrap(ml.nom, mlStyle, leftWidth), PAGE.left, y, mlStyle);
  const contact = [
    `${ml.adresse.ligne1}, ${ml.adresse.codePostal} ${ml.adresse.commune}`,
    ml.telephone,
    ...(ml.codeStructure ? [`structure I-Milo ${ml.codeStructure}`] : []),
  ].join(" · ");
  y -= flow.lines(flow.wrap(contact, STYLE.small, leftWidth), PAGE.left, y, STYLE.small);

  const refLines = flow.wrap(registration.reference, refStyle, refBoxWidth - 16);
  const refHeight = 18 + refLines.length * lineHeight(refStyle);
  flow.rect(refX, top - refHeight - 2, refBoxWidth, refHeight + 2, { stroke: 0.2, lineWidth: 1 });
  flow.line("Référence", refX + 8, top - 11, STYLE.label);
  flow.lines(refLines, refX + 8, top - 15, refStyle);
  y = Math.min(y, top - refHeight - 2) - 6;

  const received = `Reçue le ${dateTimeFr(registration.receivedAt, ml.fuseauHoraire)}`;
  const french = registration.langue.split("-")[0]?.toLowerCase() === "fr";
  const langue = french ? "" : ` · formulaire rempli en ${languageFr(registration.langue)}`;
  y -= flow.lines(flow.wrap(received + langue, STYLE.body, CONTENT_WIDTH), PAGE.left, y, STYLE.body) + 2;

  // The 24-hour call-back promise: the one thing no one may miss.
  const deadlineStyle: TextStyle = { face: "bold", size: 12 };
  const deadline = flow.wrap(
    `À rappeler avant ${dateTimeFr(registration.rappelAvant, ml.fuseauHoraire)}`,
    deadlineStyle,
    CONTENT_WIDTH - 20,
  );
  const deadlineHeight = deadline.length * lineHeight(deadlineStyle) + 10;
  y -= 4;
  flow.rect(PAGE.left, y - deadlineHeight, CONTENT_WIDTH, deadlineHeight, { fill: 0.93, stroke: 0, lineWidth: 1.4 });
  flow.lines(deadline, PAGE.left + 10, y - 4, deadlineStyle);
  y -= deadlineHeight + 8;
  flow.y = y;
  flags(flow, registration, ml);
}

/** Boxed capital words: prominent in colour and in black and white alike. */
function flags(flow: Flow, registration: Registration, ml: MissionLocale): void {
  const words = flagWords(registration, ml);
  if (words.length === 0) return;
  const style: TextStyle = { face: "bold", size: 11, colour: ALERT_RED };
  const height = 20;
  let x = PAGE.left;
  let top = flow.y;
  for (const word of words) {
    const [text = ""] = flow.wrap(`⚠ ${word}`, style, CONTENT_WIDTH - 20);
    const width = flow.width(text, style) + 20;
    if (x > PAGE.left && x + width > PAGE.right) {
      x = PAGE.left;
      top -= height + 6;
    }
    flow.rect(x, top - height, width, height, { fill: ALERT_PINK, stroke: ALERT_RED, lineWidth: 1.8 });
    flow.line(text, x + 10, top - 14.5, style);
    x += width + 8;
  }
  flow.y = top - height - 8;
}

function continuationHeader(flow: Flow, registration: Registration, ml: MissionLocale): void {
  const text = `${ml.nom} — pré-inscription ${registration.reference} (suite)`;
  const height = flow.lines(flow.wrap(text, STYLE.label, CONTENT_WIDTH), PAGE.left, PAGE.top, STYLE.label);
  flow.hline(PAGE.left, PAGE.right, PAGE.top - height - 3);
  flow.y = PAGE.top - height - 9;
}

/** Check boxes drawn as rectangles and lines to write on: filled in by hand or on screen. */
function staffBox(flow: Flow): void {
  const height = 60;
  flow.ensure(height + 10);
  flow.y -= 10;
  const top = flow.y;
  flow.rect(PAGE.left, top - height, CONTENT_WIDTH, height, { stroke: 0.15, lineWidth: 1 });
  flow.line("Réservé à la Mission Locale", PAGE.left + 10, top - 13, STYLE.strong);

  const item = (x: number, baseline: number, text: string, blankWidth: number) => {
    flow.rect(x, baseline - 1, 8.5, 8.5, { stroke: 0, lineWidth: 0.9 });
    flow.line(text, x + 13, baseline, STYLE.body);
    if (blankWidth > 0) {
      const start = x + 13 + flow.width(text, STYLE.body) + 4;
      flow.hline(start, start + blankWidth, baseline - 2, 0.5, 0.4);
    }
  };
  const column2 = COLUMNS.half - 40;
  item(PAGE.left + 10, top - 31, "Déjà connu dans I-Milo", 0);
  item(column2, top - 31, "Saisi dans I-Milo le", PAGE.right - column2 - 130);
  item(PAGE.left + 10, top - 50, "Rappelé le", 150);
  item(column2, top - 50, "Accueil collectif le", PAGE.right - column2 - 128);
  flow.y = top - height;
}

function footers(flow: Flow, registration: Registration): void {
  const count = flow.pages.length;
  flow.pages.forEach((_, index) => {
    const baseline = 26;
    flow.line("Document à supprimer dès la saisie dans I-Milo", PAGE.left, baseline, STYLE.strong, index);
    const [reference = ""] = flow.wrap(registration.reference, STYLE.label, 140);
    const right = `${reference} · page ${index + 1}/${count}`;
    flow.line(right, PAGE.right - flow.width(right, STYLE.label), baseline, STYLE.label, index);
    flow.rect(PAGE.left, baseline + 11, CONTENT_WIDTH, 0.6, { fill: 0.55 }, index);
  });
}

/** The fiche as PDF bytes: one A4 page for a typical registration, two at most. */
export async function renderFiche(registration: Registration, ml: MissionLocale): Promise<Uint8Array> {
  const faces = fontFaces();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    regular: new EmbeddedFont(faces.regular, doc.context),
    bold: new EmbeddedFont(faces.bold, doc.context),
  };
  const flow = new Flow(doc, fonts, (f) => {
    if (f.pages.length > 1) continuationHeader(f, registration, ml);
  });
  header(flow, registration, ml);
  sections(flow, registration);
  staffBox(flow);
  footers(flow, registration);
  flow.finish();
  fonts.regular.embed();
  fonts.bold.embed();

  // Metadata without personal data: the reference is a pseudonym shared with the ML only.
  doc.setTitle(`Pré-inscription ${registration.reference}`, { showInWindowTitleBar: true });
  doc.setSubject("Pré-inscription en ligne — fiche à saisir dans I-Milo");
  doc.setAuthor(ml.nom);
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setLanguage("fr-FR");
  doc.setCreationDate(registration.receivedAt);
  doc.setModificationDate(registration.receivedAt);

  await doc.attach(
    new TextEncoder().encode(registrationJson(registration)),
    registrationJsonFilename(registration.reference),
    {
      mimeType: "application/json",
      description: `Pré-inscription ${registration.reference} : données saisies (JSON, clés I-Milo)`,
      creationDate: registration.receivedAt,
      modificationDate: registration.receivedAt,
      afRelationship: AFRelationship.Data,
    },
  );
  // No pause between objects (the default yields to the event loop with a setTimeout every 50),
  // and a plain cross-reference table: the streams are compressed already, a second pass over
  // the objects with pako would cost more time than the 2–3 KB it saves.
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false });
}
