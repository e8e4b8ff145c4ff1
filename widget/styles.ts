/**
 * Styles of the shadow root (adopted as constructable stylesheets: no inline style, strict CSP).
 * Mobile first; the text size is the reader's default (medium: their browser setting, whatever the
 * host page's `html { font-size }`), em inside, never rem; every control at least 44 px high;
 * state is never shown by colour alone. These are the first step's (and the frame's); the later
 * steps' come with their chunk (styles-later.ts).
 */
import { css } from "lit";

export const styles = css`
  :host {
    all: initial;
    display: block;
    max-width: var(--ml-max-width, 42em);
    /* Declared once; .root below starts from all: initial, which leaves custom properties alone. */
    --_font: var(--ml-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
    font-family: var(--_font);
    font-size: var(--ml-font-size, medium);
    line-height: 1.5;
    color: var(--ml-color-text, #1f2328);
    text-align: start;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    --_primary: var(--ml-color-primary, var(--_brand, #1d4ed8));
    --_on-primary: var(--ml-color-on-primary, #fff);
    --_text: var(--ml-color-text, #1f2328);
    --_muted: var(--ml-color-muted, #4b5563);
    --_bg: var(--ml-color-background, #fff);
    --_surface: var(--ml-color-surface, #f1f4f9);
    --_border: var(--ml-color-border, #6b7280);
    --_line: var(--ml-color-line, #d5dae1);
    --_error: var(--ml-color-error, #b3261e);
    --_success: var(--ml-color-success, #146c2e);
    --_focus: var(--ml-color-focus, #1d4ed8);
    --_radius: var(--ml-radius, 8px);
    --_space: var(--ml-spacing, 16px);
    --_tint: #eef3fd;
    --_tint: color-mix(in srgb, var(--_primary) 9%, var(--_bg));
    /* The page's rules reach the host element and win over :host (a reset's "all: unset",
       "* { white-space: pre-line }"...), so what flows in stops here: everything starts from its
       initial value and is chosen below. Custom properties (--ml-*) still come through, and so
       do letter and word spacing, so that a reader's text-spacing settings still apply, and
       visibility and pointer events, so that a hidden or inert panel hides the form too. */
    all: initial;
    letter-spacing: inherit;
    word-spacing: inherit;
    visibility: inherit;
    pointer-events: inherit;
    display: block;
    box-sizing: border-box;
    /* Here too, in this element's own em: a host made inline by a reset ignores its max-width. */
    max-width: var(--ml-max-width, 42em);
    position: relative;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    font-family: var(--_font);
    font-size: var(--ml-font-size, medium);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) * 1.5);
    padding: 20px var(--_space) 24px;
  }
  /* About the first step's height on a wide screen, taller on a phone, where the page below is
     then out of sight anyway (README.md, "Embedding": the same room for the page to keep before
     the script runs). The words show only if the wait is long. */
  .waiting,
  .first {
    min-height: 36rem;
  }
  .waiting {
    color: var(--_muted);
  }
  .waiting p {
    opacity: 0;
    animation: appear 0s 1s forwards;
  }
  @keyframes appear {
    to {
      opacity: 1;
    }
  }
  @media (min-width: 480px) {
    .root {
      padding: 28px calc(var(--_space) * 1.75) 32px;
    }
  }
  p,
  h2,
  h3,
  h4,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  h2,
  h3,
  h4 {
    font-family: inherit;
    color: inherit;
    line-height: 1.25;
  }
  /* A phone number keeps its left-to-right order in a right-to-left form ("01 99 00 00 00"). */
  a[href^="tel:"] {
    white-space: nowrap;
    direction: ltr;
    unicode-bidi: isolate;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Titles get the focus after "Suivant" (by mouse too): a thinner ring, still visible. */
  .heading:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }

  /* Header: who receives this, progress, step title */
  .intro {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 12px 14px 2px;
    margin-bottom: 20px;
    font-size: 0.9375em;
  }
  .intro p {
    margin-bottom: 4px;
  }
  .progress-text {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    margin-bottom: 6px;
  }
  .progress-bar {
    /* One row whatever the number of steps. */
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 4px;
    list-style: none;
    padding: 0;
    margin: 0 0 16px;
  }
  .progress-bar li {
    height: 6px;
    border-radius: 3px;
    background: var(--_line);
  }
  .progress-bar li.done {
    background: var(--_primary);
  }
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    margin: 0 0 16px;
  }
  .convention,
  .lead {
    margin-bottom: 20px;
  }

  /* Language switch (when the Mission Locale offers several languages); mirrors in right to left */
  .langs {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0 16px;
    margin: -12px 0 4px;
  }
  .lang {
    min-height: 44px;
    margin: 0;
    padding: 10px 2px;
    font: inherit;
    font-size: 0.9375em;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .lang[aria-pressed="true"] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
  }

  /* Fields */
  .field {
    border: 0;
    padding: 0;
    min-inline-size: 0;
    margin: 0 0 24px;
  }
  .fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  .field--error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 12px;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
    padding: 0;
    color: inherit;
  }
  legend {
    font-size: 1.0625em;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    margin-bottom: 6px;
  }
  .error {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    color: var(--_error);
    font-weight: 600;
    margin-bottom: 6px;
  }
  .error-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.125em;
    border-radius: 50%;
    background: var(--_error);
    color: var(--_bg);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
  }
  .input {
    display: block;
    width: 100%;
    min-height: 48px;
    margin: 0;
    padding: 10px 12px;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: none;
  }
  .input--short {
    max-width: 9em;
  }
  .input[aria-invalid="true"] {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  .select {
    padding-inline-end: 8px;
    cursor: pointer;
  }
  .found {
    margin-bottom: 2px;
  }
  .notice {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    padding: 10px 12px;
    margin: 4px 0 8px;
  }
  .loading {
    margin: -12px 0 24px;
  }

  /* Buttons */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 48px;
    margin: 0;
    padding: 10px 24px;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button--primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button--primary:hover {
    background: color-mix(in srgb, var(--_primary) 82%, #000);
  }
  .button--link {
    min-height: 44px;
    padding: 10px 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 600;
  }
  .button[aria-disabled="true"] {
    cursor: progress;
    opacity: 0.8;
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: 12px;
    margin-top: 32px;
  }
  @media (min-width: 480px) {
    .actions {
      flex-direction: row;
    }
    .actions .button {
      min-width: 10em;
    }
  }

  /* Error summary and failure */
  .error-summary,
  .alert {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 14px 16px;
    margin-bottom: 24px;
  }
  .error-summary-title,
  .alert-title {
    font-size: 1.125em;
    margin-bottom: 4px;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
  }
  .error-summary a {
    display: block;
    padding: 10px 0;
    color: var(--_error);
    font-weight: 600;
  }
  .alert p {
    margin-bottom: 8px;
  }

  summary {
    display: list-item;
    min-height: 44px;
    padding: 10px 0;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }

  .list {
    padding-inline-start: 22px;
  }
  .list li + li {
    margin-top: 4px;
  }

  /* Hidden from sight (still read) and hidden from everyone (the anti-spam field) */
  .visually-hidden,
  .hp {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition:
        background-color 0.15s ease,
        border-color 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    .progress-bar li {
      border: 1px solid CanvasText;
    }
    .progress-bar li.done {
      background: Highlight;
    }
    /* A focused title shows its focus in forced colours too. */
    .heading:focus {
      outline: 3px solid CanvasText;
    }
    .error-icon {
      border: 1px solid CanvasText;
    }
    .button--primary {
      border-color: ButtonText;
    }
  }
`;
