/**
 * The real Resend SDK against a local HTTP server that speaks Resend's API.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createResendTransport, retryAfterMs } from "../../server/mail/resend-transport";
import type { OutgoingMail } from "../../server/mail/types";
import { type ResendFake, startResendFake } from "../support/resend-fake";

let fake: ResendFake;
beforeEach(async () => {
  fake = await startResendFake();
});
afterEach(async () => {
  await fake.close();
});

const mail: OutgoingMail = {
  reference: "PI-TEST-0001",
  mlId: "roubaix",
  kind: "registration",
  from: "Pré-inscriptions <ne-pas-repondre@ml.example.org>",
  to: ["preinscriptions@ml.example.org"],
  replyTo: "camille.exemplaire@example.org",
  subject: "Pré-inscription PI-TEST-0001 · Roubaix",
  text: "Nouvelle pré-inscription",
  attachments: [
    {
      filename: "preinscription-PI-TEST-0001.pdf",
      contentType: "application/pdf",
      content: new TextEncoder().encode("%PDF-1.7 fictif"),
    },
  ],
};

describe("Resend transport (real SDK, local fake API)", () => {
  it("sends snake_case JSON with base64 attachments and the reference as Idempotency-Key", async () => {
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    const outcome = await transport.send(mail);
    expect(outcome).toEqual({ ok: true, providerId: "fake-0001" });
    const [email] = fake.emails;
    expect(email?.idempotencyKey).toBe("registration-PI-TEST-0001");
    expect(email?.replyTo).toEqual(["camille.exemplaire@example.org"]);
    expect(email?.attachments[0]?.filename).toBe("preinscription-PI-TEST-0001.pdf");
    expect(email?.attachments[0]?.content.toString()).toBe("%PDF-1.7 fictif");
  });

  it("does not send twice for the same reference", async () => {
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    await transport.send(mail);
    expect(await transport.send(mail)).toEqual({ ok: true, providerId: "fake-0001" });
    expect(fake.emails).toHaveLength(1);
  });

  it("classifies 429 and 5xx as retryable, honouring retry-after", async () => {
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    fake.failNext(1, {
      status: 429,
      name: "rate_limit_exceeded",
      message: "Too many requests",
      headers: { "retry-after": "2" },
    });
    expect(await transport.send(mail)).toEqual({
      ok: false,
      retryable: true,
      kind: "resend:429:rate_limit_exceeded",
      retryAfterMs: 2000,
    });
    fake.failNext(1, { status: 503, name: "application_error", message: "Service unavailable" });
    expect(await transport.send(mail)).toMatchObject({
      ok: false,
      retryable: true,
      kind: "resend:503:application_error",
    });
    fake.failNext(1, { status: 409, name: "concurrent_idempotent_requests", message: "in progress" });
    expect(await transport.send(mail)).toMatchObject({ ok: false, retryable: true });
  });

  it("classifies network failures as retryable", async () => {
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    fake.dropNext(1);
    expect(await transport.send(mail)).toMatchObject({
      ok: false,
      retryable: true,
      kind: "resend:reseau:application_error",
    });
  });

  it("classifies other 4xx as permanent (bad key, unverified domain)", async () => {
    const badKey = createResendTransport({ apiKey: "re_wrong", baseUrl: fake.url });
    expect(await badKey.send(mail)).toEqual({ ok: false, retryable: false, kind: "resend:401:missing_api_key" });
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    fake.failNext(1, { status: 403, name: "validation_error", message: "The example.org domain is not verified." });
    expect(await transport.send(mail)).toMatchObject({
      ok: false,
      retryable: false,
      kind: "resend:403:validation_error",
    });
  });
});

describe("Retry-After", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("Thu, 26 Nov 2026 12:00:10 GMT", Date.parse("2026-11-26T12:00:00Z"))).toBe(10_000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs("bientôt")).toBeUndefined();
  });
});
