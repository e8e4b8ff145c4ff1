/** French labels of the payload's categories, shown to youths and printed on the PDF. */
export declare const optionsFr: {
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
