/**
 * A page's content stream written as PDF operators in a string and compressed with node:zlib.
 *
 * pdf-lib's drawing API builds an object per operator and per number and deflates with pako at
 * save; for the few hundred operators of a fiche that was a third of the render time. The
 * operators written here are the same (BT/Tf/Td/Tj/ET, re, m/l, f/S/B).
 */
import { deflateSync } from "node:zlib";
import { type PDFContext, PDFRawStream, type PDFRef } from "pdf-lib";

/** A colour: a gray level (0 = black) or RGB components, all in 0..1. */
export type Colour = number | readonly [number, number, number];

/** Numbers as PDF wants them: plain decimals, at most two places (no exponent, no "-0"). */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded === 0 ? "0" : String(rounded);
}

function fillColour(colour: Colour): string {
  return typeof colour === "number" ? `${num(colour)} g` : `${colour.map(num).join(" ")} rg`;
}

function strokeColour(colour: Colour): string {
  return typeof colour === "number" ? `${num(colour)} G` : `${colour.map(num).join(" ")} RG`;
}

export interface BoxOptions {
  fill?: Colour;
  stroke?: Colour;
  lineWidth?: number;
}

export class ContentStream {
  private readonly parts: string[] = [];

  /** One run of glyphs (`hex`: 4 hex digits per CID) at baseline (x, y). */
  text(fontKey: string, size: number, colour: Colour, x: number, y: number, hex: string): void {
    this.parts.push(`BT /${fontKey} ${num(size)} Tf ${fillColour(colour)} ${num(x)} ${num(y)} Td <${hex}> Tj ET`);
  }

  rect(x: number, y: number, width: number, height: number, options: BoxOptions): void {
    const paint =
      options.fill !== undefined && options.stroke !== undefined ? "B" : options.fill !== undefined ? "f" : "S";
    this.parts.push(
      [
        "q",
        options.fill !== undefined ? fillColour(options.fill) : "",
        options.stroke !== undefined ? `${strokeColour(options.stroke)} ${num(options.lineWidth ?? 0.8)} w` : "",
        `${num(x)} ${num(y)} ${num(width)} ${num(height)} re ${paint} Q`,
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: Colour, width: number): void {
    this.parts.push(`q ${strokeColour(colour)} ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`);
  }

  /** Register the compressed stream in the document; returns its reference for the page. */
  register(context: PDFContext): PDFRef {
    const bytes = Buffer.from(this.parts.join("\n"), "latin1");
    return context.register(PDFRawStream.of(context.obj({ Filter: "FlateDecode" }), deflateSync(bytes)));
  }
}
