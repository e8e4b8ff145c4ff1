/**
 * What a partner's page fetches from the server: the scripts gzip-compressed when the
 * browser accepts it (the weight budget is counted in gzip), with one ETag per encoding; the demo
 * pages with several widgets, themes and a hostile theme; the second demo Mission Locale; the
 * answers a partner's page may read.
 */
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { MissionLocalePublic } from "../../contract/api-types";
import { buildTestApp, TEST_ORIGIN } from "../support/test-app";

const widget = {
  main: `export const widget = "${"x".repeat(4000)}";\n`,
  chunks: new Map([["later-abc123.js", `export const later = "${"y".repeat(4000)}";\n`]]),
};

describe("scripts over the wire", () => {
  it("sends widget.js and its chunks gzip-compressed to browsers, plain to others", async () => {
    const { app } = await buildTestApp({ widget });
    for (const [path, text] of [
      ["/widget.js", widget.main],
      ["/chunks/later-abc123.js", widget.chunks.get("later-abc123.js") ?? ""],
    ] as const) {
      const gzipped = await app.request(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
      expect(gzipped.headers.get("Content-Encoding")).toBe("gzip");
      expect(gzipped.headers.get("Vary")).toContain("Accept-Encoding");
      expect(gzipped.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const bytes = Buffer.from(await gzipped.arrayBuffer());
      expect(bytes.length).toBeLessThan(text.length / 10);
      expect(gunzipSync(bytes).toString("utf8")).toBe(text);

      const plain = await app.request(path);
      expect(plain.headers.get("Content-Encoding")).toBeNull();
      expect(await plain.text()).toBe(text);
    }
  });

  it("gives each encoding of widget.js its own ETag", async () => {
    const { app } = await buildTestApp({ widget });
    const gzip = { "Accept-Encoding": "gzip" };
    const plainTag = (await app.request("/widget.js")).headers.get("ETag") ?? "";
    const gzipTag = (await app.request("/widget.js", { headers: gzip })).headers.get("ETag") ?? "";
    expect(gzipTag).not.toBe(plainTag);
    expect((await app.request("/widget.js", { headers: { ...gzip, "If-None-Match": gzipTag } })).status).toBe(304);
    expect((await app.request("/widget.js", { headers: { ...gzip, "If-None-Match": plainTag } })).status).toBe(200);
  });
});

describe("demo pages and Missions Locales", () => {
  it("serves the pages with several widgets, the themes and the hostile theme, under the strict CSP", async () => {
    const { app } = await buildTestApp();
    for (const page of ["deux-missions-locales", "themes", "hostile"]) {
      const response = await app.request(`/demo/${page}.html`);
      expect(response.status, page).toBe(200);
      const html = await response.text();
      expect(html).toContain('<script type="module" src="/widget.js"></script>');
      // No inline script or style: the pages work under the server's own CSP.
      expect(html).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=/);
      expect(response.headers.get("Content-Security-Policy")).toContain("style-src 'self'");
      expect((await app.request(`/demo/${page}.css`)).status, `${page}.css`).toBe(200);
    }
    const two = await (await app.request("/demo/deux-missions-locales.html")).text();
    expect(two).toContain('mission-locale="roubaix"');
    expect(two).toContain('mission-locale="tourcoing-demo"');
  });

  it("serves a second, fictitious Mission Locale, its mailbox never shown", async () => {
    const { app } = await buildTestApp();
    const response = await app.request("/api/v1/ml/tourcoing-demo");
    expect(response.status).toBe(200);
    const facts = (await response.json()) as MissionLocalePublic;
    expect(facts.nom).toBe("Mission Locale de démonstration de Tourcoing");
    expect(facts.apparence.couleurPrincipale).toBe("#0f6e5c");
    expect(JSON.stringify(facts)).not.toContain("preinscriptions@");
  });
});

describe("a partner's origin", () => {
  it("may read the funnel beacon's answer: sendBeacon goes no-cors, so the API says CORP cross-origin", async () => {
    const { app } = await buildTestApp();
    const response = await app.request("/api/v1/ml/roubaix/etapes", {
      method: "POST",
      headers: { Origin: TEST_ORIGIN, "Content-Type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ etape: "identite" }),
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(TEST_ORIGIN);
    expect(response.headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    // Other origins keep the same-origin policy.
    const stranger = await app.request("/api/v1/ml/roubaix", { headers: { Origin: "https://ailleurs.example.org" } });
    expect(stranger.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
  });
});
