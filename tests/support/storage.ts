/**
 * The two storage adapters for suites that test the store's behaviour on both: the folders
 * (default) and PostgreSQL on a throwaway cluster (tests/support/postgres.ts), one cluster per
 * test file, started on first use, a fresh database per store.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { MissionLocale } from "../../server/config/ml-config";
import { type DerivedKeys, deriveKeys } from "../../server/delivery/keys";
import type { Logger } from "../../server/log";
import type { OutgoingMail } from "../../server/mail/types";
import { openFileStorage } from "../../server/storage/files";
import type { Storage } from "../../server/storage/port";
import type { Sql } from "../../server/storage/postgres/connect";
import { openPostgresStorage } from "../../server/storage/postgres/index";
import { type PostgresCluster, startPostgres } from "./postgres";

export type StorageKind = "files" | "postgres";
export const STORAGE_KINDS: readonly StorageKind[] = ["files", "postgres"];

let cluster: Promise<PostgresCluster> | undefined;
let databases = 0;

/** This test file's cluster, started on first use and stopped after the file. */
export function sharedCluster(): Promise<PostgresCluster> {
  cluster ??= startPostgres();
  return cluster;
}

afterAll(async () => {
  const running = cluster;
  cluster = undefined;
  if (running) await (await running).stop();
});

/** An empty database of this file's cluster. */
export async function freshDatabase(): Promise<string> {
  databases++;
  return (await sharedCluster()).createDatabase(`t${process.pid}_${databases}`);
}

export interface TestStorageOptions {
  missionsLocales: readonly MissionLocale[];
  logger: Logger;
  now: () => number;
  keys?: DerivedKeys;
  /** PostgreSQL: this database (another instance's) instead of a fresh one. */
  databaseUrl?: string;
  /** Files: these folders instead of fresh ones. */
  spoolDir?: string;
  dataDir?: string;
}

export type TestStorage = Storage & { spoolDir: string; dataDir: string; databaseUrl?: string; sql?: Sql };

export async function openTestStorage(kind: StorageKind, options: TestStorageOptions): Promise<TestStorage> {
  const keys = options.keys ?? deriveKeys(randomBytes(32));
  const spoolDir = options.spoolDir ?? join(await mkdtemp(join(tmpdir(), "ml-test-")), "spool");
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "ml-test-data-")));
  const common = { keys, missionsLocales: options.missionsLocales, logger: options.logger, now: options.now };
  if (kind === "files")
    return Object.assign(await openFileStorage({ ...common, spoolDir, dataDir }), { spoolDir, dataDir });
  const databaseUrl = options.databaseUrl ?? (await freshDatabase());
  const storage = await openPostgresStorage({ ...common, url: databaseUrl, leaseMs: 1500, pollMs: 50 });
  return Object.assign(storage, { spoolDir, dataDir, databaseUrl });
}

/** A registration's mail as the stores and workers keep it: fictitious text, a four-byte "PDF". */
export function testMail(reference: string): OutgoingMail {
  return {
    reference,
    mlId: "roubaix",
    kind: "registration",
    from: "ne-pas-repondre@ml.example.org",
    to: ["preinscriptions@ml.example.org"],
    subject: `Pré-inscription ${reference}`,
    text: "Camille Exemplaire",
    attachments: [{ filename: "a.pdf", contentType: "application/pdf", content: new Uint8Array([37, 80, 68, 70]) }],
  };
}
