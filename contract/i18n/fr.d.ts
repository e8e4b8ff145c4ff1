/**
 * The French table, whole: every text of the widget (labels, hints, step titles, buttons, status
 * messages, option labels, the information notice). Another locale (en.ts, ar.ts) is one more
 * table of type `Strings` with the same keys and placeholders (a unit test checks both).
 *
 * Written in two parts by when the form needs them: fr-premier.ts (the first step, in
 * /widget.js) and fr-suite.ts (the later steps, in their chunk). The widget's first paint imports
 * only the first part; the later chunk, the server and the tests use this table.
 * Error messages live beside it (errors-fr.ts): the schema's chunk and the server's 422s use them.
 */
import { frPremier } from "./fr-premier";
export { erreursFr as erreurs } from "./errors-fr";
export { type FieldText, fill } from "./fr-premier";
export declare const fr: {
    lang: string;
    dir: string;
    intl: string;
    langue: string;
    cadre: string;
    etiquette: string;
    etape: string;
    etapes: {
        identite: string;
        coordonnees: string;
        logement: string;
        parcours: string;
        rappel: string;
        verification: string;
    };
    annonceEtape: string;
    intro: {
        destinataire: string;
        autresMoyens: string;
        horaires: string;
        convention: string;
    };
    facultatif: string;
    boutons: {
        suivant: string;
        retour: string;
        envoyer: string;
        envoiEnCours: string;
        reessayer: string;
        modifier: string;
        modifierQuoi: string;
        changerCodePostal: string;
    };
    resume: {
        titre: string;
        prefixeErreur: string;
    };
    champs: Record<"coordonnees.adresse.codePostal" | "coordonnees.adresse.commune" | "coordonnees.adresse.complement" | "coordonnees.adresse.ligne1" | "coordonnees.email" | "coordonnees.telephone" | "identite.civilite" | "identite.dateNaissance" | "identite.dateNaissance.annee" | "identite.dateNaissance.jour" | "identite.dateNaissance.mois" | "identite.lieuNaissance.commune" | "identite.lieuNaissance.pays" | "identite.nationalite" | "identite.nomNaissance" | "identite.nomUsage" | "identite.prenom" | "informationLue" | "logement.situation" | "message" | "origine" | "parcours.anneeSortie" | "parcours.dejaVenuMissionLocale" | "parcours.derniereClasse" | "parcours.diplome" | "parcours.inscritFranceTravail" | "parcours.situation" | "rappel.creneaux" | "representantLegal.lien" | "representantLegal.nom" | "representantLegal.prenom" | "representantLegal.telephone", import("./fr-premier").FieldText>;
    choisir: string;
    options: {
        readonly civilite: {
            readonly MADAME: "Madame";
            readonly MONSIEUR: "Monsieur";
        };
        readonly nationalite: {
            readonly FRANCAISE: "Française";
            readonly UE: "D'un pays de l'Union européenne";
            readonly HORS_UE: "D'un pays hors Union européenne";
        };
        readonly lien: {
            readonly PARENT: "Parent";
            readonly TUTEUR: "Tuteur ou tutrice";
            readonly AUTRE: "Autre";
        };
        readonly logement: {
            readonly PARENTS: "Chez mes parents";
            readonly FAMILLE: "Dans ma famille (autre que mes parents)";
            readonly AMIS: "Chez des amis";
            readonly LOGEMENT_AUTONOME: "Dans mon propre logement";
            readonly FOYER: "En foyer ou résidence (FJT, CROUS…)";
            readonly HEBERGEMENT_URGENCE: "En hébergement d'urgence";
            readonly SANS_HEBERGEMENT: "Sans hébergement";
            readonly AUTRE: "Autre situation";
        };
        readonly situation: {
            readonly SCOLARITE: "Je suis encore scolarisé(e)";
            readonly FORMATION: "Je suis en formation";
            readonly ALTERNANCE: "Je suis en alternance (apprentissage)";
            readonly EMPLOI: "Je travaille";
            readonly DEMANDEUR_EMPLOI: "Je cherche un emploi";
            readonly SANS_ACTIVITE: "Je n'ai pas d'activité";
            readonly AUTRE: "Autre situation";
        };
        readonly derniereClasse: {
            readonly AVANT_TROISIEME: "Avant la 3e";
            readonly TROISIEME: "3e";
            readonly CAP_BEP: "CAP ou BEP";
            readonly SECONDE: "Seconde";
            readonly PREMIERE: "Première";
            readonly TERMINALE: "Terminale";
            readonly SUPERIEUR: "Études supérieures";
            readonly AUTRE: "Autre";
        };
        readonly diplome: {
            readonly AUCUN: "Aucun diplôme";
            readonly BREVET: "Brevet des collèges";
            readonly NIVEAU_3: "Niveau 3 (CAP, BEP)";
            readonly NIVEAU_4: "Niveau 4 (baccalauréat)";
            readonly NIVEAU_5: "Niveau 5 (bac + 2 : BTS, DUT)";
            readonly NIVEAU_6_ET_PLUS: "Niveau 6 ou plus (licence, BUT, master…)";
        };
        readonly ouiNonInconnu: {
            readonly OUI: "Oui";
            readonly NON: "Non";
            readonly INCONNU: "Je ne sais pas";
        };
        readonly creneau: {
            readonly MATIN: "Le matin";
            readonly MIDI: "Entre midi et deux";
            readonly APRES_MIDI: "L'après-midi";
            readonly SOIR: "En fin de journée";
        };
        readonly origine: {
            readonly RESEAUX_SOCIAUX: "Les réseaux sociaux";
            readonly AMI_FAMILLE: "Un ami ou ma famille";
            readonly FRANCE_TRAVAIL: "France Travail";
            readonly ETABLISSEMENT_SCOLAIRE: "Mon collège, lycée ou école";
            readonly SITE_INTERNET: "Un site internet";
            readonly PARTENAIRE: "Une association ou un partenaire";
            readonly AUTRE: "Autrement";
        };
    };
    representant: {
        titre: string;
        pourquoi: string;
        consigne: string;
    };
    eligibilite: {
        tropJeuneTitre: string;
        tropJeune: string[];
        tropAgeTitre: string;
        tropAge: string[];
        dateFausse: string;
    };
    compteur: {
        restants: string;
        trop: string;
    };
    chargement: {
        indisponible: string;
        reseau: string;
        validation: string;
    };
    horaires: {
        periode: string;
        et: string;
        unJour: string;
        deuxJours: string;
        plage: string;
        fermeture: string;
        fermetureMotif: string;
    };
    heure: (h: number, m: number) => string;
    jourDuMois: (day: number, month: string) => string;
    honeypot: string;
    typographie: (text: string) => string;
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
        court: (ml: import("../api-types").MissionLocalePublic) => string[];
        toutLire: string;
        sections: (ml: import("../api-types").MissionLocalePublic) => {
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
/** Literal texts become `string`, so that another locale's table can say them its own way. */
type Widen<T> = T extends string ? string : T extends (...args: infer A) => infer R ? (...args: A) => Widen<R> : T extends readonly (infer U)[] ? readonly Widen<U>[] : T extends object ? {
    readonly [K in keyof T]: Widen<T[K]>;
} : T;
/** A whole table: what the later steps, the confirmation and another locale's table have. */
export type Strings = Widen<typeof fr>;
/** The first step's part of a table: all the first paint may read (French before the later chunk). */
export type FirstStrings = Widen<typeof frPremier>;
export type FieldKey = keyof Strings["champs"];
