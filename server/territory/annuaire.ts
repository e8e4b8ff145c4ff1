/**
 * Which Mission Locale is competent for a commune, from the State's "API Annuaire de
 * l'administration" (DILA, Licence Ouverte), Explore API v2.1, in two steps (docs/annuaire.md):
 * 1. `api-lannuaire-administration-locale-competence-geographique`: the record of the commune for
 *    the type `mission_locale`, whose `id_service_local` lists the competent services' ids;
 * 2. `api-lannuaire-administration`: those services by id (name, address, phone, website, email).
 * The directory serves several fields as JSON *strings*, some as real arrays: both are read.
 * One timeout for the whole look-up; answers cached (found and not found alike, bounded, with a
 * time to live); any surprise is "indisponible", never a crash.
 */
import type { OtherMissionLocale } from "../../contract/api-types";
import { parseCompetence, parseService } from "./annuaire-records";

export const ANNUAIRE_DEFAULT_URL = "https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1";
export const COMPETENCE_DATASET = "api-lannuaire-administration-locale-competence-geographique";
export const SERVICES_DATASET = "api-lannuaire-administration";
export const TYPE_MISSION_LOCALE = "mission_locale";

export type AnnuaireAnswer =
  | { status: "trouve"; missionsLocales: OtherMissionLocale[] }
  | { status: "introuvable" }
  | { status: "indisponible" };

export interface Annuaire {
  /**
   * The competent MLs of a commune. `waitMs` caps this call's wait (a registration must not wait
   * for the directory): past it "indisponible", while the look-up goes on to fill the cache.
   */
  missionLocaleFor(codeInsee: string, options?: { waitMs?: number }): Promise<AnnuaireAnswer>;
}

export interface AnnuaireOptions {
  /** Base of the Explore API v2.1 (ANNUAIRE_URL). */
  baseUrl?: string;
  /** For the whole look-up, both steps. */
  timeoutMs?: number;
  /** How long an answer (found or not) is reused. */
  ttlMs?: number;
  /** How long "indisponible" is reused, so an outage is not hammered. */
  unavailableTtlMs?: number;
  /** Communes kept in the cache; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
  /** What went wrong, in words without personal data (for `npm run annuaire` and the log). */
  onSurprise?: (what: string) => void;
}

const INSEE = /^(?:\d{5}|2[AB]\d{3})$/;
/** Ids go into the query: only the characters the directory's ids use. */
const SERVICE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const MAX_SERVICES = 10;

class Surprise extends Error {}

function recordsUrl(baseUrl: string, dataset: string, params: Record<string, string>): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/catalog/datasets/${dataset}/records`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

async function fetchResults(url: URL, signal: AbortSignal): Promise<unknown[]> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    throw new Surprise(
      signal.aborted ? "délai dépassé" : `réseau : ${error instanceof Error ? error.message : "erreur"}${cause}`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new Surprise(`HTTP ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Surprise(signal.aborted ? "délai dépassé" : "réponse qui n'est pas du JSON");
  }
  const results = (body as { results?: unknown } | null)?.results;
  if (typeof (body as { total_count?: unknown } | null)?.total_count !== "number" || !Array.isArray(results)) {
    throw new Surprise("réponse sans total_count ni results");
  }
  return results;
}

export function createAnnuaire(options: AnnuaireOptions = {}): Annuaire {
  const baseUrl = options.baseUrl ?? ANNUAIRE_DEFAULT_URL;
  const timeoutMs = options.timeoutMs ?? 2500;
  const ttl = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const unavailableTtl = options.unavailableTtlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { answer: AnnuaireAnswer; expiresAt: number }>();
  const inFlight = new Map<string, Promise<AnnuaireAnswer>>();

  async function lookUp(codeInsee: string, signal: AbortSignal): Promise<AnnuaireAnswer> {
    const competence = await fetchResults(
      recordsUrl(baseUrl, COMPETENCE_DATASET, {
        where: `code_insee_commune = "${codeInsee}" and code_type_service_local = "${TYPE_MISSION_LOCALE}"`,
        select: "code_insee_commune,code_type_service_local,id_service_local",
        limit: "10",
      }),
      signal,
    );
    const ids = new Set<string>();
    for (const raw of competence) {
      const record = parseCompetence(raw);
      if (!record) throw new Surprise("fiche de compétence inattendue");
      if (record.code_insee_commune !== codeInsee) throw new Surprise("fiche d'une autre commune");
      for (const id of record.ids) {
        if (!SERVICE_ID.test(id)) throw new Surprise("identifiant de service inattendu");
        ids.add(id);
      }
    }
    if (ids.size === 0) return { status: "introuvable" };
    const wanted = [...ids].slice(0, MAX_SERVICES);
    const services = await fetchResults(
      recordsUrl(baseUrl, SERVICES_DATASET, {
        where: `id IN (${wanted.map((id) => `"${id}"`).join(",")})`,
        select: "id,nom,adresse,telephone,site_internet,adresse_courriel",
        limit: String(wanted.length),
      }),
      signal,
    );
    const byId = new Map<string, OtherMissionLocale>();
    let malformed = 0;
    for (const raw of services) {
      const service = parseService(raw);
      if (service && ids.has(service.id)) byId.set(service.id, service.missionLocale);
      else malformed++;
    }
    // In the competence dataset's order; a service it names but can't describe is not "nobody".
    const found = wanted.flatMap((id) => byId.get(id) ?? []);
    if (malformed > 0) options.onSurprise?.(`${malformed} fiche(s) de service inattendue(s)`);
    if (found.length === 0) throw new Surprise("services compétents introuvables dans l'annuaire");
    return { status: "trouve", missionsLocales: found };
  }

  async function answerFor(codeInsee: string): Promise<AnnuaireAnswer> {
    let answer: AnnuaireAnswer;
    try {
      answer = await lookUp(codeInsee, AbortSignal.timeout(timeoutMs));
    } catch (error) {
      options.onSurprise?.(error instanceof Surprise ? error.message : "erreur inattendue");
      answer = { status: "indisponible" };
    }
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value ?? "");
    cache.set(codeInsee, { answer, expiresAt: now() + (answer.status === "indisponible" ? unavailableTtl : ttl) });
    return answer;
  }

  return {
    async missionLocaleFor(codeInsee, { waitMs } = {}) {
      if (!INSEE.test(codeInsee)) return { status: "introuvable" };
      const cached = cache.get(codeInsee);
      if (cached && cached.expiresAt > now()) return cached.answer;
      let pending = inFlight.get(codeInsee);
      if (!pending) {
        pending = answerFor(codeInsee).finally(() => inFlight.delete(codeInsee));
        inFlight.set(codeInsee, pending);
      }
      if (waitMs === undefined || waitMs >= timeoutMs) return pending;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<AnnuaireAnswer>((resolve) => {
        timer = setTimeout(() => resolve({ status: "indisponible" }), waitMs);
        timer.unref();
      });
      return Promise.race([pending, late]).finally(() => clearTimeout(timer));
    },
  };
}
