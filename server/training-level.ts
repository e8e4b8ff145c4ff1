/**
 * The training level I-Milo asks for, by the national nomenclature of qualifications (décret
 * 2019-14): infra 3 (no diploma of level 3), 3 (CAP, BEP), 4 (baccalauréat), 5 (bac + 2),
 * 6 (licence, BUT), 7 (master), 8 (doctorat). It is the level of the highest diploma obtained; the
 * last class attended only warns staff when the two disagree.
 */
import type { Payload } from "../contract/schema/payload";

type Parcours = Pick<Payload["parcours"], "derniereClasse" | "diplome">;

export interface TrainingLevel {
  /** "infra 3", "3", "4", "5" or "6 à 8" (the form asks no further). */
  code: string;
  /** Why staff should ask, when the class and the diploma disagree. */
  aVerifier?: string;
}

const BY_DIPLOMA: Record<Parcours["diplome"], string> = {
  AUCUN: "infra 3",
  BREVET: "infra 3",
  NIVEAU_3: "3",
  NIVEAU_4: "4",
  NIVEAU_5: "5",
  NIVEAU_6_ET_PLUS: "6 à 8",
};

/** The diploma levels a last class can lead to, beyond which the answers disagree. */
const HIGHEST_AFTER_CLASS: Partial<Record<Parcours["derniereClasse"], number>> = {
  AVANT_TROISIEME: 0,
  TROISIEME: 0,
  SECONDE: 3,
  CAP_BEP: 3,
  PREMIERE: 3,
  TERMINALE: 4,
};
const RANK: Record<Parcours["diplome"], number> = {
  AUCUN: 0,
  BREVET: 0,
  NIVEAU_3: 3,
  NIVEAU_4: 4,
  NIVEAU_5: 5,
  NIVEAU_6_ET_PLUS: 6,
};

export function trainingLevel({ derniereClasse, diplome }: Parcours): TrainingLevel {
  const code = BY_DIPLOMA[diplome];
  const highest = HIGHEST_AFTER_CLASS[derniereClasse];
  if (highest !== undefined && RANK[diplome] > highest) {
    return { code, aVerifier: "diplôme au-dessus de la dernière classe déclarée" };
  }
  if (derniereClasse === "SUPERIEUR" && RANK[diplome] < 4) {
    return { code, aVerifier: "études supérieures déclarées sans le baccalauréat" };
  }
  return { code };
}

/** "niveau 4", "infra 3 (à vérifier : …)". */
export function trainingLevelFr(parcours: Parcours): string {
  const level = trainingLevel(parcours);
  const text = level.code === "infra 3" ? "infra 3" : `niveau ${level.code}`;
  return level.aVerifier ? `${text} (à vérifier : ${level.aVerifier})` : text;
}
