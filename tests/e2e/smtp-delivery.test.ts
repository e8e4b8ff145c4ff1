/**
 * The SMTP transport (nodemailer) against a real SMTP server started in-process: temporary
 * refusals, refused connections, a SIGKILL before delivery, and a sealed spool.
 */
import { afterEach, describe, expect, it } from "vitest";
import { freePort, type ServerProcess, startServer } from "../support/server-process";
import { type SmtpFake, startSmtpFake } from "../support/smtp-fake";
import { logEvents, personalStrings, register, spoolBytes, spoolFiles, waitFor, workspace } from "./durable-support";

const servers: ServerProcess[] = [];
const fakes: SmtpFake[] = [];

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer({ env: { MAIL_TRANSPORT: "smtp", ...env } });
  servers.push(server);
  return server;
}
async function smtp(port?: number): Promise<SmtpFake> {
  const fake = await startSmtpFake(port);
  fakes.push(fake);
  return fake;
}

afterEach(async () => {
  for (const server of servers.splice(0)) await server.kill();
  for (const fake of fakes.splice(0)) await fake.close();
});

describe("durable delivery through SMTP", () => {
  it("retries 451 replies, then delivers one message with the PDF and the JSON, and empties the spool", async () => {
    const mailServer = await smtp();
    const ws = await workspace({ SMTP_URL: mailServer.url });
    const server = await start(ws.env);
    mailServer.refuseNext(3, 451);
    const { status, body } = await register(server);
    expect(status).toBe(202);
    const [message] = await mailServer.waitForMessages(1, 30_000);
    expect(message?.subject).toContain(body.reference);
    expect(message?.messageId).toBe(`<registration.${body.reference}@ml-preinscription>`);
    expect(message?.attachments.map((a) => a.filename)).toEqual([
      `preinscription-${body.reference}.pdf`,
      `preinscription-${body.reference}.json`,
    ]);
    await waitFor(async () => (await spoolFiles(ws.spoolDir)).length === 0, 5000, "spool vide");
    const kinds = logEvents(server)
      .filter((e) => e.event === "retry")
      .map((e) => e.kind);
    expect(kinds).toEqual(["smtp:451", "smtp:451", "smtp:451"]);
  }, 60_000);

  it("delivers exactly once after a SIGKILL while the mail server refused connections", async () => {
    const port = await freePort();
    const ws = await workspace({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const first = await start(ws.env);
    const { status, body } = await register(first);
    expect(status).toBe(202);
    await waitFor(
      () => logEvents(first).some((e) => e.event === "retry" && e.kind === "smtp:ECONNREFUSED"),
      10_000,
      "refus",
    );
    await first.kill();
    expect(await spoolFiles(ws.spoolDir)).toHaveLength(1);

    const mailServer = await smtp(port);
    await start(ws.env);
    await mailServer.waitForMessages(1);
    await waitFor(async () => (await spoolFiles(ws.spoolDir)).length === 0, 5000, "spool vide");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailServer.messages).toHaveLength(1);
    expect(mailServer.messages[0]?.subject).toContain(body.reference);
  }, 60_000);

  it("keeps no personal data in clear in the spool while the mail server refuses (550 stays pending)", async () => {
    const mailServer = await smtp();
    const ws = await workspace({ SMTP_URL: mailServer.url });
    const server = await start(ws.env);
    mailServer.refuseNext(1, 550);
    await register(server);
    await waitFor(() => logEvents(server).some((e) => e.event === "failed" && e.kind === "smtp:550"), 10_000, "échec");
    const files = await spoolBytes(ws.spoolDir);
    expect(files).toHaveLength(1);
    for (const bytes of files) {
      for (const text of personalStrings()) expect(bytes.includes(Buffer.from(text, "utf8")), text).toBe(false);
    }
  }, 30_000);
});
