/**
 * PDFs drawn on worker threads are the same bytes as on the request thread; a failed render
 * fails that request only, and the pool keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MissionLocale } from "../../server/config/ml-config";
import { renderFiche } from "../../server/pdf/render";
import { createRenderPool, type RenderPool, RenderThreadError } from "../../server/pdf/render-pool";
import { validPayload } from "../fixtures/payload";
import { demoMissionLocale, registration } from "../fixtures/registration";

const ml = demoMissionLocale();

describe("render pool", () => {
  let pool: RenderPool;
  beforeAll(() => {
    pool = createRenderPool(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  it("renders the same bytes as renderFiche on the request thread", async () => {
    const fiche = registration();
    const [threaded, direct] = await Promise.all([pool.render(fiche, ml), renderFiche(fiche, ml)]);
    expect(Buffer.from(threaded).equals(Buffer.from(direct))).toBe(true);
  });

  it("serves concurrent renders across its threads, each with its own fiche", async () => {
    const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
    const pdfs = await Promise.all(
      names.map((prenom) => {
        const payload = validPayload();
        payload.identite.prenom = prenom;
        return pool.render(registration({ payload }), ml);
      }),
    );
    const expected = await Promise.all(
      names.map((prenom) => {
        const payload = validPayload();
        payload.identite.prenom = prenom;
        return renderFiche(registration({ payload }), ml);
      }),
    );
    pdfs.forEach((pdf, index) => {
      expect(Buffer.from(pdf).equals(Buffer.from(expected[index] ?? new Uint8Array()))).toBe(true);
    });
  });

  it("rejects a render that throws, and keeps rendering the next ones", async () => {
    const broken = { ...ml, adresse: undefined } as unknown as MissionLocale;
    await expect(pool.render(registration(), broken)).rejects.toBeInstanceOf(RenderThreadError);
    const pdf = await pool.render(registration(), ml);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("refuses work once closed", async () => {
    const closing = createRenderPool(1);
    await closing.close();
    await expect(closing.render(registration(), ml)).rejects.toBeInstanceOf(RenderThreadError);
  });
});
