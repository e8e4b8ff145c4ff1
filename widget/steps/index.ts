/**
 * The steps in order and the parts of the payload each one fills. Only the first step's module
 * ships in /widget.js; the others come with the schema in the chunk loaded right after it shows.
 */
import { ETAPES_FORMULAIRE } from "../../contract/api-types";
import type { StepId } from "../events";
import type { PayloadRoot } from "./types";

export const STEP_IDS: readonly StepId[] = ETAPES_FORMULAIRE;

/** Top-level keys of the payload each step fills, validated with their section schemas. */
export const STEP_ROOTS: Readonly<Record<StepId, readonly PayloadRoot[]>> = {
  identite: ["identite", "representantLegal"],
  coordonnees: ["coordonnees"],
  logement: ["logement"],
  parcours: ["parcours"],
  rappel: ["rappel", "origine", "message"],
  verification: ["informationLue"],
};

export const LAST_STEP = STEP_IDS.length - 1;

/** The index of the step that asks `path` ("representantLegal.nom" → Identité); the review step for anything else. */
export function stepIndexOf(path: string): number {
  const root = path.split(".")[0] ?? "";
  const index = STEP_IDS.findIndex((id) => STEP_ROOTS[id].some((r) => r === root));
  return index === -1 ? LAST_STEP : index;
}

export function belongsTo(id: StepId, path: string): boolean {
  return STEP_ROOTS[id].some((root) => path === root || path.startsWith(`${root}.`));
}
