/**
 * Styles of the later steps (the date, radio buttons and checkboxes, the legal representative's
 * group, the message box, the review, the confirmation): they come with the later chunk and are
 * added to the shadow root's stylesheets after the first step's (styles.ts), in that order.
 */
import { css } from "lit";

export const laterStyles = css`
  .textarea {
    min-height: 7.5em;
    resize: vertical;
  }
  .count {
    margin-top: 6px;
    color: var(--_muted);
  }
  .count--over {
    color: var(--_error);
    font-weight: 600;
  }
  .date {
    display: grid;
    grid-template-columns: minmax(0, 4.5em) minmax(0, 4.5em) minmax(0, 6.5em);
    gap: 12px;
  }
  .date label {
    font-weight: 400;
  }
  .choices {
    display: grid;
    gap: 8px;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 12px;
    min-height: 48px;
    margin: 0;
    padding: 10px 14px;
    font-weight: 400;
    border: 2px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .choice + .hint,
  .note {
    margin: 6px 0 0;
  }
  .choice input {
    flex: none;
    width: 22px;
    height: 22px;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_tint);
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input:focus-visible {
    outline: none;
  }
  .group {
    border: 0;
    padding: 0;
    margin: 32px 0 24px;
    min-inline-size: 0;
  }
  .group > .hint:last-of-type {
    margin-bottom: 16px;
  }
  .group-title {
    font-size: 1.1875em;
    font-weight: 700;
    margin-bottom: 8px;
  }
  /* Review and notice */
  .review-section {
    margin-bottom: 28px;
  }
  .review-title {
    font-size: 1.1875em;
    margin-bottom: 4px;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 12px;
    padding: 6px 0;
    border-bottom: 1px solid var(--_line);
  }
  .review-row dt {
    grid-column: 1;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .review-row dd {
    grid-column: 1;
  }
  .review-value {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .review-row dd.empty {
    color: var(--_muted);
    font-style: italic;
  }
  .review-row .review-action {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
  }
  .notice-box {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 16px;
    margin-bottom: 20px;
  }
  .notice-box p,
  .details p {
    margin-bottom: 8px;
  }
  .details h4 {
    font-size: 1em;
    margin: 12px 0 4px;
  }
  /* Confirmation */
  .confirmation h3 {
    font-size: 1.125em;
    margin: 24px 0 8px;
  }
  /* A youth outside the territory: their Mission Locale, then what happens next. */
  .confirmation .other-ml {
    margin-bottom: 16px;
  }
  .confirmation-banner {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-bottom: 12px;
  }
  .confirmation-banner .heading {
    margin: 0;
  }
  .confirmation-icon {
    flex: none;
    width: 40px;
    height: 40px;
    padding: 6px;
    border-radius: 50%;
    background: var(--_success);
    color: #fff;
  }
  .reference-line {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 12px 14px;
    margin-bottom: 16px;
  }
  .reference {
    display: block;
    font-size: 1.375em;
    letter-spacing: 0.04em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .choice {
      transition:
        background-color 0.15s ease,
        border-color 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    /* Chosen: a thick Highlight border; focused: the outline around it. Never the same look. */
    .choice:has(input:checked) {
      border: 4px solid Highlight;
    }
    .choice:has(input:focus-visible) {
      outline: 3px solid CanvasText;
    }
    .confirmation-icon {
      border: 1px solid CanvasText;
    }
  }
  /* Moved from the first step's styles: only the later steps, the confirmation and the
     out-of-territory notice (which come with this chunk) use them. */
  /* A link alone on its line (the map, the phone of "Où venir") is a 44 px target. */
  .target {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .notice p + p {
    margin-top: 8px;
  }
  .notice h3 {
    font-size: 1.125em;
    margin: 0 0 4px;
  }
  .orientation,
  .eligibility {
    margin: 8px 0 24px;
  }
  .button--secondary {
    background: var(--_bg);
    color: var(--_primary);
    border-color: currentColor;
  }
  .button--secondary:hover {
    background: var(--_tint);
  }
`;
