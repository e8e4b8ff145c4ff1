/**
 * Counters of every ML in memory, written to DATA_DIR/statistiques/<ml>.json with an atomic,
 * fsynced write. Writes are batched (a burst of registrations costs one fsync per ML per
 * `flushDelayMs`) and flushed on shutdown: a crash loses at most that delay of counts, never a
 * registration, since counting happens after the spool write.
 */

import { mkdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import type { BaliseParcours } from "../../contract/api-types";
import { dayIn } from "../../contract/schema/age";
import type { MissionLocale } from "../config/ml-config";
import { writeFileDurably } from "../delivery/durable-file";
import type { Logger } from "../log";
import type { Registration } from "../registration";
import {
  countRegistration,
  countStep,
  dropOldDays,
  emptyCounters,
  type MlCounters,
  registrationFacts,
} from "./counters";
import { parseCounters, serializeCounters } from "./counters-file";

export interface StatsStore {
  /** Counts an accepted registration (never spam, never a 422). */
  recordRegistration(registration: Registration, ml: MissionLocale): void;
  /** Counts a funnel beacon received at `at`. */
  recordStep(ml: MissionLocale, beacon: BaliseParcours, at: Date): void;
  /** A copy of an ML's counters (every instance's, with PostgreSQL). */
  counters(mlId: string): Promise<MlCounters>;
  /** Writes what changed now. */
  flush(): Promise<void>;
  /** Last flush; nothing is written afterwards. */
  close(): Promise<void>;
}

export interface StatsStoreOptions {
  dataDir: string;
  missionsLocales: readonly MissionLocale[];
  logger: Logger;
  clock: () => Date;
  /** Delay between the first change and its write. */
  flushDelayMs?: number;
}

export const STATS_FOLDER = "statistiques";

async function loadOne(folder: string, ml: MissionLocale, logger: Logger, now: Date): Promise<MlCounters> {
  const file = join(folder, `${ml.id}.json`);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return emptyCounters();
  }
  try {
    return parseCounters(text);
  } catch {
    // Kept aside for a human, never silently overwritten; counting starts again.
    await rename(file, `${file}.illisible-${now.getTime()}`).catch(() => undefined);
    logger.log("warning", { ml: ml.id, kind: "stats-file-unreadable" });
    return emptyCounters();
  }
}

export async function openStatsStore(options: StatsStoreOptions): Promise<StatsStore> {
  const folder = join(options.dataDir, STATS_FOLDER);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const byMl = new Map<string, MlCounters>();
  const zones = new Map<string, string>();
  for (const ml of options.missionsLocales) {
    byMl.set(ml.id, await loadOne(folder, ml, options.logger, options.clock()));
    zones.set(ml.id, ml.fuseauHoraire);
  }
  const delay = options.flushDelayMs ?? 2000;
  const dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let closed = false;

  const countersOf = (mlId: string): MlCounters => {
    let counters = byMl.get(mlId);
    if (!counters) {
      counters = emptyCounters();
      byMl.set(mlId, counters);
    }
    return counters;
  };

  const writeDirty = async () => {
    const ids = [...dirty];
    dirty.clear();
    for (const id of ids) {
      const counters = countersOf(id);
      dropOldDays(counters, dayIn(options.clock(), zones.get(id) ?? "Europe/Paris"));
      try {
        await writeFileDurably(join(folder, `${id}.json`), Buffer.from(serializeCounters(counters)));
      } catch (error) {
        dirty.add(id);
        options.logger.log("error", { ml: id, kind: `stats-write-${(error as NodeJS.ErrnoException).code ?? "?"}` });
      }
    }
  };

  // One write at a time; a change during a write is picked up by the next one.
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    writing = writing.then(writeDirty);
    return writing;
  };

  const changed = (mlId: string) => {
    dirty.add(mlId);
    if (closed || timer) return;
    timer = setTimeout(() => void flush(), delay);
    // Shutdown flushes explicitly; a pending write must not keep the process alive.
    timer.unref();
  };

  // Counting must never fail a registration that is already spooled (its client would retry).
  const safely = (mlId: string, count: () => void) => {
    try {
      count();
      changed(mlId);
    } catch (error) {
      options.logger.log("error", { ml: mlId, kind: `stats-count-${(error as Error).name}` });
    }
  };

  return {
    recordRegistration(registration, ml) {
      zones.set(ml.id, ml.fuseauHoraire);
      safely(ml.id, () => countRegistration(countersOf(ml.id), registrationFacts(registration, ml)));
    },
    recordStep(ml, beacon, at) {
      safely(ml.id, () => {
        const duration = beacon.etape === "envoye" ? beacon.dureeMs : undefined;
        countStep(countersOf(ml.id), dayIn(at, ml.fuseauHoraire), beacon.etape, duration);
      });
    },
    counters: async (mlId) => structuredClone(countersOf(mlId)),
    flush,
    async close() {
      closed = true;
      await flush();
    },
  };
}
