import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createApp } from "./app";
import { SettingsError } from "./config/env";
import { type FaultLimits, readFaultLimits } from "./config/limits";
import { MlConfigError } from "./config/load-ml-config";
import { type Startup, validateStartup } from "./config/startup";
import { createAlerter } from "./delivery/alerts";
import { type DerivedKeys, deriveKeys, developmentSpoolKey } from "./delivery/keys";
import { createLogger } from "./log";
import { transportFromSettings } from "./mail/choose-transport";
import { projectPath } from "./paths";
import { createRenderPool, type RenderFiche } from "./pdf/render-pool";
import { FolderUnusableError, openFileStorage } from "./storage/files";
import type { Storage } from "./storage/port";
import { createAnnuaire } from "./territory/annuaire";
import { loadCommunesIndex } from "./territory/communes-index";
import { readWidgetFiles, type WidgetFiles } from "./widget-files";

const logger = createLogger();

function fail(message: string): never {
  process.stderr.write(`ml-preinscription : ${message}\n`);
  process.exit(1);
}

function widgetFiles(): WidgetFiles | undefined {
  const files = readWidgetFiles();
  if (!files) logger.log("warning", { note: "dist/widget.js absent : lancez npm run build" });
  return files;
}

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function configure(): Startup & { limits: FaultLimits } {
  try {
    return { ...validateStartup(), limits: readFaultLimits() };
  } catch (error) {
    if (error instanceof SettingsError || error instanceof MlConfigError) fail(error.message);
    throw error;
  }
}

/**
 * Drawing on the request thread (RENDER_THREADS=0): the PDF modules and fonts load right after the
 * server listens (warm()), not before — and not on the first youth's request either.
 */
function inThreadRenderer(): { render: RenderFiche; warm(): Promise<RenderFiche> } {
  let loading: Promise<RenderFiche> | undefined;
  const warm = () => {
    loading ??= Promise.all([import("./pdf/fonts"), import("./pdf/render")]).then(([fonts, module]) => {
      fonts.preloadFonts();
      return module.renderFiche;
    });
    return loading;
  };
  return { render: async (registration, ml) => (await warm())(registration, ml), warm };
}

/** PostgreSQL when DATABASE_URL is set (several instances, one database), else the folders. */
async function openStorage(
  settings: Startup["settings"],
  keys: DerivedKeys,
  missionsLocales: Startup["missionsLocales"],
): Promise<Storage> {
  const common = { keys, missionsLocales, logger, now: Date.now };
  if (settings.databaseUrl !== undefined) {
    const { openPostgresStorage } = await import("./storage/postgres/index");
    return openPostgresStorage({ ...common, url: settings.databaseUrl }).catch((error: { code?: string }) =>
      fail(`DATABASE_URL : base injoignable ou refusée (${error.code ?? "inconnu"})`),
    );
  }
  return openFileStorage({ ...common, spoolDir: settings.spoolDir, dataDir: settings.dataDir }).catch((error) => {
    if (error instanceof FolderUnusableError) fail(error.message);
    throw error;
  });
}

async function main(): Promise<void> {
  const { settings, limits, missionsLocales } = configure();
  for (const note of settings.warnings) {
    logger.log("warning", { note });
    process.stderr.write(`\n⚠️  ${note}\n\n`);
  }
  const byId = new Map(missionsLocales.map((ml) => [ml.id, ml]));
  // PDFs are drawn on worker threads (each parses the fonts once as it starts), or here with
  // RENDER_THREADS=0; either way not on the first youth's request.
  // The PDF modules (pdf-lib, fontkit, the fonts) load here only when this thread draws.
  const renderPool = settings.renderThreads > 0 ? createRenderPool(settings.renderThreads) : undefined;
  const inThread = renderPool ? undefined : inThreadRenderer();
  const renderFiche = renderPool?.render ?? inThread?.render;
  const keys = deriveKeys(settings.spoolKey ?? (await developmentSpoolKey(settings.dataDir)));
  const transport = await transportFromSettings(settings);
  const storage = await openStorage(settings, keys, missionsLocales);
  const alerter = createAlerter({
    transport,
    logger,
    missionsLocales: byId,
    operatorAddress: settings.alertEmail,
    now: Date.now,
  });
  const delivery = storage.delivery({
    transport,
    logger,
    alerter,
    missionsLocales: byId,
    now: Date.now,
    maxPending: limits.spoolMax,
    minFreeBytes: limits.minFreeBytes,
  });
  const { idempotency, stats, adminSessions } = storage;

  const app = createApp({
    missionsLocales,
    communes: loadCommunesIndex(),
    annuaire: createAnnuaire({
      baseUrl: settings.annuaireUrl,
      onSurprise: (what) => logger.log("warning", { kind: "annuaire", note: what }),
    }),
    clock: () => new Date(),
    delivery,
    idempotency,
    logger,
    stats,
    transportName: transport.name,
    rateLimit: settings.rateLimit,
    widget: widgetFiles(),
    demoDir: projectPath("demo"),
    outboxDir: transport.name === "outbox" ? settings.outboxDir : undefined,
    peerAddress,
    trustedProxies: settings.trustedProxies,
    renderFiche,
    duplicates: storage.duplicates,
    adminSessions,
  });

  const server = serve(
    {
      fetch: app.fetch,
      port: settings.port,
      hostname: settings.host,
      // A trickled request never holds a socket for Node's default five minutes.
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
      },
    },
    (info) => {
      logger.log("started", { port: info.port, kind: transport.name, pending: delivery.pending().count });
      process.stderr.write(`ml-preinscription : http://${settings.host}:${info.port}/\n`);
      void inThread?.warm();
    },
  );
  if ("maxConnections" in server) server.maxConnections = limits.maxConnections;

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    logger.log("stopping");
    // Stop accepting, let requests in flight finish, close idle keep-alive sockets.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    await closed;
    await renderPool?.close();
    await delivery.stop();
    await storage.close();
    await transport.close?.();
    logger.log("stopped", { pending: delivery.pending().count });
    process.exit(0);
  };
  // Listened for before the spool is scanned: a large backlog must not make SIGTERM fatal.
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);

  // Pending files from before a restart are tried within seconds.
  await delivery.start();
}

if (process.argv.includes("--check")) {
  // The operator's check (npm run doctor): nothing listens, nothing is sent but a test email.
  const { runDoctor } = await import("./doctor/doctor");
  process.exit(await runDoctor(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)));
}

main().catch((error: unknown) => {
  logger.log("error", { kind: error instanceof Error ? error.name : "inconnu" });
  fail(error instanceof Error ? error.message : String(error));
});
