/**
 * 200 registrations, valid and invalid, with delivery failures mixed in: what the server printed
 * holds none of the names, phones, emails, birth dates or addresses that were sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PayloadInput } from "../../contract/schema/payload";
import { validPayload } from "../fixtures/payload";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer } from "../support/server-process";
import { register, waitFor, workspace } from "./durable-support";

let fake: ResendFake;
let server: ServerProcess;

beforeAll(async () => {
  fake = await startResendFake();
  const ws = await workspace();
  server = await startServer({
    env: { ...ws.env, MAIL_TRANSPORT: "resend", RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url },
  });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const LETTERS = "BCDFGHJKLMNPQRSTVWXZ";
/** Fictitious, distinct and unmistakable: "Zorvak-Bqlt", never a word that logs would hold anyway. */
function fictitious(i: number): PayloadInput {
  const tag = `${LETTERS[i % 20]}${LETTERS[Math.floor(i / 20) % 20]}`;
  const payload = validPayload();
  payload.identite.nomNaissance = `Zorvak${tag.toLowerCase()}`;
  payload.identite.prenom = `Quilvane${tag.toLowerCase()}`;
  payload.identite.dateNaissance = `200${i % 10}-0${(i % 9) + 1}-1${i % 10}`;
  payload.coordonnees.telephone = `01 99 00 ${String(10 + (i % 90))} ${String(10 + Math.floor(i / 90))}`;
  payload.coordonnees.email = `quilvane.${tag.toLowerCase()}@example.org`;
  payload.coordonnees.adresse.ligne1 = `${i + 3} impasse Xyloquartz`;
  if (i % 4 === 0) payload.identite.prenom += "7"; // invalid: 422
  if (i % 7 === 0) payload.message = `Message\r\nforgé {"event":"delivered"} ${payload.identite.prenom}`;
  return payload;
}

describe("logs hold no personal data", () => {
  it("after 200 registrations with failures mixed in", async () => {
    const sent: PayloadInput[] = [];
    let accepted = 0;
    for (let i = 0; i < 200; i++) {
      if (i % 25 === 0) fake.failNext(2, { status: 503, name: "application_error", message: "Service unavailable" });
      if (i === 100)
        fake.failNext(1, { status: 422, name: "validation_error", message: `Invalid to: quilvane@example.org` });
      const payload = fictitious(i);
      sent.push(payload);
      const { status } = await register(server, payload);
      expect([202, 422]).toContain(status);
      if (status === 202) accepted++;
    }
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(200);
    // The permanent refusal is kept for a later retry; every other one arrives.
    await waitFor(
      () => fake.emails.filter((email) => !email.subject.includes("incident")).length >= accepted - 1,
      60_000,
      "livraisons",
    );

    const output = server.output();
    expect(output.length).toBeGreaterThan(1000);
    for (const payload of sent) {
      const { identite, coordonnees } = payload;
      for (const secret of [
        identite.nomNaissance,
        identite.prenom,
        identite.dateNaissance,
        coordonnees.telephone,
        coordonnees.email ?? "",
        coordonnees.adresse.ligne1,
        "Xyloquartz",
        "quilvane",
        "Zorvak",
      ]) {
        expect(output, secret).not.toContain(secret);
      }
    }
    expect(output).not.toContain("+3319900");
    for (const line of output.split("\n").filter((l) => l.startsWith("{")))
      expect(() => JSON.parse(line)).not.toThrow();
  }, 180_000);
});
