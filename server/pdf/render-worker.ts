/**
 * A render thread (render-pool.ts): fonts parsed once here too, then one fiche per message.
 * Runs the same pure renderFiche; only the thread differs.
 */
import { parentPort } from "node:worker_threads";
import type { MissionLocale } from "../config/ml-config";
import type { Registration } from "../registration";
import { preloadFonts } from "./fonts";
import { renderFiche } from "./render";

export interface RenderRequest {
  id: number;
  registration: Registration;
  ml: MissionLocale;
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread only");
preloadFonts();
port.on("message", (request: RenderRequest) => {
  renderFiche(request.registration, request.ml).then(
    (pdf) => port.postMessage({ id: request.id, pdf } satisfies RenderReply, [pdf.buffer as ArrayBuffer]),
    (error: unknown) =>
      port.postMessage({ id: request.id, error: error instanceof Error ? error.name : "erreur" } satisfies RenderReply),
  );
});
