/**
 * The HTML shell of the admin pages: French, no script, one same-origin stylesheet (the CSP
 * allows no inline style), never indexed.
 */
import { html } from "hono/html";
import type { Html } from "./charts/common";

export const STYLESHEET_PATH = "/admin/stats.css";

export function adminPage(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
${body}
</body>
</html>`;
}

export interface LoginPageOptions {
  mlId: string;
  mlName: string;
  /** The previous attempt failed. */
  failed: boolean;
}

/** The 401 page: a one-field form that posts the token (never in the URL). */
export function loginPage(options: LoginPageOptions): Html {
  const describedBy = options.failed ? "jeton-aide jeton-erreur" : "jeton-aide";
  return adminPage(
    `${options.failed ? "Erreur : " : ""}Connexion — statistiques`,
    html`<main class="login">
  <p class="ml-name">${options.mlName}</p>
  <h1>Statistiques des pré-inscriptions</h1>
  <p>Cette page présente les chiffres anonymes des pré-inscriptions en ligne. Elle est réservée à la direction.</p>
  <form method="post" action="/admin/${options.mlId}/connexion">
    <label for="jeton">Jeton d'accès</label>
    <p class="hint" id="jeton-aide">Le jeton figure dans la configuration du serveur (statistiques.jeton). Demandez-le à la personne qui administre le serveur.</p>
    ${options.failed ? html`<p class="error" id="jeton-erreur" role="alert">Erreur : ce jeton n'est pas reconnu. Vérifiez-le et réessayez.</p>` : ""}
    <input id="jeton" name="jeton" type="password" autocomplete="current-password" required spellcheck="false" aria-describedby="${describedBy}"${options.failed ? html` aria-invalid="true"` : ""}>
    <button type="submit">Se connecter</button>
  </form>
</main>`,
  );
}

export function notFoundPage(): Html {
  return adminPage(
    "Page introuvable",
    html`<main class="login"><h1>Page introuvable</h1><p>Aucune page de statistiques n'existe à cette adresse.</p></main>`,
  );
}
