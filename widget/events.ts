/**
 * Events of <ml-preinscription>: they bubble out of the shadow root (composed) for the page's
 * analytics, and their `detail` never holds personal data nor the registration's reference.
 */
import type { EtapeFormulaire } from "../contract/api-types";

export type StepId = EtapeFormulaire;

/** What went wrong: a 422, the network, the server, the rate limit, a refused request, a bad setup. */
export type ErrorKind = "validation" | "reseau" | "serveur" | "limite" | "refus" | "configuration";

export interface StepDetail {
  step: StepId;
  /** 0-based position of the step. */
  index: number;
  count: number;
}

/** A step is shown (the first one too). */
export class MlStepEvent extends CustomEvent<StepDetail> {
  static readonly type = "ml-step";
  constructor(detail: StepDetail) {
    super(MlStepEvent.type, { bubbles: true, composed: true, detail });
  }
}

/** The server accepted the registration. */
export class MlSubmittedEvent extends CustomEvent<Record<string, never>> {
  static readonly type = "ml-submitted";
  constructor() {
    super(MlSubmittedEvent.type, { bubbles: true, composed: true, detail: {} });
  }
}

/** Sending failed, or the form could not be set up. */
export class MlErrorEvent extends CustomEvent<{ kind: ErrorKind }> {
  static readonly type = "ml-error";
  constructor(kind: ErrorKind) {
    super(MlErrorEvent.type, { bubbles: true, composed: true, detail: { kind } });
  }
}

declare global {
  interface HTMLElementEventMap {
    "ml-step": MlStepEvent;
    "ml-submitted": MlSubmittedEvent;
    "ml-error": MlErrorEvent;
  }
}
