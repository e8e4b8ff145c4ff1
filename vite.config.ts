import { defineConfig, type Plugin } from "vite";

/**
 * Vite wraps each `import()` in a helper that preloads the chunk's CSS and dependencies with
 * <link> tags (3 KB before gzip in /widget.js). The widget has no CSS files and modulePreload is
 * off, so the helper never has anything to preload: it is replaced by a plain call.
 */
const plainDynamicImports: Plugin = {
  name: "ml-plain-dynamic-imports",
  enforce: "pre",
  load(id) {
    if (id.includes("vite/preload-helper")) return "export const __vitePreload = (load) => load();";
    return undefined;
  },
};

/**
 * The script-tag bundle: dist/widget.js, an ES module with Lit inside, minified, served at
 * /widget.js. The schema (zod and the phone rules) is a chunk of its own in dist/chunks/, loaded
 * right after the first step is shown, so what a phone needs before the first step is usable
 * stays under 25 KB gzip. Chunk names carry a hash: they can be cached for good.
 *
 * Not lib mode: lib mode leaves ES output unminified (whitespace and comments kept).
 */
export default defineConfig({
  publicDir: false,
  plugins: [plainDynamicImports],
  resolve: {
    // Lit's production build whatever NODE_ENV says: `vite build` under NODE_ENV=test (npm start
    // from the end-to-end tests) would otherwise pick its "development" build, 4 KB gzip heavier.
    conditions: ["module", "browser", "production"],
  },
  build: {
    target: "es2022",
    minify: "oxc",
    sourcemap: false,
    emptyOutDir: true,
    modulePreload: false,
    rolldownOptions: {
      input: "widget/index.ts",
      // The entry keeps its exports, and may export more to the schema chunk (the enums they share).
      preserveEntrySignatures: "allow-extension",
      output: {
        format: "es",
        entryFileNames: "widget.js",
        chunkFileNames: "chunks/[name]-[hash].js",
      },
    },
  },
});
