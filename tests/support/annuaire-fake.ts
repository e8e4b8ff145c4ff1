/**
 * A local HTTP fake of the State's "API Annuaire de l'administration" (Opendatasoft Explore API
 * v2.1), answering both datasets the adapter asks, in the published shape: `{total_count,
 * results}`, ODSQL `where`, `select` and `limit` parameters, JSON fields served as strings (or as
 * real arrays, as some records do). Only the `where` forms the adapter uses are understood; any
 * other gets the 400 Opendatasoft answers to a bad query.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const COMPETENCE_PATH =
  "/api/explore/v2.1/catalog/datasets/api-lannuaire-administration-locale-competence-geographique/records";
export const SERVICES_PATH = "/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records";

export interface FakeService {
  id: string;
  nom: string;
  numeroVoie: string;
  codePostal: string;
  commune: string;
  telephone: string;
  siteWeb?: string;
  email?: string;
  /** The INSEE codes of the communes it is competent for. */
  competence: string[];
  /** Serve JSON fields as real arrays instead of JSON strings. */
  vraisTableaux?: boolean;
  /** A record of another shape (no name, address that is not JSON). */
  malforme?: boolean;
}

export type AnnuaireMode = "ok" | "lent" | "json-casse" | "erreur" | "forme-inattendue";

export interface AnnuaireFake {
  /** The Explore API v2.1 base, as ANNUAIRE_URL. */
  url: string;
  requests: URL[];
  mode: AnnuaireMode;
  close(): Promise<void>;
}

function serviceRecord(service: FakeService): Record<string, unknown> {
  const encode = (value: unknown) => (service.vraisTableaux ? value : JSON.stringify(value));
  if (service.malforme) {
    return { id: service.id, nom: null, adresse: "[{type_adresse: Adresse", telephone: 42 };
  }
  return {
    id: service.id,
    nom: service.nom,
    adresse: encode([
      {
        type_adresse: "Adresse postale",
        numero_voie: "BP 99999",
        code_postal: service.codePostal,
        nom_commune: `${service.commune} Cedex`,
      },
      {
        type_adresse: "Adresse",
        numero_voie: service.numeroVoie,
        complement1: "",
        complement2: "",
        code_postal: service.codePostal,
        nom_commune: service.commune,
        longitude: "3.06",
        latitude: "50.63",
      },
    ]),
    telephone: encode([{ valeur: service.telephone, description: "Accueil" }]),
    adresse_courriel: service.email ?? null,
    site_internet: service.siteWeb ? encode([{ libelle: "Site", valeur: service.siteWeb }]) : null,
    plage_ouverture: encode([]),
    // The codes of the service's own commune, not of the communes it serves.
    pivot: encode([{ type_service_local: "mission_locale", code_insee_commune: ["00000"] }]),
  };
}

function competenceRecords(codeInsee: string, type: string, services: FakeService[]): Record<string, unknown>[] {
  const competent = services.filter((service) => service.competence.includes(codeInsee));
  if (competent.length === 0) return [];
  const ids = competent.map((service) => service.id);
  const asArray = competent.some((service) => service.vraisTableaux);
  return [
    {
      code_insee_commune: codeInsee,
      nom_commune: `Commune ${codeInsee}`,
      code_type_service_local: type,
      id_service_local: asArray ? ids : JSON.stringify(ids),
    },
  ];
}

/** Keeps the fields `select` names, as Opendatasoft does. */
function selected(record: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return record;
  const names = select.split(",").map((name) => name.trim());
  return Object.fromEntries(Object.entries(record).filter(([name]) => names.includes(name)));
}

export async function startAnnuaireFake(services: FakeService[]): Promise<AnnuaireFake> {
  const requests: URL[] = [];
  const state: { mode: AnnuaireMode } = { mode: "ok" };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(url);
    const send = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(body);
    };
    if (state.mode === "lent") {
      return void setTimeout(() => send(200, '{"total_count":0,"results":[]}'), 10_000).unref();
    }
    if (state.mode === "erreur") return send(503, '{"error_code":"ServiceUnavailable"}');
    if (state.mode === "json-casse") return send(200, '{"total_count": 1, "results": [');
    if (state.mode === "forme-inattendue") return send(200, JSON.stringify({ records: [{ oups: true }] }));

    const where = url.searchParams.get("where") ?? "";
    const limit = Number(url.searchParams.get("limit") ?? "10");
    let records: Record<string, unknown>[];
    const competence = /^code_insee_commune = "([0-9AB]{5})" and code_type_service_local = "([a-z_]+)"$/.exec(where);
    const byId = /^id IN \(((?:"[^"]+",?)+)\)$/.exec(where);
    if (url.pathname === COMPETENCE_PATH && competence?.[1] && competence[2]) {
      records = competenceRecords(competence[1], competence[2], services);
    } else if (url.pathname === SERVICES_PATH && byId?.[1]) {
      const ids = [...byId[1].matchAll(/"([^"]+)"/g)].map((match) => match[1]);
      records = services.filter((service) => ids.includes(service.id)).map(serviceRecord);
    } else if (url.pathname === COMPETENCE_PATH || url.pathname === SERVICES_PATH) {
      return send(400, JSON.stringify({ error_code: "ODSQLError", message: `requête non comprise : ${where}` }));
    } else {
      return send(404, JSON.stringify({ error_code: "NotFound" }));
    }
    const results = records.slice(0, limit).map((record) => selected(record, url.searchParams.get("select")));
    send(200, JSON.stringify({ total_count: records.length, results }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/explore/v2.1`,
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

/**
 * Fictitious services: Lille's ML, office in Lille, competent for Lille (59350) and
 * Villeneuve-d'Ascq (59009, no office there); two services competent for Valenciennes (59606),
 * one served as real arrays; a malformed record for Maubeuge (59392).
 */
export const LILLE_FICTIVE: FakeService = {
  id: "fake-ml-lille",
  nom: "Mission Locale de Lille (fictive)",
  competence: ["59350", "59009"],
  numeroVoie: "1 place de l'Exemple",
  codePostal: "59000",
  commune: "Lille",
  telephone: "01 99 00 11 22",
  siteWeb: "https://ml-lille.example.org",
  email: "contact@ml-lille.example.org",
};

export const VALENCIENNES_FICTIVES: FakeService[] = [
  {
    id: "fake-ml-valenciennes",
    nom: "Mission Locale du Valenciennois (fictive)",
    competence: ["59606"],
    numeroVoie: "2 rue de l'Exemple",
    codePostal: "59300",
    commune: "Valenciennes",
    telephone: "01 99 00 11 33",
  },
  {
    id: "fake-ml-valenciennes-antenne",
    nom: "Antenne jeunesse du Valenciennois (fictive)",
    competence: ["59606"],
    numeroVoie: "3 rue de l'Exemple",
    codePostal: "59300",
    commune: "Valenciennes",
    telephone: "01 99 00 11 44",
    email: "antenne@ml-valenciennes.example.org; direction@ml-valenciennes.example.org",
    vraisTableaux: true,
  },
];

export const MALFORMEE: FakeService = {
  id: "fake-ml-malformee",
  nom: "",
  competence: ["59392"],
  numeroVoie: "",
  codePostal: "59600",
  commune: "Maubeuge",
  telephone: "",
  malforme: true,
};

export const ALL_FAKE_SERVICES: FakeService[] = [LILLE_FICTIVE, ...VALENCIENNES_FICTIVES, MALFORMEE];
