/** Category values of payload v1 (upper snake case, I-Milo's vocabulary). Labels live in i18n. */
export const CIVILITES = ["MADAME", "MONSIEUR"] as const;
export const NATIONALITES = ["FRANCAISE", "UE", "HORS_UE"] as const;
export const LIENS_REPRESENTANT = ["PARENT", "TUTEUR", "AUTRE"] as const;
export const SITUATIONS_LOGEMENT = [
  "PARENTS",
  "FAMILLE",
  "AMIS",
  "LOGEMENT_AUTONOME",
  "FOYER",
  "HEBERGEMENT_URGENCE",
  "SANS_HEBERGEMENT",
  "AUTRE",
] as const;
export const SITUATIONS_PARCOURS = [
  "SCOLARITE",
  "FORMATION",
  "ALTERNANCE",
  "EMPLOI",
  "DEMANDEUR_EMPLOI",
  "SANS_ACTIVITE",
  "AUTRE",
] as const;
export const DERNIERES_CLASSES = [
  "AVANT_TROISIEME",
  "TROISIEME",
  "CAP_BEP",
  "SECONDE",
  "PREMIERE",
  "TERMINALE",
  "SUPERIEUR",
  "AUTRE",
] as const;
export const DIPLOMES = ["AUCUN", "BREVET", "NIVEAU_3", "NIVEAU_4", "NIVEAU_5", "NIVEAU_6_ET_PLUS"] as const;
export const OUI_NON_INCONNU = ["OUI", "NON", "INCONNU"] as const;
export const CRENEAUX = ["MATIN", "MIDI", "APRES_MIDI", "SOIR"] as const;
export const ORIGINES = [
  "RESEAUX_SOCIAUX",
  "AMI_FAMILLE",
  "FRANCE_TRAVAIL",
  "ETABLISSEMENT_SCOLAIRE",
  "SITE_INTERNET",
  "PARTENAIRE",
  "AUTRE",
] as const;

/** Housing situations that make a registration a priority for the staff. */
export const LOGEMENTS_PRIORITAIRES: readonly string[] = ["SANS_HEBERGEMENT", "HEBERGEMENT_URGENCE"];
