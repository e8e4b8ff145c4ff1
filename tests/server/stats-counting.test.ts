/**
 * Counters after a scripted series of registrations at chosen times (clock injected): each
 * dimension as expected, spam and 422s not counted, kept across a restart, and the files hold
 * nothing a youth typed.
 */
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PayloadInput } from "../../contract/schema/payload";
import type { MlCounters } from "../../server/stats/counters";
import { validPayload } from "../fixtures/payload";
import { STORAGE_KINDS, type StorageKind } from "../support/storage";
import { buildTestApp, postRegistration } from "../support/test-app";

/** A fictitious youth whose every typed value is unmistakable in a file. */
function youth(overrides: {
  prenom: string;
  dateNaissance: string;
  origine?: PayloadInput["origine"];
  dejaVenu: PayloadInput["parcours"]["dejaVenuMissionLocale"];
  logement: PayloadInput["logement"]["situation"];
  diplome: PayloadInput["parcours"]["diplome"];
  lille?: boolean;
  telephone: string;
}): PayloadInput {
  const base = validPayload();
  const payload: PayloadInput = {
    ...base,
    identite: {
      ...base.identite,
      nomNaissance: "Zorvakian",
      prenom: overrides.prenom,
      dateNaissance: overrides.dateNaissance,
    },
    coordonnees: {
      adresse: overrides.lille
        ? { ligne1: "7 impasse Xyloquartz", codePostal: "59000", codeInsee: "59350", commune: "Lille" }
        : { ligne1: "7 impasse Xyloquartz", codePostal: "59100", codeInsee: "59512", commune: "Roubaix" },
      telephone: overrides.telephone,
      email: `${overrides.prenom.toLowerCase()}.zorvakian@example.org`,
    },
    logement: { situation: overrides.logement },
    parcours: { ...base.parcours, dejaVenuMissionLocale: overrides.dejaVenu, diplome: overrides.diplome },
    message: "Je m'appelle Quilvane Zorvakian et je cherche un apprentissage.",
  };
  if (overrides.origine) payload.origine = overrides.origine;
  else delete payload.origine;
  return payload;
}

const SERIES = [
  {
    // Tuesday 24 November 2026, 12:30 in Roubaix: 21 years old.
    at: "2026-11-24T11:30:00Z",
    payload: youth({
      prenom: "Quilvane",
      dateNaissance: "2005-03-14",
      origine: "RESEAUX_SOCIAUX",
      dejaVenu: "NON",
      logement: "PARENTS",
      diplome: "NIVEAU_4",
      telephone: "01 99 00 41 41",
    }),
  },
  {
    // Saturday 28 November, 21:15: 16 years old, lives in Lille (outside the territory), no source given.
    at: "2026-11-28T20:15:00Z",
    payload: {
      ...youth({
        prenom: "Brastemine",
        dateNaissance: "2010-01-10",
        dejaVenu: "OUI",
        logement: "FOYER",
        diplome: "BREVET",
        lille: true,
        telephone: "01 99 00 42 42",
      }),
      representantLegal: {
        nom: "Zorvakian",
        prenom: "Oltremond",
        telephone: "01 99 00 43 43",
        lien: "PARENT" as const,
      },
    },
  },
  {
    // Sunday 29 November, 23:59: 25 years old that very day.
    at: "2026-11-29T22:59:00Z",
    payload: youth({
      prenom: "Vexilane",
      dateNaissance: "2001-11-29",
      origine: "AMI_FAMILLE",
      dejaVenu: "INCONNU",
      logement: "SANS_HEBERGEMENT",
      diplome: "AUCUN",
      telephone: "01 99 00 44 44",
    }),
  },
  {
    // Still Sunday in UTC, already Monday 30 November 00:00 in Roubaix: 18 there (17 in UTC).
    at: "2026-11-29T23:00:30Z",
    payload: youth({
      prenom: "Drumelline",
      dateNaissance: "2008-11-30",
      origine: "FRANCE_TRAVAIL",
      dejaVenu: "NON",
      logement: "PARENTS",
      diplome: "NIVEAU_3",
      telephone: "01 99 00 45 45",
    }),
  },
];

