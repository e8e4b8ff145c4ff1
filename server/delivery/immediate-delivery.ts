/**
 * Sends right after the 202, in the background, without durability: a stopgap until the spool
 * (issue 4) takes over. A failure is logged with the reference and the error kind only.
 */
import type { Logger } from "../log";
import type { MailTransport, OutgoingMail } from "../mail/types";
import type { Delivery } from "./delivery";

export function immediateDelivery(transport: MailTransport, logger: Logger, now: () => number): Delivery {
  const inFlight = new Map<Promise<void>, number>();
  return {
    async enqueue(mail: OutgoingMail) {
      const sending = transport
        .send(mail)
        .then((outcome) => {
          if (outcome.ok) logger.log("delivered", { reference: mail.reference, kind: transport.name });
          else logger.log("failed", { reference: mail.reference, kind: outcome.kind });
        })
        .catch((error: unknown) => {
          logger.log("failed", { reference: mail.reference, kind: error instanceof Error ? error.name : "inconnu" });
        })
        .finally(() => inFlight.delete(sending));
      inFlight.set(sending, now());
    },
    pending() {
      const starts = [...inFlight.values()];
      return { count: starts.length, oldestAgeMs: starts.length ? now() - Math.min(...starts) : null };
    },
    async healthy() {
      return true;
    },
    async stop() {
      await Promise.allSettled([...inFlight.keys()]);
    },
  };
}
