/**
 * The pieces of sending, on the review step: the send button in its three states and the failure
 * message with the ML's phone as a way out. In the chunk loaded after the first step.
 */
import { html, nothing, type TemplateResult } from "lit";
import { telHref } from "../contract/contact";
import type { Strings } from "../contract/i18n/fr";
import { fill } from "../contract/i18n/fr-premier";
import type { SubmitResult } from "./api-submit";
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
  if (result.kind === "limite") return fill(t.envoi.limite, { minutes: minutes(result.retryAfterSeconds, 600) });
  if (result.kind === "refus") {
    return result.code === "cle-deja-utilisee"
      ? t.envoi.cleReutilisee
      : t.typographie(result.message ?? t.envoi.serveur);
  }
  if (result.kind === "serveur" && result.code && result.code !== "cle-deja-utilisee") {
    const text = result.code === "file-pleine" ? t.envoi.filePleine : t.envoi.enregistrementImpossible;
    return fill(text, { minutes: minutes(result.retryAfterSeconds, 300) });
  }
  return `${result.kind === "reseau" ? t.envoi.reseau : t.envoi.serveur} ${t.envoi.gardees}`;
}

/** Retry-After in whole minutes, at least one; `fallback` seconds when the server gave none. */
function minutes(seconds: number | null | undefined, fallback: number): number {
  return Math.max(1, Math.ceil((seconds ?? fallback) / 60));
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
