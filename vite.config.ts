import { defineConfig, type Plugin } from "vite";

/**
 * Lit's css`` is shipped as written: the shadow root's styles (widget/styles.ts) lose their
 * comments and indentation here, about 1 KB gzip of widget.js. Only white space next to braces
 * and semicolons, and after colons and commas, goes (calc() keeps its spaces; no selector here
 * has a space before a pseudo-class or inside a string).
 */
function compactWidgetStyles(): Plugin {
  return {
    name: "compact-widget-styles",
    transform(code, id) {
      if (!/\/widget\/styles(-later)?\.ts$/.test(id)) return null;
      return code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const compact = body
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/\s+/g, " ")
          .replace(/\s*([{};])\s*/g, "$1")
          .replace(/([:,]) /g, "$1")
          .trim();
        return `css\`${compact}\``;
      });
    },
  };
}

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

/**
 * The script-tag bundle: dist/widget.js, an ES module with Lit inside, minified, served at
 * /widget.js. The schema (zod and the phone rules) and the later steps are a chunk of their own in
 * dist/chunks/, fetched from the start and run once the first step is painted, so what a phone
 * needs before the first step is usable stays under 20 KB gzip (scripts/size.ts). Chunk names
 * carry a hash: they can be cached for good.
 *
 * Not lib mode: lib mode leaves ES output unminified (whitespace and comments kept).
 */
export default defineConfig({
  publicDir: false,
  plugins: [compactWidgetStyles(), plainDynamicImports(), laterChunkName()],
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
