import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AcceptedResponse, MissionLocalePublic } from "../../contract/api-types";
import { ar as arabic } from "../../contract/i18n/ar";
import { en as english } from "../../contract/i18n/en";
import { frSuite } from "../../contract/i18n/fr-suite";
import type { MissionLocale } from "../../server/config/ml-config";
import type { OutgoingMail } from "../../server/mail/types";
import { validPayload } from "../fixtures/payload";
import { ALL_FAKE_SERVICES, type AnnuaireFake, startAnnuaireFake } from "../support/annuaire-fake";
import { demoMissionsLocales } from "../support/demo-config";
import { STORAGE_KINDS } from "../support/storage";
import { buildTestApp, drained, postRegistration, type recordingTransport, type TestApp } from "../support/test-app";
import { pdfText } from "../unit/pdf-support";

let fake: AnnuaireFake;
beforeAll(async () => {
  fake = await startAnnuaireFake(ALL_FAKE_SERVICES);
});
afterAll(async () => {
  await fake.close();
});

function roubaixWith(overrides: Partial<MissionLocale>): MissionLocale[] {
  return demoMissionsLocales().map((ml) => (ml.id === "roubaix" ? { ...ml, ...overrides } : ml));
}

async function sent(setup: TestApp): Promise<OutgoingMail[]> {
  await drained(setup);
  return (setup.transport as ReturnType<typeof recordingTransport>).sent;
}

const pdfOf = (mail: OutgoingMail | undefined) => pdfText(mail?.attachments[0]?.content ?? new Uint8Array());

/** Every file under `folder`, with its bytes. */
async function filesUnder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), await readFile(path));
  }
  return files;
}

/** The same youth typed differently: other case, accents, spaces and hyphens. */
function sameYouthTypedOtherwise() {
  const payload = validPayload();
  payload.identite.nomNaissance = "EXEMPLAÎRE";
  payload.identite.prenom = "ca-mille";
  return payload;
}

describe("what staff see first in the email", () => {
  it("starts with NOM Prénom — né(e) le JJ/MM/AAAA, and keeps the name out of the subject by default", async () => {
    const setup = await buildTestApp({ missionsLocales: roubaixWith({ objetAvecNom: false }) });
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    const [mail] = await sent(setup);
    expect(mail?.text.split("\n")[0]).toBe("EXEMPLAIRE Camille — né(e) le 14/03/2005");
    expect(mail?.subject).not.toMatch(/Camille|EXEMPLAIRE|14\/03\/2005/);
  });

  it("puts the same words in the subject where the ML asks (the demo config does)", async () => {
    const setup = await buildTestApp();
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    const [mail] = await sent(setup);
    expect(mail?.subject).toContain("EXEMPLAIRE Camille — né(e) le 14/03/2005");
  });
});

