/**
 * French error messages, keyed as the schema's rules. Each names the field and says how to
 * fix it (RGAA 11.11). Placeholders: {min}, {max}, {maxPlus1}, {codePostal}, {annee}.
 */
export const erreursFr: Record<string, string> = {
  "formulaire.invalide": "Le formulaire envoyé est incomplet. Rechargez la page et recommencez.",
  "section.manquante": "Une partie du formulaire manque. Rechargez la page et recommencez.",
  "champ.inconnu": "Ce champ n'est pas attendu par le formulaire.",
  "civilite.requis": "Choisissez « Madame » ou « Monsieur ».",
  "nomNaissance.requis": "Indiquez votre nom de naissance.",
  "nomNaissance.long": "Le nom de naissance doit faire 60 caractères au plus.",
  "nomNaissance.format":
    "Le nom de naissance ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Martin-Dupont.",
  "nomUsage.requis": "Indiquez votre nom d'usage, ou laissez la case vide.",
  "nomUsage.long": "Le nom d'usage doit faire 60 caractères au plus.",
  "nomUsage.format":
    "Le nom d'usage ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Martin.",
  "prenom.requis": "Indiquez votre prénom.",
  "prenom.long": "Le prénom doit faire 60 caractères au plus.",
  "prenom.format":
    "Le prénom ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Marie-Lou.",
  "dateNaissance.requis": "Indiquez votre date de naissance : jour, mois et année. Exemple : 14 07 2008.",
  "dateNaissance.invalide": "Cette date de naissance n'existe pas. Vérifiez le jour, le mois et l'année (4 chiffres).",
  "dateNaissance.tropJeune": "Pour vous inscrire, vous devez avoir au moins {min} ans.",
  "dateNaissance.tropAge":
    "La Mission Locale accompagne les jeunes jusqu'à {max} ans révolus (jusqu'à la veille de leurs {maxPlus1} ans).",
  "paysNaissance.requis": "Choisissez votre pays de naissance dans la liste.",
  "communeNaissance.requis": "Indiquez votre ville de naissance, ou laissez la case vide.",
  "communeNaissance.long": "La ville de naissance doit faire 80 caractères au plus.",
  "communeNaissance.format": "La ville de naissance contient un caractère invisible ou non accepté. Retapez-la.",
  "nationalite.requis": "Choisissez votre nationalité.",
  "adresse.requis": "Indiquez votre adresse : numéro et nom de la rue. Exemple : 12 rue des Lilas.",
  "adresse.long": "L'adresse doit faire 120 caractères au plus.",
  "adresse.format": "L'adresse contient un caractère invisible ou non accepté. Retapez-la.",
  "complement.requis": "Indiquez le complément d'adresse, ou laissez la case vide.",
  "complement.long": "Le complément d'adresse doit faire 120 caractères au plus.",
  "complement.format": "Le complément d'adresse contient un caractère invisible ou non accepté. Retapez-le.",
  "codePostal.requis": "Indiquez votre code postal : 5 chiffres. Exemple : 59100.",
  "codePostal.format": "Le code postal doit faire 5 chiffres. Exemple : 59100.",
  "codePostal.inconnu": "Nous ne connaissons pas le code postal {codePostal}. Vérifiez-le.",
  "commune.requis": "Choisissez votre commune dans la liste.",
  "commune.long": "Choisissez votre commune dans la liste.",
  "commune.format": "Choisissez votre commune dans la liste.",
  "commune.horsCodePostal":
    "Cette commune n'a pas le code postal {codePostal}. Choisissez votre commune dans la liste.",
  "commune.horsTerritoire":
    "{commune} dépend d'une autre Mission Locale. Contactez-la : elle pourra vous recevoir plus près de chez vous.",
  "telephone.requis": "Indiquez votre numéro de téléphone. Exemple : 06 12 34 56 78.",
  "telephone.format":
    "Ce numéro de téléphone n'est pas valide. Écrivez-le avec 10 chiffres, par exemple 06 12 34 56 78. Numéro d'un autre pays : + et l'indicatif du pays, par exemple +32 470 12 34 56.",
  "sansAdresseFixe.format": "Cochez la case seulement si vous n'avez pas d'adresse fixe.",
  "email.format": "Cette adresse e-mail n'est pas valide. Exemple : prenom.nom@exemple.fr",
  "representantNom.requis": "Indiquez le nom de votre parent ou tuteur.",
  "representantNom.long": "Le nom du parent ou tuteur doit faire 60 caractères au plus.",
  "representantNom.format":
    "Le nom du parent ou tuteur ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Martin.",
  "representantPrenom.requis": "Indiquez le prénom de votre parent ou tuteur.",
  "representantPrenom.long": "Le prénom du parent ou tuteur doit faire 60 caractères au plus.",
  "representantPrenom.format":
    "Le prénom du parent ou tuteur ne peut contenir que des lettres de l'alphabet latin (accents compris), des espaces, des tirets (-) et des apostrophes ('). Exemple : Marie.",
  "representantTelephone.requis":
    "Indiquez le numéro de téléphone de votre parent ou tuteur. Exemple : 06 12 34 56 78.",
  "representantTelephone.format":
    "Ce numéro de téléphone n'est pas valide. Écrivez-le avec 10 chiffres, par exemple 06 12 34 56 78. Numéro d'un autre pays : + et l'indicatif du pays, par exemple +32 470 12 34 56.",
  "representantLien.requis": "Indiquez qui est cette personne pour vous.",
  "logement.requis": "Choisissez où vous habitez en ce moment.",
  "situation.requis": "Choisissez votre situation en ce moment.",
  "derniereClasse.requis": "Choisissez la dernière classe que vous avez suivie.",
  "diplome.requis": "Choisissez votre plus haut diplôme, ou « Aucun diplôme ».",
  "anneeSortie.format": "Indiquez l'année avec 4 chiffres. Exemple : 2024.",
  "anneeSortie.futur": "L'année de sortie ne peut pas être après {annee}.",
  "inscritFranceTravail.requis": "Dites-nous si vous êtes inscrit(e) à France Travail (ou « Je ne sais pas »).",
  "dejaVenuMissionLocale.requis": "Dites-nous si vous êtes déjà venu(e) à la Mission Locale (ou « Je ne sais pas »).",
  "creneaux.requis": "Choisissez au moins un moment où nous pouvons vous appeler.",
  "creneaux.nonPropose": "La Mission Locale n'appelle pas à ce moment-là. Choisissez parmi les moments proposés.",
  "origine.format": "Choisissez une réponse dans la liste, ou laissez vide.",
  "message.long": "Votre message doit faire 500 caractères au plus.",
  "message.format": "Votre message contient un caractère invisible ou non accepté. Retapez-le.",
  "informationLue.requis": "Cochez la case pour dire que vous avez lu l'information sur vos données.",
  "meta.invalide": "Le formulaire envoyé est incomplet. Rechargez la page et recommencez.",
};

/** The message for an error key, placeholders filled; the key itself if unknown. */
export function formatError(
  table: Record<string, string>,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = table[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