async function countedSeries(storage: StorageKind = "files") {
  let now = new Date(SERIES[0]?.at ?? "");
  const setup = await buildTestApp({ now: () => now, storage });
  for (const step of SERIES) {
    now = new Date(step.at);
    const key = randomUUID();
    expect((await postRegistration(setup.app, step.payload, { key })).status).toBe(202);
    // A repeat (same Idempotency-Key, within its 24 hours) is the same registration: not counted.
    expect((await postRegistration(setup.app, step.payload, { key })).status).toBe(202);
  }
  // Not counted either: spam (honeypot, filled in a blink) and a 422.
  const spam = validPayload({ meta: { dureeSaisieMs: 95_000, siteWeb: "https://spam.example.org" } });
  expect((await postRegistration(setup.app, spam)).status).toBe(202);
  expect((await postRegistration(setup.app, validPayload({ meta: { dureeSaisieMs: 900, siteWeb: "" } }))).status).toBe(
    202,
  );
  const invalid = validPayload();
  invalid.identite.prenom = "R2D2";
  expect((await postRegistration(setup.app, invalid)).status).toBe(422);
  return setup;
}

function expectSeriesCounted(counters: MlCounters): void {
  expect(counters.jours).toEqual({ "2026-11-24": 1, "2026-11-28": 1, "2026-11-29": 1, "2026-11-30": 1 });
  const cells = counters.semaine.flatMap((hours, day) =>
    hours.flatMap((count, hour) => (count > 0 ? [`${day}:${hour}=${count}`] : [])),
  );
  // Monday = 0: Tuesday 12 h, Saturday 21 h, Sunday 23 h, Monday 0 h.
  expect(cells.sort()).toEqual(["0:0=1", "1:12=1", "5:21=1", "6:23=1"]);
  expect(counters.categories.origine).toEqual({
    RESEAUX_SOCIAUX: 1,
    NON_RENSEIGNE: 1,
    AMI_FAMILLE: 1,
    FRANCE_TRAVAIL: 1,
  });
  expect(counters.categories.dejaVenu).toEqual({ NON: 2, OUI: 1, INCONNU: 1 });
  expect(counters.categories.territoire).toEqual({ DANS: 3, HORS: 1 });
  expect(counters.categories.age).toEqual({ "18-21": 2, "16-17": 1, "22-25": 1 });
  expect(counters.categories.logement).toEqual({ PARENTS: 2, FOYER: 1, SANS_HEBERGEMENT: 1 });
  expect(counters.categories.diplome).toEqual({ NIVEAU_4: 1, BREVET: 1, AUCUN: 1, NIVEAU_3: 1 });
  expect(counters.categories.etapes).toEqual({});
  expect(counters.depuis).toBe("2026-11-24");
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe.each(STORAGE_KINDS)("statistics counters (%s)", (storage) => {
  it("count each dimension of accepted registrations at the ML's local time, never spam, repeats or 422s", async () => {
    const setup = await countedSeries(storage);
    expectSeriesCounted(await setup.stats.counters("roubaix"));
  });

  it("survive a restart over the same DATA_DIR or database", async () => {
    const first = await countedSeries(storage);
    await first.stats.close();
    const second = await buildTestApp({
      dataDir: first.dataDir,
      storage,
      databaseUrl: first.storage?.databaseUrl,
      now: () => new Date("2026-11-30T09:00:00Z"),
    });
    expectSeriesCounted(await second.stats.counters("roubaix"));
    // And keep counting from there.
    expect((await postRegistration(second.app, validPayload())).status).toBe(202);
    expect((await second.stats.counters("roubaix")).jours["2026-11-30"]).toBe(2);
  });
});

describe("statistics counters (files)", () => {
  it("write files that hold no name, phone, email, birth date, address, postal or INSEE code", async () => {
    const setup = await countedSeries();
    await setup.stats.flush();
    const files = await filesUnder(setup.dataDir);
    expect(files.map((file) => file.slice(setup.dataDir.length))).toEqual(["/statistiques/roubaix.json"]);
    const text = (await Promise.all(files.map((file) => readFile(file, "utf8")))).join("\n");
    const typed = SERIES.flatMap(({ payload }) => {
      const { identite, coordonnees } = payload;
      const phone = coordonnees.telephone.replaceAll(" ", "");
      return [
        identite.nomNaissance,
        identite.prenom,
        identite.dateNaissance,
        identite.dateNaissance.replaceAll("-", ""),
        coordonnees.telephone,
        phone,
        `+33${phone.slice(1)}`,
        coordonnees.email ?? "",
        coordonnees.adresse.ligne1 ?? "",
        "Xyloquartz",
        coordonnees.adresse.codePostal,
        coordonnees.adresse.codeInsee,
        coordonnees.adresse.commune,
        "Oltremond",
        "apprentissage",
      ];
    });
    for (const value of typed) expect(text.toLowerCase(), value).not.toContain(value.toLowerCase());
    expect(text).not.toMatch(/PI-[0-9A-Z]{4}/);
  });
});
