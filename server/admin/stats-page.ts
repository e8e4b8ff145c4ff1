/**
 * The director's page: key figures, then when youths register, who they are, how they heard of
 * the ML and how the form is used. Every chart has a caption, a text alternative and its table.
 */
import { html } from "hono/html";
import { isHidden, SMALL_COUNT_LIMIT, shownCount, shownShare } from "../stats/small-counts";
import { categoryBarsChart } from "./charts/category-bars";
import { COLOURS, figure, frenchDay, type Html, hatchPattern } from "./charts/common";
import { heatClasses, heatLegend, heatMapChart } from "./charts/heat-map";
import { hasHiddenWeeks, weekBarsChart } from "./charts/week-bars";
import { hourLabel, WEEKDAY_NAMES } from "./labels";
import { adminPage } from "./layout";
import type { Row, StatsView } from "./stats-view";

const sum = (rows: readonly Row[]) => rows.reduce((total, row) => total + row.count, 0);

/** "Réseaux sociaux : 180 (35 %) ; Ami ou famille : < 5 ; …" */
function describeRows(rows: readonly Row[], total = sum(rows)): string {
  return rows
    .map((row) => {
      const share = shownShare(row.count, total);
      return `${row.label} : ${shownCount(row.count)}${share ? ` (${share})` : ""}`;
    })
    .join(" ; ");
}

function rowsTable(caption: string, rows: readonly Row[], total = sum(rows)) {
  return {
    caption,
    headers: ["", "Nombre", "Part"],
    rows: rows.map((row) => [row.label, shownCount(row.count), shownShare(row.count, total) || "–"]),
  };
}

function categoryFigure(view: StatsView, id: keyof StatsView["categories"], title: string, summary?: string): Html {
  const rows = view.categories[id];
  return figure({
    id,
    title,
    summary,
    chart: categoryBarsChart(rows, { id, description: `${title}. ${describeRows(rows)}.` }),
    table: rowsTable(title, rows),
  });
}

const HATCH_LEGEND = html`<div class="legend"><ul><li><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">${hatchPattern("hachures-legende")}<rect x="0.5" y="0.5" width="15" height="15" fill="url(#hachures-legende)" stroke="${COLOURS.bar}"/></svg>Hachuré : moins de 5 (nombre masqué)</li></ul></div>`;

function weeksFigure(view: StatsView): Html {
  const weeks = view.weeks;
  const busiest = weeks.reduce(
    (best, week) => (week.count > best.count ? week : best),
    weeks[0] ?? { start: "", count: 0 },
  );
  const first = weeks[0]?.start ?? view.today;
  const description = `Pré-inscriptions par semaine, du ${frenchDay(first)} au ${frenchDay(view.today)} : ${shownCount(weeks.reduce((total, week) => total + week.count, 0))} au total${
    busiest.count >= SMALL_COUNT_LIMIT
      ? ` ; semaine la plus chargée : celle du ${frenchDay(busiest.start)} (${busiest.count})`
      : ""
  }.`;
  return figure({
    id: "semaines",
    title: "Pré-inscriptions par semaine, sur un an",
    summary: "Chaque barre est une semaine (du lundi au dimanche) ; la dernière est la semaine en cours.",
    chart: weekBarsChart(weeks, description),
    legend: hasHiddenWeeks(weeks) ? HATCH_LEGEND : undefined,
    table: {
      caption: "Pré-inscriptions par semaine",
      headers: ["Semaine du", "Nombre"],
      rows: [...weeks]
        .reverse()
        .map((week) => [`${frenchDay(week.start)}${week.current ? " (en cours)" : ""}`, shownCount(week.count)]),
    },
    className: "wide",
  });
}

function heatFigure(view: StatsView): Html {
  const cells = view.heat.flat();
  const classes = heatClasses(cells);
  const top = view.heat
    .flatMap((hours, day) => hours.map((count, hour) => ({ day, hour, count })))
    .filter((cell) => cell.count >= SMALL_COUNT_LIMIT)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map((cell) => `${WEEKDAY_NAMES[cell.day]} ${hourLabel(cell.hour)} (${cell.count})`);
  const description = `Pré-inscriptions selon le jour et l'heure d'envoi.${top.length ? ` Créneaux les plus chargés : ${top.join(", ")}.` : ""} Le détail est dans le tableau qui suit.`;
  return figure({
    id: "heures",
    title: "Jour et heure d'envoi",
    summary: "Une case par heure : 12 h regroupe les envois de 12 h 00 à 12 h 59 (heure de la Mission Locale).",
    chart: heatMapChart(view.heat, classes, description),
    legend: heatLegend(classes),
    table: {
      caption: "Pré-inscriptions par heure (lignes) et jour (colonnes)",
      headers: ["Heure", ...WEEKDAY_NAMES.map((name) => name.slice(0, 3))],
      rows: Array.from({ length: 24 }, (_, hour) => [
        hourLabel(hour),
        ...view.heat.map((hours) => shownCount(hours[hour] ?? 0)),
      ]),
    },
    className: "heat-figure",
  });
}

/** Totals per weekday (the heat map's columns), to read "weekends" at a glance. */
function weekdaysFigure(view: StatsView): Html {
  const rows: Row[] = view.heat.map((hours, day) => ({
    key: WEEKDAY_NAMES[day] ?? String(day),
    label: WEEKDAY_NAMES[day] ?? String(day),
    count: hours.reduce((a, b) => a + b, 0),
  }));
  const title = "Jour de la semaine";
  return figure({
    id: "jours",
    title,
    summary: "Toutes les pré-inscriptions comptées, par jour d'envoi.",
    chart: categoryBarsChart(rows, { id: "jours", description: `${title}. ${describeRows(rows)}.` }),
    table: rowsTable(title, rows),
  });
}

