/**
 * French, the part only the later steps need (communes, the review and the privacy notice,
 * sending, the confirmation, the call-back deadline, and the youth's confirmation e-mail). It comes
 * with the later steps' chunk, fetched while the youth fills the first step; fr.ts joins it to
 * fr-premier.ts into the one French table.
 */
import type { MissionLocalePublic } from "../api-types";
import { fieldTexts, typeset } from "./fr-premier";
import { optionsFr } from "./options-fr";

type Messagerie = MissionLocalePublic["confidentialite"]["messagerie"];

export const frSuite = typeset({
  /** Labels and hints of the later steps' fields; fr.ts joins them to the first step's. */
  champsSuite: fieldTexts({
    "identite.civilite": { label: "Madame ou Monsieur ?" },
    "identite.nomNaissance": {
      label: "Nom de naissance",
      hint: "Le nom écrit sur votre acte de naissance.",
    },
    "identite.nomUsage": {
      label: "Nom d'usage",
      hint: "Seulement s'il est différent du nom de naissance (par exemple après un mariage).",
    },
    "identite.prenom": { label: "Prénom", hint: "Votre premier prénom, comme sur votre pièce d'identité." },
    "identite.dateNaissance": { label: "Date de naissance", hint: "Exemple : 14 07 2008" },
    "identite.dateNaissance.jour": { label: "Jour" },
    "identite.dateNaissance.mois": { label: "Mois" },
    "identite.dateNaissance.annee": { label: "Année" },
    "identite.lieuNaissance.pays": {
      label: "Pays de naissance",
      hint: "Né(e) en outre-mer (Guadeloupe, La Réunion…) ? Choisissez France.",
    },
    "identite.lieuNaissance.commune": {
      label: "Ville de naissance",
      hint: "Exemple : Roubaix, ou Alger si vous êtes né(e) à l'étranger.",
    },
    "identite.nationalite": { label: "Nationalité" },
    "representantLegal.nom": { label: "Nom du parent ou tuteur" },
    "representantLegal.prenom": { label: "Prénom du parent ou tuteur" },
    "representantLegal.telephone": { label: "Téléphone du parent ou tuteur", hint: "Exemple : 06 12 34 56 78" },
    "representantLegal.lien": { label: "Qui est cette personne pour vous ?" },
    "coordonnees.adresse.sansAdresseFixe": {
      label: "Je n'ai pas d'adresse fixe",
      hint: "Votre courrier arrive au CCAS ou dans une association (domiciliation) ? Écrivez cette adresse dans « Complément d'adresse ».",
    },
    "coordonnees.adresse.ligne1": { label: "Adresse", hint: "Numéro et nom de la rue. Exemple : 12 rue des Lilas" },
    "coordonnees.adresse.complement": {
      label: "Complément d'adresse",
      hint: "Bâtiment, étage, appartement, « chez… ».",
    },
    "coordonnees.telephone": {
      label: "Téléphone",
      hint: "La Mission Locale vous appelle à ce numéro. Un numéro français est plus facile à rappeler. Exemple : 06 12 34 56 78",
    },
    "coordonnees.email": { label: "E-mail", hint: "Exemple : prenom.nom@exemple.fr" },
    "logement.situation": { label: "Où habitez-vous en ce moment ?" },
    "parcours.situation": { label: "Que faites-vous en ce moment ?" },
    "parcours.derniereClasse": { label: "Votre dernière classe", hint: "Même si vous ne l'avez pas finie." },
    "parcours.diplome": { label: "Votre plus haut diplôme" },
    "parcours.anneeSortie": { label: "Année où vous avez quitté l'école", hint: "4 chiffres. Exemple : 2023" },
    "parcours.inscritFranceTravail": {
      label: "Êtes-vous inscrit(e) à France Travail ?",
      hint: "France Travail, c'est l'ancien Pôle emploi.",
    },
    "parcours.dejaVenuMissionLocale": { label: "Êtes-vous déjà venu(e) à une Mission Locale ?" },
    "rappel.creneaux": {
      label: "Quand pouvons-nous vous appeler ?",
      hint: "Cochez un ou plusieurs moments.",
    },
    origine: { label: "Comment avez-vous connu la Mission Locale ?" },
    message: {
      label: "Un message pour la Mission Locale",
      hint: "Ce que vous cherchez, une question, une date où vous n'êtes pas disponible…",
    },
    informationLue: { label: "J'ai lu l'information sur mes données" },
  }),
  options: optionsFr,
  /** The opening hours and closures (contract/opening-hours.ts). */
  horaires: {
    periode: "de {debut} à {fin}",
    et: " et ",
    unJour: "{jour} : {periodes}",
    deuxJours: "{a} et {b} : {periodes}",
    plage: "Du {a} au {b} : {periodes}",
    fermeture: "Fermé du {du} au {au}",
    fermetureMotif: "Fermé du {du} au {au} ({motif})",
  },
  /** "9h", "12h30". */
  heure: (h: number, m: number): string => (m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, "0")}`),
  /** "1er décembre", "12 janvier". */
  jourDuMois: (day: number, month: string): string => `${day === 1 ? "1er" : day} ${month}`,
  /** A commune outside the territory (widget/steps/outside-territory.ts). */
  orientation: {
    horsTerritoire: "{commune} n'est pas suivie par la {nom}.",
    autreMl: "La Mission Locale de votre commune :",
    siteWeb: "Son site internet",
    introuvable: "Pour trouver la Mission Locale de votre commune, allez sur le site national des Missions Locales :",
    autresMl: "Les Missions Locales de votre commune :",
    indisponible: "Nous n'avons pas pu chercher la Mission Locale de votre commune pour le moment.",
    lienNational: "trouver ma Mission Locale (mission-locale.fr)",
    /** Said once in the live region, links aside: the notice's sentences in one message. */
    site: "Site : {url}.",
    national: "Site national : mission-locale.fr.",
    accepter: "Vous pouvez quand même envoyer ce formulaire : la {nom} vous rappellera et vous dira où aller.",
    rediriger: "Contactez-la directement : ce formulaire ne peut pas être envoyé pour votre commune.",
  },
  representant: {
    titre: "Votre parent ou tuteur",
    pourquoi:
      "Vous avez moins de 18 ans : la Mission Locale peut avoir besoin d'appeler un de vos parents, ou votre tuteur (la personne responsable de vous).",
    consigne: "Si vous remplissez ce bloc, indiquez son nom, son prénom, son téléphone et son lien avec vous.",
  },
  /** Under the phone field, when the number has another country's prefix. */
  telephoneEtranger: "Numéro étranger : un numéro français est plus facile à rappeler.",
  eligibilite: {
    tropJeuneTitre: "Vous avez moins de {min} ans",
    tropJeune: [
      "La Mission Locale accompagne les jeunes à partir de {min} ans.",
      "Pour parler de votre orientation, voyez le professeur principal ou le psychologue de l'Éducation nationale de votre collège ou lycée.",
      "Vous pouvez aussi aller au CIO (centre d'information et d'orientation) le plus proche. C'est gratuit.",
    ],
    tropAgeTitre: "Vous avez plus de {max} ans",
    tropAge: [
      "La Mission Locale accompagne les jeunes jusqu'à {max} ans révolus (jusqu'à la veille de leurs {maxPlus1} ans).",
      "France Travail peut vous aider à trouver un emploi ou une formation : francetravail.fr ou le 3949.",
      "Votre situation est particulière ? Appelez la Mission Locale au {telephone}.",
    ],
    dateFausse: "Si votre date de naissance est fausse, corrigez-la ci-dessus.",
  },
  verification: {
    intro: "Relisez vos réponses. Pour changer une réponse, appuyez sur « Modifier ».",
    rappel: "La Mission Locale vous appellera {delai}.",
    nonRenseigne: "Non renseigné",
  },
  notice: {
    titre: "Vos données",
    court: (ml: MissionLocalePublic): string[] => [
      `Vos réponses vont seulement à la ${ml.nom}. Elle s'en sert pour vous rappeler et vous accompagner : c'est sa mission de service public.`,
      ml.confidentialite.doublonsJours
        ? "Notre serveur efface vos réponses dès que l'e-mail est arrivé à la Mission Locale. Il garde seulement, quelques jours, un code secret tiré de vos nom, prénom et date de naissance, pour repérer un envoi en double."
        : "Notre serveur ne garde rien : il efface tout dès que l'e-mail est arrivé à la Mission Locale.",
      `Vous pouvez voir, corriger ou faire effacer vos données : écrivez à ${ml.confidentialite.dpo}.`,
    ],
    toutLire: "Lire toute l'information sur vos données",
    sections: (ml: MissionLocalePublic): { titre: string; texte: string[] }[] => [
      { titre: "Qui reçoit vos données ?", texte: [ml.confidentialite.responsable] },
      {
        titre: "Pourquoi ?",
        texte: [
          "Pour vous rappeler, préparer votre premier rendez-vous et vous aider (emploi, formation, logement, santé).",
          "C'est la mission de service public de la Mission Locale (RGPD, article 6.1.e). On ne vous demande donc pas votre accord, mais vous pouvez vous y opposer.",
        ],
      },
      { titre: "Comment vos réponses voyagent", texte: trajet(ml.confidentialite.messagerie) },
      { titre: "Combien de temps ?", texte: [ml.confidentialite.conservation] },
      ...(ml.confidentialite.doublonsJours
        ? [
            {
              titre: "Repérer les doublons",
              texte: [
                `Pendant ${ml.confidentialite.doublonsJours} jours, le serveur garde un code secret calculé à partir de votre nom de naissance, votre prénom et votre date de naissance (pas ces informations elles-mêmes), avec la référence de votre envoi. S'il reçoit un deuxième formulaire pour vous, il prévient la Mission Locale pour qu'elle ne vous inscrive pas deux fois. Ensuite, le code est effacé.`,
              ],
            },
          ]
        : []),
      ...(ml.statistiques?.parcours
        ? [
            {
              titre: "Statistiques anonymes",
              texte: [
                "Pour améliorer ce formulaire, il signale seulement à quelle étape on arrive et le temps mis pour le remplir. Aucune réponse, aucun identifiant et aucun cookie ne sont envoyés pour cela.",
              ],
            },
          ]
        : []),
      {
        titre: "Vos droits",
        texte: [
          "Vous pouvez demander à voir vos données, à les corriger, à les effacer, ou refuser qu'elles soient utilisées.",
          `Écrivez au délégué à la protection des données (DPO) : ${ml.confidentialite.dpo}.`,
          "Sans réponse sous un mois, vous pouvez vous plaindre à la CNIL (cnil.fr).",
        ],
      },
      {
        titre: "Est-ce obligatoire ?",
        texte: [
          `Non. Vous pouvez aussi vous inscrire en appelant le ${ml.telephone} ou en venant à la Mission Locale.`,
        ],
      },
    ],
  },
  envoi: {
    enCours: "Envoi en cours…",
    envoye: "Inscription envoyée",
    echecTitre: "L'envoi n'a pas marché",
    reseau: "Votre inscription n'est pas partie : la connexion a été coupée ou le serveur ne répond pas.",
    serveur: "Votre inscription n'est pas partie : le serveur a eu un problème.",
    gardees: "Vos réponses sont gardées sur cette page. Réessayez dans un moment.",
    limite: "Trop d'inscriptions sont parties de cette connexion. Réessayez dans {minutes} minutes.",
    appeler: "Vous pouvez aussi appeler la Mission Locale au {telephone}.",
    corriger: "La Mission Locale a trouvé une réponse à corriger.",
    filePleine:
      "Votre inscription n'est pas partie : trop d'inscriptions attendent d'être transmises à la Mission Locale. Vos réponses sont gardées sur cette page. Réessayez dans {minutes} minutes.",
    enregistrementImpossible:
      "Votre inscription n'est pas partie : le serveur ne peut pas l'enregistrer pour le moment. Vos réponses sont gardées sur cette page. Réessayez dans {minutes} minutes.",
    cleReutilisee:
      "Votre inscription n'est pas partie : ce formulaire avait déjà servi pour une autre inscription. Vos réponses sont gardées : appuyez sur « Réessayer » pour l'envoyer.",
  },
  confirmation: {
    titre: "C'est envoyé !",
    reference: "Votre numéro de dossier :",
    rappel: "La Mission Locale vous appelle {delai}.",
    appelManque: "Si vous manquez l'appel, appelez le {telephone}.",
    ouVenir: "Où venir",
    accueils: "Prochaines réunions d'accueil",
    /** One line under `accueils`: what such a meeting is. */
    accueilsExplication: "Une réunion en groupe pour découvrir la Mission Locale et ce qu'elle peut faire pour vous.",
    accueilLieu: "{date} — {lieu}",
    documents: "Pour le premier rendez-vous, apportez :",
    horaires: "Horaires",
    carte: "Voir l'adresse sur une carte (OpenStreetMap)",
    /** A youth outside the territory: their own ML first, then what happens next. */
    votreMl: "Votre Mission Locale",
    vosMl: "Les Missions Locales de votre commune",
    orienter: "La {nom} vous appelle {delai} pour vous orienter.",
  },
  /** The short confirmation email a youth may receive (plain text, no attachment). */
  courriel: {
    objet: "Votre pré-inscription à la {nom} (dossier {reference})",
    bonjour: "Bonjour,",
    recu: "La {nom} a bien reçu votre pré-inscription.",
    telephone: "Téléphone : {telephone}",
    ignorer: "Vous n'avez pas fait cette demande ? Ignorez ce message, ou appelez la Mission Locale.",
    automatique: "Ce message est automatique : merci de ne pas y répondre.",
  },
  delai: {
    demain: "avant demain {heure}",
    semaine: "avant {jour} {heure}",
    date: "avant le {jour} {date} à {heure}",
  },
  dateEtHeure: "{jour} {date} à {heure}",
});

function trajet(messagerie: Messagerie): string[] {
  const serveur =
    "Le formulaire part vers le serveur de la Mission Locale. Il en fait un document PDF et l'envoie par e-mail à la Mission Locale.";
  if (messagerie === "resend") {
    return [serveur, "Cet e-mail passe par Resend, une entreprise de messagerie qui garde les e-mails aux États-Unis."];
  }
  if (messagerie === "smtp") return [serveur, "Cet e-mail passe par la messagerie choisie par la Mission Locale."];
  return [serveur, "Ceci est une démonstration : l'e-mail reste sur le serveur de test, il n'est envoyé à personne."];
}
