import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Hono } from "hono";
import { createApp } from "../../server/app";
import type { MissionLocale } from "../../server/config/ml-config";
import { createAlerter } from "../../server/delivery/alerts";
import { memoryIdempotencyStore } from "../../server/delivery/idempotency";
import { openSpool } from "../../server/delivery/spool";
import { createDeliveryWorker, type DeliveryWorker } from "../../server/delivery/worker";
import { openDuplicateMemory } from "../../server/duplicates";
import { memoryLogger } from "../../server/log";
import type { MailTransport, OutgoingMail, SendOutcome } from "../../server/mail/types";
import { parseTrustedProxies } from "../../server/middleware/client-address";
import { openStatsStore, type StatsStore } from "../../server/stats/store";
import { createAnnuaire } from "../../server/territory/annuaire";
import { type CommunesIndex, loadCommunesIndex } from "../../server/territory/communes-index";
import type { WidgetFiles } from "../../server/widget-files";
import { demoMissionsLocales } from "./demo-config";
import { openTestStorage, type StorageKind, type TestStorage } from "./storage";

let communes: CommunesIndex | undefined;
/** The official list is parsed once per test file. */
export function sharedCommunes(): CommunesIndex {
  communes ??= loadCommunesIndex();
  return communes;
}

/** Stands in for the mail provider (outside the project): keeps what it was handed. */
export function recordingTransport(): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    name: "resend",
    sent,
    async send(mail): Promise<SendOutcome> {
      sent.push(mail);
      return { ok: true, providerId: `rec-${sent.length}` };
    },
  };
}

export interface TestAppOptions {
  transport?: MailTransport;
  now?: () => Date;
  rateLimit?: number;
  missionsLocales?: MissionLocale[];
  widget?: WidgetFiles;
  /** The socket peer the app sees (default 192.0.2.10); a function to change it between requests. */
  peerAddress?: string | (() => string);
  /** TRUST_PROXY, as in the environment (default: none). */
  trustProxy?: string;
  /** The directory's URL (a local fake); by default an address where nothing answers. */
  annuaireUrl?: string;
  /** Where the statistics counters live (default: a fresh temporary folder). */
  dataDir?: string;
  /**
   * "postgres": everything kept goes to a database of this file's throwaway cluster (a fresh one,
   * or `databaseUrl`'s); default: the folders, with the idempotency index in memory.
   */
  storage?: StorageKind;
  databaseUrl?: string;
}

export interface TestApp {
  app: Hono;
  delivery: DeliveryWorker;
  spoolDir: string;
  logger: ReturnType<typeof memoryLogger>;
  transport: MailTransport;
  stats: StatsStore;
  dataDir: string;
  /** The PostgreSQL storage, when the app runs on it. */
  storage?: TestStorage;
}

/** 10:00 in Roubaix on Tuesday 24 November 2026. */
export const TEST_NOW = new Date("2026-11-24T09:00:00Z");

/** The app with the real spool and delivery worker (in a temporary folder) and a fixed clock. */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const logger = memoryLogger();
  const transport = options.transport ?? recordingTransport();
  const now = options.now ?? (() => TEST_NOW);
  const missionsLocales = options.missionsLocales ?? demoMissionsLocales();
  const byId = new Map(missionsLocales.map((ml) => [ml.id, ml]));
  const spoolDir = join(await mkdtemp(join(tmpdir(), "ml-test-")), "spool");
  const alerter = createAlerter({ transport, logger, missionsLocales: byId, now: Date.now });
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "ml-test-data-")));
  const storage =
    options.storage === "postgres"
      ? await openTestStorage("postgres", {
          missionsLocales,
          logger,
          now: () => now().getTime(),
          databaseUrl: options.databaseUrl,
          spoolDir,
          dataDir,
        })
      : undefined;
  const worker = { transport, logger, alerter, missionsLocales: byId, now: Date.now, minSendIntervalMs: 0 };
  const delivery = storage
    ? storage.delivery(worker)
    : createDeliveryWorker({ ...worker, spool: await openSpool(spoolDir, randomBytes(32)) });
  await delivery.start();
  const stats = storage?.stats ?? (await openStatsStore({ dataDir, missionsLocales, logger, clock: now }));
  const app = createApp({
    missionsLocales,
    communes: sharedCommunes(),
    annuaire: createAnnuaire({ baseUrl: options.annuaireUrl ?? "http://127.0.0.1:9/annuaire-absent", timeoutMs: 500 }),
    clock: now,
    delivery,
    idempotency: storage?.idempotency ?? memoryIdempotencyStore(randomBytes(32), () => now().getTime()),
    logger,
    stats,
    transportName: transport.name,
    rateLimit: options.rateLimit ?? 0,
    widget: options.widget ?? {
      main: "export {};\n",
      chunks: new Map([["later-abc123.js", "export const later = 1;\n"]]),
    },
    demoDir: fileURLToPath(new URL("../../demo", import.meta.url)),
    peerAddress: () =>
      typeof options.peerAddress === "function" ? options.peerAddress() : (options.peerAddress ?? "192.0.2.10"),
    trustedProxies: parseTrustedProxies(options.trustProxy),
    duplicates: storage?.duplicates ?? openDuplicateMemory({ dataDir, key: randomBytes(32) }),
    ...(storage ? { adminSessions: storage.adminSessions } : {}),
  });
  return { app, delivery, spoolDir, logger, transport, stats, dataDir, ...(storage ? { storage } : {}) };
}

export const TEST_ORIGIN = "http://localhost:8787";

/** Waits until the worker has nothing pending, then stops it. */
export async function drained(setup: TestApp): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (setup.delivery.pending().count > 0) {
    if (Date.now() > deadline) throw new Error("livraisons encore en attente");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await setup.delivery.stop();
}

/** A POST as the widget sends it from the demo page. */
export async function postRegistration(
  app: Hono,
  body: unknown,
  init: { key?: string; origin?: string | null; contentType?: string; ml?: string; language?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    "Content-Type": init.contentType ?? "application/json",
    "Idempotency-Key": init.key ?? randomUUID(),
  };
  if (init.language) headers["Content-Language"] = init.language;
  if (init.origin !== null) headers.Origin = init.origin ?? TEST_ORIGIN;
  return app.request(`http://localhost:8787/api/v1/ml/${init.ml ?? "roubaix"}/preinscriptions`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
