/**
 * French, the part only the later steps need (communes, the review and the privacy notice,
 * sending, the confirmation, the call-back deadline, and the youth's confirmation e-mail). It comes
 * with the later steps' chunk, fetched while the youth fills the first step; fr.ts joins it to
 * fr-premier.ts into the one French table.
 */
import type { MissionLocalePublic } from "../api-types";
export declare const frSuite: {
    communes: {
        recherche: string;
        uneCommune: string;
        plusieurs: string;
        aucune: string;
        erreur: string;
    };
    orientation: {
        recherche: string;
        horsTerritoire: string;
        autreMl: string;
        siteWeb: string;
        introuvable: string;
        lienNational: string;
        accepter: string;
        rediriger: string;
    };
    verification: {
        intro: string;
        nonRenseigne: string;
    };
    notice: {
        titre: string;
        court: (ml: MissionLocalePublic) => string[];
        toutLire: string;
        sections: (ml: MissionLocalePublic) => {
            titre: string;
            texte: string[];
        }[];
    };
    envoi: {
        enCours: string;
        envoye: string;
        echecTitre: string;
        reseau: string;
        serveur: string;
        gardees: string;
        limite: string;
        appeler: string;
        corriger: string;
    };
    confirmation: {
        titre: string;
        reference: string;
        rappel: string;
        appelManque: string;
        ouVenir: string;
        accueils: string;
        accueilLieu: string;
        documents: string;
        horaires: string;
        carte: string;
    };
    /** The short confirmation email a youth may receive (plain text, no attachment). */
    courriel: {
        objet: string;
        bonjour: string;
        recu: string;
        telephone: string;
        ignorer: string;
        automatique: string;
    };
    delai: {
        demain: string;
        semaine: string;
        date: string;
    };
    dateEtHeure: string;
};
