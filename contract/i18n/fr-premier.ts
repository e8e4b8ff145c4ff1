/**
 * French, the part the first step (where the youth lives) needs: it ships in /widget.js (the
 * first paint). Labels of every field, hints, step titles, buttons, the intro, the communes of a
 * postal code and who serves a commune outside the territory. The
 * rest of the French table (fr-suite.ts) comes with the later steps' chunk, like the French
 * error messages; fr.ts joins both parts into the one French table. Sentences are short and
 * plain: many youths read French with difficulty.
 */

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
export function typeset<T>(value: T): T {
  if (typeof value === "string") return frenchSpacing(value) as T;
  if (typeof value === "function") return ((...args: unknown[]) => typeset(value(...args))) as T;
  if (Array.isArray(value)) return value.map(typeset) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typeset(inner)])) as T;
  }
  return value;
}

/** Keeps the keys of a field table while giving every entry the FieldText type. */
export function fieldTexts<K extends string>(table: Record<K, FieldText>): Record<K, FieldText> {
  return table;
}

export const frPremier = typeset({
  /** The `lang` of the form's root. */
  lang: "fr",
  dir: "ltr",
  /** Locale given to Intl (dates, weekdays, country names). */
  intl: "fr-FR",
  /** Name of the language switch (shown when the Mission Locale offers several languages). */
  langue: "Langue du formulaire",
  /** Said (live region) once the youth chose a language in the switch, in that language. */
  langueChoisie: "Formulaire en français",
  /** Title of the iframe (isolation="iframe"), read by screen readers when they enter it. */
  cadre: "Formulaire de pré-inscription à la Mission Locale",
  /** A label before its value ("Commune : Roubaix"). */
  etiquette: "{label} :",
  etape: "Étape {n} sur {total}",
  etapes: {
    territoire: "Où habitez-vous ?",
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
    /** Read after "Modifier" by screen readers: which answer. */
    modifierQuoi: " : {label}",
    changerCodePostal: "Changer le code postal",
  },
  resume: {
    titre: "Corrigez ces points pour continuer :",
    prefixeErreur: "Erreur :",
  },
  /** Labels and hints of the first step's fields; the others' are in fr-suite.ts (champsSuite). */
  champs: fieldTexts({
    "coordonnees.adresse.codePostal": { label: "Code postal", hint: "5 chiffres. Exemple : 59100" },
    "coordonnees.adresse.commune": { label: "Commune" },
  }),
  choisir: "Choisissez dans la liste",
  communes: {
    recherche: "Recherche des communes…",
    rechercheMl: "Nous cherchons la Mission Locale de votre commune…",
    uneCommune: "Commune trouvée : {commune}.",
    plusieurs: "{n} communes ont ce code postal. Choisissez la vôtre dans la liste.",
    aucune: "Nous ne connaissons pas le code postal {codePostal}. Vérifiez-le.",
    erreur:
      "Impossible de chercher les communes pour le moment. Vérifiez votre connexion, puis corrigez le code postal.",
  },
  compteur: {
    restants: "Il vous reste {n} caractères sur {max}.",
    trop: "Vous avez {n} caractères en trop.",
  },
  chargement: {
    formulaire: "Chargement du formulaire…",
    indisponible: "Ce formulaire n'est pas disponible (Mission Locale « {id} » inconnue).",
    reseau: "Les informations de la Mission Locale n'ont pas pu être chargées. Vérifiez votre connexion.",
    validation: "Le formulaire n'a pas fini de se charger. Vérifiez votre connexion puis réessayez.",
    /** Shown instead of the form when this site is not allowed to send to the ML. */
    origine:
      "Ce formulaire ne peut pas être envoyé depuis ce site. Pour vous inscrire à la {nom}, appelez le {telephone} ou venez au {adresse}.",
  },
  /** The anti-spam field's label: robots fill it in, people never see it. */
  honeypot: "Site web",
  /** Messages from elsewhere (the schema's table, the server) get the same typography. */
  typographie: frenchSpacing,
});

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
