/**
 * Bundles the server for `npm start`: dist/server/main.js and the PDF render thread
 * dist/server/render-worker.js, plain ES modules run by `node`. Measured here: starting from
 * the bundle instead of tsx (which transforms and resolves hundreds of modules at each start)
 * cuts the time to /healthz and the memory (see the README's Performance section).
 * Tests and development keep running the TypeScript sources through tsx.
 */
import { copyFileSync } from "node:fs";
import { build } from "esbuild";
import { projectPath } from "../server/paths";

await build({
  entryPoints: {
    main: projectPath("server", "main.ts"),
    "render-worker": projectPath("server", "pdf", "render-worker.ts"),
  },
  outdir: projectPath("dist", "server"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Dependencies stay in node_modules: they keep their own file lookups (fonts, commune data).
  packages: "external",
  // Code loaded on demand (the PDF renderer when this thread draws, one mail transport) stays
  // in chunks of its own, so its libraries load only when used.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  logLevel: "warning",
});

// The director's stylesheet, read at start: the built server needs nothing from server/.
copyFileSync(projectPath("server", "admin", "stats.css"), projectPath("dist", "server", "stats.css"));
