/** What a step module provides, and what the element hands it to render. */
import type { TemplateResult } from "lit";
import type { MissionLocalePublic, OrientationResponse } from "../../contract/api-types";
import type { FieldKey, FirstStrings, Strings } from "../../contract/i18n/fr";
import type { PayloadInput } from "../../contract/schema/payload";
import type { Answers, Rules } from "../answers";
import type { CommunesState } from "../controllers/commune-lookup";
import type { StepId } from "../events";
import type { Option } from "../fields/select";
import type { FieldView } from "../fields/shared";

export type PayloadRoot = keyof PayloadInput;

export interface StepView extends FieldView {
  /** The whole table of the language in use (the later steps read its later part). */
  t: Strings;
  ml: MissionLocalePublic | null;
  rules: Rules;
  /** Under 18: the legal representative block is shown. */
  minor: boolean;
  communes: CommunesState;
  /** For a commune outside the territory: who serves it ("chargement" while asking, null if unknown). */
  orientation: OrientationResponse | "chargement" | null;
  /** The notice for a commune outside the territory; null until the later chunk (which draws it) is here. */
  outsideNotice: ((orientation: OrientationResponse, commune: string) => TemplateResult) | null;
  /** The call-back deadline a registration sent now gets (ISO), once the server said it. */
  rappelAvant: string | null;
  /** Longest message accepted, once the schema is loaded. */
  messageMax: number | null;
  countries(): readonly Option[];
  onCommuneChange(event: Event): void;
  onChangePostalCode(): void;
  /** "Modifier" on the review step: go to the field of `path`. */
  onEdit(path: FieldKey): void;
  /** All steps before the review one, for the review to list their answers. */
  steps: readonly StepDefinition[];
  /** The step title's heading level (the element's heading-level); titles inside are one below. */
  level: number;
  /** The birth date as it was when its field was left or "Suivant" pressed (the age notice reads it, not each key). */
  birthLeft: string;
}

/**
 * What the first step gets: the same, with only the first part of the table, which is all the
 * first paint has in French before the later chunk arrives.
 */
export type FirstStepView = Omit<StepView, "t"> & { t: FirstStrings };

/** A message maker for checks outside the schema: an error key of the locale table and its params. */
export type MessageOf = (key: string, params?: Record<string, string | number>) => string;

export interface StepDefinition {
  id: StepId;
  render(view: StepView): TemplateResult;
  /**
   * Rules the shared schema cannot know (this ML's age range, today's year, the communes found),
   * and fixes to its messages (no "choose your commune" while the postal code itself is wrong).
   */
  check?(errors: Record<string, string>, view: StepView, messageOf: MessageOf): void;
  /** Whether a field is asked given the other answers; fields not asked stay out of the payload. */
  asks?(path: string, answers: Answers, rules: Rules): boolean;
}
