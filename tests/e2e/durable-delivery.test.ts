/**
 * Nothing lost, nothing kept (README.md, "Guarantees and data"), proven against the real server process and a local fake
 * of Resend's API that fails on command.
 */
import { randomUUID } from "node:crypto";
import { readdir, readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seal } from "../../server/delivery/seal";
import { validPayload } from "../fixtures/payload";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer } from "../support/server-process";
import { logEvents, personalStrings, register, spoolBytes, spoolFiles, waitFor, workspace } from "./durable-support";

let fake: ResendFake;
const servers: ServerProcess[] = [];

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer({
    env: { MAIL_TRANSPORT: "resend", RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, ...env },
  });
  servers.push(server);
  return server;
}

beforeEach(async () => {
  fake = await startResendFake();
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.kill();
  await fake.close();
});

describe("durable delivery through Resend", () => {
  it("answers 202 at once while Resend fails, then delivers one email and empties the spool (503 ×3)", async () => {
    const ws = await workspace();
    const server = await start(ws.env);
    fake.failNext(3, { status: 503, name: "application_error", message: "Service unavailable" });
    const { status, body } = await register(server);
    expect(status).toBe(202);
    // The 202 did not wait for the mail provider: nothing has been delivered yet (no timing here:
    // how fast is the bench's business, README.md "Performance").
    expect(fake.emails).toHaveLength(0);
    const [email] = await fake.waitForEmails(1, 30_000);
    expect(email?.subject).toContain(body.reference);
    expect(fake.attempts).toHaveLength(4);
    await waitFor(async () => (await spoolFiles(ws.spoolDir)).length === 0, 5000, "spool vide");
    // The file goes first, then the "delivered" line: wait for the line, don't race it.
    await waitFor(() => logEvents(server).some((e) => e.event === "delivered"), 5000, "delivered logged");
    const events = logEvents(server).filter((event) => event.reference === body.reference);
    expect(events.map((event) => event.event)).toEqual(["received", "retry", "retry", "retry", "delivered"]);
    // First retry within 5 s.
    expect((fake.attempts[1] ?? 0) - (fake.attempts[0] ?? 0)).toBeLessThan(5000);
  }, 60_000);

  it("waits as long as Resend's retry-after asks (429, retry-after: 2)", async () => {
    const ws = await workspace();
    const server = await start(ws.env);
    fake.failNext(1, {
      status: 429,
      name: "rate_limit_exceeded",
      message: "Too many requests",
      headers: { "retry-after": "2" },
    });
    await register(server);
    await fake.waitForEmails(1);
    const [first, second] = fake.attempts;
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(2000);
  }, 30_000);

  it("delivers exactly once after a SIGKILL between the 202 and delivery", async () => {
    const ws = await workspace();
    const first = await start(ws.env);
    fake.failNext(1000, { status: 503, name: "application_error", message: "down" });
    const { status, body } = await register(first);
    expect(status).toBe(202);
    await first.kill();
    expect(await spoolFiles(ws.spoolDir)).toHaveLength(1);

    fake.recover();
    const second = await start(ws.env);
    await fake.waitForEmails(1);
    await waitFor(async () => (await spoolFiles(ws.spoolDir)).length === 0, 5000, "spool vide");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(fake.emails).toHaveLength(1);
    expect(fake.emails[0]?.subject).toContain(body.reference);
    expect(logEvents(second).some((event) => event.event === "delivered" && event.reference === body.reference)).toBe(
      true,
    );
  }, 60_000);

  it("gives one reference and one email to five concurrent repeats of a key, and again after a restart", async () => {
    const ws = await workspace();
    const first = await start(ws.env);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => register(first, validPayload(), key)));
    expect(new Set(answers.map((answer) => answer.body.reference)).size).toBe(1);
    await fake.waitForEmails(1);
    await first.stop();
    const second = await start(ws.env);
    const again = await register(second, validPayload(), key);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(answers[0]?.body);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.emails).toHaveLength(1);
  }, 60_000);

  it("keeps no personal data in clear in the spool while a delivery is pending", async () => {
    const ws = await workspace();
    const server = await start(ws.env);
    fake.failNext(1000, { status: 503, name: "application_error", message: "down" });
    await register(server);
    const files = await spoolBytes(ws.spoolDir);
    expect(files).toHaveLength(1);
    for (const bytes of files) {
      for (const text of personalStrings()) {
        expect(bytes.includes(Buffer.from(text, "utf8")), text).toBe(false);
        expect(bytes.includes(Buffer.from(Buffer.from(text).toString("base64").slice(0, 12))), `${text} (base64)`).toBe(
          false,
        );
      }
    }
  }, 30_000);

  it("moves a truncated file and one sealed with another key aside, alerts, and stays healthy", async () => {
    const ws = await workspace();
    const first = await start(ws.env);
    fake.failNext(1000, { status: 503, name: "application_error", message: "down" });
    await register(first);
    await first.stop();
    const [pendingFile] = await spoolFiles(ws.spoolDir);
    await truncate(join(ws.spoolDir, pendingFile ?? ""), 20);
    const foreign = `${Date.now()}.roubaix.PI-ABCD-EFGH.registration.msg`;
    await writeFile(join(ws.spoolDir, foreign), seal(Buffer.alloc(32, 7), "PI-ABCD-EFGH", Buffer.from("{}")));

    fake.recover();
    const second = await start(ws.env);
    await waitFor(async () => (await readdir(join(ws.spoolDir, "quarantine"))).length === 2, 10_000, "quarantaine");
    expect(await spoolFiles(ws.spoolDir)).toEqual([]);
    const [alert] = await fake.waitForEmails(1);
    // The operator (ALERT_EMAIL) and the ML's own technical address.
    expect(alert?.to).toEqual(["alertes-techniques@example.org", "technique@ml-roubaix.example.org"]);
    expect(alert?.text).toContain("PI-ABCD-EFGH");
    expect(alert?.text).toContain("quarantaine");
    expect(logEvents(second).filter((event) => event.event === "quarantined")).toHaveLength(2);
    const health = await fetch(`${second.url}/healthz`);
    expect(health.status).toBe(200);
  }, 60_000);

  it("keeps the file after a permanent refusal, alerts without personal data, and delivers once the transport is switched", async () => {
    const ws = await workspace();
    const first = await start(ws.env);
    fake.failNext(1, { status: 422, name: "validation_error", message: "Invalid `to` field." });
    const { body } = await register(first);
    const [alert] = await fake.waitForEmails(1);
    expect(alert?.subject).toContain("incident");
    expect(alert?.text).toContain(body.reference);
    expect(alert?.text).toContain("resend:422:validation_error");
    for (const text of personalStrings()) expect(`${alert?.subject}\n${alert?.text}`).not.toContain(text);
    expect(await spoolFiles(ws.spoolDir)).toHaveLength(1);
    expect(logEvents(first).some((event) => event.event === "failed" && event.reference === body.reference)).toBe(true);
    await first.stop();

    // The ML switches to its own mail server (here: the development outbox).
    const second = await start({ ...ws.env, MAIL_TRANSPORT: "outbox" });
    await waitFor(async () => (await spoolFiles(ws.spoolDir)).length === 0, 10_000, "livraison après changement");
    const eml = await readFile(join(ws.env.OUTBOX_DIR ?? "", `${body.reference}.registration.eml`), "utf8");
    expect(eml).toContain(body.reference);
    await waitFor(
      () => logEvents(second).some((event) => event.event === "delivered" && event.reference === body.reference),
      5000,
      "delivered logged",
    );
  }, 60_000);
});
