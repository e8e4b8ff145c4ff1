/** Category values of payload v1 (upper snake case, I-Milo's vocabulary). Labels live in i18n. */
export declare const CIVILITES: readonly ["MADAME", "MONSIEUR"];
export declare const NATIONALITES: readonly ["FRANCAISE", "UE", "HORS_UE"];
export declare const LIENS_REPRESENTANT: readonly ["PARENT", "TUTEUR", "AUTRE"];
export declare const SITUATIONS_LOGEMENT: readonly ["PARENTS", "FAMILLE", "AMIS", "LOGEMENT_AUTONOME", "FOYER", "HEBERGEMENT_URGENCE", "SANS_HEBERGEMENT", "AUTRE"];
export declare const SITUATIONS_PARCOURS: readonly ["SCOLARITE", "FORMATION", "ALTERNANCE", "EMPLOI", "DEMANDEUR_EMPLOI", "SANS_ACTIVITE", "AUTRE"];
export declare const DERNIERES_CLASSES: readonly ["AVANT_TROISIEME", "TROISIEME", "CAP_BEP", "SECONDE", "PREMIERE", "TERMINALE", "SUPERIEUR", "AUTRE"];
export declare const DIPLOMES: readonly ["AUCUN", "BREVET", "NIVEAU_3", "NIVEAU_4", "NIVEAU_5", "NIVEAU_6_ET_PLUS"];
export declare const OUI_NON_INCONNU: readonly ["OUI", "NON", "INCONNU"];
export declare const CRENEAUX: readonly ["MATIN", "MIDI", "APRES_MIDI", "SOIR"];
export declare const ORIGINES: readonly ["RESEAUX_SOCIAUX", "AMI_FAMILLE", "FRANCE_TRAVAIL", "ETABLISSEMENT_SCOLAIRE", "SITE_INTERNET", "PARTENAIRE", "AUTRE"];
/** Housing situations that make a registration a priority for the staff. */
export declare const LOGEMENTS_PRIORITAIRES: readonly string[];
