/**
 * The registration as JSON, attached to the PDF and to the email: the exact text the youth typed
 * (the PDF says « caractères non affichables » where DejaVu Sans has no glyph) under I-Milo's own key names, the first
 * step toward typing nothing at all.
 */
import type { Payload } from "../../contract/schema/payload";
import type { Registration, RegistrationFlags } from "../registration";

export interface RegistrationJson {
  reference: string;
  /** When the server accepted it (ISO 8601, UTC). */
  recuLe: string;
  /** Call-back deadline (ISO 8601, UTC). */
  rappelAvant: string;
  payload: Payload;
  flags: RegistrationFlags;
  langue: string;
}

export function registrationJsonObject(registration: Registration): RegistrationJson {
  return {
    reference: registration.reference,
    recuLe: registration.receivedAt.toISOString(),
    rappelAvant: registration.rappelAvant.toISOString(),
    payload: registration.payload,
    flags: registration.flags,
    langue: registration.langue,
  };
}

/** The attachment's text (UTF-8 when encoded), indented for a human who opens it. */
export function registrationJson(registration: Registration): string {
  return `${JSON.stringify(registrationJsonObject(registration), null, 2)}\n`;
}

/** "preinscription-PI-7K3F-Q9XM.json": the same name inside the PDF and on the email. */
export function registrationJsonFilename(reference: string): string {
  return `preinscription-${reference}.json`;
}
