/**
 * Probable duplicates (an ML's `doublons.joursMemoire`, off by default): for that many days the
 * server keeps, per registration, a keyed hash (HMAC-SHA-256, key derived from SPOOL_KEY) of the
 * normalised birth name, first name and birth date, with the reference and the day received, so
 * that a second registration of the same youth says « DOUBLON PROBABLE — déjà reçu le 28/11
 * (PI-…) ». No name, no date of birth, nothing else: without the key the hashes say nothing, and
 * they go after the window. Off, nothing is read or written. README.md, "Ce qui est gardé où".
 */
import { createHmac } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod/mini";
import { imiloForm } from "../contract/schema/text-rules";
import type { MissionLocale } from "./config/ml-config";
import { writeFileDurably } from "./delivery/durable-file";

export const DUPLICATES_FOLDER = "doublons";
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DuplicateMatch {
  /** When the earlier registration was received. */
  recuLe: Date;
  reference: string;
}

export interface Identity {
  nomNaissance: string;
  prenom: string;
  /** YYYY-MM-DD */
  dateNaissance: string;
}

type MemoryFacts = Pick<MissionLocale, "id" | "doublons">;

export interface DuplicateMemory {
  /** The latest earlier registration of the same youth within the ML's window, if the ML keeps any. */
  find(ml: MemoryFacts, identity: Identity, at: Date): Promise<DuplicateMatch | undefined>;
  /** Keeps this registration's hash (nothing if the ML keeps none). */
  remember(ml: MemoryFacts, identity: Identity, reference: string, at: Date): Promise<void>;
}

/** Case, accents, spaces, hyphens and apostrophes ignored: "Lætitia N'Diaye" = "laetitia ndiaye". */
export function normalisedName(name: string): string {
  return imiloForm(name)
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015'’]/gu, "");
}

export function identityHash(key: Uint8Array, mlId: string, identity: Identity): string {
  const material = [
    mlId,
    normalisedName(identity.nomNaissance),
    normalisedName(identity.prenom),
    identity.dateNaissance,
  ];
  return createHmac("sha256", key).update(material.join("\u0000")).digest("base64url");
}

const fileSchema = z.object({
  version: z.literal(1),
  entrees: z.array(z.object({ empreinte: z.string(), recuLe: z.number(), reference: z.string() })),
});
type Entry = z.output<typeof fileSchema>["entrees"][number];

/** The file-backed memory in DATA_DIR/doublons/<ml>.json, one file per ML that keeps hashes. */
export function openDuplicateMemory(options: { dataDir: string; key: Uint8Array }): DuplicateMemory {
  const folder = join(options.dataDir, DUPLICATES_FOLDER);
  const entries = new Map<string, Promise<Entry[]>>();
  const writes = new Map<string, Promise<void>>();

  const fileOf = (mlId: string) => join(folder, `${mlId}.json`);

  function load(mlId: string): Promise<Entry[]> {
    let loaded = entries.get(mlId);
    if (!loaded) {
      loaded = readFile(fileOf(mlId), "utf8").then(
        (text) => {
          try {
            const parsed = fileSchema.safeParse(JSON.parse(text));
            return parsed.success ? parsed.data.entrees : [];
          } catch {
            return [];
          }
        },
        () => [],
      );
      entries.set(mlId, loaded);
    }
    return loaded;
  }

  const windowStart = (ml: MemoryFacts, at: Date) => at.getTime() - ml.doublons.joursMemoire * DAY_MS;

  return {
    async find(ml, identity, at) {
      if (ml.doublons.joursMemoire <= 0) return undefined;
      const hash = identityHash(options.key, ml.id, identity);
      const since = windowStart(ml, at);
      const match = (await load(ml.id)).findLast((entry) => entry.empreinte === hash && entry.recuLe >= since);
      return match ? { recuLe: new Date(match.recuLe), reference: match.reference } : undefined;
    },
    async remember(ml, identity, reference, at) {
      if (ml.doublons.joursMemoire <= 0) return;
      const list = await load(ml.id);
      const since = windowStart(ml, at);
      const kept = list.filter((entry) => entry.recuLe >= since);
      kept.push({ empreinte: identityHash(options.key, ml.id, identity), recuLe: at.getTime(), reference });
      list.splice(0, list.length, ...kept);
      // One write at a time per file; each writes the whole (short) list.
      const previous = writes.get(ml.id) ?? Promise.resolve();
      const write = previous
        .catch(() => undefined)
        .then(async () => {
          await mkdir(folder, { recursive: true, mode: 0o700 });
          const body = JSON.stringify({ version: 1, entrees: list } satisfies z.input<typeof fileSchema>);
          await writeFileDurably(fileOf(ml.id), new TextEncoder().encode(body));
        });
      writes.set(ml.id, write);
      await write;
    },
  };
}
