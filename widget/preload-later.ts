/**
 * Starts fetching the later chunk (schema, steps 2 to 6) while the first step renders, without
 * running it: a <link rel="modulepreload"> added as widget.js runs. The build writes the chunk's
 * hashed name in place of the marker (vite.config.ts); elsewhere (tests, the npm package) the
 * marker stays and nothing is preloaded: the chunk is then fetched after the first render.
 */
const LATER_CHUNK = "__ML_LATER_CHUNK__";

export function preloadLaterChunk(): void {
  if (LATER_CHUNK.startsWith("__")) return;
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = new URL(LATER_CHUNK, import.meta.url).href;
  document.head.append(link);
}
