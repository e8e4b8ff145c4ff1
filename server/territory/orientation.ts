/**
 * Who serves a commune outside the ML's territory: the neighbours the ML lists in its config
 * (`voisines`) first — it knows them better than any directory — then the State's directory.
 */
import type { OtherMissionLocale } from "../../contract/api-types";
import type { MissionLocale, Voisine } from "../config/ml-config";
import type { Annuaire } from "./annuaire";

export type Orientation =
  | { status: "trouve"; source: "voisines" | "annuaire"; missionsLocales: OtherMissionLocale[] }
  | { status: "introuvable" | "indisponible"; source: "annuaire" };

function asOther(voisine: Voisine): OtherMissionLocale {
  return {
    nom: voisine.nom,
    ...(voisine.adresse ? { adresse: voisine.adresse } : {}),
    ...(voisine.telephone ? { telephone: voisine.telephone } : {}),
    ...(voisine.email ? { email: voisine.email } : {}),
    ...(voisine.siteWeb ? { siteWeb: voisine.siteWeb } : {}),
  };
}

export async function competentMissionsLocales(
  ml: Pick<MissionLocale, "voisines">,
  codeInsee: string,
  annuaire: Annuaire,
  options: { waitMs?: number } = {},
): Promise<Orientation> {
  const known = ml.voisines.filter((voisine) => voisine.communes.includes(codeInsee));
  if (known.length > 0) return { status: "trouve", source: "voisines", missionsLocales: known.map(asOther) };
  const answer = await annuaire.missionLocaleFor(codeInsee, options);
  return answer.status === "trouve"
    ? { status: "trouve", source: "annuaire", missionsLocales: answer.missionsLocales }
    : { status: answer.status, source: "annuaire" };
}
