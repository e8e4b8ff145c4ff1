import { ltr } from "./bidi";

/**
 * Arabic labels of the payload's categories (the payload and the PDF keep the codes and French).
 * French school years keep their French name, which the youth knows, after a few Arabic words
 * that place them (Arabic first, so each label reads right to left).
 */
export const optionsAr = {
  civilite: { MADAME: "السيدة", MONSIEUR: "السيد" },
  nationalite: {
    FRANCAISE: "فرنسية",
    UE: "من بلد في الاتحاد الأوروبي",
    HORS_UE: "من بلد خارج الاتحاد الأوروبي",
  },
  lien: { PARENT: "أحد الوالدين", TUTEUR: "وصيّ", AUTRE: "شخص آخر" },
  logement: {
    PARENTS: "عند والديّ",
    FAMILLE: "عند عائلتي (غير والديّ)",
    AMIS: "عند أصدقاء",
    LOGEMENT_AUTONOME: "في مسكني الخاص",
    FOYER: "في مأوى أو إقامة (مأوى للشباب العاملين، سكن للطلبة…)",
    HEBERGEMENT_URGENCE: "في سكن طوارئ",
    SANS_HEBERGEMENT: "ليس لي مكان أسكن فيه",
    AUTRE: "وضع آخر",
  },
  situation: {
    SCOLARITE: "ما زلت أدرس",
    FORMATION: "أتابع تكوينًا",
    ALTERNANCE: "أدرس وأعمل بالتناوب (alternance)",
    EMPLOI: "أعمل",
    DEMANDEUR_EMPLOI: "أبحث عن عمل",
    SANS_ACTIVITE: "ليس لديّ أي نشاط",
    AUTRE: "وضع آخر",
  },
  derniereClasse: {
    AVANT_TROISIEME: `قبل ${ltr("3e")}`,
    TROISIEME: `آخر سنة في collège ${ltr("(3e)")}`,
    CAP_BEP: `دراسة ${ltr("CAP")} أو ${ltr("BEP")} (السنة الأولى أو الثانية)`,
    SECONDE: `أول سنة في lycée ${ltr("(Seconde)")}`,
    PREMIERE: `ثاني سنة في lycée ${ltr("(Première)")}`,
    TERMINALE: `آخر سنة في lycée ${ltr("(Terminale)")}`,
    SUPERIEUR: "دراسات عليا",
    AUTRE: "غير ذلك",
  },
  diplome: {
    AUCUN: "بدون شهادة",
    BREVET: `شهادة ${ltr("Brevet des collèges")}`,
    NIVEAU_3: `شهادة ${ltr("CAP")} أو ${ltr("BEP")} (المستوى 3)`,
    NIVEAU_4: "البكالوريا (المستوى 4)",
    NIVEAU_5: "سنتان بعد البكالوريا: BTS، DUT… (المستوى 5)",
    NIVEAU_6_ET_PLUS: "licence، BUT، master أو أكثر (المستوى 6 فما فوق)",
  },
  ouiNonInconnu: { OUI: "نعم", NON: "لا", INCONNU: "لا أعرف" },
  creneau: { MATIN: "في الصباح", MIDI: "وقت الظهر", APRES_MIDI: "بعد الظهر", SOIR: "في آخر النهار" },
  origine: {
    RESEAUX_SOCIAUX: "مواقع التواصل الاجتماعي",
    AMI_FAMILLE: "صديق أو أحد أفراد عائلتي",
    FRANCE_TRAVAIL: "France Travail",
    ETABLISSEMENT_SCOLAIRE: "مدرستي",
    SITE_INTERNET: "موقع إلكتروني",
    PARTENAIRE: "جمعية أو شريك",
    AUTRE: "بطريقة أخرى",
  },
};
