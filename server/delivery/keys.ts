/**
 * Keys derived from SPOOL_KEY: the spool's encryption key and the secrets of the idempotency
 * index's and the duplicate memory's keyed hashes (HKDF, so one secret to generate and rotate). In development without
 * SPOOL_KEY, a key is generated once and kept in DATA_DIR so a restart can still open the spool.
 */
import { hkdfSync, randomBytes } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileDurably } from "./durable-file";

export interface DerivedKeys {
  spool: Buffer;
  idempotency: Buffer;
  /** Probable duplicates (server/duplicates.ts). */
  doublons: Buffer;
}

export function deriveKeys(spoolKey: Uint8Array): DerivedKeys {
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", spoolKey, new Uint8Array(0), info, 32));
  return {
    spool: derive("ml-preinscription spool v1"),
    idempotency: derive("ml-preinscription idempotency v1"),
    doublons: derive("ml-preinscription doublons v1"),
  };
}

export async function developmentSpoolKey(dataDir: string): Promise<Buffer> {
  const file = join(dataDir, "dev-spool-key");
  const existing = await readFile(file, "utf8").catch(() => undefined);
  if (existing) return Buffer.from(existing.trim(), "base64");
  const key = randomBytes(32);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFileDurably(file, Buffer.from(`${key.toString("base64")}\n`));
  return key;
}
