/**
 * The tables of English and Arabic: chunks of their own (with their error messages), fetched the
 * first time a form needs them and then shared by every form on the page. French is not here: its
 * first part ships in /widget.js, the rest with the later steps' chunk.
 */
import type { Strings } from "../../contract/i18n/fr";
import type { Locale } from "../../contract/i18n/locales";

export type OtherLocale = Exclude<Locale, "fr">;

export interface LocaleTables {
  strings: Strings;
  /** The schema's error messages. */
  erreurs: Readonly<Record<string, string>>;
}

const loaders: Record<OtherLocale, () => Promise<LocaleTables>> = {
  en: () => import("../../contract/i18n/en").then((m) => ({ strings: m.en, erreurs: m.erreursEn })),
  ar: () => import("../../contract/i18n/ar").then((m) => ({ strings: m.ar, erreurs: m.erreursAr })),
};

const tables: Partial<Record<OtherLocale, LocaleTables>> = {};
const pending = new Map<OtherLocale, Promise<boolean>>();

/** The tables of `locale` if they are here already (never French's). */
export function tablesOf(locale: Locale): LocaleTables | undefined {
  return locale === "fr" ? undefined : tables[locale];
}

/** Fetches the tables of `locale`; false when the network failed (a later call tries again). */
export function loadLocale(locale: OtherLocale): Promise<boolean> {
  if (tables[locale]) return Promise.resolve(true);
  let loading = pending.get(locale);
  if (!loading) {
    loading = loaders[locale]().then(
      (loaded) => {
        tables[locale] = loaded;
        pending.delete(locale);
        return true;
      },
      () => {
        pending.delete(locale);
        return false;
      },
    );
    pending.set(locale, loading);
  }
  return loading;
}
