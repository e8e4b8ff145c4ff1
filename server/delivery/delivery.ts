import type { OutgoingMail } from "../mail/types";

/** Hands accepted messages to the mail transport. `enqueue` resolves once the message is safe. */
export interface Delivery {
  enqueue(mail: OutgoingMail): Promise<void>;
  /** Messages accepted and not yet delivered, and the age of the oldest (for /healthz). */
  pending(): { count: number; oldestAgeMs: number | null };
  /** Spool writable, worker alive. */
  healthy(): Promise<boolean>;
  stop(): Promise<void>;
}
