import type { MissionLocalePublic } from "../contract/api-types";
import { offeredSlots } from "./callback-slots";
import { translatedTexts } from "./config/default-translations";
import type { MissionLocale } from "./config/ml-config";
import type { MailTransport } from "./mail/types";

/** What any visitor may know of an ML: the widget's facts. Never the mailbox or alert address. */
export function publicFacts(
  ml: MissionLocale,
  now: Date,
  today: string,
  messagerie: MailTransport["name"],
): MissionLocalePublic {
  return {
    id: ml.id,
    nom: ml.nom,
    adresse: ml.adresse,
    telephone: ml.telephone,
    ...(ml.email ? { email: ml.email } : {}),
    ...(ml.siteWeb ? { siteWeb: ml.siteWeb } : {}),
    fuseauHoraire: ml.fuseauHoraire,
    horaires: ml.horaires,
    fermetures: ml.fermetures.filter((closure) => closure.au >= today),
    accueilsCollectifs: ml.accueilsCollectifs
      .filter((session) => Date.parse(session.debut) > now.getTime())
      .sort((a, b) => Date.parse(a.debut) - Date.parse(b.debut))
      .slice(0, 3),
    age: ml.age,
    documentsAApporter: ml.documentsAApporter,
    confidentialite: {
      ...ml.confidentialite,
      messagerie,
      ...(ml.doublons.joursMemoire > 0 ? { doublonsJours: ml.doublons.joursMemoire } : {}),
    },
    rappel: { regle: ml.rappel.traitement, creneaux: offeredSlots(ml) },
    apparence: ml.apparence,
    statistiques: { parcours: ml.statistiques?.parcours ?? false },
    langues: ml.langues,
    traductions: translatedTexts(ml),
  };
}
