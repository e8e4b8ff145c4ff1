/**
 * Graceful shutdown on SIGTERM: the request in flight is finished (202), an idle keep-alive
 * connection does not hold the process, the worker stops, and the process exits 0.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { Agent, request } from "node:http";
import { describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { startServer } from "../support/server-process";
import { logEvents, workspace } from "./durable-support";

describe("SIGTERM", () => {
  it("finishes the request in flight, ignores idle keep-alive sockets and exits 0", async () => {
    const ws = await workspace({ MAIL_TRANSPORT: "outbox" });
    const server = await startServer({ env: ws.env });
    const agent = new Agent({ keepAlive: true });
    // An idle keep-alive connection, as a browser leaves behind.
    await new Promise<void>((resolve, reject) => {
      request(`${server.url}/healthz`, { agent }, (res) => res.resume().on("end", resolve))
        .on("error", reject)
        .end();
    });

    const body = Buffer.from(JSON.stringify(validPayload()));
    const inFlight = request(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": String(body.length),
        "Idempotency-Key": randomUUID(),
        Origin: server.url,
      },
    });
    const answered = once(inFlight, "response");
    // Half the body is sent, then the server is asked to stop, then the rest arrives.
    inFlight.write(body.subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = once(server.child, "exit");
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    inFlight.end(body.subarray(100));
    const [response] = (await answered) as [import("node:http").IncomingMessage];
    expect(response.statusCode).toBe(202);
    response.resume();

    const started = Date.now();
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    const events = logEvents(server).map((event) => event.event);
    expect(events).toEqual(expect.arrayContaining(["stopping", "received", "stopped"]));
    expect(events.indexOf("received")).toBeLessThan(events.indexOf("stopped"));
    agent.destroy();
  }, 30_000);
});