describe.each(STORAGE_KINDS)("probable duplicates on the %s storage", (storage) => {
  it("flags a second registration of the same youth in the subject, atop the PDF and in the stats", async () => {
    const missionsLocales = roubaixWith({ doublons: { joursMemoire: 30 } });
    let now = new Date("2026-11-28T16:00:00Z");
    const setup = await buildTestApp({ missionsLocales, now: () => now, storage });
    const first = (await (await postRegistration(setup.app, validPayload())).json()) as AcceptedResponse;
    now = new Date("2026-11-30T09:00:00Z");
    expect((await postRegistration(setup.app, sameYouthTypedOtherwise())).status).toBe(202);
    // Another youth: another birth date.
    const other = validPayload();
    other.identite.dateNaissance = "2005-03-15";
    expect((await postRegistration(setup.app, other)).status).toBe(202);

    const [firstMail, second, third] = await sent(setup);
    const flag = `DOUBLON PROBABLE — déjà reçu le 28/11 (${first.reference})`;
    expect(firstMail?.subject).not.toContain("DOUBLON");
    expect(second?.subject.startsWith(flag)).toBe(true);
    expect(second?.text.split("\n").slice(0, 2)).toEqual([
      "EXEMPLAIRE ca-mille — né(e) le 14/03/2005",
      `${flag} : vérifiez avant de saisir.`,
    ]);
    const text = await pdfOf(second);
    expect(text.indexOf("DOUBLON PROBABLE")).toBeGreaterThan(-1);
    expect(text.indexOf("DOUBLON PROBABLE")).toBeLessThan(text.indexOf("Identité"));
    expect(text).toContain(first.reference);
    expect(third?.subject).not.toContain("DOUBLON");

    expect((await setup.stats.counters("roubaix")).categories.doublon).toEqual({ NON: 2, PROBABLE: 1 });
    const csv = await (
      await setup.app.request("/admin/roubaix/stats.csv", {
        headers: { Authorization: "Bearer DEMO-jeton-public-de-demonstration-a-remplacer" },
      })
    ).text();
    expect(csv).toMatch(/^doublon,PROBABLE,Doublons probables,< 5/m);
    const page = await (
      await setup.app.request("/admin/roubaix/stats", {
        headers: { Authorization: "Bearer DEMO-jeton-public-de-demonstration-a-remplacer" },
      })
    ).text();
    expect(page).toContain("Doublons probables");
  });

  it("forgets after joursMemoire days", async () => {
    let now = new Date("2026-11-02T09:00:00Z");
    const setup = await buildTestApp({
      missionsLocales: roubaixWith({ doublons: { joursMemoire: 7 } }),
      now: () => now,
      storage,
    });
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    now = new Date("2026-11-10T09:00:00Z");
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    const mails = await sent(setup);
    expect(mails.map((mail) => mail.subject.includes("DOUBLON"))).toEqual([false, false]);
  });
});

describe("probable duplicates", () => {
  it("is told to youths in the privacy notice when on, and not when off", async () => {
    const on = await buildTestApp({ missionsLocales: roubaixWith({ doublons: { joursMemoire: 30 } }) });
    const facts = (await (await on.app.request("/api/v1/ml/roubaix")).json()) as MissionLocalePublic;
    expect(facts.confidentialite.doublonsJours).toBe(30);
    const french = frSuite.notice.sections(facts).find((section) => section.titre === "Repérer les doublons");
    expect(french?.texte.join(" ")).toContain("Pendant 30 jours, le serveur garde un code secret");
    expect(frSuite.notice.court(facts).join(" ")).not.toContain("ne garde rien");
    expect(english.notice.sections(facts).some((section) => section.titre === "Spotting duplicates")).toBe(true);
    expect(arabic.notice.sections(facts).length).toBe(english.notice.sections(facts).length);

    const off = await buildTestApp();
    const plain = (await (await off.app.request("/api/v1/ml/roubaix")).json()) as MissionLocalePublic;
    expect(plain.confidentialite.doublonsJours).toBeUndefined();
    expect(frSuite.notice.court(plain).join(" ")).toContain("Notre serveur ne garde rien");
    expect(frSuite.notice.sections(plain).some((section) => section.titre === "Repérer les doublons")).toBe(false);
  });

  it("keeps only keyed hashes, references and days in DATA_DIR when on", async () => {
    const setup = await buildTestApp({ missionsLocales: roubaixWith({ doublons: { joursMemoire: 30 } }) });
    const response = (await (await postRegistration(setup.app, validPayload())).json()) as AcceptedResponse;
    await sent(setup);
    const stored = (await filesUnder(setup.dataDir)).get(join("doublons", "roubaix.json"))?.toString("utf8") ?? "";
    expect(stored).toContain(response.reference);
    expect(stored).not.toMatch(/exemplaire|camille|2005|14\/03/i);
    const [entry] = (JSON.parse(stored) as { entrees: Record<string, unknown>[] }).entrees;
    expect(Object.keys(entry ?? {}).sort()).toEqual(["empreinte", "recuLe", "reference"]);
  });

  it("keeps nothing at all when off (the default): no new file, no new byte beyond the anonymous counters", async () => {
    const setup = await buildTestApp();
    expect(demoMissionsLocales().every((ml) => ml.doublons.joursMemoire === 0)).toBe(true);
    await setup.stats.flush();
    const before = await filesUnder(setup.dataDir);
    const accepted: string[] = [];
    for (const payload of [validPayload(), sameYouthTypedOtherwise()]) {
      const response = await postRegistration(setup.app, payload);
      accepted.push(((await response.json()) as AcceptedResponse).reference);
    }
    const mails = await sent(setup);
    expect(mails.map((mail) => mail.subject.includes("DOUBLON"))).toEqual([false, false]);
    await setup.stats.flush();
    const after = await filesUnder(setup.dataDir);
    const added = [...after.keys()].filter((path) => !before.has(path) || !before.get(path)?.equals(after.get(path)!));
    // Only the statistics counters changed, and they hold no reference, no name, no duplicate count.
    expect(added.every((path) => path.startsWith("statistiques"))).toBe(true);
    for (const path of added) {
      const text = after.get(path)?.toString("utf8") ?? "";
      for (const reference of accepted) expect(text).not.toContain(reference);
      expect(text).not.toMatch(/exemplaire|camille|PROBABLE/i);
      expect((JSON.parse(text) as { categories: Record<string, object> }).categories.doublon ?? {}).toEqual({});
    }
    expect([...after.keys()].some((path) => path.startsWith("doublons"))).toBe(false);
  });
});

