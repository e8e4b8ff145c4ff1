import { defineConfig, type Plugin } from "vite";

/**
 * Vite wraps every `import()` in a helper that adds <link rel="modulepreload"> for the chunk's
 * own imports (1.7 KB raw in widget.js). Our chunks import nothing the entry has not already
 * loaded, so the helper only ever receives an empty list: it is replaced by a plain call.
 */
function plainDynamicImports(): Plugin {
  const helper = "\0vite/preload-helper.js";
  return {
    name: "plain-dynamic-imports",
    enforce: "pre",
    load: (id) => (id === helper ? "export const __vitePreload = (load) => load();" : undefined),
  };
}

/**
 * The script-tag bundle: dist/widget.js, an ES module with Lit inside, minified, served at
 * /widget.js. The schema (zod and the phone rules) is a chunk of its own in dist/chunks/, loaded
 * right after the first step is shown, so what a phone needs before the first step is usable
 * stays under 25 KB gzip. Chunk names carry a hash: they can be cached for good.
 *
 * Not lib mode: lib mode leaves ES output unminified (whitespace and comments kept).
 */
/** Writes the later chunk's hashed name into widget.js, for widget/preload-later.ts. */
function laterChunkName(): Plugin {
  const marker = "__ML_LATER_CHUNK__";
  return {
    name: "later-chunk-name",
    generateBundle(_options, bundle) {
      const later = Object.values(bundle).find(
        (file) => file.type === "chunk" && file.facadeModuleId?.endsWith("/widget/later.ts"),
      );
      const entry = bundle["widget.js"];
      if (!later || entry?.type !== "chunk" || !entry.code.includes(marker)) {
        this.error("widget.js must name the later chunk (widget/preload-later.ts)");
      }
      entry.code = entry.code.replace(marker, `./${later.fileName}`);
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [plainDynamicImports(), laterChunkName()],
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
