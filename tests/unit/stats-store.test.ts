/**
 * The counters store batches its durable writes (a burst costs one fsync), flushes on close,
 * sets an unreadable file aside instead of crashing, and retries a failed write.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import * as durable from "../../server/delivery/durable-file";
import { memoryLogger } from "../../server/log";
import { openStatsStore } from "../../server/stats/store";
import { registration } from "../fixtures/registration";
import { demoRoubaix } from "../support/demo-config";

vi.mock("../../server/delivery/durable-file", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../server/delivery/durable-file")>();
  return { ...real, writeFileDurably: vi.fn(real.writeFileDurably) };
});

const writes = vi.mocked(durable.writeFileDurably);
const ml = demoRoubaix();
const clock = () => new Date("2026-11-30T12:00:00Z");

async function store(flushDelayMs = 30) {
  const dataDir = await mkdtemp(join(tmpdir(), "ml-stats-store-"));
  const logger = memoryLogger();
  const stats = await openStatsStore({ dataDir, missionsLocales: [ml], logger, clock, flushDelayMs });
  return { dataDir, logger, stats };
}

describe("the counters store", () => {
  it("writes a burst of 100 registrations in one durable write, after a short delay", async () => {
    const { dataDir, stats } = await store();
    const before = writes.mock.calls.length;
    for (let i = 0; i < 100; i++) stats.recordRegistration(registration(), ml);
    expect(writes.mock.calls.length).toBe(before);
    await vi.waitFor(() => expect(writes.mock.calls.length).toBe(before + 1), { timeout: 2000 });
    await stats.flush();
    const saved = JSON.parse(await readFile(join(dataDir, "statistiques", "roubaix.json"), "utf8"));
    expect(saved.jours).toEqual({ "2026-11-30": 100 });
  });

  it("flushes on close, long before the delay", async () => {
    const { dataDir, stats } = await store(60_000);
    stats.recordStep(ml, { etape: "envoye", dureeMs: 90_000 }, clock());
    await stats.close();
    const saved = JSON.parse(await readFile(join(dataDir, "statistiques", "roubaix.json"), "utf8"));
    expect(saved.categories.etapes).toEqual({ envoye: 1 });
    expect(saved.categories.dureeSaisie).toEqual({ "1-2": 1 });
  });

  it("sets an unreadable file aside and starts again, with a log line that names no one", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ml-stats-store-"));
    await mkdir(join(dataDir, "statistiques"));
    await writeFile(join(dataDir, "statistiques", "roubaix.json"), "{ abîmé");
    const logger = memoryLogger();
    const stats = await openStatsStore({ dataDir, missionsLocales: [ml], logger, clock });
    expect((await stats.counters("roubaix")).jours).toEqual({});
    const names = await readdir(join(dataDir, "statistiques"));
    expect(names.some((name) => name.startsWith("roubaix.json.illisible-"))).toBe(true);
    expect(logger.lines.join("")).toContain('"kind":"stats-file-unreadable"');
  });

  it("keeps the counts of a failed write and writes them at the next flush", async () => {
    const { dataDir, logger, stats } = await store(60_000);
    writes.mockRejectedValueOnce(Object.assign(new Error("disque plein"), { code: "ENOSPC" }));
    stats.recordRegistration(registration(), ml);
    await stats.flush();
    expect(logger.lines.join("")).toContain('"kind":"stats-write-ENOSPC"');
    await stats.flush();
    const saved = JSON.parse(await readFile(join(dataDir, "statistiques", "roubaix.json"), "utf8"));
    expect(saved.jours).toEqual({ "2026-11-30": 1 });
  });
});
