/**
 * The Arabic table (Modern Standard Arabic, simple words): the same keys and placeholders as
 * fr.ts (a unit test checks it). Right to left: the form's root gets dir="rtl", every
 * placeholder is isolated (bidi.ts) and examples of numbers are written left to right, so that
 * "06 12 34 56 78" or "9:30" never come out in reverse order.
 *
 * Digits stay Latin (0-9), through the "ar-u-nu-latn" locale given to Intl: the youth types the
 * phone number, postal code and date in Latin digits (the schema checks those), the Mission
 * Locale prints its numbers that way, and Arabic readers of the Maghreb — most of the Arabic
 * readers here — use them every day. Names of French places and services stay in Latin letters,
 * as the youth will see them on the door and on letters ("Mission Locale", "France Travail").
 */
import type { MissionLocalePublic } from "../api-types";
import { isolated, isolatePlaceholders, ltr } from "./bidi";
import type { Strings } from "./fr";
import { optionsAr } from "./options-ar";

export { erreursAr } from "./errors-ar";

type Messagerie = MissionLocalePublic["confidentialite"]["messagerie"];

function journey(messagerie: Messagerie): string[] {
  const server =
    "تذهب الاستمارة إلى خادم Mission Locale. يحوّلها الخادم إلى وثيقة PDF ويرسلها بالبريد الإلكتروني إلى Mission Locale.";
  if (messagerie === "resend") {
    return [server, "يمرّ هذا البريد الإلكتروني عبر Resend، وهي شركة بريد إلكتروني تحتفظ بالرسائل في الولايات المتحدة."];
  }
  if (messagerie === "smtp") return [server, "يمرّ هذا البريد الإلكتروني عبر خدمة البريد التي اختارتها Mission Locale."];
  return [server, "هذه نسخة تجريبية: يبقى البريد الإلكتروني على خادم الاختبار، ولا يُرسَل إلى أي أحد."];
}

