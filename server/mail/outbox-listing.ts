/** The development outbox's files, for /outbox (without loading nodemailer). */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export interface OutboxEntry {
  file: string;
  size: number;
  modified: Date;
}

/** Newest first. */
export async function listOutbox(dir: string): Promise<OutboxEntry[]> {
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
