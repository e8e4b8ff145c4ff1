/**
 * The steps in order and the parts of the payload each one fills. Only the first step's module
 * (where the youth lives) ships in /widget.js; the others come with the schema in the chunk
 * loaded right after it shows.
 */
import { ETAPES_FORMULAIRE } from "../../contract/api-types";
import { COMMUNE_PATH, INSEE_PATH, POSTAL_PATH } from "../controllers/commune-lookup";
import type { StepId } from "../events";
import type { PayloadRoot } from "./types";

export const STEP_IDS: readonly StepId[] = ETAPES_FORMULAIRE;

/** Top-level keys of the payload each step's answers are validated with (their section schemas). */
export const STEP_ROOTS: Readonly<Record<StepId, readonly PayloadRoot[]>> = {
  territoire: ["coordonnees"],
  identite: ["identite", "representantLegal"],
  coordonnees: ["coordonnees"],
  logement: ["logement"],
  parcours: ["parcours"],
  rappel: ["rappel", "origine", "message"],
  verification: ["informationLue"],
};

/** The first step asks only these parts of the address; the address step asks the rest. */
const TERRITORY_PATHS: readonly string[] = [POSTAL_PATH, COMMUNE_PATH, INSEE_PATH];

export const LAST_STEP = STEP_IDS.length - 1;

/** Whether step `id` asks `path` ("representantLegal.nom" → Identité). */
export function belongsTo(id: StepId, path: string): boolean {
  const territory = TERRITORY_PATHS.includes(path);
  if (id === "territoire") return territory;
  if (territory) return false;
  return STEP_ROOTS[id].some((root) => path === root || path.startsWith(`${root}.`));
}

/** The index of the step that asks `path`; the review step for anything else. */
export function stepIndexOf(path: string): number {
  const index = STEP_IDS.findIndex((id) => belongsTo(id, path));
  return index === -1 ? LAST_STEP : index;
}
