/**
 * What happens between a valid request and the 202: validate, drop spam silently, compute the
 * deadline and flags, render the PDF, hand the message to delivery. The PDF is rendered before
 * answering so an accepted registration can always be delivered.
 */
import type { AcceptedResponse, ValidationErrorResponse } from "../../contract/api-types";
import { erreursFr, formatError } from "../../contract/i18n/errors-fr";
import { dayIn } from "../../contract/schema/age";
import { setOwn } from "../../contract/schema/errors";
import type { MissionLocale } from "../config/ml-config";
import { callBackDeadline } from "../deadline";
import type { Outcome } from "../delivery/idempotency";
import type { AppDeps } from "../deps";
import { confirmationMail } from "../mail/confirmation-mail";
import { registrationMail } from "../mail/registration-mail";
import { publicFacts } from "../ml-public";
import type { CompetentMissionLocale, Registration } from "../registration";
import { competentMissionsLocales } from "../territory/orientation";
import { isoWithOffset } from "../time/zoned";
import { registrationFlags, validateRegistration } from "../validation";

/** Filled faster than this, it was not a person. */
export const MIN_FILL_MS = 3000;
/**
 * The longest a registration waits for the directory (a cached answer comes at once): past it the
 * fiche says "indisponible" and the look-up goes on to fill the cache.
 */
export const DIRECTORY_WAIT_MS = 800;

/** A 422's body: French messages, and the rule each one broke (for a widget in another language). */
export type FrenchErrors = ValidationErrorResponse;

/**
 * `langue`: the language of the form the youth used (a known locale, from `Content-Language`);
 * the PDF notes it, the payload and the PDF stay as they are.
 */
export async function acceptRegistration(
  body: unknown,
  ml: MissionLocale,
  reference: string,
  deps: AppDeps,
  langue = "fr",
): Promise<Outcome<FrenchErrors>> {
  const receivedAt = deps.clock();
  const today = dayIn(receivedAt, ml.fuseauHoraire);
  const result = validateRegistration(body, ml, deps.communes, today);
  if (!result.ok) {
    const erreurs: Record<string, string> = {};
    const codes: NonNullable<ValidationErrorResponse["codes"]> = {};
    for (const [path, error] of Object.entries(result.errors)) {
      setOwn(erreurs, path, formatError(erreursFr, error.key, error.params));
      setOwn(codes, path, error.params ? { key: error.key, params: error.params } : { key: error.key });
    }
    deps.logger.log("rejected", { ml: ml.id, status: 422 });
    return { accepted: false, value: { erreurs, codes } };
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

  const flags = registrationFlags(payload, ml, today, deps.communes);
  const [competente, doublon] = await Promise.all([
    flags.horsTerritoire ? competentFor(ml, payload.coordonnees.adresse.codeInsee, deps) : undefined,
    deps.duplicates?.find(ml, payload.identite, receivedAt),
  ]);
  const registration: Registration = {
    reference: response.reference,
    receivedAt,
    receivedOn: today,
    rappelAvant,
    payload,
    flags,
    langue,
    ...(competente ? { competente } : {}),
    ...(doublon ? { doublon } : {}),
  };
  const render = deps.renderFiche ?? (await import("../pdf/render")).renderFiche;
  const pdf = await render(registration, ml);
  const spooled = await deps.delivery.enqueue(registrationMail(registration, ml, pdf));
  // Already waiting: a repeat whose first 202 the index could not record. Counted and mailed once.
  if (spooled === "deja-en-attente") return { accepted: true, response };
  // Remembered once spooled: a retry after a failure above is not its own duplicate.
  await deps.duplicates
    ?.remember(ml, payload.identite, response.reference, receivedAt)
    .catch((error: unknown) =>
      deps.logger.log("failed", { ml: ml.id, reference: response.reference, kind: `doublons:${errorName(error)}` }),
    );
  // Counted once it is safely spooled; spam and 422s never reach this line.
  deps.stats.recordRegistration(registration, ml);
  deps.logger.log("received", { ml: ml.id, reference: response.reference, status: 202 });
  if (ml.confirmationJeune) await enqueueConfirmation(registration, ml, deps);
  return { accepted: true, response };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "inconnu";
}

/** The competent ML of a youth of another territory: the ML's neighbours, else the directory. */
async function competentFor(ml: MissionLocale, codeInsee: string, deps: AppDeps): Promise<CompetentMissionLocale> {
  const answer = await competentMissionsLocales(ml, codeInsee, deps.annuaire, { waitMs: DIRECTORY_WAIT_MS });
  return answer.status === "trouve"
    ? { status: "trouve", missionsLocales: answer.missionsLocales }
    : { status: answer.status };
}

/** The youth's own confirmation, through the same durable path; its failure never blocks the 202. */
async function enqueueConfirmation(registration: Registration, ml: MissionLocale, deps: AppDeps): Promise<void> {
  const facts = publicFacts(ml, registration.receivedAt, registration.receivedOn, deps.transportName);
  const mail = confirmationMail(registration, facts, ml.expediteur);
  if (!mail) return;
  try {
    await deps.delivery.enqueue(mail);
  } catch (error) {
    deps.logger.log("failed", {
      ml: ml.id,
      reference: registration.reference,
      kind: `confirmation:${error instanceof Error ? error.name : "inconnu"}`,
    });
  }
}
