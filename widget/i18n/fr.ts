/**
 * Every French text of the widget: labels, hints, step titles, buttons, status messages and the
 * information notice. Another locale is one more table of type `Strings` with the same keys.
 * Sentences are short and plain: many youths read French with difficulty.
 * Option labels and error messages live beside this file and are re-exported from here.
 */
import type { MissionLocalePublic } from "../api-types";

export { erreursFr as erreurs } from "./errors-fr";
export { optionsFr as options } from "./options-fr";

/** A field's visible label and the hint shown under it (formats stated ahead). */
export interface FieldText {
  label: string;
  hint?: string;
}

/** French typography: a no-break space before : ; ! ? » and after «, so "Exemple :" never breaks apart. */
function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");
}

/** Applies the typography to every text of the table, including what its functions return. */
function typeset<T>(value: T): T {
  if (typeof value === "string") return frenchSpacing(value) as T;
  if (typeof value === "function") return ((...args: unknown[]) => typeset(value(...args))) as T;
  if (Array.isArray(value)) return value.map(typeset) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typeset(inner)])) as T;
  }
  return value;
}

/** Keeps the keys of a field table while giving every entry the FieldText type. */
function fieldTexts<K extends string>(table: Record<K, FieldText>): Record<K, FieldText> {
  return table;
}

type Messagerie = MissionLocalePublic["confidentialite"]["messagerie"];

export const fr = typeset({
  lang: "fr",
  etape: "Étape {n} sur {total}",
  etapes: {
    identite: "Identité",
    coordonnees: "Coordonnées",
    logement: "Logement",
    parcours: "Scolarité et formation",
    rappel: "Rappel",
    verification: "Vérification et envoi",
  },
  annonceEtape: "Étape {n} sur {total} : {titre}",
  intro: {
    destinataire: "Ce formulaire va à la {nom}.",
    autresMoyens: "Vous pouvez aussi appeler le {telephone} ou venir au {adresse}.",
    horaires: "Horaires d'ouverture",
    convention: "Tous les champs sont obligatoires sauf ceux marqués « facultatif ».",
  },
  facultatif: "facultatif",
  boutons: {
    suivant: "Suivant",
    retour: "Retour",
    envoyer: "Envoyer",
    envoiEnCours: "Envoi en cours…",
    reessayer: "Réessayer",
    modifier: "Modifier",
    changerCodePostal: "Changer le code postal",
  },
  resume: {
    titre: "Corrigez ces points pour continuer :",
    prefixeErreur: "Erreur :",
  },
  champs: fieldTexts({
    "identite.civilite": { label: "Civilité" },
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
    "identite.lieuNaissance.pays": { label: "Pays de naissance" },
    "identite.lieuNaissance.commune": {
      label: "Ville de naissance",
      hint: "Exemple : Roubaix, ou Alger si vous êtes né(e) à l'étranger.",
    },
    "identite.nationalite": { label: "Nationalité" },
    "representantLegal.nom": { label: "Nom du représentant légal" },
    "representantLegal.prenom": { label: "Prénom du représentant légal" },
    "representantLegal.telephone": { label: "Téléphone du représentant légal", hint: "Exemple : 06 12 34 56 78" },
    "representantLegal.lien": { label: "Qui est cette personne pour vous ?" },
    "coordonnees.adresse.ligne1": { label: "Adresse", hint: "Numéro et nom de la rue. Exemple : 12 rue des Lilas" },
    "coordonnees.adresse.complement": {
      label: "Complément d'adresse",
      hint: "Bâtiment, étage, appartement, « chez… ».",
    },
    "coordonnees.adresse.codePostal": { label: "Code postal", hint: "5 chiffres. Exemple : 59100" },
    "coordonnees.adresse.commune": { label: "Commune" },
    "coordonnees.telephone": {
      label: "Téléphone",
      hint: "La Mission Locale vous appelle à ce numéro. Exemple : 06 12 34 56 78",
    },
    "coordonnees.email": { label: "E-mail", hint: "Exemple : prenom.nom@exemple.fr" },
    "logement.situation": { label: "Où habitez-vous en ce moment ?" },
    "parcours.situation": { label: "Que faites-vous en ce moment ?" },
    "parcours.derniereClasse": { label: "Dernière classe suivie" },
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
  choisir: "Choisissez dans la liste",
  representant: {
    titre: "Votre représentant légal",
    pourquoi:
      "Vous avez moins de 18 ans : la Mission Locale peut avoir besoin de joindre un parent ou la personne responsable de vous.",
    consigne: "Si vous remplissez ce bloc, indiquez son nom, son prénom, son téléphone et son lien avec vous.",
  },
  communes: {
    recherche: "Recherche des communes…",
    uneCommune: "Commune trouvée : {commune}.",
    plusieurs: "{n} communes ont ce code postal. Choisissez la vôtre dans la liste.",
    aucune: "Nous ne connaissons pas le code postal {codePostal}. Vérifiez-le.",
    erreur:
      "Impossible de chercher les communes pour le moment. Vérifiez votre connexion, puis corrigez le code postal.",
    horsTerritoire:
      "Cette commune n'est pas suivie par cette Mission Locale. Vous pouvez quand même envoyer le formulaire : on vous dira à quelle Mission Locale vous adresser.",
  },
  compteur: {
    restants: "Il vous reste {n} caractères sur {max}.",
    trop: "Vous avez {n} caractères en trop.",
  },
  verification: {
    intro: "Relisez vos réponses. Pour changer une réponse, appuyez sur « Modifier ».",
    nonRenseigne: "Non renseigné",
  },
  notice: {
    titre: "Vos données",
    court: (ml: MissionLocalePublic): string[] => [
      `Vos réponses vont seulement à la ${ml.nom}. Elle s'en sert pour vous rappeler et vous accompagner : c'est sa mission de service public.`,
      "Notre serveur ne garde rien : il efface tout dès que l'e-mail est arrivé à la Mission Locale.",
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
  },
  chargement: {
    indisponible: "Ce formulaire n'est pas disponible (Mission Locale « {id} » inconnue).",
    reseau: "Les informations de la Mission Locale n'ont pas pu être chargées. Vérifiez votre connexion.",
    validation: "Le formulaire n'a pas fini de se charger. Vérifiez votre connexion puis réessayez.",
  },
  confirmation: {
    titre: "C'est envoyé !",
    reference: "Votre numéro de dossier :",
    rappel: "La Mission Locale vous appelle {delai}.",
    appelManque: "Si vous manquez l'appel, appelez le {telephone}.",
    ouVenir: "Où venir",
    accueils: "Prochains accueils collectifs",
    accueilLieu: "{date} — {lieu}",
    documents: "Pour le premier rendez-vous, apportez :",
    horaires: "Horaires",
  },
  delai: {
    demain: "avant demain {heure}",
    semaine: "avant {jour} {heure}",
    date: "avant le {jour} {date} à {heure}",
  },
  dateEtHeure: "{jour} {date} à {heure}",
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
  /** The anti-spam field's label: robots fill it in, people never see it. */
  honeypot: "Site web",
  /** Messages from elsewhere (the schema's table, the server) get the same typography. */
  typographie: frenchSpacing,
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

export type Strings = typeof fr;
export type FieldKey = keyof Strings["champs"];

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
