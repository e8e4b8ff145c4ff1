/** A field's visible label and the hint shown under it (formats stated ahead). */
export interface FieldText {
    label: string;
    hint?: string;
}
/** French typography: a no-break space before : ; ! ? » and after «, so "Exemple :" never breaks apart. */
declare function frenchSpacing(text: string): string;
/** Applies the typography to every text of the table, including what its functions return. */
export declare function typeset<T>(value: T): T;
export declare const frPremier: {
    /** The `lang` of the form's root. */
    lang: string;
    dir: string;
    /** Locale given to Intl (dates, weekdays, country names). */
    intl: string;
    /** Name of the language switch (shown when the Mission Locale offers several languages). */
    langue: string;
    /** Title of the iframe (isolation="iframe"), read by screen readers when they enter it. */
    cadre: string;
    /** A label before its value ("Commune : Roubaix"). */
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
        /** Read after "Modifier" by screen readers: which answer. */
        modifierQuoi: string;
        changerCodePostal: string;
    };
    resume: {
        titre: string;
        prefixeErreur: string;
    };
    champs: Record<"coordonnees.adresse.codePostal" | "coordonnees.adresse.commune" | "coordonnees.adresse.complement" | "coordonnees.adresse.ligne1" | "coordonnees.email" | "coordonnees.telephone" | "identite.civilite" | "identite.dateNaissance" | "identite.dateNaissance.annee" | "identite.dateNaissance.jour" | "identite.dateNaissance.mois" | "identite.lieuNaissance.commune" | "identite.lieuNaissance.pays" | "identite.nationalite" | "identite.nomNaissance" | "identite.nomUsage" | "identite.prenom" | "informationLue" | "logement.situation" | "message" | "origine" | "parcours.anneeSortie" | "parcours.dejaVenuMissionLocale" | "parcours.derniereClasse" | "parcours.diplome" | "parcours.inscritFranceTravail" | "parcours.situation" | "rappel.creneaux" | "representantLegal.lien" | "representantLegal.nom" | "representantLegal.prenom" | "representantLegal.telephone", FieldText>;
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
    /** "9h", "12h30". */
    heure: (h: number, m: number) => string;
    /** "1er décembre", "12 janvier". */
    jourDuMois: (day: number, month: string) => string;
    /** The anti-spam field's label: robots fill it in, people never see it. */
    honeypot: string;
    /** Messages from elsewhere (the schema's table, the server) get the same typography. */
    typographie: typeof frenchSpacing;
};
/** Fills `{name}` placeholders. */
export declare function fill(template: string, params: Record<string, string | number>): string;
export {};
