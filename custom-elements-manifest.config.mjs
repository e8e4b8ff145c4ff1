/**
 * custom-elements.json from the element's JSDoc (`npm run manifest`; a test checks it is up to date).
 * Only the element's module is analysed: define.ts names the tag through a constant, which the
 * analyzer would record as "TAG_NAME"; the JSDoc's @tagname gives the real one.
 */

const SOURCE = "widget/ml-preinscription.ts";
/** What a consumer imports (package.json "exports"): "." and "./define". */
const ENTRY = "dist/lib/index.js";
const DEFINE = "dist/lib/define.js";

/**
 * The analyzer also lists `dispatchEvent(new MlStepEvent(…))` calls, without a usable name: the
 * JSDoc's @fires lines are the contract, so only the named `ml-` events are kept. Paths name the
 * published modules rather than the TypeScript source, which the package does not ship.
 * Private and protected members are left out, so that only a change of the public API (or of the
 * JSDoc) makes the committed file stale.
 */
function publishedShape() {
  return {
    name: "ml-published-shape",
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        if (module.path === SOURCE) module.path = ENTRY;
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith("ml-"));
          // The public API only: private and protected members change with every refactoring.
          if (declaration.members)
            declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === "public");
          if (declaration.tagName) {
            definitions.push({
              kind: "custom-element-definition",
              name: declaration.tagName,
              declaration: { name: declaration.name, module: ENTRY },
            });
          }
        }
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module === SOURCE) entry.declaration.module = ENTRY;
        }
      }
      customElementsManifest.modules.push({
        kind: "javascript-module",
        path: DEFINE,
        declarations: [],
        exports: definitions,
      });
    },
  };
}

export default {
  globs: [SOURCE],
  litelement: true,
  // package.json's customElements field is written by hand.
  packagejson: false,
  plugins: [publishedShape()],
};
