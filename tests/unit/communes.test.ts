import { beforeAll, describe, expect, it } from "vitest";
import { type CommunesIndex, inTerritory, loadCommunesIndex } from "../../server/territory/communes-index";

let index: CommunesIndex;
beforeAll(() => {
  index = loadCommunesIndex();
});

const codes = (codePostal: string) => index.byPostalCode(codePostal).map((commune) => commune.codeInsee);

describe("communes index (official 2026 list)", () => {
  it("indexes every postal code of the current communes", () => {
    expect(index.postalCodeCount).toBe(6310);
  });

  it("gives one commune for 59100 and several, sorted by name, for a shared code", () => {
    expect(index.byPostalCode("59100")).toEqual([{ codeInsee: "59512", nom: "Roubaix" }]);
    expect(index.byPostalCode("59390").map((commune) => commune.nom)).toEqual([
      "Lannoy",
      "Lys-lez-Lannoy",
      "Sailly-lez-Lannoy",
      "Toufflers",
    ]);
  });

  it("offers the arrondissement for a postal code of Paris, Lyon and Marseille, its city as parent", () => {
    expect(index.byPostalCode("75011")).toEqual([
      { codeInsee: "75111", nom: "Paris 11e Arrondissement", parent: "75056" },
    ]);
    expect(codes("75015")).toEqual(["75115"]);
    expect(codes("75116")).toEqual(["75116"]);
    expect(codes("69001")).toEqual(["69381"]);
    expect(codes("13001")).toEqual(["13201"]);
    expect(index.parentOf("75111")).toBe("75056");
    expect(index.parentOf("59512")).toBeUndefined();
    expect(index.nameOf("75056")).toBe("Paris");
  });

  it("counts an arrondissement in a territory that lists it or its city", () => {
    expect(inTerritory(["75111"], "75111", index)).toBe(true);
    expect(inTerritory(["75056"], "75111", index)).toBe(true);
    expect(inTerritory(["75056"], "75056", index)).toBe(true);
    expect(inTerritory(["75112"], "75111", index)).toBe(false);
    expect(inTerritory(["69123"], "75111", index)).toBe(false);
  });

  it("knows Corsica (2A/2B) and the overseas departments and collectivities", () => {
    expect(codes("20000")).toEqual(["2A004"]);
    expect(codes("20200")).toContain("2B033");
    expect(codes("97400")).toEqual(["97411"]);
    expect(codes("97133")).toEqual(["97701"]);
    expect(codes("97150")).toEqual(["97801"]);
    expect(codes("97500")).toEqual(["97501", "97502"]);
    expect(codes("97600").length).toBeGreaterThan(0);
  });

  it("answers nothing for an unknown code and names communes by INSEE code", () => {
    expect(index.byPostalCode("00000")).toEqual([]);
    expect(index.nameOf("59367")).toBe("Lys-lez-Lannoy");
    expect(index.nameOf("99999")).toBeUndefined();
  });
});

describe("the prebuilt index (npm run build)", () => {
  it("answers exactly as the index built from the official list", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { buildCommunesIndex, communesSource, compactCommunes, readOfficialCommunes } = await import(
      "../../server/territory/communes-index"
    );
    const raw = readOfficialCommunes();
    const file = join(await mkdtemp(join(tmpdir(), "ml-communes-")), "index.json");
    await writeFile(file, JSON.stringify(compactCommunes(raw, communesSource())));
    const prebuilt = loadCommunesIndex(file);
    const fromList = buildCommunesIndex(raw);
    expect(prebuilt.postalCodeCount).toBe(fromList.postalCodeCount);
    expect(prebuilt.parentOf("13201")).toBe("13055");
    for (const codePostal of ["59100", "59390", "75015", "20000", "97500", "01000", "13001", "69009"]) {
      expect(prebuilt.byPostalCode(codePostal)).toEqual(fromList.byPostalCode(codePostal));
    }
  });

  it("is ignored when it was built from another version of the data", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const file = join(await mkdtemp(join(tmpdir(), "ml-communes-")), "index.json");
    await writeFile(file, JSON.stringify({ source: "ancienne", names: {}, byPostal: {} }));
    expect(loadCommunesIndex(file).byPostalCode("59100")).toEqual([{ codeInsee: "59512", nom: "Roubaix" }]);
  });
});
