/**
 * The app behind a reverse proxy: X-Forwarded-For and X-Forwarded-Proto count only from a
 * TRUST_PROXY peer, for the rate limits, the Origin check and HSTS.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { buildTestApp } from "../support/test-app";

type App = Awaited<ReturnType<typeof buildTestApp>>["app"];

function post(app: App, headers: Record<string, string>, origin = "http://ml.example.org") {
  return app.request("http://ml.example.org/api/v1/ml/roubaix/preinscriptions", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID(), Origin: origin, ...headers },
    body: JSON.stringify(validPayload()),
  });
}

describe("behind a trusted proxy", () => {
  it("gives each forwarded client its own bucket, and IPv6 clients one per /64", async () => {
    const { app } = await buildTestApp({ rateLimit: 1, peerAddress: "127.0.0.1", trustProxy: "127.0.0.1,::1" });
    const from = (client: string) => post(app, { "X-Forwarded-For": client });
    expect((await from("203.0.113.1")).status).toBe(202);
    expect((await from("203.0.113.1")).status).toBe(429);
    expect((await from("203.0.113.2")).status).toBe(202);
    // A forged entry on the left changes nothing: the proxy's own entry is the rightmost.
    expect((await from("198.51.100.50, 203.0.113.1")).status).toBe(429);
    expect((await from("2001:db8:5:6::1")).status).toBe(202);
    expect((await from("2001:db8:5:6:ffff::9")).status).toBe(429);
    expect((await from("2001:db8:5:7::1")).status).toBe(202);
  });

  it("takes the scheme from the proxy: the https page is the server's own origin, and HSTS is sent", async () => {
    const { app } = await buildTestApp({ peerAddress: "::1", trustProxy: "127.0.0.1,::1" });
    const response = await post(
      app,
      { "X-Forwarded-For": "203.0.113.1", "X-Forwarded-Proto": "https" },
      "https://ml.example.org",
    );
    expect(response.status).toBe(202);
    expect(response.headers.get("Strict-Transport-Security")).toContain("max-age=");
    const plain = await post(app, { "X-Forwarded-For": "203.0.113.1", "X-Forwarded-Proto": "http" });
    expect(plain.status).toBe(202);
    expect(plain.headers.get("Strict-Transport-Security")).toBeNull();
  });
});

describe("without TRUST_PROXY, or from another peer", () => {
  it("ignores X-Forwarded-For: a forged address gets the peer's bucket", async () => {
    const { app } = await buildTestApp({ rateLimit: 1, peerAddress: "198.51.100.7" });
    expect((await post(app, { "X-Forwarded-For": "203.0.113.1" })).status).toBe(202);
    expect((await post(app, { "X-Forwarded-For": "203.0.113.2" })).status).toBe(429);
  });

  it("ignores X-Forwarded-Proto from a peer that is not in the list: no HSTS, an https Origin is foreign", async () => {
    const { app } = await buildTestApp({ peerAddress: "198.51.100.7", trustProxy: "127.0.0.1" });
    const response = await post(app, { "X-Forwarded-Proto": "https" }, "https://ml.example.org");
    expect(response.status).toBe(403);
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
  });

  it("limits funnel beacons per forwarded client too", async () => {
    let peer = "127.0.0.1";
    const { app } = await buildTestApp({ rateLimit: 1, peerAddress: () => peer, trustProxy: "127.0.0.1" });
    const beacon = (client: string) =>
      app.request("http://ml.example.org/api/v1/ml/roubaix/etapes", {
        method: "POST",
        headers: { "Content-Type": "text/plain", Origin: "http://ml.example.org", "X-Forwarded-For": client },
        body: JSON.stringify({ etape: "identite" }),
      });
    for (let index = 0; index < 20; index++) expect((await beacon("203.0.113.1")).status).toBe(204);
    expect((await beacon("203.0.113.1")).status).toBe(429);
    expect((await beacon("203.0.113.2")).status).toBe(204);
    // Straight from a client (not the proxy), the header is not believed: the peer's own bucket.
    peer = "198.51.100.7";
    for (let index = 0; index < 20; index++) expect((await beacon("203.0.113.9")).status).toBe(204);
    expect((await beacon("203.0.113.10")).status).toBe(429);
  });
});
