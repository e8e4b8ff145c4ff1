/**
 * The fiche as a list of drawing operations, recorded from one run of the real renderer, so the
 * reference renderers (pdf-lib as usually written, Chromium printing HTML) draw exactly the same
 * text at the same places instead of an approximation that could be lighter or heavier.
 *
 * Recording wraps Flow's methods for the duration of one render (bench-only; the renderer has no
 * hook for this, and should not need one). The wraps (text measured and cut into lines) are
 * recorded too: a renderer written the usual way measures its text with pdf-lib as well.
 */
import type { MissionLocale } from "../server/config/ml-config";
import type { BoxOptions } from "../server/pdf/content-stream";
import { Flow, type TextStyle } from "../server/pdf/layout";
import { renderFiche } from "../server/pdf/render";
import type { Registration } from "../server/registration";

export type FicheOp =
  | { kind: "page" }
  | { kind: "wrap"; text: string; style: TextStyle; width: number }
  | { kind: "text"; page: number; text: string; x: number; y: number; style: TextStyle }
  | { kind: "rect"; page: number; x: number; y: number; width: number; height: number; options: BoxOptions }
  | { kind: "hline"; page: number; x1: number; x2: number; y: number; thickness: number; gray: number };

export async function recordFiche(registration: Registration, ml: MissionLocale): Promise<FicheOp[]> {
  const ops: FicheOp[] = [];
  const proto = Flow.prototype;
  const original = { addPage: proto.addPage, wrap: proto.wrap, line: proto.line, rect: proto.rect, hline: proto.hline };
  const current = (flow: Flow, pageIndex: number | undefined) => pageIndex ?? flow.pages.length - 1;
  proto.addPage = function (this: Flow) {
    ops.push({ kind: "page" });
    original.addPage.call(this);
  };
  proto.wrap = function (this: Flow, text, style, width) {
    ops.push({ kind: "wrap", text, style, width });
    return original.wrap.call(this, text, style, width);
  };
  proto.line = function (this: Flow, text, x, y, style, pageIndex) {
    if (text !== "") ops.push({ kind: "text", page: current(this, pageIndex), text, x, y, style });
    original.line.call(this, text, x, y, style, pageIndex);
  };
  proto.rect = function (this: Flow, x, y, width, height, options, pageIndex) {
    ops.push({ kind: "rect", page: current(this, pageIndex), x, y, width, height, options });
    original.rect.call(this, x, y, width, height, options, pageIndex);
  };
  proto.hline = function (this: Flow, x1, x2, y, thickness = 0.6, gray = 0.55, pageIndex) {
    ops.push({ kind: "hline", page: current(this, pageIndex), x1, x2, y, thickness, gray });
    original.hline.call(this, x1, x2, y, thickness, gray, pageIndex);
  };
  try {
    await renderFiche(registration, ml);
  } finally {
    Object.assign(proto, original);
  }
  return ops;
}
