/**
 * A local HTTP fake of the State's "API Annuaire de l'administration" records endpoint
 * (Opendatasoft explore v2.1): `{total_count, results}` with `adresse`, `telephone`,
 * `site_internet` and `pivot` as JSON strings, as the real dataset serves them.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeMissionLocale {
  nom: string;
  communes: string[];
  numeroVoie: string;
  codePostal: string;
  commune: string;
  telephone: string;
  siteWeb?: string;
  email?: string;
}

export type AnnuaireMode = "ok" | "lent" | "json-casse" | "erreur" | "forme-inattendue";

export interface AnnuaireFake {
  url: string;
  requests: URL[];
  mode: AnnuaireMode;
  close(): Promise<void>;
}

function toRecord(ml: FakeMissionLocale, index: number) {
  return {
    id: `fake-${index}`,
    nom: ml.nom,
    adresse: JSON.stringify([
      { type_adresse: "Adresse", numero_voie: ml.numeroVoie, code_postal: ml.codePostal, nom_commune: ml.commune },
    ]),
    telephone: JSON.stringify([{ valeur: ml.telephone, description: "" }]),
    adresse_courriel: ml.email ?? null,
    site_internet: ml.siteWeb ? JSON.stringify([{ valeur: ml.siteWeb }]) : null,
    plage_ouverture: JSON.stringify([]),
    pivot: JSON.stringify([
      { type_service_local: "mission_locale", code_insee_commune: ml.communes },
      { type_service_local: "autre_service", code_insee_commune: ["00000"] },
    ]),
  };
}

export async function startAnnuaireFake(missionsLocales: FakeMissionLocale[]): Promise<AnnuaireFake> {
  const requests: URL[] = [];
  const state: { mode: AnnuaireMode } = { mode: "ok" };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(url);
    const send = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(body);
    };
    if (state.mode === "lent")
      return void setTimeout(() => send(200, '{"total_count":0,"results":[]}'), 10_000).unref();
    if (state.mode === "erreur") return send(503, '{"error_code":"ServiceUnavailable"}');
    if (state.mode === "json-casse") return send(200, '{"total_count": 1, "results": [');
    const where = url.searchParams.get("where") ?? "";
    const insee = /\b(\d{5}|2[AB]\d{3})\b/.exec(where)?.[1];
    const found = missionsLocales.map(toRecord).filter((_, i) => insee && missionsLocales[i]?.communes.includes(insee));
    if (state.mode === "forme-inattendue") {
      return send(200, JSON.stringify({ total_count: 1, results: [{ nom: "X", pivot: [{ oups: true }] }] }));
    }
    send(200, JSON.stringify({ total_count: found.length, results: found }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records`,
    requests,
    get mode() {
      return state.mode;
    },
    set mode(mode: AnnuaireMode) {
      state.mode = mode;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Fictitious neighbours of the demo ML, for tests and the demo. */
export const LILLE_FICTIVE: FakeMissionLocale = {
  nom: "Mission Locale de Lille (fictive)",
  communes: ["59350", "59009"],
  numeroVoie: "1 place de l'Exemple",
  codePostal: "59000",
  commune: "Lille",
  telephone: "01 99 00 11 22",
  siteWeb: "https://ml-lille.example.org",
  email: "contact@ml-lille.example.org",
};
