/**
 * The Mission Locale's own texts (its config, written in French) in the language in use, where
 * the ML wrote them in that language (`traductions`): the privacy notice's controller and
 * retention, the documents to bring. A text it did not translate stays in French.
 */
import type { MissionLocalePublic } from "../../contract/api-types";

export function localizedFacts(ml: MissionLocalePublic, locale: string): MissionLocalePublic {
  const own = ml.traductions?.[locale];
  if (!own) return ml;
  const { confidentialite } = ml;
  return {
    ...ml,
    documentsAApporter: own.documentsAApporter ?? ml.documentsAApporter,
    confidentialite: {
      ...confidentialite,
      responsable: own.responsable ?? confidentialite.responsable,
      conservation: own.conservation ?? confidentialite.conservation,
    },
  };
}
