/**
 * The script injected into every page before its own scripts (Playwright's addInitScript) to
 * time "usable" from inside the page, so no round trip to the test driver adds to the figure.
 * Times are `performance.now()`: milliseconds since the navigation started.
 *
 * Definitions:
 * - step 1 usable: the first step's first input, "Code postal", is in the DOM (the widget's shadow root, or the
 *   document) and takes focus, checked once per frame.
 * - "Suivant" answers (widget only): "Suivant" is clicked as soon as step 1 is usable, with the
 *   fields empty; the figure is when the error summary is on screen, i.e. the schema chunk is
 *   loaded and the step was checked. A plain form has nothing to wait for: its submit button
 *   works from the first frame.
 *
 * Kept as a string of plain browser JavaScript: it runs in Chromium, not through tsx.
 */
export interface ProbeResult {
  step1Ms: number;
  suivantMs: number | null;
  /** responseEnd of the on-demand chunk, when one was fetched. */
  chunkMs: number | null;
  fcpMs: number | null;
}

declare global {
  interface Window {
    __benchProbe?: Promise<ProbeResult>;
  }
}

export const INPUT_ID = "f-coordonnees-adresse-codePostal";

export const PROBE_SCRIPT = `(() => {
  const INPUT_ID = ${JSON.stringify(INPUT_ID)};
  let resolve;
  window.__benchProbe = new Promise((r) => { resolve = r; });
  const result = { step1Ms: 0, suivantMs: null, chunkMs: null, fcpMs: null };
  const root = () => {
    const widget = document.querySelector("ml-preinscription");
    return widget ? widget.shadowRoot : document;
  };
  const finish = () => {
    // Read the entries a little later: paint entries are delivered after the frame.
    setTimeout(() => {
      const chunk = performance.getEntriesByType("resource").find((e) => e.name.includes("/chunks/"));
      result.chunkMs = chunk ? chunk.responseEnd : null;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      result.fcpMs = fcp ? fcp.startTime : null;
      resolve(result);
    }, 250);
  };
  const waitForSummary = () => {
    const r = root();
    if (r && r.querySelector(".error-summary")) {
      result.suivantMs = performance.now();
      finish();
      return;
    }
    requestAnimationFrame(waitForSummary);
  };
  const waitForInput = () => {
    const r = root();
    const input = r && r.getElementById ? r.getElementById(INPUT_ID) : null;
    if (input) {
      input.focus();
      if ((r.activeElement || document.activeElement) === input) {
        result.step1Ms = performance.now();
        if (r === document) { finish(); return; }
        const next = r.querySelector("button[type=submit]");
        next.click();
        waitForSummary();
        return;
      }
    }
    requestAnimationFrame(waitForInput);
  };
  requestAnimationFrame(waitForInput);
})();`;
