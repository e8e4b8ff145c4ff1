/**
 * POST /api/v1/ml/:ml/etapes — the anonymous funnel beacon as navigator.sendBeacon sends it
 * (text/plain), and everything it must refuse.
 */
import { describe, expect, it } from "vitest";
import type { MissionLocalePublic } from "../../contract/api-types";
import type { MissionLocale } from "../../server/config/ml-config";
import { validPayload } from "../fixtures/payload";
import { demoRoubaix } from "../support/demo-config";
import { buildTestApp, postRegistration, TEST_ORIGIN, type TestApp } from "../support/test-app";

const BASE = "http://localhost:8787/api/v1/ml";

function missionsLocales(): MissionLocale[] {
  const roubaix = demoRoubaix({
    statistiques: { jeton: "jeton-fictif-de-test-0123456789-abcdefghij", parcours: true },
  });
  return [
    roubaix,
    {
      ...roubaix,
      id: "sans-parcours",
      statistiques: { jeton: "jeton-fictif-de-test-0123456789-klmnopqrst", parcours: false },
    },
    { ...roubaix, id: "sans-stats", statistiques: undefined },
  ];
}

async function beacon(
  setup: TestApp,
  body: string | object,
  init: { ml?: string; origin?: string | null; contentType?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { "Content-Type": init.contentType ?? "text/plain;charset=UTF-8" };
  if (init.origin !== null) headers.Origin = init.origin ?? TEST_ORIGIN;
  return setup.app.request(`${BASE}/${init.ml ?? "roubaix"}/etapes`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("POST /api/v1/ml/:ml/etapes", () => {
  it("accepts text/plain as sendBeacon sends it: 204, no body, no cookie, counted (older widgets' first step too)", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    const response = await beacon(setup, { etape: "identite" });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(response.headers.get("Set-Cookie")).toBeNull();
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(TEST_ORIGIN);
    expect((await beacon(setup, { etape: "coordonnees" }, { contentType: "application/json" })).status).toBe(204);
    expect((await setup.stats.counters("roubaix")).categories.etapes).toEqual({ identite: 1, coordonnees: 1 });
  });

  it("counts the reaches per step and the fill time of sent forms in buckets", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    const steps = ["territoire", "identite", "coordonnees", "logement", "parcours", "rappel", "verification"] as const;
    // Three forms started; two reach the end; one is sent after 4 min, one after 25 min.
    for (const [form, last] of [6, 6, 1].entries()) {
      for (const step of steps.slice(0, last + 1)) expect((await beacon(setup, { etape: step })).status).toBe(204);
      if (form < 2) {
        const dureeMs = form === 0 ? 4 * 60_000 : 25 * 60_000;
        expect((await beacon(setup, { etape: "envoye", dureeMs })).status).toBe(204);
      }
    }
    const counters = await setup.stats.counters("roubaix");
    expect(counters.categories.etapes).toEqual({
      territoire: 3,
      identite: 3,
      coordonnees: 2,
      logement: 2,
      parcours: 2,
      rappel: 2,
      verification: 2,
      envoye: 2,
    });
    expect(counters.categories.dureeSaisie).toEqual({ "3-5": 1, "20+": 1 });
    // Beacons are not registrations.
    expect(counters.jours).toEqual({});
    expect(counters.parcoursDepuis).toBe("2026-11-24");
  });

  it("is the only route that takes text/plain: a registration sent so gets 415", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    const response = await postRegistration(setup.app, validPayload(), { contentType: "text/plain;charset=UTF-8" });
    expect(response.status).toBe(415);
    expect(
      (await beacon(setup, { etape: "identite" }, { contentType: "application/x-www-form-urlencoded" })).status,
    ).toBe(415);
  });

  it("answers 403 to a foreign or missing Origin", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    expect((await beacon(setup, { etape: "identite" }, { origin: "https://malveillant.example.org" })).status).toBe(
      403,
    );
    expect((await beacon(setup, { etape: "identite" }, { origin: null })).status).toBe(403);
    expect((await setup.stats.counters("roubaix")).categories.etapes).toEqual({});
  });

  it("answers 404 when the funnel is off for the ML, and for an unknown ML", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    expect((await beacon(setup, { etape: "identite" }, { ml: "sans-parcours" })).status).toBe(404);
    expect((await beacon(setup, { etape: "identite" }, { ml: "sans-stats" })).status).toBe(404);
    expect((await beacon(setup, { etape: "identite" }, { ml: "inconnue" })).status).toBe(404);
  });

  it("answers 413 over 512 bytes", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    const big = `{"etape":"identite","x":"${"a".repeat(520)}"}`;
    expect((await beacon(setup, big)).status).toBe(413);
  });

  it("answers 400 to malformed JSON and 422 to anything but a known step (an identifier, a value…)", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    expect((await beacon(setup, "{ pas du json")).status).toBe(400);
    const bad: unknown[] = [
      { etape: "inconnue" },
      { etape: "identite", id: "4f1c2b" },
      { etape: "identite", dureeMs: 1000 },
      { etape: "envoye" },
      { etape: "envoye", dureeMs: -1 },
      { etape: "envoye", dureeMs: 1.5 },
      { etape: "envoye", dureeMs: 8 * 24 * 3600_000 },
      { etape: "coordonnees", valeur: "Camille" },
      ["identite"],
      "identite",
      null,
    ];
    for (const body of bad) {
      const response = await beacon(setup, JSON.stringify(body));
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(((await response.json()) as { erreurs: object }).erreurs).length).toBeGreaterThan(0);
    }
    expect((await setup.stats.counters("roubaix")).categories.etapes).toEqual({});
  });

  it("is rate-limited per IP (20 beacons per allowed registration per hour) unless RATE_LIMIT=0", async () => {
    const limited = await buildTestApp({ missionsLocales: missionsLocales(), rateLimit: 1 });
    for (let i = 0; i < 20; i++) expect((await beacon(limited, { etape: "identite" })).status).toBe(204);
    const refused = await beacon(limited, { etape: "identite" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    const open = await buildTestApp({ missionsLocales: missionsLocales(), rateLimit: 0 });
    for (let i = 0; i < 30; i++) expect((await beacon(open, { etape: "identite" })).status).toBe(204);
  });

  it("the public facts tell the widget whether the funnel is on (for the privacy notice)", async () => {
    const setup = await buildTestApp({ missionsLocales: missionsLocales() });
    const on = (await (await setup.app.request(`${BASE}/roubaix`)).json()) as MissionLocalePublic;
    expect(on.statistiques).toEqual({ parcours: true });
    const off = (await (await setup.app.request(`${BASE}/sans-stats`)).json()) as MissionLocalePublic;
    expect(off.statistiques).toEqual({ parcours: false });
    expect(JSON.stringify(on)).not.toContain("jeton");
  });
});
