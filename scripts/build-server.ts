/**
 * Bundles the server for `npm start`: dist/server/main.js and the PDF render thread
 * dist/server/render-worker.js, plain ES modules run by `node`. Measured here: starting from
 * the bundle instead of tsx (which transforms and resolves hundreds of modules at each start)
 * cuts the time to /healthz and the memory (see the README's Performance section).
 * Tests and development keep running the TypeScript sources through tsx.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { build } from "esbuild";
import { projectPath } from "../server/paths";

/**
 * Bundled from their ES builds rather than loaded from node_modules file by file: each file costs
 * memory to load and keep. pdf-lib (~300 CommonJS files, in the render chunk) cost each thread
 * that draws ~11 MB more and ~0.7 s more to load; zod ~3 MB (README.md, "Performance"). None of
 * them reads a file of its own.
 */
const BUNDLED = ["pdf-lib", "zod", "libphonenumber-js", "hono", "@hono/node-server"];
const { dependencies } = JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

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
  // Other dependencies stay in node_modules: they keep their own file lookups (fonts, commune data).
  external: Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
  mainFields: ["module", "main"],
  // Code loaded on demand (the PDF renderer when this thread draws, one mail transport) stays
  // in chunks of its own, so its libraries load only when used.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  logLevel: "warning",
});

// The director's stylesheet, read at start: the built server needs nothing from server/.
copyFileSync(projectPath("server", "admin", "stats.css"), projectPath("dist", "server", "stats.css"));
