import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AcceptedResponse, CommunesResponse, MissionLocalePublic } from "../../contract/api-types";
import { validPayload } from "../fixtures/payload";
import { STORAGE_KINDS } from "../support/storage";
import {
  buildTestApp,
  drained,
  postRegistration,
  type recordingTransport,
  TEST_NOW,
  TEST_ORIGIN,
  type TestApp,
} from "../support/test-app";

async function delivered(setup: TestApp) {
  await drained(setup);
  return (setup.transport as ReturnType<typeof recordingTransport>).sent;
}

describe("POST /api/v1/ml/:ml/preinscriptions", () => {
  it("answers 202 with a reference and a deadline, and mails the PDF and the JSON to the ML's mailbox", async () => {
    const setup = await buildTestApp();
    const response = await postRegistration(setup.app, validPayload());
    expect(response.status).toBe(202);
    const body = (await response.json()) as AcceptedResponse;
    expect(body.reference).toMatch(/^PI-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Received Tuesday 10:00 in Roubaix, handled each morning: by the end of Wednesday.
    expect(body.rappelAvant).toBe("2026-11-25T17:30:00+01:00");
    expect(response.headers.get("Cache-Control")).toBe("no-store");

    const [mail, ...others] = await delivered(setup);
    expect(others).toEqual([]);
    expect(mail?.to).toEqual(["preinscriptions@ml-roubaix.example.org"]);
    expect(mail?.replyTo).toBe("camille.exemplaire@example.org");
    expect(mail?.subject).toContain(body.reference);
    expect(mail?.subject).toContain("Roubaix");
    // The demo config asks for the name in the subject (off by default: tests/server/doublons.test.ts).
    expect(mail?.subject).toContain("EXEMPLAIRE Camille — né(e) le 14/03/2005");
    expect(mail?.attachments.map((a) => a.filename)).toEqual([
      `preinscription-${body.reference}.pdf`,
      `preinscription-${body.reference}.json`,
    ]);
    expect(
      Buffer.from(mail?.attachments[0]?.content ?? [])
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const json = JSON.parse(Buffer.from(mail?.attachments[1]?.content ?? []).toString("utf8"));
    expect(json.payload.identite.prenom).toBe("Camille");
    expect(json.payload.coordonnees.telephone).toBe("+33199001234");
  });

  it("takes the commune's name from the official list, not from the browser", async () => {
    const setup = await buildTestApp();
    const payload = validPayload();
    payload.coordonnees.adresse.commune = "Ville inventée";
    expect((await postRegistration(setup.app, payload)).status).toBe(202);
    const [mail] = await delivered(setup);
    const json = JSON.parse(Buffer.from(mail?.attachments[1]?.content ?? []).toString("utf8"));
    expect(json.payload.coordonnees.adresse.commune).toBe("Roubaix");
  });

  it("flags minors, youths outside the territory and those without housing in the subject", async () => {
    const setup = await buildTestApp();
    const payload = validPayload({
      identite: { ...validPayload().identite, dateNaissance: "2009-06-01" },
      logement: { situation: "SANS_HEBERGEMENT" },
    });
    payload.coordonnees.adresse = {
      ligne1: "1 rue de l'Exemple",
      codePostal: "59000",
      codeInsee: "59350",
      commune: "Lille",
    };
    expect((await postRegistration(setup.app, payload)).status).toBe(202);
    const [mail] = await delivered(setup);
    expect(mail?.subject).toContain("MINEUR");
    expect(mail?.subject).toContain("HORS TERRITOIRE");
    expect(mail?.subject).toContain("SANS HÉBERGEMENT");
  });

  it("answers 422 with French messages keyed by field path", async () => {
    const setup = await buildTestApp();
    const payload = validPayload();
    payload.identite.prenom = "R2D2";
    payload.coordonnees.telephone = "12";
    const response = await postRegistration(setup.app, payload);
    expect(response.status).toBe(422);
    const { erreurs } = (await response.json()) as { erreurs: Record<string, string> };
    expect(erreurs["identite.prenom"]).toMatch(/^Le prénom ne peut contenir que des lettres/);
    expect(erreurs["coordonnees.telephone"]).toMatch(/^Ce numéro de téléphone n'est pas valide/);
    expect(await delivered(setup)).toEqual([]);
  });

  it("applies the ML's age range on the day received, in its time zone", async () => {
    const setup = await buildTestApp();
    const tooOld = validPayload({ identite: { ...validPayload().identite, dateNaissance: "2000-11-24" } });
    const response = await postRegistration(setup.app, tooOld);
    expect(response.status).toBe(422);
    const { erreurs } = (await response.json()) as { erreurs: Record<string, string> };
    expect(erreurs["identite.dateNaissance"]).toBe(
      "La Mission Locale accompagne les jeunes jusqu'à 25 ans révolus (jusqu'à la veille de leurs 26 ans).",
    );
    const lastDay = validPayload({ identite: { ...validPayload().identite, dateNaissance: "2000-11-25" } });
    expect((await postRegistration(setup.app, lastDay)).status).toBe(202);
  });

  it("refuses an INSEE code that does not belong to the postal code", async () => {
    const setup = await buildTestApp();
    const payload = validPayload();
    payload.coordonnees.adresse.codeInsee = "59350";
    const response = await postRegistration(setup.app, payload);
    expect(response.status).toBe(422);
    const { erreurs } = (await response.json()) as { erreurs: Record<string, string> };
    expect(erreurs["coordonnees.adresse.codeInsee"]).toBe(
      "Cette commune n'a pas le code postal 59100. Choisissez votre commune dans la liste.",
    );
  });

  it("never takes the recipient from the request", async () => {
    const setup = await buildTestApp();
    const response = await postRegistration(setup.app, { ...validPayload(), to: "someone@example.org" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { erreurs: Record<string, string> }).erreurs.to).toBe(
      "Ce champ n'est pas attendu par le formulaire.",
    );
  });

  it("answers 400 to malformed JSON and to a missing Idempotency-Key", async () => {
    const setup = await buildTestApp();
    const malformed = await postRegistration(setup.app, "{ pas du json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { erreur: string }).erreur).toBe("Le contenu envoyé n'est pas du JSON valide.");
    const noKey = await setup.app.request("http://localhost:8787/api/v1/ml/roubaix/preinscriptions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: TEST_ORIGIN },
      body: JSON.stringify(validPayload()),
    });
    expect(noKey.status).toBe(400);
  });

  it("answers 403 to an origin the ML did not allow, and to no origin at all", async () => {
    const setup = await buildTestApp();
    const foreign = await postRegistration(setup.app, validPayload(), { origin: "https://evil.example.org" });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect((await postRegistration(setup.app, validPayload(), { origin: null })).status).toBe(403);
    expect(await delivered(setup)).toEqual([]);
  });

  it("accepts the server's own origin (scheme and Host), as for the demo page", async () => {
    const setup = await buildTestApp();
    const response = await setup.app.request("http://ml.example.net/api/v1/ml/roubaix/preinscriptions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID(), Origin: "http://ml.example.net" },
      body: JSON.stringify(validPayload()),
    });
    expect(response.status).toBe(202);
  });

  it("answers a CORS preflight only for allowed origins", async () => {
    const setup = await buildTestApp();
    const preflight = (origin: string) =>
      setup.app.request("http://localhost:8787/api/v1/ml/roubaix/preinscriptions", {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
      });
    const allowed = await preflight("http://127.0.0.1:8787");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe("http://127.0.0.1:8787");
    expect(allowed.headers.get("Access-Control-Allow-Headers")).toContain("Idempotency-Key");
    expect((await preflight("https://evil.example.org")).status).toBe(403);
  });

  it("answers 404 to an unknown Mission Locale", async () => {
    const setup = await buildTestApp();
    expect((await postRegistration(setup.app, validPayload(), { ml: "atlantide" })).status).toBe(404);
    const facts = await setup.app.request("/api/v1/ml/atlantide");
    expect(facts.status).toBe(404);
    expect(await facts.json()).toEqual({ erreur: "Mission Locale inconnue." });
  });

  it("answers 413 above 32 KB", async () => {
    const setup = await buildTestApp();
    const response = await postRegistration(setup.app, { ...validPayload(), message: "a".repeat(40_000) });
    expect(response.status).toBe(413);
  });

  it("answers 415 to anything but application/json", async () => {
    const setup = await buildTestApp();
    const response = await postRegistration(setup.app, JSON.stringify(validPayload()), { contentType: "text/plain" });
    expect(response.status).toBe(415);
    const form = await postRegistration(setup.app, "a=b", { contentType: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
  });

  it("answers 429 with Retry-After beyond RATE_LIMIT registrations per IP and hour", async () => {
    const setup = await buildTestApp({ rateLimit: 2 });
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    const limited = await postRegistration(setup.app, validPayload());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(3000);
    expect(Number(limited.headers.get("Retry-After"))).toBeLessThanOrEqual(3600);
  });

  it("answers the usual 202 to bots and sends nothing (honeypot, too fast)", async () => {
    const setup = await buildTestApp();
    const honeypot = await postRegistration(setup.app, {
      ...validPayload(),
      meta: { dureeSaisieMs: 60_000, siteWeb: "http://spam.example" },
    });
    const tooFast = await postRegistration(setup.app, {
      ...validPayload(),
      meta: { dureeSaisieMs: 1200, siteWeb: "" },
    });
    expect(honeypot.status).toBe(202);
    expect(tooFast.status).toBe(202);
    expect(Object.keys(await tooFast.json())).toEqual(["reference", "rappelAvant"]);
    expect(await delivered(setup)).toEqual([]);
  });
});

describe.each(STORAGE_KINDS)("POST …/preinscriptions: the Idempotency-Key on the %s storage", (storage) => {
  it("returns the same 202 to a repeated Idempotency-Key and sends one email", async () => {
    const setup = await buildTestApp({ storage });
    const key = randomUUID();
    const first = await postRegistration(setup.app, validPayload(), { key });
    const again = await postRegistration(setup.app, validPayload(), { key });
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual(await first.json());
    expect(await delivered(setup)).toHaveLength(1);
  });

  it("makes concurrent repeats wait for the first and share its answer", async () => {
    const setup = await buildTestApp({ storage });
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postRegistration(setup.app, validPayload(), { key })),
    );
    const bodies = await Promise.all(answers.map((response) => response.json()));
    expect(answers.map((response) => response.status)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(await delivered(setup)).toHaveLength(1);
  });

  it("lets a corrected resend go through after a 422 with the same key", async () => {
    const setup = await buildTestApp({ storage });
    const key = randomUUID();
    const wrong = validPayload();
    wrong.identite.prenom = "";
    expect((await postRegistration(setup.app, wrong, { key })).status).toBe(422);
    expect((await postRegistration(setup.app, validPayload(), { key })).status).toBe(202);
    expect(await delivered(setup)).toHaveLength(1);
  });
});

describe("GET /api/v1/ml/:ml and its communes", () => {
  it("gives the ML's public facts, never its mailbox, to any origin, saying whether it may send", async () => {
    const { app } = await buildTestApp();
    const response = await app.request("http://localhost:8787/api/v1/ml/roubaix", { headers: { Origin: TEST_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    const facts = (await response.json()) as MissionLocalePublic;
    expect(facts.origineAutorisee).toBe(true);
    expect(facts.nom).toBe("Mission Locale de Roubaix Lys-Lez-Lannoy");
    expect(facts.age).toEqual({ min: 16, max: 25 });
    expect(facts.confidentialite.messagerie).toBe("resend");
    expect(facts.accueilsCollectifs.every((session) => Date.parse(session.debut) > TEST_NOW.getTime())).toBe(true);
    expect(JSON.stringify(facts)).not.toContain("preinscriptions@");
    expect(JSON.stringify(facts)).not.toContain("technique@");
    const foreign = await app.request("http://localhost:8787/api/v1/ml/roubaix", {
      headers: { Origin: "https://evil.example.org" },
    });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(foreign.headers.get("Vary")).toBe("Origin");
    expect(((await foreign.json()) as MissionLocalePublic).origineAutorisee).toBe(false);
    // No Origin: a page of this server (same-origin GETs carry none), or no browser at all.
    const sameOrigin = await app.request("http://localhost:8787/api/v1/ml/roubaix");
    expect(((await sameOrigin.json()) as MissionLocalePublic).origineAutorisee).toBe(true);
    const communes = await app.request("/api/v1/ml/roubaix/communes?codePostal=59100", {
      headers: { Origin: "https://evil.example.org" },
    });
    expect(communes.status).toBe(200);
    expect(communes.headers.get("Access-Control-Allow-Origin")).toBe("*");
    // Reading is open, sending is not.
    const post = await postRegistration(app, validPayload(), { origin: "https://evil.example.org" });
    expect(post.status).toBe(403);
    expect(post.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("lists the communes of a postal code with the territory flag", async () => {
    const { app } = await buildTestApp();
    const response = await app.request("/api/v1/ml/roubaix/communes?codePostal=59390");
    const { communes } = (await response.json()) as CommunesResponse;
    expect(communes).toEqual([
      { codeInsee: "59332", nom: "Lannoy", territoire: true },
      { codeInsee: "59367", nom: "Lys-lez-Lannoy", territoire: true },
      { codeInsee: "59522", nom: "Sailly-lez-Lannoy", territoire: false },
      { codeInsee: "59598", nom: "Toufflers", territoire: true },
    ]);
  });

  it("answers 400 to a malformed postal code and an empty list to an unknown one", async () => {
    const { app } = await buildTestApp();
    expect((await app.request("/api/v1/ml/roubaix/communes?codePostal=591")).status).toBe(400);
    expect((await app.request("/api/v1/ml/roubaix/communes?codePostal=5910A")).status).toBe(400);
    const unknown = await app.request("/api/v1/ml/roubaix/communes?codePostal=00000");
    expect(await unknown.json()).toEqual({ communes: [] });
  });
});

describe("other routes and headers", () => {
  it("publishes the payload's JSON Schema, generated from the zod schema", async () => {
    const { app } = await buildTestApp();
    const schema = (await (await app.request("/api/v1/schema")).json()) as {
      properties: Record<string, { properties?: Record<string, { enum?: string[] }> }>;
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.logement?.properties?.situation?.enum).toContain("SANS_HEBERGEMENT");
  });

  it("reports health with counts and no personal data", async () => {
    const { app } = await buildTestApp();
    const response = await app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      transport: "resend",
      scanning: false,
      deliveriesPending: 0,
      oldestPendingSeconds: null,
    });
  });

  it("serves the widget bundle cross-origin and cacheable", async () => {
    const { app } = await buildTestApp({ widget: { main: "export const widget = 1;\n", chunks: new Map() } });
    const response = await app.request("/widget.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/javascript");
    expect(response.headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toContain("max-age=");
    const etag = response.headers.get("ETag") ?? "";
    expect((await app.request("/widget.js", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("serves the widget's on-demand chunks cross-origin, cached for good", async () => {
    const { app } = await buildTestApp();
    const chunk = await app.request("/chunks/later-abc123.js");
    expect(chunk.status).toBe(200);
    expect(await chunk.text()).toBe("export const later = 1;\n");
    expect(chunk.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(chunk.headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect(chunk.headers.get("Cache-Control")).toContain("immutable");
    expect((await app.request("/chunks/inconnu-000.js")).status).toBe(404);
    expect((await app.request("/chunks/..%2Fwidget.js")).status).toBe(404);
  });

  it("sends security headers, and HSTS only over TLS", async () => {
    const { app } = await buildTestApp();
    const plain = await app.request("http://localhost:8787/api/v1/ml/roubaix");
    expect(plain.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
    expect(plain.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(plain.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(plain.headers.get("Strict-Transport-Security")).toBeNull();
    const tls = await app.request("https://ml.example.net/api/v1/ml/roubaix");
    expect(tls.headers.get("Strict-Transport-Security")).toContain("max-age=");
  });

  it("answers 404 in French to an unknown path", async () => {
    const { app } = await buildTestApp();
    const response = await app.request("/nulle-part");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ erreur: "Page introuvable." });
  });
});
