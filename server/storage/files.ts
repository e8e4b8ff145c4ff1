/**
 * The file adapter (default): the spool in SPOOL_DIR, the idempotency index, the duplicate
 * memory, the counters and the admin session generations in DATA_DIR. One instance per pair of
 * folders: nothing here coordinates with another process.
 */
import { openSessionGenerations } from "../admin/session-generations";
import type { MissionLocale } from "../config/ml-config";
import { openIdempotencyStore } from "../delivery/idempotency";
import type { DerivedKeys } from "../delivery/keys";
import { openSpool } from "../delivery/spool";
import { createDeliveryWorker } from "../delivery/worker";
import { openDuplicateMemory } from "../duplicates";
import type { Logger } from "../log";
import { openStatsStore } from "../stats/store";
import type { Storage } from "./port";

export interface FileStorageOptions {
  spoolDir: string;
  dataDir: string;
  keys: DerivedKeys;
  missionsLocales: readonly MissionLocale[];
  logger: Logger;
  now: () => number;
}

/** Rejects with the folder that could not be opened (SPOOL_DIR or DATA_DIR) and its error code. */
export class FolderUnusableError extends Error {
  override name = "FolderUnusableError";
}

export async function openFileStorage(options: FileStorageOptions): Promise<Storage> {
  const { spoolDir, dataDir, keys, missionsLocales, logger, now } = options;
  const spool = await openSpool(spoolDir, keys.spool).catch((error: NodeJS.ErrnoException) => {
    throw new FolderUnusableError(`SPOOL_DIR ${spoolDir} inutilisable (${error.code})`);
  });
  // DATA_DIR failing after the message was spooled: the 202 stands (README.md, "Guarantees").
  const idempotency = await openIdempotencyStore(keys.idempotency, now, dataDir, (error) =>
    logger.log("index_unwritable", { kind: (error as NodeJS.ErrnoException).code ?? "inconnu" }),
  );
  const adminSessions = await openSessionGenerations(dataDir);
  const stats = await openStatsStore({ dataDir, missionsLocales, logger, clock: () => new Date(now()) });
  return {
    kind: "fichiers",
    delivery: (worker) => createDeliveryWorker({ ...worker, spool, otherFolders: [dataDir] }),
    idempotency,
    duplicates: openDuplicateMemory({ dataDir, key: keys.doublons }),
    stats,
    adminSessions,
    async close() {
      await idempotency.close();
      await stats.close();
    },
  };
}
