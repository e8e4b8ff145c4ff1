/**
 * The default list of documents to bring (ml-config.ts), in the form's other languages: an ML
 * that keeps the default list gets it translated; one that writes its own list translates it in
 * its `traductions`, or it is shown in French.
 */
import type { TextesTraduits } from "../../contract/api-types";
import type { MissionLocale } from "./ml-config";
import { DOCUMENTS_PAR_DEFAUT } from "./ml-config";

const DOCUMENTS_TRADUITS: Readonly<Record<"en" | "ar", readonly string[]>> = {
  en: [
    "An ID document (ID card, passport or residence permit)",
    "Your carte Vitale or your social security certificate",
    "A proof of address",
    "Your CV if you have one",
  ],
  ar: [
    "وثيقة هوية (بطاقة الهوية أو جواز السفر أو بطاقة الإقامة)",
    "بطاقة Vitale أو شهادة الضمان الاجتماعي",
    "وثيقة تثبت عنوان سكنك",
    "سيرتك الذاتية (CV) إن كانت لديك",
  ],
};

function isDefaultList(documents: readonly string[]): boolean {
  return (
    documents.length === DOCUMENTS_PAR_DEFAUT.length && documents.every((doc, i) => doc === DOCUMENTS_PAR_DEFAUT[i])
  );
}

/** The ML's own texts in each language it offers besides French (what GET /api/v1/ml/:ml shows). */
export function translatedTexts(ml: MissionLocale): Partial<Record<string, TextesTraduits>> {
  const texts: Partial<Record<string, TextesTraduits>> = {};
  for (const langue of ml.langues) {
    if (langue === "fr") continue;
    const own = ml.traductions[langue] ?? {};
    const documents =
      own.documentsAApporter ?? (isDefaultList(ml.documentsAApporter) ? [...DOCUMENTS_TRADUITS[langue]] : undefined);
    texts[langue] = { ...own, ...(documents ? { documentsAApporter: documents } : {}) };
  }
  return texts;
}