function funnelSection(view: StatsView): Html {
  if (!view.funnelEnabled && !view.parcoursDepuis) {
    return html`<p>Le suivi anonyme des étapes du formulaire n'est pas activé pour cette Mission Locale (option « statistiques.parcours » de la configuration).</p>`;
  }
  const steps = view.categories.etapes;
  const started = steps[0]?.count ?? 0;
  const sent = steps[steps.length - 1]?.count ?? 0;
  const completion = shownShare(sent, started);
  const median = view.medianMinutes;
  const durations = view.categories.dureeSaisie;
  return html`<p>Depuis le ${view.parcoursDepuis ? frenchDay(view.parcoursDepuis) : "…"}, chaque étape atteinte est comptée, sans identifiant ni cookie.
    ${completion ? html`<strong>${completion}</strong> des formulaires commencés ont été envoyés.` : ""}
    ${median === null ? "" : html`Durée médiane de saisie estimée : <strong>environ ${Math.max(1, Math.round(median))} minute${Math.round(median) > 1 ? "s" : ""}</strong>.`}</p>
  <div class="grid">
    ${figure({
      id: "etapes",
      title: "Étapes atteintes",
      summary: "Part calculée sur les formulaires commencés (étape 1).",
      chart: categoryBarsChart(steps, {
        id: "etapes",
        description: `Étapes atteintes. ${describeRows(steps, started)}.`,
        total: started,
      }),
      table: rowsTable("Étapes atteintes", steps, started),
    })}
    ${figure({
      id: "duree",
      title: "Durée de saisie des formulaires envoyés",
      chart: categoryBarsChart(durations, { id: "duree", description: `Durée de saisie. ${describeRows(durations)}.` }),
      table: rowsTable("Durée de saisie des formulaires envoyés", durations),
    })}
  </div>`;
}

function keyFigures(view: StatsView): Html {
  const all = sum(view.categories.dejaVenu);
  const nouveaux = view.categories.dejaVenu.find((row) => row.key === "NON")?.count ?? 0;
  const hors = view.categories.territoire.find((row) => row.key === "HORS")?.count ?? 0;
  const compared = sum(view.categories.doublon);
  const doublons = view.categories.doublon.find((row) => row.key === "PROBABLE")?.count ?? 0;
  const figures: [string, string][] = [
    ["Pré-inscriptions sur 12 mois", shownCount(view.lastYear)],
    ["Ces 30 derniers jours", shownCount(view.last30Days)],
    ["Jamais venus à la Mission Locale", shownShare(nouveaux, all) || (isHidden(nouveaux) ? "< 5" : "–")],
    ["Hors territoire", shownShare(hors, all) || (isHidden(hors) ? "< 5" : "–")],
    // Only where the ML keeps the duplicate memory: otherwise nothing was compared.
    ...(compared > 0
      ? [
          ["Doublons probables", shownShare(doublons, compared) || (isHidden(doublons) ? "< 5" : "–")] as [
            string,
            string,
          ],
        ]
      : []),
  ];
  return html`<dl class="kpis">${figures.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
}

export function statsPage(view: StatsView): Html {
  const since = view.depuis ? `depuis le ${frenchDay(view.depuis)}` : "aucune pré-inscription comptée pour l'instant";
  return adminPage(
    `Statistiques — ${view.ml.nom}`,
    html`<header class="top">
  <p class="ml-name">${view.ml.nom}</p>
  <h1>Statistiques des pré-inscriptions en ligne</h1>
  <p>Chiffres anonymes au ${frenchDay(view.today)}. Le serveur ne garde que des compteurs : aucun nom, aucune coordonnée. Les nombres de 1 à 4 sont affichés « < 5 ».</p>
  <div class="actions">
    <a class="button" href="/admin/${view.ml.id}/stats.csv" download>Télécharger les chiffres (CSV)</a>
    <form method="post" action="/admin/${view.ml.id}/deconnexion"><button type="submit" class="secondary">Se déconnecter</button></form>
  </div>
</header>
<main>
  <section aria-labelledby="titre-cles">
    <h2 id="titre-cles">En bref</h2>
    ${keyFigures(view)}
    <p class="note">Les parts de jeunes « jamais venus » et « hors territoire », comme les répartitions plus bas, portent sur toutes les pré-inscriptions ${since}.</p>
  </section>
  <section aria-labelledby="titre-quand">
    <h2 id="titre-quand">Quand les jeunes s'inscrivent</h2>
    ${weeksFigure(view)}
    <div class="grid">
      ${heatFigure(view)}
      ${weekdaysFigure(view)}
    </div>
  </section>
  <section aria-labelledby="titre-qui">
    <h2 id="titre-qui">Qui sont les jeunes</h2>
    <p class="note">Répartitions ${since}.</p>
    <div class="grid">
      ${categoryFigure(view, "dejaVenu", "Déjà venus à la Mission Locale ?")}
      ${categoryFigure(view, "territoire", "Lieu de résidence", "Les jeunes hors territoire sont rappelés et orientés vers leur Mission Locale.")}
      ${categoryFigure(view, "age", "Âge le jour de l'envoi")}
      ${categoryFigure(view, "logement", "Logement")}
      ${categoryFigure(view, "diplome", "Diplôme le plus élevé")}
      ${categoryFigure(view, "origine", "Comment ils ont connu la Mission Locale")}
    </div>
  </section>
  <section aria-labelledby="titre-formulaire">
    <h2 id="titre-formulaire">Le formulaire</h2>
    ${funnelSection(view)}
  </section>
</main>`,
  );
}
