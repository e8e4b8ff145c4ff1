/**
 * Node entry: reads the environment and the ML config, wires the real dependencies, listens,
 * and shuts down cleanly on SIGTERM/SIGINT.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createApp } from "./app";
import { readSettings, SettingsError } from "./config/env";
import { loadMlConfig, MlConfigError } from "./config/load-ml-config";
import { memoryIdempotencyStore } from "./delivery/idempotency";
import { immediateDelivery } from "./delivery/immediate-delivery";
import { createLogger } from "./log";
import { transportFromSettings } from "./mail/choose-transport";
import { loadCommunesIndex } from "./territory/communes-index";

const logger = createLogger();

function fail(message: string): never {
  process.stderr.write(`ml-preinscription : ${message}\n`);
  process.exit(1);
}

function readWidgetBundle(): string | undefined {
  try {
    return readFileSync(fileURLToPath(new URL("../dist/widget.js", import.meta.url)), "utf8");
  } catch {
    logger.log("warning", { note: "dist/widget.js absent : lancez npm run build" });
    return undefined;
  }
}

function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "inconnu";
  } catch {
    return "inconnu";
  }
}

async function main(): Promise<void> {
  let settings: ReturnType<typeof readSettings>;
  let missionsLocales: ReturnType<typeof loadMlConfig>;
  try {
    settings = readSettings();
    missionsLocales = loadMlConfig(settings.mlConfigPath);
  } catch (error) {
    if (error instanceof SettingsError || error instanceof MlConfigError) fail(error.message);
    throw error;
  }
  for (const note of settings.warnings) {
    logger.log("warning", { note });
    process.stderr.write(`\n⚠️  ${note}\n\n`);
  }

  const transport = transportFromSettings(settings);
  const delivery = immediateDelivery(transport, logger, Date.now);
  const app = createApp({
    missionsLocales,
    communes: loadCommunesIndex(),
    clock: () => new Date(),
    delivery,
    idempotency: memoryIdempotencyStore(settings.spoolKey ?? randomBytes(32), Date.now),
    logger,
    transportName: transport.name,
    rateLimit: settings.rateLimit,
    widgetBundle: readWidgetBundle(),
    demoDir: fileURLToPath(new URL("../demo", import.meta.url)),
    outboxDir: transport.name === "outbox" ? settings.outboxDir : undefined,
    clientIp,
  });

  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
    logger.log("started", { port: info.port, kind: transport.name });
    process.stderr.write(`ml-preinscription : http://${settings.host}:${info.port}/\n`);
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    logger.log("stopping");
    // Stop accepting, let requests in flight finish, close idle keep-alive sockets.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    await closed;
    await delivery.stop();
    await transport.close?.();
    logger.log("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  logger.log("error", { kind: error instanceof Error ? error.name : "inconnu" });
  fail(error instanceof Error ? error.message : String(error));
});
