/**
 * English error messages, keyed as the schema's rules (the same keys and placeholders as
 * errors-fr.ts). Each names the field and says how to fix it (RGAA 11.11).
 */
export const erreursEn: Record<string, string> = {
  "formulaire.invalide": "The form sent is incomplete. Reload the page and start again.",
  "section.manquante": "A part of the form is missing. Reload the page and start again.",
  "champ.inconnu": "The form does not expect this field.",
  "civilite.requis": "Choose “Ms” or “Mr”.",
  "nomNaissance.requis": "Enter your surname at birth.",
  "nomNaissance.long": "Your surname at birth must be 60 characters or fewer.",
  "nomNaissance.format":
    "Your surname at birth can only contain letters of the Latin alphabet (accents included), spaces, hyphens (-) and apostrophes ('). For example: Martin-Dupont.",
  "nomUsage.requis": "Enter the surname you use, or leave the box empty.",
  "nomUsage.long": "The surname you use must be 60 characters or fewer.",
  "nomUsage.format":
    "The surname you use can only contain letters of the Latin alphabet (accents included), spaces, hyphens (-) and apostrophes ('). For example: Martin.",
  "prenom.requis": "Enter your first name.",
  "prenom.long": "Your first name must be 60 characters or fewer.",
  "prenom.format":
    "Your first name can only contain letters of the Latin alphabet (accents included), spaces, hyphens (-) and apostrophes ('). For example: Marie-Lou.",
  "dateNaissance.requis": "Enter your date of birth: day, month and year. For example: 14 07 2008.",
  "dateNaissance.invalide": "This date of birth does not exist. Check the day, the month and the year (4 digits).",
  "dateNaissance.tropJeune": "To register, you must be at least {min} years old.",
  "dateNaissance.tropAge":
    "The Mission Locale helps young people up to the age of {max} (until the day before they turn {maxPlus1}).",
  "paysNaissance.requis": "Choose your country of birth from the list.",
  "communeNaissance.requis": "Enter your town of birth, or leave the box empty.",
  "communeNaissance.long": "Your town of birth must be 80 characters or fewer.",
  "communeNaissance.format": "Your town of birth has a hidden or unaccepted character. Type it again.",
  "nationalite.requis": "Choose your nationality.",
  "adresse.requis": "Enter your address: house number and street name. For example: 12 rue des Lilas.",
  "adresse.long": "Your address must be 120 characters or fewer.",
  "adresse.format": "Your address has a hidden or unaccepted character. Type it again.",
  "complement.requis": "Enter the extra address details, or leave the box empty.",
  "complement.long": "The extra address details must be 120 characters or fewer.",
  "complement.format": "The extra address details have a hidden or unaccepted character. Type them again.",
  "codePostal.requis": "Enter your postcode: 5 digits. For example: 59100.",
  "codePostal.format": "The postcode must be 5 digits. For example: 59100.",
  "codePostal.inconnu": "We do not know the postcode {codePostal}. Please check it.",
  "commune.requis": "Choose your town from the list.",
  "commune.long": "Choose your town from the list.",
  "commune.format": "Choose your town from the list.",
  "commune.horsTerritoire":
    "{commune} is covered by another Mission Locale. Please contact them: they can see you closer to home.",
  "commune.horsCodePostal": "This town does not have the postcode {codePostal}. Choose your town from the list.",
  "telephone.requis": "Enter your phone number. For example: 06 12 34 56 78.",
  "telephone.format":
    "This phone number is not valid. Write it with 10 digits, for example 06 12 34 56 78. A number from another country: + and the country code, for example +32 470 12 34 56.",
  "sansAdresseFixe.format": "Tick the box only if you have no fixed address.",
  "email.format": "This email address is not valid. For example: firstname.surname@example.fr",
  "representantNom.requis": "Enter the surname of your parent or guardian.",
  "representantNom.long": "The surname of your parent or guardian must be 60 characters or fewer.",
  "representantNom.format":
    "The surname of your parent or guardian can only contain letters of the Latin alphabet (accents included), spaces, hyphens (-) and apostrophes ('). For example: Martin.",
  "representantPrenom.requis": "Enter the first name of your parent or guardian.",
  "representantPrenom.long": "The first name of your parent or guardian must be 60 characters or fewer.",
  "representantPrenom.format":
    "The first name of your parent or guardian can only contain letters of the Latin alphabet (accents included), spaces, hyphens (-) and apostrophes ('). For example: Marie.",
  "representantTelephone.requis": "Enter the phone number of your parent or guardian. For example: 06 12 34 56 78.",
  "representantTelephone.format":
    "This phone number is not valid. Write it with 10 digits, for example 06 12 34 56 78. A number from another country: + and the country code, for example +32 470 12 34 56.",
  "representantLien.requis": "Say who this person is to you.",
  "logement.requis": "Choose where you live at the moment.",
  "situation.requis": "Choose what you do at the moment.",
  "derniereClasse.requis": "Choose the last school year you did.",
  "diplome.requis": "Choose your highest qualification, or “No qualification”.",
  "anneeSortie.format": "Enter the year with 4 digits. For example: 2024.",
  "anneeSortie.futur": "The year you left school cannot be after {annee}.",
  "inscritFranceTravail.requis": "Tell us if you are registered with France Travail (or “I don't know”).",
  "dejaVenuMissionLocale.requis": "Tell us if you have been to the Mission Locale before (or “I don't know”).",
  "creneaux.requis": "Choose at least one time when we can call you.",
  "creneaux.nonPropose": "The Mission Locale does not call at that time. Choose among the times offered.",
  "origine.format": "Choose an answer from the list, or leave it empty.",
  "message.long": "Your message must be 500 characters or fewer.",
  "message.format": "Your message has a hidden or unaccepted character. Type it again.",
  "informationLue.requis": "Tick the box to say that you have read the information about your data.",
  "meta.invalide": "The form sent is incomplete. Reload the page and start again.",
};
