/**
 * Payload v1 of a pre-registration (design.md 3.3), declared once with zod/mini.
 * The widget validates each step with a section of it; the server validates the whole payload;
 * GET /api/v1/schema is generated from it. Messages are keys of the locale tables (i18n/*.ts),
 * so the server answers in French and the widget in the youth's language.
 */
import * as z from "zod/mini";
export declare const MESSAGE_MAX = 500;
export declare const NAME_MAX = 60;
export declare const identiteSchema: z.ZodMiniObject<{
    civilite: z.ZodMiniEnum<{
        MADAME: "MADAME";
        MONSIEUR: "MONSIEUR";
    }>;
    nomNaissance: z.ZodMiniString<string>;
    nomUsage: z.ZodMiniOptional<z.ZodMiniString<string>>;
    prenom: z.ZodMiniString<string>;
    dateNaissance: z.ZodMiniISODate;
    lieuNaissance: z.ZodMiniObject<{
        pays: z.ZodMiniEnum<{
            [x: string]: string;
        }>;
        commune: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    nationalite: z.ZodMiniEnum<{
        FRANCAISE: "FRANCAISE";
        HORS_UE: "HORS_UE";
        UE: "UE";
    }>;
}, z.core.$strict>;
export declare const coordonneesSchema: z.ZodMiniObject<{
    adresse: z.ZodMiniObject<{
        ligne1: z.ZodMiniString<string>;
        complement: z.ZodMiniOptional<z.ZodMiniString<string>>;
        codePostal: z.ZodMiniString<string>;
        codeInsee: z.ZodMiniString<string>;
        commune: z.ZodMiniString<string>;
    }, z.core.$strict>;
    telephone: z.ZodMiniString<string>;
    email: z.ZodMiniOptional<z.ZodMiniEmail>;
}, z.core.$strict>;
export declare const representantLegalSchema: z.ZodMiniObject<{
    nom: z.ZodMiniString<string>;
    prenom: z.ZodMiniString<string>;
    telephone: z.ZodMiniString<string>;
    lien: z.ZodMiniEnum<{
        AUTRE: "AUTRE";
        PARENT: "PARENT";
        TUTEUR: "TUTEUR";
    }>;
}, z.core.$strict>;
export declare const logementSchema: z.ZodMiniObject<{
    situation: z.ZodMiniEnum<{
        AMIS: "AMIS";
        AUTRE: "AUTRE";
        FAMILLE: "FAMILLE";
        FOYER: "FOYER";
        HEBERGEMENT_URGENCE: "HEBERGEMENT_URGENCE";
        LOGEMENT_AUTONOME: "LOGEMENT_AUTONOME";
        PARENTS: "PARENTS";
        SANS_HEBERGEMENT: "SANS_HEBERGEMENT";
    }>;
}, z.core.$strict>;
export declare const parcoursSchema: z.ZodMiniObject<{
    situation: z.ZodMiniEnum<{
        ALTERNANCE: "ALTERNANCE";
        AUTRE: "AUTRE";
        DEMANDEUR_EMPLOI: "DEMANDEUR_EMPLOI";
        EMPLOI: "EMPLOI";
        FORMATION: "FORMATION";
        SANS_ACTIVITE: "SANS_ACTIVITE";
        SCOLARITE: "SCOLARITE";
    }>;
    derniereClasse: z.ZodMiniEnum<{
        AUTRE: "AUTRE";
        AVANT_TROISIEME: "AVANT_TROISIEME";
        CAP_BEP: "CAP_BEP";
        PREMIERE: "PREMIERE";
        SECONDE: "SECONDE";
        SUPERIEUR: "SUPERIEUR";
        TERMINALE: "TERMINALE";
        TROISIEME: "TROISIEME";
    }>;
    diplome: z.ZodMiniEnum<{
        AUCUN: "AUCUN";
        BREVET: "BREVET";
        NIVEAU_3: "NIVEAU_3";
        NIVEAU_4: "NIVEAU_4";
        NIVEAU_5: "NIVEAU_5";
        NIVEAU_6_ET_PLUS: "NIVEAU_6_ET_PLUS";
    }>;
    anneeSortie: z.ZodMiniOptional<z.ZodMiniInt>;
    inscritFranceTravail: z.ZodMiniEnum<{
        INCONNU: "INCONNU";
        NON: "NON";
        OUI: "OUI";
    }>;
    dejaVenuMissionLocale: z.ZodMiniEnum<{
        INCONNU: "INCONNU";
        NON: "NON";
        OUI: "OUI";
    }>;
}, z.core.$strict>;
export declare const rappelSchema: z.ZodMiniObject<{
    creneaux: z.ZodMiniArray<z.ZodMiniEnum<{
        APRES_MIDI: "APRES_MIDI";
        MATIN: "MATIN";
        MIDI: "MIDI";
        SOIR: "SOIR";
    }>>;
}, z.core.$strict>;
export declare const payloadSchema: z.ZodMiniObject<{
    identite: z.ZodMiniObject<{
        civilite: z.ZodMiniEnum<{
            MADAME: "MADAME";
            MONSIEUR: "MONSIEUR";
        }>;
        nomNaissance: z.ZodMiniString<string>;
        nomUsage: z.ZodMiniOptional<z.ZodMiniString<string>>;
        prenom: z.ZodMiniString<string>;
        dateNaissance: z.ZodMiniISODate;
        lieuNaissance: z.ZodMiniObject<{
            pays: z.ZodMiniEnum<{
                [x: string]: string;
            }>;
            commune: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>;
        nationalite: z.ZodMiniEnum<{
            FRANCAISE: "FRANCAISE";
            HORS_UE: "HORS_UE";
            UE: "UE";
        }>;
    }, z.core.$strict>;
    coordonnees: z.ZodMiniObject<{
        adresse: z.ZodMiniObject<{
            ligne1: z.ZodMiniString<string>;
            complement: z.ZodMiniOptional<z.ZodMiniString<string>>;
            codePostal: z.ZodMiniString<string>;
            codeInsee: z.ZodMiniString<string>;
            commune: z.ZodMiniString<string>;
        }, z.core.$strict>;
        telephone: z.ZodMiniString<string>;
        email: z.ZodMiniOptional<z.ZodMiniEmail>;
    }, z.core.$strict>;
    representantLegal: z.ZodMiniOptional<z.ZodMiniObject<{
        nom: z.ZodMiniString<string>;
        prenom: z.ZodMiniString<string>;
        telephone: z.ZodMiniString<string>;
        lien: z.ZodMiniEnum<{
            AUTRE: "AUTRE";
            PARENT: "PARENT";
            TUTEUR: "TUTEUR";
        }>;
    }, z.core.$strict>>;
    logement: z.ZodMiniObject<{
        situation: z.ZodMiniEnum<{
            AMIS: "AMIS";
            AUTRE: "AUTRE";
            FAMILLE: "FAMILLE";
            FOYER: "FOYER";
            HEBERGEMENT_URGENCE: "HEBERGEMENT_URGENCE";
            LOGEMENT_AUTONOME: "LOGEMENT_AUTONOME";
            PARENTS: "PARENTS";
            SANS_HEBERGEMENT: "SANS_HEBERGEMENT";
        }>;
    }, z.core.$strict>;
    parcours: z.ZodMiniObject<{
        situation: z.ZodMiniEnum<{
            ALTERNANCE: "ALTERNANCE";
            AUTRE: "AUTRE";
            DEMANDEUR_EMPLOI: "DEMANDEUR_EMPLOI";
            EMPLOI: "EMPLOI";
            FORMATION: "FORMATION";
            SANS_ACTIVITE: "SANS_ACTIVITE";
            SCOLARITE: "SCOLARITE";
        }>;
        derniereClasse: z.ZodMiniEnum<{
            AUTRE: "AUTRE";
            AVANT_TROISIEME: "AVANT_TROISIEME";
            CAP_BEP: "CAP_BEP";
            PREMIERE: "PREMIERE";
            SECONDE: "SECONDE";
            SUPERIEUR: "SUPERIEUR";
            TERMINALE: "TERMINALE";
            TROISIEME: "TROISIEME";
        }>;
        diplome: z.ZodMiniEnum<{
            AUCUN: "AUCUN";
            BREVET: "BREVET";
            NIVEAU_3: "NIVEAU_3";
            NIVEAU_4: "NIVEAU_4";
            NIVEAU_5: "NIVEAU_5";
            NIVEAU_6_ET_PLUS: "NIVEAU_6_ET_PLUS";
        }>;
        anneeSortie: z.ZodMiniOptional<z.ZodMiniInt>;
        inscritFranceTravail: z.ZodMiniEnum<{
            INCONNU: "INCONNU";
            NON: "NON";
            OUI: "OUI";
        }>;
        dejaVenuMissionLocale: z.ZodMiniEnum<{
            INCONNU: "INCONNU";
            NON: "NON";
            OUI: "OUI";
        }>;
    }, z.core.$strict>;
    rappel: z.ZodMiniObject<{
        creneaux: z.ZodMiniArray<z.ZodMiniEnum<{
            APRES_MIDI: "APRES_MIDI";
            MATIN: "MATIN";
            MIDI: "MIDI";
            SOIR: "SOIR";
        }>>;
    }, z.core.$strict>;
    origine: z.ZodMiniOptional<z.ZodMiniEnum<{
        AMI_FAMILLE: "AMI_FAMILLE";
        AUTRE: "AUTRE";
        ETABLISSEMENT_SCOLAIRE: "ETABLISSEMENT_SCOLAIRE";
        FRANCE_TRAVAIL: "FRANCE_TRAVAIL";
        PARTENAIRE: "PARTENAIRE";
        RESEAUX_SOCIAUX: "RESEAUX_SOCIAUX";
        SITE_INTERNET: "SITE_INTERNET";
    }>>;
    message: z.ZodMiniOptional<z.ZodMiniString<string>>;
    informationLue: z.ZodMiniLiteral<true>;
    meta: z.ZodMiniObject<{
        dureeSaisieMs: z.ZodMiniInt;
        siteWeb: z.ZodMiniString<string>;
    }, z.core.$strict>;
}, z.core.$strict>;
/** What the widget sends (before the schema normalises it). */
export type PayloadInput = z.input<typeof payloadSchema>;
/** A validated payload: names NFC and trimmed, phones in E.164. */
export type Payload = z.output<typeof payloadSchema>;
export type Identite = Payload["identite"];
export type Coordonnees = Payload["coordonnees"];
