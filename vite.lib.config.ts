import { defineConfig } from "vite";

/**
 * The npm library (`npm run build:lib`, run by `npm pack`): ES modules in dist/lib/ for pages that
 * bundle the element themselves. "." (widget/lib.ts) registers nothing; "./define" registers the
 * tag. Lit, zod and libphonenumber-js stay imports (the page's bundler dedupes them with its own
 * copies); the later steps stay a chunk loaded on demand. Not minified: the page's build does that.
 * The script-tag bundle is vite.config.ts.
 */
export default defineConfig({
  publicDir: false,
  build: {
    target: "es2022",
    outDir: "dist/lib",
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: "widget/lib.ts", define: "widget/define.ts" },
      formats: ["es"],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^zod(\/|$)/, /^libphonenumber-js(\/|$)/],
      output: { chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
