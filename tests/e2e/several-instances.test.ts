/**
 * Several instances, one database (README.md, "Héberger plusieurs Missions Locales"): two real
 * server processes share a PostgreSQL database, each with its own empty folders. Registrations
 * spread over both while the mail provider fails; one instance is killed; the provider comes back
 * and the other delivers every registration exactly once. Neither the database nor the folders
 * hold a submitted value in clear.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readdir } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { dumpDatabase, type PostgresCluster, startPostgres } from "../support/postgres";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer } from "../support/server-process";
import { logEvents, personalStrings, register, waitFor, workspace } from "./durable-support";

let cluster: PostgresCluster;
let fake: ResendFake;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
  fake = await startResendFake();
}, 60_000);
afterAll(async () => {
  for (const server of servers.splice(0)) await server.kill();
  await fake?.close();
  await cluster?.stop();
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

it("two instances on one database: spread registrations, one killed, every one delivered once, nothing in clear", async () => {
  const databaseUrl = cluster.createDatabase("deux_instances");
  const shared = await workspace();
  const start = async () => {
    // Its own empty folders; the database, the spool key and the provider are shared.
    const own = await workspace({
      DATABASE_URL: databaseUrl,
      SPOOL_KEY: shared.spoolKey,
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
    });
    await Promise.all([mkdir(own.spoolDir, { recursive: true }), mkdir(own.dataDir, { recursive: true })]);
    const server = await startServer({ via: "built", env: own.env });
    servers.push(server);
    return { server, folders: [own.spoolDir, own.dataDir] };
  };
  // Started together: the migration runs once, under its lock.
  const [one, two] = await Promise.all([start(), start()]);
  fake.failNext(100_000, { status: 503, name: "application_error", message: "Service unavailable" });

  const payloads = Array.from({ length: 12 }, (_, i) =>
    validPayload({ identite: { ...validPayload().identite, prenom: `Prenomfictif${String.fromCharCode(65 + i)}` } }),
  );
  const references: string[] = [];
  for (const [i, payload] of payloads.entries()) {
    const { status, body } = await register(i % 2 === 0 ? one.server : two.server, payload);
    expect(status).toBe(202);
    references.push(body.reference);
  }
  // The same key sent to both instances at once: one reference (and, below, one email).
  const key = randomUUID();
  const twice = await Promise.all([register(one.server, payloads[0], key), register(two.server, payloads[0], key)]);
  expect(twice.map((answer) => answer.status)).toEqual([202, 202]);
  expect(twice[0]?.body.reference).toBe(twice[1]?.body.reference);
  references.push(twice[0]?.body.reference ?? "");
  expect(new Set(references).size).toBe(13);
  await waitFor(() => fake.attempts.length >= 4, 20_000, "premiers essais");

  await one.server.kill();
  fake.recover();
  await waitFor(
    () => references.every((ref) => fake.emails.some((email) => email.subject.includes(ref))),
    90_000,
    "toutes les inscriptions livrées",
  );
  // Exactly once: one registration email per reference, one "delivered" per reference across both.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (const ref of references) {
    const emails = fake.emails.filter(
      (email) => email.subject.includes(ref) && email.attachments.some((a) => a.filename.endsWith(".pdf")),
    );
    expect(emails, ref).toHaveLength(1);
    const delivered = [...logEvents(one.server), ...logEvents(two.server)].filter(
      (event) => event.event === "delivered" && event.reference === ref,
    );
    expect(delivered, ref).toHaveLength(1);
  }
  const health = (await (await fetch(`${two.server.url}/healthz`)).json()) as { deliveriesPending: number };
  expect(health.deliveriesPending).toBe(0);

  // Nothing submitted in clear in the database…
  const dump = dumpDatabase(databaseUrl);
  expect(dump).toContain("CREATE TABLE public.spool");
  const typed = payloads.flatMap((payload) => personalStrings(payload));
  for (const text of typed) expect(dump).not.toContain(text);
  // …and nothing personal or sealed in either instance's folders.
  for (const folder of [...one.folders, ...two.folders]) expect(await filesUnder(folder), folder).toEqual([]);
}, 180_000);
