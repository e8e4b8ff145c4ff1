/**
 * The server's side of the iframe mode and languages: GET /embed/:ml (framed only by the ML's allowed origins, every
 * other security header kept, nothing personal asked), the form's language told by
 * `Content-Language` and noted on the PDF (the payload unchanged), 422 answers that carry the
 * broken rules beside the French messages, and the languages an ML offers.
 */
import { describe, expect, it } from "vitest";
import type { MissionLocalePublic, ValidationErrorResponse } from "../../contract/api-types";
import { erreursFr } from "../../contract/i18n/errors-fr";
import { parseMlConfig } from "../../server/config/load-ml-config";
import { validPayload } from "../fixtures/payload";
import { demoMissionsLocales } from "../support/demo-config";
import { buildTestApp, drained, postRegistration, type TestApp } from "../support/test-app";
import { pdfText } from "../unit/pdf-support";

const ROUBAIX_ORIGINS = "'self' http://localhost:8787 http://127.0.0.1:8787";

function cspDirectives(response: Response): Map<string, string> {
  const csp = response.headers.get("Content-Security-Policy") ?? "";
  return new Map(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("GET /embed/:ml", () => {
  it("may be framed by the ML's allowed origins and this server, with every other security header kept", async () => {
    const { app } = await buildTestApp();
    const embed = await app.request("http://localhost:8787/embed/roubaix");
    const demo = await app.request("http://localhost:8787/");
    expect(embed.status).toBe(200);
    expect(embed.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(embed.headers.get("X-Frame-Options")).toBeNull();
    expect(demo.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(cspDirectives(embed).get("frame-ancestors")).toBe(ROUBAIX_ORIGINS);
    expect(cspDirectives(demo).get("frame-ancestors")).toBe("'none'");
    // The rest of the policy and every other header: as on any page of the server.
    const others = (response: Response) => {
      const csp = cspDirectives(response);
      csp.delete("frame-ancestors");
      return [...csp];
    };
    expect(others(embed)).toEqual(others(demo));
    const names = (response: Response) =>
      [...response.headers.keys()]
        .filter((name) => !["content-type", "content-length", "cache-control", "x-frame-options"].includes(name))
        .sort();
    expect(names(embed)).toEqual(names(demo));
    for (const header of [
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Cross-Origin-Opener-Policy",
      "Cross-Origin-Resource-Policy",
      "Origin-Agent-Cluster",
    ]) {
      expect(embed.headers.get(header), header).toBe(demo.headers.get(header));
    }
  });

  it("frames the form only where the ML allows it: each ML its own origins", async () => {
    const [roubaix, tourcoing] = demoMissionsLocales();
    if (!roubaix || !tourcoing) throw new Error("demo config");
    const partner = { ...roubaix, originesAutorisees: ["https://jeunesse.example.org"] };
    const { app } = await buildTestApp({ missionsLocales: [partner, tourcoing] });
    const embed = await app.request("http://localhost:8787/embed/roubaix");
    expect(cspDirectives(embed).get("frame-ancestors")).toBe("'self' https://jeunesse.example.org");
  });

  it("holds one widget and no inline script or style; lang, origine and parent are checked", async () => {
    const { app } = await buildTestApp();
    const page = async (query = "") => (await app.request(`http://localhost:8787/embed/roubaix${query}`)).text();
    const plain = await page();
    expect(plain.match(/<ml-preinscription /g)).toHaveLength(1);
    expect(plain).toContain('<ml-preinscription mission-locale="roubaix"></ml-preinscription>');
    expect(plain).toContain('<script type="module" src="/widget.js"></script>');
    expect(plain).toContain('<html lang="fr">');
    expect(plain.startsWith("<!doctype html>")).toBe(true);
    expect(plain).toMatch(/<title>Pré-inscription — Mission Locale de Roubaix[^<]*<\/title>/);
    expect(plain).toContain('<base target="_blank">');
    expect(plain).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=/);
    expect(plain).not.toContain("ml-embed-parent");

    expect(await page("?lang=ar")).toContain('<html lang="ar">');
    expect(await page("?lang=en-GB")).toContain('<html lang="en">');
    expect(await page("?lang=de")).toContain('<html lang="fr">');
    expect(await page("?origine=PARTENAIRE")).toContain(
      '<ml-preinscription mission-locale="roubaix" origine="PARTENAIRE">',
    );
    expect(await page(`?origine=${encodeURIComponent('"><script>')}`)).not.toContain("origine=");
    expect(await page(`?parent=${encodeURIComponent("http://127.0.0.1:8787")}`)).toContain(
      '<meta name="ml-embed-parent" content="http://127.0.0.1:8787">',
    );
  });

  it("refuses a parent origin the ML does not allow, and an unknown ML", async () => {
    const { app } = await buildTestApp();
    const refused = await app.request(
      `http://localhost:8787/embed/roubaix?parent=${encodeURIComponent("https://autre.example")}`,
    );
    expect(refused.status).toBe(403);
    const unknown = await app.request("http://localhost:8787/embed/inconnue");
    expect(unknown.status).toBe(404);
    // Nobody frames an error page.
    expect(cspDirectives(unknown).get("frame-ancestors")).toBe("'none'");
    expect(unknown.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
  });
});

describe("the form's language", () => {
  async function sendWith(
    setup: TestApp,
    language: string | undefined,
  ): Promise<{ json: { langue: string; payload: unknown }; pdf: Uint8Array }> {
    const before = (
      setup.transport as unknown as {
        sent: { kind: string; attachments: { filename: string; content: Uint8Array }[] }[];
      }
    ).sent.length;
    const response = await setup.app.request("http://localhost:8787/api/v1/ml/roubaix/preinscriptions", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Idempotency-Key": crypto.randomUUID(),
        Origin: "http://localhost:8787",
        ...(language ? { "Content-Language": language } : {}),
      },
      body: JSON.stringify(validPayload()),
    });
    expect(response.status).toBe(202);
    const sent = (
      setup.transport as unknown as {
        sent: { kind: string; attachments: { filename: string; content: Uint8Array }[] }[];
      }
    ).sent;
    const deadline = Date.now() + 10_000;
    while (sent.filter((m) => m.kind === "registration").length <= before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const mail = sent.filter((m) => m.kind === "registration").at(-1);
    const json = mail?.attachments.find((a) => a.filename.endsWith(".json"));
    const pdf = mail?.attachments.find((a) => a.filename.endsWith(".pdf"));
    if (!json || !pdf) throw new Error("no attachments");
    return { json: JSON.parse(Buffer.from(json.content).toString("utf8")), pdf: pdf.content };
  }

  it("is told by Content-Language, noted on the PDF, and changes nothing else", async () => {
    const setup = await buildTestApp();
    const french = await sendWith(setup, undefined);
    const english = await sendWith(setup, "en");
    const arabic = await sendWith(setup, "ar-DZ");
    const unknown = await sendWith(setup, "xx-invalid");
    expect([french.json.langue, english.json.langue, arabic.json.langue, unknown.json.langue]).toEqual([
      "fr",
      "en",
      "ar",
      "fr",
    ]);
    expect(english.json.payload).toEqual(french.json.payload);
    const text = (pdf: Uint8Array) => pdfText(pdf).then((t) => t.replace(/\s+/g, " "));
    expect(await text(english.pdf)).toContain("formulaire rempli en anglais (en)");
    expect(await text(arabic.pdf)).toContain("formulaire rempli en arabe (ar)");
    expect(await text(french.pdf)).not.toContain("formulaire rempli en");
    await drained(setup);
  });

  it("is allowed in a cross-origin request", async () => {
    const { app } = await buildTestApp();
    const preflight = await app.request("http://localhost:8787/api/v1/ml/roubaix/preinscriptions", {
      method: "OPTIONS",
      headers: { Origin: "http://127.0.0.1:8787", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toContain("Content-Language");
  });
});

describe("422 answers", () => {
  it("keep their French messages and add the rule each one broke, for a widget in another language", async () => {
    const { app } = await buildTestApp();
    const payload = validPayload();
    const response = await postRegistration(app, {
      ...payload,
      identite: { ...payload.identite, prenom: "Camille2", nomNaissance: "" },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ValidationErrorResponse;
    expect(Object.keys(body.codes ?? {}).sort()).toEqual(Object.keys(body.erreurs).sort());
    expect(body.codes?.["identite.prenom"]).toEqual({ key: "prenom.format" });
    expect(body.erreurs["identite.prenom"]).toBe(erreursFr["prenom.format"]);
    for (const code of Object.values(body.codes ?? {})) expect(erreursFr).toHaveProperty([code.key]);
  });
});

describe("the languages an ML offers", () => {
  it("are in its public facts, with its own texts translated (the default documents by the server)", async () => {
    const { app } = await buildTestApp();
    const roubaix = (await (await app.request("/api/v1/ml/roubaix")).json()) as MissionLocalePublic;
    expect(roubaix.langues).toEqual(["fr", "en", "ar"]);
    expect(roubaix.traductions?.en?.conservation).toMatch(/^Your data is kept/);
    expect(roubaix.traductions?.ar?.responsable).toContain("Mission Locale de Roubaix");
    expect(roubaix.traductions?.en?.documentsAApporter?.[0]).toBe(
      "An ID document (ID card, passport or residence permit)",
    );
    expect(roubaix.traductions?.ar?.documentsAApporter).toHaveLength(4);
    const tourcoing = (await (await app.request("/api/v1/ml/tourcoing-demo")).json()) as MissionLocalePublic;
    expect(tourcoing.langues).toEqual(["fr"]);
    expect(tourcoing.traductions).toEqual({});
  });

  it("are checked when the server starts: known languages only, no repeat", () => {
    const file = (langues: unknown) =>
      JSON.stringify({
        missionsLocales: [{ ...JSON.parse(JSON.stringify(demoMissionsLocales()[0])), langues }],
      });
    expect(() => parseMlConfig(file(["fr", "de"]))).toThrow(/langues/);
    expect(() => parseMlConfig(file(["fr", "fr"]))).toThrow(/langues/);
    expect(parseMlConfig(file(["fr", "ar"]))[0]?.langues).toEqual(["fr", "ar"]);
  });
});
