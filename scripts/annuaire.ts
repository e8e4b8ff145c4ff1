/**
 * npm run annuaire -- 59350
 * Asks the live directory (ANNUAIRE_URL, default the State's public API) which Mission Locale is
 * competent for one commune, and prints what the adapter understood. Run it once when deploying:
 * the adapter is tested against a local fake only, and the directory may change its shape.
 */
import { ANNUAIRE_DEFAULT_URL, createAnnuaire } from "../server/territory/annuaire";

const codeInsee = process.argv[2] ?? "";
if (!/^(?:\d{5}|2[AB]\d{3})$/.test(codeInsee)) {
  process.stderr.write("Usage : npm run annuaire -- <code INSEE>   (par exemple 59350 pour Lille)\n");
  process.exit(2);
}
const baseUrl = process.env.ANNUAIRE_URL || ANNUAIRE_DEFAULT_URL;
const surprises: string[] = [];
const annuaire = createAnnuaire({ baseUrl, timeoutMs: 15_000, onSurprise: (what) => surprises.push(what) });

process.stdout.write(`Annuaire : ${baseUrl}\nCommune : ${codeInsee}\n\n`);
const answer = await annuaire.missionLocaleFor(codeInsee);
if (answer.status === "trouve") {
  for (const ml of answer.missionsLocales) {
    process.stdout.write(
      [
        ml.nom,
        `  adresse   : ${ml.adresse ?? "—"}`,
        `  téléphone : ${ml.telephone ?? "—"}`,
        `  e-mail    : ${ml.email ?? "—"}`,
        `  site      : ${ml.siteWeb ?? "—"}`,
        "",
      ].join("\n"),
    );
  }
  if (surprises.length) process.stdout.write(`Remarques : ${surprises.join(" ; ")}\n`);
  process.stdout.write("OK : l'adaptateur comprend la réponse de l'annuaire.\n");
} else if (answer.status === "introuvable") {
  process.stdout.write(
    "Aucune Mission Locale compétente d'après l'annuaire (type mission_locale).\n" +
      "Si la commune en a une, le code de type ou la forme des données a peut-être changé : voir docs/annuaire.md.\n",
  );
  process.exit(1);
} else {
  process.stderr.write(
    `ÉCHEC : annuaire indisponible ou réponse incomprise (${surprises.join(" ; ") || "raison inconnue"}).\n` +
      "Vérifiez l'accès à internet depuis ce serveur et ANNUAIRE_URL ; voir docs/annuaire.md.\n",
  );
  process.exit(1);
}
