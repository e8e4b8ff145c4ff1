/**
 * The floor the widget is weighed and timed against: one plain HTML form with every field of
 * every step, the same labels and hints, the same options (the field map, contract/fields.ts, and
 * the French option labels) and the same country list, and no script. Written to
 * bench/plain-form.html at bench time (not kept in git) so it follows the widget's texts instead
 * of a copy going stale.
 *
 * What the plain form cannot do (commune lookup from the postal code, step-by-step checks, age
 * rules, the review step) is left out: it is the floor, not an equivalent.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { FIELD_PATHS, FIELDS, type FieldPath } from "../contract/fields";
import { type FieldKey, fr } from "../contract/i18n/fr";
import { optionsFr } from "../contract/i18n/options-fr";
import { countryOptions } from "../widget/countries";
import { STEP_IDS, stepIndexOf } from "../widget/steps/index";

export const PLAIN_FORM_PATH = fileURLToPath(new URL("plain-form.html", import.meta.url));

interface Option {
  value: string;
  label: string;
}
type Control =
  | { kind: "text"; type?: string; autocomplete?: string }
  | { kind: "textarea" }
  | { kind: "radio" | "checkbox" | "select"; options: readonly Option[] }
  | { kind: "consent" }
  | { kind: "part" };

/** Categories the widget asks with a drop-down (the others with radios). */
const DROP_DOWNS = new Set<FieldPath>(["parcours.derniereClasse", "parcours.diplome", "origine"]);

const AUTOCOMPLETE: Partial<Record<FieldPath, string>> = {
  "identite.nomNaissance": "family-name",
  "identite.prenom": "given-name",
  "coordonnees.adresse.ligne1": "address-line1",
  "coordonnees.adresse.complement": "address-line2",
  "coordonnees.adresse.codePostal": "postal-code",
  "coordonnees.adresse.commune": "address-level2",
  "coordonnees.telephone": "tel",
  "coordonnees.email": "email",
};

/** How a field is asked, as the widget's steps ask it, from its kind and options in the field map. */
function controlOf(path: FieldPath): Control {
  const { kind, options } = FIELDS[path];
  if (options) {
    const list = Object.entries(optionsFr[options]).map(([value, label]) => ({ value, label }));
    if (kind === "choices") return { kind: "checkbox", options: list };
    return { kind: DROP_DOWNS.has(path) ? "select" : "radio", options: list };
  }
  const autocomplete = AUTOCOMPLETE[path];
  switch (kind) {
    case "date":
      return { kind: "part" };
    case "country":
      return { kind: "select", options: countryOptions("fr") };
    case "message":
      return { kind: "textarea" };
    case "consent":
      return { kind: "consent" };
    case "phone":
      return { kind: "text", type: "tel", autocomplete };
    case "email":
      return { kind: "text", type: "email", autocomplete };
    default:
      return { kind: "text", autocomplete };
  }
}

const DATE_PARTS = ["jour", "mois", "annee"] as const;

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const idOf = (path: string) => `f-${path.replaceAll(".", "-")}`;

function hint(path: FieldKey, id: string): string {
  const text = fr.champs[path].hint;
  return text ? `<p class="hint" id="${id}-hint">${escapeHtml(text)}</p>` : "";
}

function choices(path: FieldKey, type: "radio" | "checkbox", list: readonly Option[]): string {
  const id = idOf(path);
  const rows = list.map(
    (o, i) =>
      `<label><input type="${type}" name="${path}" value="${o.value}" id="${id}-${i}"> ${escapeHtml(o.label)}</label>`,
  );
  return `<fieldset id="${id}"><legend>${escapeHtml(fr.champs[path].label)}</legend>${hint(path, id)}${rows.join("")}</fieldset>`;
}

function field(path: FieldKey, control: Control): string {
  const id = idOf(path);
  const label = `<label for="${id}">${escapeHtml(fr.champs[path].label)}</label>`;
  switch (control.kind) {
    case "radio":
    case "checkbox":
      return choices(path, control.kind, control.options);
    case "select": {
      const list = control.options.map((o) => `<option value="${o.value}">${escapeHtml(o.label)}</option>`).join("");
      return `<div>${label}${hint(path, id)}<select id="${id}" name="${path}"><option value="">${escapeHtml(fr.choisir)}</option>${list}</select></div>`;
    }
    case "textarea":
      return `<div>${label}${hint(path, id)}<textarea id="${id}" name="${path}" rows="5"></textarea></div>`;
    case "consent":
      return `<div><label><input type="checkbox" id="${id}" name="${path}" value="true" required> ${escapeHtml(fr.champs[path].label)}</label></div>`;
    case "part": {
      const parts = DATE_PARTS.map((part) => {
        const key = `${path}.${part}` as FieldKey;
        return `<label for="${idOf(key)}">${escapeHtml(fr.champs[key].label)}</label><input id="${idOf(key)}" name="${key}" inputmode="numeric" size="4">`;
      });
      return `<fieldset id="${id}"><legend>${escapeHtml(fr.champs[path].label)}</legend>${hint(path, id)}${parts.join("")}</fieldset>`;
    }
    default: {
      const type = control.type ?? "text";
      const auto = control.autocomplete ? ` autocomplete="${control.autocomplete}"` : "";
      return `<div>${label}${hint(path, id)}<input id="${id}" name="${path}" type="${type}"${auto}></div>`;
    }
  }
}

export function plainFormHtml(): string {
  const asked = FIELD_PATHS.flatMap((path) => {
    const key = FIELDS[path].label;
    return key ? [{ path, key }] : [];
  });
  const steps = STEP_IDS.map((step, index) => {
    const fields = asked
      .filter(({ path }) => stepIndexOf(path) === index)
      .map(({ path, key }) => field(key, controlOf(path)));
    return fields.length
      ? `<fieldset><legend><h2>${escapeHtml(fr.etapes[step])}</h2></legend>${fields.join("\n")}</fieldset>`
      : "";
  });
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pré-inscription — formulaire HTML sans script (référence du benchmark)</title>
</head>
<body>
<main>
<h1>Pré-inscription en ligne</h1>
<p>${escapeHtml(fr.intro.convention)}</p>
<form method="post" action="/api/v1/ml/roubaix/preinscriptions">
${steps.filter(Boolean).join("\n")}
<p><button type="submit">${escapeHtml(fr.boutons.envoyer)}</button></p>
</form>
</main>
</body>
</html>
`;
}

export async function writePlainForm(): Promise<string> {
  const html = plainFormHtml();
  await writeFile(PLAIN_FORM_PATH, html);
  return html;
}