describe("the competent ML of a youth of another territory", () => {
  const lille = () => {
    const payload = validPayload();
    payload.coordonnees.adresse = {
      ligne1: "1 rue de l'Exemple",
      codePostal: "59000",
      codeInsee: "59350",
      commune: "Lille",
    };
    return payload;
  };

  it("is named in the email and the PDF, from the directory", async () => {
    fake.mode = "ok";
    const setup = await buildTestApp({ annuaireUrl: fake.url });
    expect((await postRegistration(setup.app, lille())).status).toBe(202);
    const [mail] = await sent(setup);
    expect(mail?.text).toContain(
      "Mission Locale compétente : Mission Locale de Lille (fictive), 01 99 00 11 22, 1 place de l'Exemple, 59000 Lille, contact@ml-lille.example.org.",
    );
    const text = (await pdfOf(mail)).replace(/\s+/g, " ");
    expect(text).toContain("ML compétente Mission Locale de Lille (fictive), 01 99 00 11 22");
  });

  it("comes from the ML's own neighbours first", async () => {
    const setup = await buildTestApp({ annuaireUrl: fake.url });
    const payload = validPayload();
    payload.coordonnees.adresse = {
      ligne1: "1 rue de l'Exemple",
      codePostal: "59250",
      codeInsee: "59279",
      commune: "Halluin",
    };
    expect((await postRegistration(setup.app, payload)).status).toBe(202);
    const [mail] = await sent(setup);
    expect(mail?.text).toContain(
      "Mission Locale compétente : EXEMPLE à remplacer — Mission Locale voisine de Tourcoing",
    );
  });

  it("says 'introuvable' as such, and 'indisponible' without delaying the 202 beyond the short wait", async () => {
    fake.mode = "ok";
    const setup = await buildTestApp({ annuaireUrl: fake.url });
    const payload = validPayload();
    payload.coordonnees.adresse = {
      ligne1: "1 rue de l'Exemple",
      codePostal: "20000",
      codeInsee: "2A004",
      commune: "Ajaccio",
    };
    expect((await postRegistration(setup.app, payload)).status).toBe(202);

    fake.mode = "lent";
    const slow = await buildTestApp({ annuaireUrl: fake.url });
    const started = Date.now();
    expect((await postRegistration(slow.app, lille())).status).toBe(202);
    expect(Date.now() - started).toBeLessThan(2000);
    fake.mode = "ok";

    const [introuvable] = await sent(setup);
    expect(introuvable?.text).toContain("Mission Locale compétente : introuvable dans l'annuaire.");
    const [indisponible] = await sent(slow);
    expect(indisponible?.text).toContain("Mission Locale compétente : annuaire indisponible à la réception");
    expect(await pdfOf(indisponible)).toContain("annuaire indisponible");
  });
});
