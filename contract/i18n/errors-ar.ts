/**
 * Arabic error messages, keyed as the schema's rules (the same keys and placeholders as
 * errors-fr.ts, placeholders isolated for right-to-left text). Each names the field and says how
 * to fix it (RGAA 11.11). Names are asked in Latin letters: the schema accepts those only.
 */
import { isolatePlaceholders, ltr } from "./bidi";

const PHONE = ltr("06 12 34 56 78");
const FOREIGN_PHONE = ltr("+32 470 12 34 56");

export const erreursAr: Record<string, string> = isolatePlaceholders({
  "formulaire.invalide": "الاستمارة المرسَلة ناقصة. أعد تحميل الصفحة وابدأ من جديد.",
  "section.manquante": "جزء من الاستمارة ناقص. أعد تحميل الصفحة وابدأ من جديد.",
  "champ.inconnu": "الاستمارة لا تنتظر هذه الخانة.",
  "civilite.requis": "اختر «السيدة» أو «السيد».",
  "nomNaissance.requis": "اكتب اسم عائلتك عند الولادة.",
  "nomNaissance.long": "يجب ألا يزيد اسم العائلة عند الولادة عن 60 حرفًا.",
  "nomNaissance.format": `اكتب اسم العائلة عند الولادة بالحروف اللاتينية فقط، مع مسافات أو شرطات (-) أو فواصل عليا (') إن لزم. مثال: ${ltr("Martin-Dupont")}.`,
  "nomUsage.requis": "اكتب اسم العائلة المستعمل، أو اترك الخانة فارغة.",
  "nomUsage.long": "يجب ألا يزيد اسم العائلة المستعمل عن 60 حرفًا.",
  "nomUsage.format": `اكتب اسم العائلة المستعمل بالحروف اللاتينية فقط، مع مسافات أو شرطات (-) أو فواصل عليا (') إن لزم. مثال: ${ltr("Martin")}.`,
  "prenom.requis": "اكتب اسمك الشخصي.",
  "prenom.long": "يجب ألا يزيد الاسم الشخصي عن 60 حرفًا.",
  "prenom.format": `اكتب اسمك الشخصي بالحروف اللاتينية فقط، مع مسافات أو شرطات (-) أو فواصل عليا (') إن لزم. مثال: ${ltr("Marie-Lou")}.`,
  "dateNaissance.requis": `اكتب تاريخ ميلادك: اليوم والشهر والسنة. مثال: ${ltr("14 07 2008")}.`,
  "dateNaissance.invalide": "تاريخ الميلاد هذا غير موجود. تحقّق من اليوم والشهر والسنة (4 أرقام).",
  "dateNaissance.tropJeune": "للتسجيل، يجب أن يكون عمرك {min} سنة على الأقل.",
  "dateNaissance.tropAge": "تساعد Mission Locale الشباب حتى سن {max} سنة (حتى اليوم السابق لبلوغهم {maxPlus1} سنة).",
  "paysNaissance.requis": "اختر بلد ميلادك من القائمة.",
  "communeNaissance.requis": "اكتب مدينة ميلادك، أو اترك الخانة فارغة.",
  "communeNaissance.long": "يجب ألا يزيد اسم مدينة الميلاد عن 80 حرفًا.",
  "communeNaissance.format": "في اسم مدينة الميلاد حرف مخفي أو غير مقبول. اكتبه من جديد.",
  "nationalite.requis": "اختر جنسيتك.",
  "adresse.requis": `اكتب عنوانك: رقم الشارع واسمه. مثال: ${ltr("12 rue des Lilas")}.`,
  "adresse.long": "يجب ألا يزيد العنوان عن 120 حرفًا.",
  "adresse.format": "في العنوان حرف مخفي أو غير مقبول. اكتبه من جديد.",
  "complement.requis": "اكتب تكملة العنوان، أو اترك الخانة فارغة.",
  "complement.long": "يجب ألا تزيد تكملة العنوان عن 120 حرفًا.",
  "complement.format": "في تكملة العنوان حرف مخفي أو غير مقبول. اكتبها من جديد.",
  "codePostal.requis": `اكتب رمزك البريدي: 5 أرقام. مثال: ${ltr("59100")}.`,
  "codePostal.format": `يجب أن يتكون الرمز البريدي من 5 أرقام. مثال: ${ltr("59100")}.`,
  "codePostal.inconnu": "لا نعرف الرمز البريدي {codePostal}. تحقّق منه.",
  "commune.requis": "اختر بلديتك من القائمة.",
  "commune.long": "اختر بلديتك من القائمة.",
  "commune.format": "اختر بلديتك من القائمة.",
  "commune.horsTerritoire":
    "بلدية {commune} تتبع Mission Locale أخرى. اتصل بها: يمكنها استقبالك في مكان أقرب إلى بيتك.",
  "commune.horsCodePostal": "هذه البلدية ليس لها الرمز البريدي {codePostal}. اختر بلديتك من القائمة.",
  "telephone.requis": `اكتب رقم هاتفك. مثال: ${PHONE}.`,
  "telephone.format": `رقم الهاتف هذا غير صالح. اكتبه بـ 10 أرقام، مثل ${PHONE}. رقم من بلد آخر: + ثم رمز البلد، مثل ${FOREIGN_PHONE}.`,
  "sansAdresseFixe.format": "ضع علامة في الخانة فقط إذا لم يكن لك عنوان ثابت.",
  "email.format": `عنوان البريد الإلكتروني هذا غير صالح. مثال: ${ltr("prenom.nom@exemple.fr")}`,
  "representantNom.requis": "اكتب اسم عائلة وليّ أمرك.",
  "representantNom.long": "يجب ألا يزيد اسم عائلة وليّ الأمر عن 60 حرفًا.",
  "representantNom.format":
    "اكتب اسم عائلة وليّ الأمر بالحروف اللاتينية فقط، مع مسافات أو شرطات (-) أو فواصل عليا (') إن لزم.",
  "representantPrenom.requis": "اكتب الاسم الشخصي لوليّ أمرك.",
  "representantPrenom.long": "يجب ألا يزيد الاسم الشخصي لوليّ الأمر عن 60 حرفًا.",
  "representantPrenom.format":
    "اكتب الاسم الشخصي لوليّ الأمر بالحروف اللاتينية فقط، مع مسافات أو شرطات (-) أو فواصل عليا (') إن لزم.",
  "representantTelephone.requis": `اكتب رقم هاتف وليّ أمرك. مثال: ${PHONE}.`,
  "representantTelephone.format": `رقم الهاتف هذا غير صالح. اكتبه بـ 10 أرقام، مثل ${PHONE}. رقم من بلد آخر: + ثم رمز البلد، مثل ${FOREIGN_PHONE}.`,
  "representantLien.requis": "قل لنا ما صلة هذا الشخص بك.",
  "logement.requis": "اختر أين تسكن حاليًا.",
  "situation.requis": "اختر ماذا تفعل حاليًا.",
  "derniereClasse.requis": "اختر آخر سنة دراسية درستها.",
  "diplome.requis": "اختر أعلى شهادة حصلت عليها، أو «بدون شهادة».",
  "anneeSortie.format": `اكتب السنة بـ 4 أرقام. مثال: ${ltr("2024")}.`,
  "anneeSortie.futur": "لا يمكن أن تكون سنة تركك للمدرسة بعد {annee}.",
  "inscritFranceTravail.requis": "قل لنا هل أنت مسجَّل في France Travail (أو «لا أعرف»).",
  "dejaVenuMissionLocale.requis": "قل لنا هل سبق لك أن ذهبت إلى Mission Locale (أو «لا أعرف»).",
  "creneaux.requis": "اختر وقتًا واحدًا على الأقل يمكننا الاتصال بك فيه.",
  "creneaux.nonPropose": "لا تتصل Mission Locale في هذا الوقت. اختر من بين الأوقات المقترحة.",
  "origine.format": "اختر إجابة من القائمة، أو اتركها فارغة.",
  "message.long": "يجب ألا تزيد رسالتك عن 500 حرف.",
  "message.format": "في رسالتك حرف مخفي أو غير مقبول. اكتبها من جديد.",
  "informationLue.requis": "ضع علامة في الخانة لتقول إنك قرأت المعلومات الخاصة ببياناتك.",
  "meta.invalide": "الاستمارة المرسَلة ناقصة. أعد تحميل الصفحة وابدأ من جديد.",
});
