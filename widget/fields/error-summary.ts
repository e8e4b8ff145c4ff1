/**
 * The error summary at the top of a failed step: one link per problem, focused so a screen
 * reader reads it at once; following a link focuses the field (links to ids do not cross the
 * shadow root by themselves).
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FirstStrings as Strings } from "../../contract/i18n/fr";
import { fieldId } from "./shared";

export interface SummaryEntry {
  path: string;
  message: string;
  /** False when no field shows this answer (e.g. a whole-form problem): no link then. */
  linked: boolean;
}

export function errorSummary(
  t: Strings,
  entries: readonly SummaryEntry[],
  follow: (path: string) => void,
  level = 2,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const onClick = (path: string) => (event: Event) => {
    event.preventDefault();
    follow(path);
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title" class="error-summary-title" role="heading" aria-level=${level + 1}>${t.resume.titre}</h3>
    <ul>
      ${entries.map((entry) =>
        entry.linked
          ? html`<li><a href="#${fieldId(entry.path)}" @click=${onClick(entry.path)}>${entry.message}</a></li>`
          : html`<li>${entry.message}</li>`,
      )}
    </ul>
  </div>`;
}