export const ar: Strings = isolatePlaceholders<Strings>({
  lang: "ar",
  dir: "rtl",
  intl: "ar-u-nu-latn",
  langue: "لغة الاستمارة",
  langueChoisie: "الاستمارة باللغة العربية",
  cadre: "استمارة التسجيل المسبق في Mission Locale",
  etiquette: "{label}:",
  etape: "الخطوة {n} من {total}",
  etapes: {
    territoire: "أين تسكن؟",
    identite: "الهوية",
    coordonnees: "معلومات الاتصال",
    logement: "السكن",
    parcours: "الدراسة والتكوين",
    rappel: "الاتصال بك",
    verification: "المراجعة والإرسال",
  },
  annonceEtape: "الخطوة {n} من {total}: {titre}",
  intro: {
    destinataire: "تُرسَل هذه الاستمارة إلى {nom}.",
    autresMoyens: "يمكنك أيضًا الاتصال بالرقم {telephone} أو الحضور إلى العنوان التالي: {adresse}.",
    horaires: "أوقات العمل",
    convention: "كل الأسئلة إلزامية، إلا الأسئلة المكتوب بجانبها «اختياري».",
  },
  facultatif: "اختياري",
  boutons: {
    suivant: "التالي",
    retour: "رجوع",
    envoyer: "إرسال",
    envoiEnCours: "جارٍ الإرسال…",
    reessayer: "حاول مرة أخرى",
    modifier: "تعديل",
    modifierQuoi: ": {label}",
    changerCodePostal: "تغيير الرمز البريدي",
  },
  resume: {
    titre: "صحّح هذه النقاط للمتابعة:",
    prefixeErreur: "خطأ:",
  },
  champs: {
    "identite.civilite": { label: "كيف نخاطبك؟" },
    "identite.nomNaissance": {
      label: "اسم العائلة عند الولادة",
      hint: "اسم العائلة المكتوب في شهادة ميلادك، بالحروف اللاتينية.",
    },
    "identite.nomUsage": {
      label: "اسم العائلة المستعمل",
      hint: "فقط إذا كان مختلفًا عن اسم العائلة عند الولادة (مثلًا بعد الزواج).",
    },
    "identite.prenom": { label: "الاسم الشخصي", hint: "اسمك الأول كما في بطاقة هويتك، بالحروف اللاتينية." },
    "identite.dateNaissance": { label: "تاريخ الميلاد", hint: `مثال: ${ltr("14 07 2008")}` },
    "identite.dateNaissance.jour": { label: "اليوم" },
    "identite.dateNaissance.mois": { label: "الشهر" },
    "identite.dateNaissance.annee": { label: "السنة" },
    "identite.lieuNaissance.pays": {
      label: "بلد الميلاد",
      hint: "وُلدت في أقاليم ما وراء البحار الفرنسية (Guadeloupe، La Réunion…)؟ اختر فرنسا.",
    },
    "identite.lieuNaissance.commune": {
      label: "مدينة الميلاد",
      hint: "مثال: Roubaix، أو Alger إذا وُلدت خارج فرنسا.",
    },
    "identite.nationalite": { label: "الجنسية" },
    "representantLegal.nom": { label: "اسم عائلة وليّ الأمر" },
    "representantLegal.prenom": { label: "الاسم الشخصي لوليّ الأمر" },
    "representantLegal.telephone": { label: "رقم هاتف وليّ الأمر", hint: `مثال: ${ltr("06 12 34 56 78")}` },
    "representantLegal.lien": { label: "ما صلة هذا الشخص بك؟" },
    "coordonnees.adresse.sansAdresseFixe": {
      label: "ليس لي عنوان ثابت",
      hint: "يصلك بريدك عن طريق CCAS أو جمعية (domiciliation)؟ اكتب هذا العنوان في «تكملة العنوان».",
    },
    "coordonnees.adresse.ligne1": { label: "العنوان", hint: `رقم الشارع واسمه. مثال: ${ltr("12 rue des Lilas")}` },
    "coordonnees.adresse.complement": {
      label: "تكملة العنوان",
      hint: "العمارة، الطابق، الشقة، «عند…».",
    },
    "coordonnees.adresse.codePostal": { label: "الرمز البريدي", hint: `5 أرقام. مثال: ${ltr("59100")}` },
    "coordonnees.adresse.commune": { label: "البلدية" },
    "coordonnees.telephone": {
      label: "رقم الهاتف",
      hint: `ستتصل بك Mission Locale على هذا الرقم. الرقم الفرنسي أسهل للاتصال بك. مثال: ${ltr("06 12 34 56 78")}`,
    },
    "coordonnees.email": { label: "البريد الإلكتروني", hint: `مثال: ${ltr("prenom.nom@exemple.fr")}` },
    "logement.situation": { label: "أين تسكن حاليًا؟" },
    "parcours.situation": { label: "ماذا تفعل حاليًا؟" },
    "parcours.derniereClasse": { label: "آخر سنة دراسية درستها", hint: "حتى لو لم تُكملها." },
    "parcours.diplome": { label: "أعلى شهادة حصلت عليها" },
    "parcours.anneeSortie": { label: "سنة تركك للمدرسة", hint: `4 أرقام. مثال: ${ltr("2023")}` },
    "parcours.inscritFranceTravail": {
      label: "هل أنت مسجَّل في France Travail؟",
      hint: "France Travail هي الوكالة العمومية للتشغيل، واسمها القديم Pôle emploi.",
    },
    "parcours.dejaVenuMissionLocale": { label: "هل سبق لك أن ذهبت إلى Mission Locale؟" },
    "rappel.creneaux": {
      label: "متى يمكننا الاتصال بك؟",
      hint: "اختر وقتًا واحدًا أو أكثر.",
    },
    origine: { label: "كيف عرفت Mission Locale؟" },
    message: {
      label: "رسالة إلى Mission Locale",
      hint: "ما تبحث عنه، أو سؤال، أو يوم لا تكون فيه متاحًا…",
    },
    informationLue: { label: "قرأت المعلومات الخاصة ببياناتي" },
  },
  choisir: "اختر من القائمة",
  options: optionsAr,
  representant: {
    titre: "وليّ أمرك",
    pourquoi: "عمرك أقل من 18 سنة: قد تحتاج Mission Locale إلى الاتصال بأحد والديك أو بالشخص المسؤول عنك.",
    consigne: "إذا ملأت هذا الجزء، اكتب اسم عائلته واسمه الشخصي ورقم هاتفه وصلته بك.",
  },
  communes: {
    recherche: "جارٍ البحث عن البلديات…",
    rechercheMl: "نبحث عن Mission Locale الخاصة ببلديتك…",
    uneCommune: "البلدية: {commune}.",
    plusieurs: "عدد البلديات التي لها هذا الرمز البريدي: {n}. اختر بلديتك من القائمة.",
    aucune: "لا نعرف الرمز البريدي {codePostal}. تحقّق منه.",
    erreur: "لا يمكن البحث عن البلديات الآن. تحقّق من اتصالك بالإنترنت، ثم صحّح الرمز البريدي.",
  },
  telephoneEtranger: "رقم أجنبي: الاتصال بك على رقم فرنسي أسهل.",
  orientation: {
    horsTerritoire: "بلدية {commune} لا تتبع {nom}.",
    autreMl: "Mission Locale الخاصة ببلديتك:",
    siteWeb: "موقعها الإلكتروني",
    introuvable: "لتجد Mission Locale الخاصة ببلديتك، ادخل إلى الموقع الوطني لـ Missions Locales:",
    autresMl: "Missions Locales الخاصة ببلديتك:",
    indisponible: "لم نتمكن من البحث عن Mission Locale الخاصة ببلديتك في الوقت الحالي.",
    site: "الموقع: {url}.",
    national: "الموقع الوطني: mission-locale.fr.",
    lienNational: "ابحث عن Mission Locale الخاصة بي (mission-locale.fr، بالفرنسية)",
    accepter: "يمكنك رغم ذلك إرسال هذه الاستمارة: ستتصل بك {nom} وتخبرك إلى أين تذهب.",
    rediriger: "اتصل بها مباشرة: لا يمكن إرسال هذه الاستمارة لبلديتك.",
  },
  eligibilite: {
    tropJeuneTitre: "عمرك أقل من {min} سنة",
    tropJeune: [
      "تساعد Mission Locale الشباب ابتداءً من سن {min} سنة.",
      "للحديث عن توجيهك، قابل أستاذك الرئيسي أو الأخصائي النفسي للتوجيه (psychologue de l'Éducation nationale) في مدرستك.",
      "يمكنك أيضًا الذهاب إلى أقرب CIO (مركز الإعلام والتوجيه). الخدمة مجانية.",
    ],
    tropAgeTitre: "عمرك أكثر من {max} سنة",
    tropAge: [
      "تساعد Mission Locale الشباب حتى سن {max} سنة (حتى اليوم السابق لبلوغهم {maxPlus1} سنة).",
      `يمكن لـ France Travail أن تساعدك في إيجاد عمل أو تكوين: francetravail.fr أو الرقم ${ltr("3949")}.`,
      "وضعك خاص؟ اتصل بـ Mission Locale على الرقم {telephone}.",
    ],
    dateFausse: "إذا كان تاريخ ميلادك خاطئًا، صحّحه في الأعلى.",
  },
  compteur: {
    restants: "عدد الأحرف المتبقية: {n} من {max}.",
    trop: "عدد الأحرف الزائدة: {n}.",
  },
  verification: {
    intro: "أعد قراءة إجاباتك. لتغيير إجابة، اضغط على «تعديل».",
    rappel: "ستتصل بك Mission Locale {delai}.",
    nonRenseigne: "بدون إجابة",
  },
  notice: {
    titre: "بياناتك",
    court: (ml) => [
      `تُرسَل إجاباتك إلى ${isolated(ml.nom)} فقط. تستعملها للاتصال بك ومرافقتك: هذه مهمتها في خدمة الصالح العام.`,
      ml.confidentialite.doublonsJours
        ? "يحذف خادمنا إجاباتك بمجرد وصول البريد الإلكتروني إلى Mission Locale. ويحتفظ فقط، لبضعة أيام، برمز سري مأخوذ من اسمك ولقبك وتاريخ ميلادك، لاكتشاف الاستمارة المرسلة مرتين."
        : "خادمنا لا يحتفظ بأي شيء: يحذف كل شيء بمجرد وصول البريد الإلكتروني إلى Mission Locale.",
      `يمكنك الاطلاع على بياناتك أو تصحيحها أو حذفها: اكتب إلى ${isolated(ml.confidentialite.dpo)}.`,
    ],
    toutLire: "اقرأ كل المعلومات الخاصة ببياناتك",
    sections: (ml) => [
      { titre: "من يتلقى بياناتك؟", texte: [isolated(ml.confidentialite.responsable)] },
      {
        titre: "لماذا؟",
        texte: [
          "للاتصال بك، وتحضير موعدك الأول، ومساعدتك (العمل، التكوين، السكن، الصحة).",
          `هذه مهمة Mission Locale في خدمة الصالح العام (اللائحة العامة لحماية البيانات RGPD، المادة ${ltr("6.1.e")}). لذلك لا نطلب موافقتك، لكن يمكنك الاعتراض.`,
        ],
      },
      { titre: "كيف تنتقل إجاباتك", texte: journey(ml.confidentialite.messagerie) },
      { titre: "إلى متى؟", texte: [isolated(ml.confidentialite.conservation)] },
      ...(ml.confidentialite.doublonsJours
        ? [
            {
              titre: "اكتشاف الاستمارات المكررة",
              texte: [
                `لمدة ${ltr(String(ml.confidentialite.doublonsJours))} يومًا، يحتفظ الخادم برمز سري محسوب من لقبك عند الولادة واسمك وتاريخ ميلادك (وليس هذه المعلومات نفسها)، مع مرجع استمارتك. إذا تلقى استمارة ثانية باسمك، ينبه Mission Locale حتى لا تسجلك مرتين. بعد ذلك يُحذف الرمز.`,
              ],
            },
          ]
        : []),
      ...(ml.statistiques?.parcours
        ? [
            {
              titre: "إحصاءات مجهولة الهوية",
              texte: [
                "لتحسين هذه الاستمارة، تُرسِل فقط الخطوة التي وصل إليها الشخص والمدة التي استغرقها في ملئها. لا تُرسَل لذلك أي إجابة ولا أي مُعرِّف ولا أي ملف تعريف ارتباط (cookie).",
              ],
            },
          ]
        : []),
      {
        titre: "حقوقك",
        texte: [
          "يمكنك أن تطلب الاطلاع على بياناتك أو تصحيحها أو حذفها، أو أن ترفض استعمالها.",
          `اكتب إلى مسؤول حماية البيانات (DPO): ${isolated(ml.confidentialite.dpo)}.`,
          "إذا لم تتلقَّ ردًا خلال شهر، يمكنك تقديم شكوى إلى CNIL (cnil.fr)، الهيئة الفرنسية لحماية البيانات.",
        ],
      },
      {
        titre: "هل هذا إلزامي؟",
        texte: [`لا. يمكنك أيضًا التسجيل بالاتصال بالرقم ${isolated(ml.telephone)} أو بالحضور إلى Mission Locale.`],
      },
    ],
  },
  envoi: {
    enCours: "جارٍ الإرسال…",
    envoye: "تم إرسال التسجيل",
    echecTitre: "لم ينجح الإرسال",
    reseau: "لم يُرسَل تسجيلك: انقطع الاتصال أو أن الخادم لا يستجيب.",
    serveur: "لم يُرسَل تسجيلك: حدثت مشكلة في الخادم.",
    gardees: "إجاباتك محفوظة في هذه الصفحة. حاول مرة أخرى بعد قليل.",
    limite: "أُرسِلت تسجيلات كثيرة جدًا من هذا الاتصال. حاول مرة أخرى بعد {minutes} دقيقة.",
    appeler: "يمكنك أيضًا الاتصال بـ Mission Locale على الرقم {telephone}.",
    corriger: "وجدت Mission Locale إجابة يجب تصحيحها.",
    filePleine:
      "لم يُرسَل تسجيلك: هناك تسجيلات كثيرة جدًا تنتظر إحالتها إلى Mission Locale. إجاباتك محفوظة في هذه الصفحة. حاول مرة أخرى بعد {minutes} دقيقة.",
    enregistrementImpossible:
      "لم يُرسَل تسجيلك: لا يستطيع الخادم حفظه في الوقت الحالي. إجاباتك محفوظة في هذه الصفحة. حاول مرة أخرى بعد {minutes} دقيقة.",
    cleReutilisee:
      "لم يُرسَل تسجيلك: سبق أن استُخدمت هذه الاستمارة لتسجيل آخر. إجاباتك محفوظة: اضغط على «حاول مرة أخرى» لإرساله.",
  },
  chargement: {
    formulaire: "جارٍ تحميل الاستمارة…",
    indisponible: "هذه الاستمارة غير متاحة (Mission Locale غير معروفة: «{id}»).",
    reseau: "تعذّر تحميل معلومات Mission Locale. تحقّق من اتصالك بالإنترنت.",
    validation: "لم يكتمل تحميل الاستمارة. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.",
    origine:
      "لا يمكن إرسال هذه الاستمارة من هذا الموقع. للتسجيل في {nom}، اتصل بالرقم {telephone} أو احضر إلى العنوان التالي: {adresse}.",
  },
  confirmation: {
    titre: "تم الإرسال!",
    reference: "رقم ملفك:",
    rappel: "ستتصل بك Mission Locale {delai}.",
    appelManque: "إذا فاتك الاتصال، اتصل بالرقم {telephone}.",
    ouVenir: "مكان الحضور",
    accueils: "اجتماعات الاستقبال القادمة",
    accueilsExplication: "اجتماع جماعي للتعرّف على Mission Locale وما يمكن أن تقدّمه لك.",
    accueilLieu: "{date} — {lieu}",
    documents: "أحضر معك إلى الموعد الأول:",
    horaires: "أوقات العمل",
    carte: "عرض العنوان على الخريطة (OpenStreetMap)",
    votreMl: "Mission Locale الخاصة بك",
    vosMl: "Missions Locales الخاصة ببلديتك",
    orienter: "ستتصل بك {nom} {delai} لتوجيهك.",
  },
  courriel: {
    objet: "تسجيلك المسبق لدى {nom} (الملف {reference})",
    bonjour: "مرحبًا،",
    recu: "تلقّت {nom} تسجيلك المسبق.",
    telephone: "الهاتف: {telephone}",
    ignorer: "لم تقم بهذا الطلب؟ تجاهل هذه الرسالة أو اتصل بـ Mission Locale.",
    automatique: "هذه رسالة آلية: يُرجى عدم الرد عليها.",
  },
  delai: {
    demain: "قبل الساعة {heure} من يوم غد",
    semaine: "قبل يوم {jour} الساعة {heure}",
    date: "قبل يوم {jour} {date} الساعة {heure}",
  },
  dateEtHeure: "{jour} {date} الساعة {heure}",
  horaires: {
    periode: "من {debut} إلى {fin}",
    // "و" is written against the next word: "… 12:30 ومن 13:30 …".
    et: " و",
    unJour: "{jour}: {periodes}",
    deuxJours: "{a} و{b}: {periodes}",
    plage: "من {a} إلى {b}: {periodes}",
    fermeture: "مغلق من {du} إلى {au}",
    fermetureMotif: "مغلق من {du} إلى {au} ({motif})",
  },
  /** "9:00", "17:30": Latin digits, the 24-hour clock. */
  heure: (h, m) => `${h}:${String(m).padStart(2, "0")}`,
  /** "1 ديسمبر". */
  jourDuMois: (day, month) => `${day} ${month}`,
  honeypot: "الموقع الإلكتروني",
  typographie: (text) => text,
});
