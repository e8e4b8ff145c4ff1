/** The development outbox's files, for /outbox (without loading nodemailer). */
import { readdir, stat, unlink } from "node:fs/promises";
import { join } from "node:path";

export interface OutboxEntry {
  file: string;
  size: number;
  modified: Date;
}

/** Development mail is kept a day at most (README.md, "what is kept where"). */
export const OUTBOX_KEEP_MS = 24 * 60 * 60 * 1000;

/** Removes .eml files older than a day. */
export async function purgeOutbox(dir: string, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith(".eml")) continue;
    const file = join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > OUTBOX_KEEP_MS) await unlink(file).catch(() => undefined);
  }
}

/** Newest first; what is older than a day is purged first. */
export async function listOutbox(dir: string): Promise<OutboxEntry[]> {
  await purgeOutbox(dir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".eml"));
  } catch {
    return [];
  }
  const entries = await Promise.all(
    names.map(async (file) => {
      const info = await stat(join(dir, file));
      return { file, size: info.size, modified: info.mtime };
    }),
  );
  return entries.sort((a, b) => b.modified.getTime() - a.modified.getTime());
}
