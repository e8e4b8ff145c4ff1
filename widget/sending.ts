/**
 * The pieces of sending, on the review step: the send button in its three states and the failure
 * message with the ML's phone as a way out. In the chunk loaded after the first step.
 */
import { html, nothing, type TemplateResult } from "lit";
import { telHref } from "../contract/contact";
import type { Strings } from "../contract/i18n/fr";
import { fill } from "../contract/i18n/fr-premier";
import type { SubmitResult } from "./api";
import { fillWith } from "./fields/shared";

export type SendState = "attente" | "envoi" | "echec";

/** "Envoyer", "Envoi en cours…" or "Réessayer". aria-disabled, not disabled: the button keeps the focus while sending. */
export function sendButton(t: Strings, state: SendState): TemplateResult {
  const label =
    state === "envoi" ? t.boutons.envoiEnCours : state === "echec" ? t.boutons.reessayer : t.boutons.envoyer;
  return html`<button type="submit" class="button button--primary" part="button" aria-disabled=${state === "envoi" ? "true" : "false"}>
    ${label}
  </button>`;
}

/** Why sending failed, in words, with when to try again. */
export function failureText(
  result: Exclude<SubmitResult, { kind: "accepte" | "validation" | "annule" }>,
  t: Strings,
): string {
  if (result.kind === "limite") {
    return fill(t.envoi.limite, { minutes: Math.max(1, Math.ceil((result.retryAfterSeconds ?? 600) / 60)) });
  }
  if (result.kind === "refus") return t.typographie(result.message ?? t.envoi.serveur);
  return `${result.kind === "reseau" ? t.envoi.reseau : t.envoi.serveur} ${t.envoi.gardees}`;
}

/** The failure message, focused when it appears; the ML's phone as a way out. */
export function failure(t: Strings, text: string, phone: string | undefined, level = 2): TemplateResult {
  const link = phone ? html`<a href=${telHref(phone)}>${phone}</a>` : nothing;
  return html`<div id="failure" class="alert" part="alert" tabindex="-1" aria-labelledby="failure-title">
    <h3 id="failure-title" class="alert-title" role="heading" aria-level=${level + 1}>${t.envoi.echecTitre}</h3>
    <p>${text}</p>
    ${phone ? html`<p>${fillWith(t.envoi.appeler, {}, "telephone", link as TemplateResult)}</p>` : nothing}
  </div>`;
}
