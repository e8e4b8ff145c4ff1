/**
 * Slow clients and the development outbox, against the real server process: a trickled request is
 * cut off after REQUEST_TIMEOUT_MS (shortened here so the test doesn't wait 30 s); /outbox answers
 * only loopback Host names, is never cached, keeps its files private and purges them after a day.
 */
import { randomUUID } from "node:crypto";
import { readdir, stat, utimes, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { type ServerProcess, startServer } from "../support/server-process";
import { register, waitFor, workspace } from "./durable-support";

let server: ServerProcess;
let outboxDir: string;

beforeAll(async () => {
  const ws = await workspace({ MAIL_TRANSPORT: "outbox", REQUEST_TIMEOUT_MS: "1500", HEADERS_TIMEOUT_MS: "1000" });
  outboxDir = ws.env.OUTBOX_DIR ?? "";
  server = await startServer({ env: ws.env });
}, 60_000);
afterAll(async () => {
  await server?.kill();
});

/** Resolves with the milliseconds until the server closed the socket (or the cap). */
function trickle(firstBytes: string, capMs: number): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(server.port, "127.0.0.1");
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearInterval(timer);
      socket.destroy();
      resolve(Date.now() - started);
    };
    socket.on("connect", () => {
      socket.write(firstBytes);
      timer = setInterval(() => {
        if (Date.now() - started > capMs) return done();
        if (!socket.destroyed) socket.write("a");
      }, 200);
    });
    socket.on("close", done);
    socket.on("error", () => undefined);
  });
}

describe("slow clients", () => {
  it("cuts off a body trickled one byte at a time after the request timeout", async () => {
    // A request the route reads the body of: own origin, a key, JSON.
    const head =
      `POST /api/v1/ml/roubaix/preinscriptions HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
      `Origin: http://127.0.0.1:${server.port}\r\nIdempotency-Key: ${randomUUID()}\r\n` +
      "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n";
    const heldMs = await trickle(head, 10_000);
    expect(heldMs).toBeLessThan(5000);
  }, 20_000);

  it("cuts off headers trickled one byte at a time", async () => {
    const heldMs = await trickle("GET /healthz HTTP/1.1\r\nX-Lent: ", 10_000);
    expect(heldMs).toBeLessThan(5000);
  }, 20_000);
});

describe("a used key with another payload, through the widget's client", () => {
  it("comes back as a refusal with the code that tells the widget to start a fresh key", async () => {
    const { ApiClient } = await import("../../widget/api");
    const { submitRegistration } = await import("../../widget/submit");
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) =>
      realFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: server.url } });
    try {
      const client = new ApiClient(server.url, "roubaix");
      const key = randomUUID();
      expect((await submitRegistration(client, validPayload(), key, "fr")).kind).toBe("accepte");
      const other = validPayload();
      other.identite.prenom = "Dominique";
      const reused = await submitRegistration(client, other, key, "fr");
      expect(reused).toMatchObject({ kind: "refus", status: 409, code: "cle-deja-utilisee" });
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

function getWithHost(path: string, host: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, headers: { Host: host } }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the development outbox", () => {
  it("answers only loopback Host names (no DNS rebinding), never cached", async () => {
    expect((await getWithHost("/outbox", "rebind.example.org")).status).toBe(403);
    expect((await getWithHost("/outbox", `rebind.example.org:${server.port}`)).status).toBe(403);
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      const answer = await getWithHost("/outbox", host);
      expect(answer.status, host).toBe(200);
      expect(answer.headers["cache-control"]).toBe("no-store");
    }
  });

  it("keeps its folder 0700 and its files 0600, and purges files older than a day", async () => {
    const { body } = await register(server);
    await waitFor(
      async () => (await readdir(outboxDir).catch(() => [])).some((name) => name.startsWith(body.reference)),
      20_000,
      "e-mail dans la boîte d'envoi",
    );
    expect((await stat(outboxDir)).mode & 0o777).toBe(0o700);
    for (const name of await readdir(outboxDir)) expect((await stat(join(outboxDir, name))).mode & 0o777).toBe(0o600);

    const old = join(outboxDir, "PI-VIEU-X000.registration.eml");
    await writeFile(old, "Subject: ancien\r\n\r\nancien\r\n", { mode: 0o600 });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    expect((await getWithHost("/outbox", `localhost:${server.port}`)).status).toBe(200);
    expect(await readdir(outboxDir)).not.toContain("PI-VIEU-X000.registration.eml");
  }, 30_000);
});
