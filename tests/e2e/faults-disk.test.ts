/**
 * Full or failing disks and a full queue, against the real server process with SPOOL_DIR and
 * DATA_DIR on small tmpfs mounts: a 5xx means nothing was accepted and nothing will be sent; a
 * message in the spool gets a 202 and is delivered once; /healthz tells the truth.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readdir } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { type ServerProcess, startServer } from "../support/server-process";
import { logEvents, register, waitFor, workspace } from "./durable-support";
import { fillUp, smallDisk } from "./small-disk";

const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer({ env });
  servers.push(server);
  return server;
}

async function disk(sizeKb: number): Promise<string> {
  const mounted = await smallDisk(sizeKb);
  cleanups.push(mounted.release);
  return mounted.dir;
}

afterEach(async () => {
  for (const server of servers.splice(0)) await server.kill();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const eventsOf = (server: ServerProcess, event: string, reference?: string) =>
  logEvents(server).filter((e) => e.event === event && (reference === undefined || e.reference === reference));

/** The widget's own HTTP client, sending the Origin a browser on the server's demo page would. */
async function widgetClient(server: ServerProcess) {
  const { ApiClient } = await import("../../widget/api");
  const realFetch = globalThis.fetch;
  const withOrigin: typeof fetch = (input, init) =>
    realFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: server.url } });
  globalThis.fetch = withOrigin;
  cleanups.push(async () => {
    globalThis.fetch = realFetch;
  });
  return new ApiClient(server.url, "roubaix");
}

async function health(server: ServerProcess): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("full or failing disks", () => {
  it("DATA_DIR full: the same key three times gets the same 202, one message, counted and delivered once", async () => {
    const ws = await workspace({ MAIL_TRANSPORT: "outbox", DISK_FREE_MIN_MB: "0" });
    const dataDir = await disk(1024);
    const server = await start({ ...ws.env, DATA_DIR: dataDir });
    const filler = await fillUp(dataDir);
    cleanups.push(filler.release);

    const key = randomUUID();
    const answers = [await register(server, undefined, key), await register(server, undefined, key)];
    answers.push(await register(server, undefined, key));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    const reference = answers[0]?.body.reference;
    expect(answers.map((a) => a.body.reference)).toEqual([reference, reference, reference]);

    await waitFor(() => eventsOf(server, "delivered", reference).length >= 1, 20_000, "livraison");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(eventsOf(server, "received", reference)).toHaveLength(1);
    expect(eventsOf(server, "delivered", reference)).toHaveLength(1);
    expect(eventsOf(server, "index_unwritable").length).toBeGreaterThan(0);
  }, 60_000);

  it("SPOOL_DIR full: 503 with nothing kept, sent or counted; once there is room the same key goes through once", async () => {
    const ws = await workspace({ MAIL_TRANSPORT: "outbox", DISK_FREE_MIN_MB: "0" });
    const spoolDir = await disk(1024);
    const server = await start({ ...ws.env, SPOOL_DIR: spoolDir });
    const filler = await fillUp(spoolDir);

    const key = randomUUID();
    const refused = await fetch(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": key, Origin: server.url },
      body: JSON.stringify(validPayload()),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("Retry-After")).toMatch(/^\d+$/);
    const body = (await refused.json()) as { erreur: string; code: string };
    expect(body.code).toBe("enregistrement-impossible");
    expect(body.erreur).toContain("n'a pas été enregistrée");
    // No half-written temporary file waits for a restart.
    expect((await readdir(spoolDir)).filter((name) => name.startsWith(".tmp-"))).toEqual([]);
    expect(eventsOf(server, "received")).toEqual([]);

    await filler.release();
    const accepted = await register(server, undefined, key);
    expect(accepted.status).toBe(202);
    await waitFor(() => eventsOf(server, "delivered", accepted.body.reference).length >= 1, 20_000, "livraison");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(eventsOf(server, "received", accepted.body.reference)).toHaveLength(1);
    expect(eventsOf(server, "delivered", accepted.body.reference)).toHaveLength(1);
  }, 60_000);

  it("/healthz writes a real probe and reads the free space: 503 below the margin and on a full disk, 200 again after", async () => {
    const ws = await workspace({ MAIL_TRANSPORT: "outbox", DISK_FREE_MIN_MB: "2" });
    const spoolDir = await disk(6 * 1024);
    const dataDir = await disk(6 * 1024);
    const server = await start({ ...ws.env, SPOOL_DIR: spoolDir, DATA_DIR: dataDir });
    expect((await health(server)).status).toBe(200);

    // 1 MB left in DATA_DIR: below the 2 MB margin.
    const partly = await fillUp(dataDir, 1024 * 1024);
    await waitFor(async () => (await health(server)).status === 503, 5000, "503 sous la marge");
    expect((await health(server)).body.probleme).toBe("espace-insuffisant");
    await partly.release();
    await waitFor(async () => (await health(server)).status === 200, 5000, "200 après libération");

    // SPOOL_DIR completely full: a 0-byte probe would still succeed, a 4 KiB one fails.
    const full = await fillUp(spoolDir);
    await waitFor(async () => (await health(server)).status === 503, 5000, "503 disque plein");
    expect((await readdir(spoolDir)).filter((name) => name.startsWith(".tmp-"))).toEqual([]);
    await full.release();
    await waitFor(async () => (await health(server)).status === 200, 5000, "200 après libération");
  }, 60_000);
});

describe("SPOOL_MAX", () => {
  it("beyond SPOOL_MAX: 503 with Retry-After and a code, a spool_full event and an alert; nothing accepted", async () => {
    const ws = await workspace({
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: "re_test_absent",
      // Nobody answers there: messages stay waiting.
      RESEND_BASE_URL: "http://127.0.0.1:9",
      SPOOL_MAX: "2",
      DISK_FREE_MIN_MB: "0",
    });
    const spoolDir = await disk(8 * 1024);
    await mkdir(spoolDir, { recursive: true });
    const server = await start({ ...ws.env, SPOOL_DIR: spoolDir });
    expect((await register(server)).status).toBe(202);
    expect((await register(server)).status).toBe(202);

    const key = randomUUID();
    const refused = await fetch(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": key, Origin: server.url },
      body: JSON.stringify(validPayload()),
    });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { code: string }).code).toBe("file-pleine");
    expect(eventsOf(server, "spool_full")).toHaveLength(1);
    // What the widget's client makes of it: a server fault with its code and when to retry.
    const client = await widgetClient(server);
    const { submitRegistration } = await import("../../widget/submit");
    expect(await submitRegistration(client, validPayload(), randomUUID(), "fr")).toEqual({
      kind: "serveur",
      status: 503,
      code: "file-pleine",
      retryAfterSeconds: Number(refused.headers.get("Retry-After")),
    });
    expect((await readdir(spoolDir)).filter((name) => name.endsWith(".msg"))).toHaveLength(2);
    expect(eventsOf(server, "received")).toHaveLength(2);
    // The alert is gathered for a couple of seconds, then handed to the (failing) transport.
    await waitFor(() => eventsOf(server, "alert").length > 0, 15_000, "alerte");
    expect((await health(server)).body.deliveriesPending).toBe(2);
  }, 60_000);
});
