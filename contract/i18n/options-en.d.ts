/** English labels of the payload's categories (the payload and the PDF keep the codes and French). */
export declare const optionsEn: {
    civilite: {
        MADAME: string;
        MONSIEUR: string;
    };
    nationalite: {
        FRANCAISE: string;
        UE: string;
        HORS_UE: string;
    };
    lien: {
        PARENT: string;
        TUTEUR: string;
        AUTRE: string;
    };
    logement: {
        PARENTS: string;
        FAMILLE: string;
        AMIS: string;
        LOGEMENT_AUTONOME: string;
        FOYER: string;
        HEBERGEMENT_URGENCE: string;
        SANS_HEBERGEMENT: string;
        AUTRE: string;
    };
    situation: {
        SCOLARITE: string;
        FORMATION: string;
        ALTERNANCE: string;
        EMPLOI: string;
        DEMANDEUR_EMPLOI: string;
        SANS_ACTIVITE: string;
        AUTRE: string;
    };
    derniereClasse: {
        AVANT_TROISIEME: string;
        TROISIEME: string;
        CAP_BEP: string;
        SECONDE: string;
        PREMIERE: string;
        TERMINALE: string;
        SUPERIEUR: string;
        AUTRE: string;
    };
    diplome: {
        AUCUN: string;
        BREVET: string;
        NIVEAU_3: string;
        NIVEAU_4: string;
        NIVEAU_5: string;
        NIVEAU_6_ET_PLUS: string;
    };
    ouiNonInconnu: {
        OUI: string;
        NON: string;
        INCONNU: string;
    };
    creneau: {
        MATIN: string;
        MIDI: string;
        APRES_MIDI: string;
        SOIR: string;
    };
    origine: {
        RESEAUX_SOCIAUX: string;
        AMI_FAMILLE: string;
        FRANCE_TRAVAIL: string;
        ETABLISSEMENT_SCOLAIRE: string;
        SITE_INTERNET: string;
        PARTENAIRE: string;
        AUTRE: string;
    };
};
