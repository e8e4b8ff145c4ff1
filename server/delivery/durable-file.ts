/**
 * Crash-safe file writes: temporary file, fsync, rename, fsync of the folder. After a crash the
 * target holds either the old content or the new one, never a mix; a crash before the rename
 * leaves only a temporary file, swept at start; a failed write removes its own at once.
 */
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export const TEMPORARY_PREFIX = ".tmp-";

async function syncFolderNow(folder: string): Promise<void> {
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Per folder: the fsync running, and the one queued behind it that later callers share. */
const folderSyncs = new Map<string, { running?: Promise<void>; queued?: Promise<void> }>();

/**
 * Makes the folder's entries durable: resolves after an fsync of the folder that started after
 * this call. Concurrent callers share fsyncs (group commit): while one runs, every caller that
 * arrives waits for the single next one, which covers all their renames and unlinks.
 */
function fsyncFolder(folder: string): Promise<void> {
  let state = folderSyncs.get(folder);
  if (!state) {
    state = {};
    folderSyncs.set(folder, state);
  }
  const current = state;
  if (current.queued) return current.queued;
  const start = (): Promise<void> => {
    current.queued = undefined;
    const running = syncFolderNow(folder).finally(() => {
      if (current.running === running) current.running = undefined;
    });
    current.running = running;
    return running;
  };
  if (!current.running) return start();
  current.queued = current.running.catch(() => undefined).then(start);
  return current.queued;
}

export async function writeFileDurably(target: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(target);
  const temporary = join(folder, `${TEMPORARY_PREFIX}${randomBytes(6).toString("hex")}-${basename(target)}`);
  const handle = await open(temporary, "wx", 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    // A full or failing disk: the half-written temporary file goes now, not at the next start.
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

export async function removeFileDurably(target: string): Promise<void> {
  await unlink(target);
  await fsyncFolder(dirname(target));
}

export async function moveFileDurably(source: string, target: string): Promise<void> {
  await rename(source, target);
  await fsyncFolder(dirname(target));
  await fsyncFolder(dirname(source));
}
