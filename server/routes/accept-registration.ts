/**
 * What happens between a valid request and the 202: validate, drop spam silently, compute the
 * deadline and flags, render the PDF, hand the message to delivery. The PDF is rendered before
 * answering so an accepted registration can always be delivered.
 */
import type { AcceptedResponse } from "../../widget/api-types";
import { erreursFr, formatError } from "../../widget/i18n/errors-fr";
import { dayIn } from "../../widget/schema/age";
import type { MissionLocale } from "../config/ml-config";
import { callBackDeadline } from "../deadline";
import type { Outcome } from "../delivery/idempotency";
import type { AppDeps } from "../deps";
import { registrationMail } from "../mail/registration-mail";
import { renderFiche } from "../pdf/render";
import type { Registration } from "../registration";
import { isoWithOffset } from "../time/zoned";
import { registrationFlags, validateRegistration } from "../validation";

/** Filled faster than this, it was not a person. */
export const MIN_FILL_MS = 3000;

export type FrenchErrors = Record<string, string>;

export async function acceptRegistration(
  body: unknown,
  ml: MissionLocale,
  reference: string,
  deps: AppDeps,
): Promise<Outcome<FrenchErrors>> {
  const receivedAt = deps.clock();
  const today = dayIn(receivedAt, ml.fuseauHoraire);
  const result = validateRegistration(body, ml, deps.communes, today);
  if (!result.ok) {
    const erreurs: FrenchErrors = {};
    for (const [path, error] of Object.entries(result.errors))
      erreurs[path] = formatError(erreursFr, error.key, error.params);
    deps.logger.log("rejected", { ml: ml.id, status: 422 });
    return { accepted: false, value: erreurs };
  }
  const payload = result.payload;
  const rappelAvant = callBackDeadline(receivedAt, ml);
  const response: AcceptedResponse = {
    reference,
    rappelAvant: isoWithOffset(rappelAvant, ml.fuseauHoraire),
  };

  // Honeypot filled or filled in a blink: the usual answer, nothing sent.
  if (payload.meta.siteWeb !== "" || payload.meta.dureeSaisieMs < MIN_FILL_MS) {
    deps.logger.log("spam", { ml: ml.id, reference: response.reference, status: 202 });
    return { accepted: true, response };
  }

  const registration: Registration = {
    reference: response.reference,
    receivedAt,
    rappelAvant,
    payload,
    flags: registrationFlags(payload, ml, today),
    langue: "fr",
  };
  const pdf = await renderFiche(registration, ml);
  await deps.delivery.enqueue(registrationMail(registration, ml, pdf));
  deps.logger.log("received", { ml: ml.id, reference: response.reference, status: 202 });
  return { accepted: true, response };
}
