import type { OutgoingMail } from "../mail/types";

/** What /healthz says of delivery: a 503 with the reason when mail could not be taken safely. */
export interface DeliveryHealth {
  ok: boolean;
  problem?: "arrete" | "ecriture-impossible" | "espace-insuffisant" | "base-injoignable";
}

/** Hands accepted messages to the mail transport. `enqueue` resolves once the message is safe. */
export interface Delivery {
  /**
   * "deja-en-attente": the same reference and kind is already waiting (a repeat whose first 202
   * could not be recorded in the idempotency index): nothing new was written.
   */
  enqueue(mail: OutgoingMail): Promise<"en-attente" | "deja-en-attente">;
  /**
   * Messages accepted and not yet delivered, and the age of the oldest (for /healthz); `scanning`
   * while the first scan of SPOOL_DIR after a start is still counting.
   */
  pending(): { count: number; oldestAgeMs: number | null; scanning: boolean };
  /** SPOOL_DIR (and DATA_DIR) written and fsynced with room to spare, worker alive. */
  health(): Promise<DeliveryHealth>;
  stop(): Promise<void>;
}
