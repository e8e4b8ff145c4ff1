/**
 * Server-side validation of a registration: the shared schema, then the rules that need facts
 * the browser may not have or must not be trusted with (the ML's age range on the day received
 * in its time zone, postal code ↔ commune from the official list). Same message keys as the widget.
 */
import { ageOn, ageVerdict } from "../contract/schema/age";
import { LOGEMENTS_PRIORITAIRES } from "../contract/schema/enums";
import { type FieldErrors, fieldErrors } from "../contract/schema/errors";
import { futureLeavingYear, type Payload, payloadSchema } from "../contract/schema/payload";
import { acceptWorldTelephones } from "../contract/schema/telephone";
import { worldTelephoneE164 } from "../contract/schema/telephone-world";
import { offeredSlots } from "./callback-slots";
import type { MissionLocale } from "./config/ml-config";
import type { RegistrationFlags } from "./registration";
import { type CommunesIndex, inTerritory } from "./territory/communes-index";

// The server judges every country's numbers: it loads the full metadata once, at start.
acceptWorldTelephones(worldTelephoneE164);

export type ValidationResult = { ok: true; payload: Payload } | { ok: false; errors: FieldErrors };

export function validateRegistration(
  body: unknown,
  ml: MissionLocale,
  communes: CommunesIndex,
  today: string,
): ValidationResult {
  const parsed = payloadSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const payload = parsed.data;
  const errors: FieldErrors = {};

  const { dateNaissance } = payload.identite;
  const verdict = ageVerdict(dateNaissance, today, ml.age);
  if (verdict !== "ok") {
    errors["identite.dateNaissance"] = {
      key: `dateNaissance.${verdict}`,
      params: { min: ml.age.min, max: ml.age.max, maxPlus1: ml.age.max + 1 },
    };
  }

  const { adresse } = payload.coordonnees;
  const candidates = communes.byPostalCode(adresse.codePostal);
  // A form of v1 may still send the citywide code (75056) for an arrondissement's postal code.
  const official =
    candidates.find((commune) => commune.codeInsee === adresse.codeInsee) ??
    (candidates.some((commune) => commune.parent === adresse.codeInsee)
      ? { codeInsee: adresse.codeInsee, nom: communes.nameOf(adresse.codeInsee) ?? adresse.commune }
      : undefined);
  if (candidates.length === 0) {
    errors["coordonnees.adresse.codePostal"] = {
      key: "codePostal.inconnu",
      params: { codePostal: adresse.codePostal },
    };
  } else if (!official) {
    errors["coordonnees.adresse.codeInsee"] = {
      key: "commune.horsCodePostal",
      params: { codePostal: adresse.codePostal },
    };
  } else if (ml.horsTerritoire === "rediriger" && !inTerritory(ml.territoire, official.codeInsee, communes)) {
    // The server checks the territory itself: a browser's word is never taken for it.
    errors["coordonnees.adresse.codeInsee"] = { key: "commune.horsTerritoire", params: { commune: official.nom } };
  }

  const future = futureLeavingYear(payload.parcours.anneeSortie, today);
  if (future) errors["parcours.anneeSortie"] = future;

  // The form offers only these; a browser (or a script) sending another gets a clear refusal.
  const offered = offeredSlots(ml);
  if (payload.rappel.creneaux.some((slot) => !offered.includes(slot))) {
    errors["rappel.creneaux"] = { key: "creneaux.nonPropose" };
  }

  if (Object.keys(errors).length > 0 || !official) return { ok: false, errors };
  // The commune's name comes from the official list, not from the browser.
  adresse.commune = official.nom;
  return { ok: true, payload };
}

export function registrationFlags(
  payload: Payload,
  ml: MissionLocale,
  today: string,
  communes: CommunesIndex,
): RegistrationFlags {
  return {
    mineur: ageOn(payload.identite.dateNaissance, today) < 18,
    horsTerritoire: !inTerritory(ml.territoire, payload.coordonnees.adresse.codeInsee, communes),
    sansHebergement: LOGEMENTS_PRIORITAIRES.includes(payload.logement.situation),
  };
}
