/**
 * The English table: the same keys and placeholders as fr.ts (a unit test checks it). Plain,
 * short sentences for a 16-year-old reading a second language. French names of places and
 * services stay as the youth will see them on the door and on letters: "Mission Locale",
 * "France Travail", "CIO". Loaded on demand (its own chunk), with its error messages.
 */
import type { MissionLocalePublic } from "../api-types";
import type { Strings } from "./fr";
import { optionsEn } from "./options-en";

export { erreursEn } from "./errors-en";

type Messagerie = MissionLocalePublic["confidentialite"]["messagerie"];

function journey(messagerie: Messagerie): string[] {
  const server =
    "The form goes to the Mission Locale's server. The server turns it into a PDF document and emails it to the Mission Locale.";
  if (messagerie === "resend") {
    return [server, "This email goes through Resend, an email company that keeps emails in the United States."];
  }
  if (messagerie === "smtp") return [server, "This email goes through the email service chosen by the Mission Locale."];
  return [server, "This is a demonstration: the email stays on the test server. It is not sent to anyone."];
}

export const en: Strings = {
  lang: "en",
  dir: "ltr",
  intl: "en-GB",
  langue: "Language of the form",
  langueChoisie: "Form in English",
  cadre: "Mission Locale registration form",
  etiquette: "{label}:",
  etape: "Step {n} of {total}",
  etapes: {
    territoire: "Where do you live?",
    identite: "About you",
    coordonnees: "Contact details",
    logement: "Housing",
    parcours: "School and training",
    rappel: "Call back",
    verification: "Check and send",
  },
  annonceEtape: "Step {n} of {total}: {titre}",
  intro: {
    destinataire: "This form goes to {nom}.",
    autresMoyens: "You can also call {telephone} or come to {adresse}.",
    horaires: "Opening hours",
    convention: "All questions must be answered, except those marked “optional”.",
  },
  facultatif: "optional",
  boutons: {
    suivant: "Next",
    retour: "Back",
    envoyer: "Send",
    envoiEnCours: "Sending…",
    reessayer: "Try again",
    modifier: "Change",
    modifierQuoi: ": {label}",
    changerCodePostal: "Change the postcode",
  },
  resume: {
    titre: "Please fix these points to continue:",
    prefixeErreur: "Error:",
  },
  champs: {
    "identite.civilite": { label: "Ms or Mr?" },
    "identite.nomNaissance": {
      label: "Surname at birth",
      hint: "The surname written on your birth certificate.",
    },
    "identite.nomUsage": {
      label: "Surname you use",
      hint: "Only if it is different from your surname at birth (for example after a marriage).",
    },
    "identite.prenom": { label: "First name", hint: "If you have several, only the first one, as on your ID." },
    "identite.dateNaissance": { label: "Date of birth", hint: "For example: 14 07 2008" },
    "identite.dateNaissance.jour": { label: "Day" },
    "identite.dateNaissance.mois": { label: "Month" },
    "identite.dateNaissance.annee": { label: "Year" },
    "identite.lieuNaissance.pays": {
      label: "Country of birth",
      hint: "Born in a French overseas region (Guadeloupe, La Réunion…)? Choose France.",
    },
    "identite.lieuNaissance.commune": {
      label: "Town of birth",
      hint: "For example: Roubaix, or Algiers if you were born abroad.",
    },
    "identite.nationalite": { label: "Nationality" },
    "representantLegal.nom": { label: "Surname of your parent or guardian" },
    "representantLegal.prenom": { label: "First name of your parent or guardian" },
    "representantLegal.telephone": {
      label: "Phone number of your parent or guardian",
      hint: "For example: 06 12 34 56 78",
    },
    "representantLegal.lien": { label: "Who is this person to you?" },
    "coordonnees.adresse.sansAdresseFixe": {
      label: "I have no fixed address",
      hint: "Does your post go to the CCAS (town social services) or to an association (domiciliation)? Write that address in “Address, more details”.",
    },
    "coordonnees.adresse.ligne1": {
      label: "Address",
      hint: "House number and street name. For example: 12 rue des Lilas",
    },
    "coordonnees.adresse.complement": {
      label: "Address, more details",
      hint: "Building, floor, flat, “c/o…”.",
    },
    "coordonnees.adresse.codePostal": { label: "Postcode", hint: "5 digits. For example: 59100" },
    "coordonnees.adresse.commune": { label: "Town" },
    "coordonnees.telephone": {
      label: "Phone number",
      hint: "The Mission Locale will call you on this number. A French number is easier to call back. For example: 06 12 34 56 78",
    },
    "coordonnees.email": { label: "Email", hint: "For example: firstname.surname@example.fr" },
    "logement.situation": { label: "Where do you live at the moment?" },
    "parcours.situation": { label: "What do you do at the moment?" },
    "parcours.derniereClasse": { label: "Your last school year", hint: "Even if you did not finish it." },
    "parcours.diplome": { label: "Your highest qualification" },
    "parcours.anneeSortie": { label: "Year you left school", hint: "4 digits. For example: 2023" },
    "parcours.inscritFranceTravail": {
      label: "Are you registered with France Travail?",
      hint: "France Travail is the public job centre. It used to be called Pôle emploi.",
    },
    "parcours.dejaVenuMissionLocale": { label: "Have you been to a Mission Locale before?" },
    "rappel.creneaux": {
      label: "When can we call you?",
      hint: "Tick one or more times.",
    },
    origine: { label: "How did you hear about the Mission Locale?" },
    message: {
      label: "A message for the Mission Locale",
      hint: "What you are looking for, a question, a day when you are not free…",
    },
    informationLue: { label: "I have read the information about my data" },
  },
  choisir: "Choose from the list",
  options: optionsEn,
  representant: {
    titre: "Your parent or guardian",
    pourquoi:
      "You are under 18: the Mission Locale may need to call one of your parents, or your guardian (the person responsible for you).",
    consigne: "If you fill in this part, give their surname, first name, phone number and who they are to you.",
  },
  communes: {
    recherche: "Looking for towns…",
    rechercheMl: "We are looking for the Mission Locale of your town…",
    uneCommune: "Town found: {commune}.",
    plusieurs: "{n} towns have this postcode. Choose yours from the list.",
    aucune: "We do not know the postcode {codePostal}. Please check it.",
    erreur: "We cannot look for towns right now. Check your connection, then correct the postcode.",
  },
  telephoneEtranger: "Foreign number: a French number is easier to call back.",
  orientation: {
    horsTerritoire: "{commune} is not covered by {nom}.",
    autreMl: "The Mission Locale of your town:",
    siteWeb: "Its website",
    introuvable: "To find the Mission Locale of your town, go to the national Missions Locales website:",
    autresMl: "The Missions Locales of your town:",
    indisponible: "We could not look up the Mission Locale of your town right now.",
    site: "Website: {url}.",
    national: "National website: mission-locale.fr.",
    lienNational: "find my Mission Locale (mission-locale.fr, in French)",
    accepter: "You can still send this form: {nom} will call you back and tell you where to go.",
    rediriger: "Please contact them directly: this form cannot be sent for your town.",
  },
  eligibilite: {
    tropJeuneTitre: "You are under {min}",
    tropJeune: [
      "The Mission Locale helps young people from the age of {min}.",
      "To talk about your future, see your main teacher or the guidance psychologist (psychologue de l'Éducation nationale) at your school.",
      "You can also go to the nearest CIO (careers information centre). It is free.",
    ],
    tropAgeTitre: "You are over {max}",
    tropAge: [
      "The Mission Locale helps young people up to the age of {max} (until the day before they turn {maxPlus1}).",
      "France Travail can help you find a job or a training course: francetravail.fr or 3949.",
      "Is your situation special? Call the Mission Locale on {telephone}.",
    ],
    dateFausse: "If your date of birth is wrong, correct it above.",
  },
  compteur: {
    restants: "You have {n} characters left out of {max}.",
    trop: "You have {n} characters too many.",
  },
  verification: {
    intro: "Read your answers again. To change an answer, press “Change”.",
    rappel: "The Mission Locale will call you {delai}.",
    nonRenseigne: "Not given",
  },
  notice: {
    titre: "Your data",
    court: (ml) => [
      `Your answers go only to ${ml.nom}. It uses them to call you back and to help you: this is its public service mission.`,
      ml.confidentialite.doublonsJours
        ? "Our server deletes your answers as soon as the email has reached the Mission Locale. For a few days it keeps only a secret code made from your names and date of birth, to spot a form sent twice."
        : "Our server keeps nothing: it deletes everything as soon as the email has reached the Mission Locale.",
      `You can see, correct or delete your data: write to ${ml.confidentialite.dpo}.`,
    ],
    toutLire: "Read all the information about your data",
    sections: (ml) => [
      { titre: "Who receives your data?", texte: [ml.confidentialite.responsable] },
      {
        titre: "Why?",
        texte: [
          "To call you back, prepare your first meeting and help you (work, training, housing, health).",
          "This is the public service mission of the Mission Locale (GDPR, article 6.1.e). So we do not ask for your consent, but you can object.",
        ],
      },
      { titre: "How your answers travel", texte: journey(ml.confidentialite.messagerie) },
      { titre: "For how long?", texte: [ml.confidentialite.conservation] },
      ...(ml.confidentialite.doublonsJours
        ? [
            {
              titre: "Spotting duplicates",
              texte: [
                `For ${ml.confidentialite.doublonsJours} days, the server keeps a secret code calculated from your birth name, first name and date of birth (not this information itself), with the reference of your form. If it receives a second form for you, it tells the Mission Locale, so that you are not registered twice. Then the code is deleted.`,
              ],
            },
          ]
        : []),
      ...(ml.statistiques?.parcours
        ? [
            {
              titre: "Anonymous statistics",
              texte: [
                "To improve this form, it only reports which step people reach and how long they take to fill it in. No answer, no identifier and no cookie are sent for this.",
              ],
            },
          ]
        : []),
      {
        titre: "Your rights",
        texte: [
          "You can ask to see your data, to correct it, to delete it, or refuse that it is used.",
          `Write to the data protection officer (DPO): ${ml.confidentialite.dpo}.`,
          "If you get no answer within one month, you can complain to the CNIL (cnil.fr), the French data protection authority.",
        ],
      },
      {
        titre: "Do I have to fill this in?",
        texte: [`No. You can also register by calling ${ml.telephone} or by coming to the Mission Locale.`],
      },
    ],
  },
  envoi: {
    enCours: "Sending…",
    envoye: "Registration sent",
    echecTitre: "Sending did not work",
    reseau: "Your registration was not sent: the connection was lost or the server does not answer.",
    serveur: "Your registration was not sent: the server had a problem.",
    gardees: "Your answers are kept on this page. Try again in a moment.",
    limite: "Too many registrations were sent from this connection. Try again in {minutes} minutes.",
    appeler: "You can also call the Mission Locale on {telephone}.",
    corriger: "The Mission Locale found an answer to correct.",
    filePleine:
      "Your registration was not sent: too many registrations are waiting to be passed on to the Mission Locale. Your answers are kept on this page. Try again in {minutes} minutes.",
    enregistrementImpossible:
      "Your registration was not sent: the server cannot store it at the moment. Your answers are kept on this page. Try again in {minutes} minutes.",
    cleReutilisee:
      "Your registration was not sent: this form had already been used for another registration. Your answers are kept: press “Try again” to send it.",
  },
  chargement: {
    formulaire: "Loading the form…",
    indisponible: "This form is not available (unknown Mission Locale “{id}”).",
    reseau: "The Mission Locale's information could not be loaded. Check your connection.",
    validation: "The form has not finished loading. Check your connection and try again.",
    origine:
      "This form cannot be sent from this website. To register with {nom}, call {telephone} or come to {adresse}.",
  },
  confirmation: {
    titre: "It's sent!",
    reference: "Your file number:",
    rappel: "The Mission Locale will call you {delai}.",
    appelManque: "If you miss the call, call {telephone}.",
    ouVenir: "Where to come",
    accueils: "Next welcome meetings",
    accueilsExplication: "A group meeting to discover the Mission Locale and what it can do for you.",
    accueilLieu: "{date} — {lieu}",
    documents: "For your first meeting, bring:",
    horaires: "Opening hours",
    carte: "See the address on a map (OpenStreetMap)",
    votreMl: "Your Mission Locale",
    vosMl: "The Missions Locales of your town",
    orienter: "{nom} will call you {delai} to tell you where to go.",
  },
  courriel: {
    objet: "Your registration with {nom} (file {reference})",
    bonjour: "Hello,",
    recu: "{nom} has received your registration.",
    telephone: "Phone: {telephone}",
    ignorer: "You did not make this request? Ignore this message, or call the Mission Locale.",
    automatique: "This message is automatic: please do not reply to it.",
  },
  delai: {
    demain: "before {heure} tomorrow",
    semaine: "before {heure} on {jour}",
    date: "before {heure} on {jour} {date}",
  },
  dateEtHeure: "{jour} {date} at {heure}",
  horaires: {
    periode: "{debut} to {fin}",
    et: " and ",
    unJour: "{jour}: {periodes}",
    deuxJours: "{a} and {b}: {periodes}",
    plage: "{a} to {b}: {periodes}",
    fermeture: "Closed from {du} to {au}",
    fermetureMotif: "Closed from {du} to {au} ({motif})",
  },
  /** "9:00", "12:30": the 24-hour clock, as on French doors and letters. */
  heure: (h, m) => `${h}:${String(m).padStart(2, "0")}`,
  /** "1 December". */
  jourDuMois: (day, month) => `${day} ${month}`,
  honeypot: "Website",
  typographie: (text) => text,
};
