/**
 * Logging out ends the session on the server: each ML has a session generation, part of every
 * session cookie's HMAC; logout moves it on, so every cookie issued before no longer matches.
 * Kept in DATA_DIR (a counter per ML, nothing personal) so a restart doesn't bring them back.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileDurably } from "../delivery/durable-file";

export interface SessionGenerations {
  current(mlId: string): Promise<number>;
  /** Ends every session of the ML issued so far. */
  revoke(mlId: string): Promise<void>;
}

export function memorySessionGenerations(): SessionGenerations {
  const generations = new Map<string, number>();
  return {
    current: async (mlId) => generations.get(mlId) ?? 0,
    async revoke(mlId) {
      generations.set(mlId, (generations.get(mlId) ?? 0) + 1);
    },
  };
}

export async function openSessionGenerations(dataDir: string): Promise<SessionGenerations> {
  const file = join(dataDir, "sessions-admin.json");
  const saved = await readFile(file, "utf8")
    .then((text) => JSON.parse(text) as Record<string, number>)
    .catch(() => ({}) as Record<string, number>);
  const generations = new Map(
    Object.entries(saved).filter((entry): entry is [string, number] => Number.isInteger(entry[1])),
  );
  return {
    current: async (mlId) => generations.get(mlId) ?? 0,
    async revoke(mlId) {
      generations.set(mlId, (generations.get(mlId) ?? 0) + 1);
      // Written durably; if DATA_DIR fails the revocation still holds until the next restart.
      await writeFileDurably(file, Buffer.from(JSON.stringify(Object.fromEntries(generations)))).catch(() => undefined);
    },
  };
}
