/**
 * Faults at the API's edges: a used key with another payload, token guessing, logout, odd keys,
 * fake funnel beacons, characters that hide or disguise text. What the store keeps is tested on
 * both adapters (files and PostgreSQL).
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AcceptedResponse } from "../../contract/api-types";
import type { MissionLocale } from "../../server/config/ml-config";
import { validPayload } from "../fixtures/payload";
import { demoRoubaix } from "../support/demo-config";
import { STORAGE_KINDS } from "../support/storage";
import {
  buildTestApp,
  drained,
  postRegistration,
  type recordingTransport,
  TEST_ORIGIN,
  type TestApp,
} from "../support/test-app";

const TOKEN = "jeton-fictif-de-test-0123456789-abcdefghij";
const BASE = "http://localhost:8787";

function missionsLocales(): MissionLocale[] {
  return [demoRoubaix({ statistiques: { jeton: TOKEN, parcours: true } })];
}

async function sent(setup: TestApp) {
  await drained(setup);
  return (setup.transport as ReturnType<typeof recordingTransport>).sent.filter((m) => m.kind === "registration");
}

describe.each(STORAGE_KINDS)("the same Idempotency-Key with another payload (%s)", (storage) => {
  it("answers 409 with a French message and a code, and sends only the first", async () => {
    const setup = await buildTestApp({ storage });
    const key = randomUUID();
    const first = await postRegistration(setup.app, validPayload(), { key });
    expect(first.status).toBe(202);
    const other = validPayload();
    other.identite.prenom = "Dominique";
    const reused = await postRegistration(setup.app, other, { key });
    expect(reused.status).toBe(409);
    const body = (await reused.json()) as { erreur: string; code: string };
    expect(body.code).toBe("cle-deja-utilisee");
    expect(body.erreur).toMatch(/déjà servi pour une autre inscription/);
    expect(await sent(setup)).toHaveLength(1);
  });

  it("treats the same answers with a new fill time as a repeat (same 202)", async () => {
    const setup = await buildTestApp({ storage });
    const key = randomUUID();
    const first = (await (await postRegistration(setup.app, validPayload(), { key })).json()) as AcceptedResponse;
    const retry = validPayload();
    retry.meta.dureeSaisieMs += 5000;
    const again = await postRegistration(setup.app, retry, { key });
    expect(again.status).toBe(202);
    expect(((await again.json()) as AcceptedResponse).reference).toBe(first.reference);
    expect(await sent(setup)).toHaveLength(1);
  });

  it("also when the first was flagged as spam: the real one is not silently dropped", async () => {
    const setup = await buildTestApp({ storage });
    const key = randomUUID();
    const spam = validPayload();
    spam.meta.siteWeb = "https://spam.example.org";
    expect((await postRegistration(setup.app, spam, { key })).status).toBe(202);
    const real = validPayload();
    real.identite.prenom = "Dominique";
    expect((await postRegistration(setup.app, real, { key })).status).toBe(409);
  });
});

describe.each(STORAGE_KINDS)("admin: token guessing and logout (%s)", (storage) => {
  it("limits wrong Bearer tokens per client: 429 with Retry-After after a handful a minute", async () => {
    const setup = await buildTestApp({ storage, missionsLocales: missionsLocales(), rateLimit: 60 });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await setup.app.request(`${BASE}/admin/roubaix/stats.csv`, {
        headers: { Authorization: `Bearer mauvais-jeton-${i}` },
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    }
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
  });

  it("logging out ends the session on the server: the old cookie no longer reads stats.csv", async () => {
    const setup = await buildTestApp({ storage, missionsLocales: missionsLocales() });
    const login = await setup.app.request(`${BASE}/admin/roubaix/connexion`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: TEST_ORIGIN },
      body: new URLSearchParams({ jeton: TOKEN }).toString(),
    });
    const cookie = (login.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
    const read = () => setup.app.request(`${BASE}/admin/roubaix/stats.csv`, { headers: { Cookie: cookie } });
    expect((await read()).status).toBe(200);
    const logout = await setup.app.request(`${BASE}/admin/roubaix/deconnexion`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: TEST_ORIGIN, Cookie: cookie },
    });
    expect(logout.status).toBe(303);
    expect((await read()).status).toBe(401);
  });
});

describe("odd top-level keys", () => {
  for (const key of ["__proto__", "constructor"]) {
    it(`names an unknown top-level "${key}" in erreurs like any other`, async () => {
      const setup = await buildTestApp();
      const body = JSON.stringify(validPayload()).replace(/^\{/, `{"${key}":{"x":1},`);
      const response = await postRegistration(setup.app, body);
      expect(response.status).toBe(422);
      const answer = (await response.json()) as { erreurs: Record<string, string> };
      expect(Object.keys(answer.erreurs)).toEqual([key]);
    });
  }
});

describe.each(STORAGE_KINDS)("funnel beacons (%s)", (storage) => {
  function beacon(setup: TestApp, body: object) {
    return setup.app.request(`${BASE}/api/v1/ml/roubaix/etapes`, {
      method: "POST",
      headers: { "Content-Type": "text/plain;charset=UTF-8", Origin: TEST_ORIGIN },
      body: JSON.stringify(body),
    });
  }

  it("accepts no more 'envoye' beacons per IP than registrations it had accepted in the hour", async () => {
    const setup = await buildTestApp({ storage, missionsLocales: missionsLocales(), rateLimit: 60 });
    expect((await beacon(setup, { etape: "envoye", dureeMs: 200_000 })).status).toBe(429);
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    expect((await beacon(setup, { etape: "envoye", dureeMs: 200_000 })).status).toBe(204);
    expect((await beacon(setup, { etape: "envoye", dureeMs: 200_000 })).status).toBe(204);
    expect((await beacon(setup, { etape: "envoye", dureeMs: 200_000 })).status).toBe(429);
    expect((await setup.stats.counters("roubaix")).categories.etapes?.envoye).toBe(2);
  });

  it("keeps other steps within a small multiple (abandoned forms still count)", async () => {
    const setup = await buildTestApp({ storage, missionsLocales: missionsLocales(), rateLimit: 60 });
    let accepted = 0;
    for (let i = 0; i < 200; i++) if ((await beacon(setup, { etape: "identite" })).status === 204) accepted++;
    expect(accepted).toBeGreaterThanOrEqual(30);
    expect(accepted).toBeLessThanOrEqual(100);
  });
});

describe("characters that hide or disguise text in the free message", () => {
  for (const [what, char] of [
    ["a tag character", "\u{E0041}"],
    ["a private-use character", "\uE000"],
    ["a bidi override", "\u202E"],
    ["a control character", "\u0007"],
  ] as const) {
    it(`refuses ${what} with the message's own error`, async () => {
      const setup = await buildTestApp();
      const response = await postRegistration(setup.app, validPayload({ message: `Bonjour ${char} merci` }));
      expect(response.status).toBe(422);
      const answer = (await response.json()) as { erreurs: Record<string, string> };
      expect(Object.keys(answer.erreurs)).toEqual(["message"]);
    });
  }
});
