/**
 * Group commit (idempotency index, spool folder fsyncs): a burst shares fsyncs, yet every caller
 * still resolves only once its own write is on disk, and a failure stays with its own batch.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileDurably } from "../../server/delivery/durable-file";
import { groupCommit, openIdempotencyStore } from "../../server/delivery/idempotency";

function deferred(): { promise: Promise<void>; resolve(): void; reject(error: Error): void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("groupCommit", () => {
  it("writes what arrives during a write in one next write, resolving each append after its own", async () => {
    const writes: { text: string; done: ReturnType<typeof deferred> }[] = [];
    const log = groupCommit((text) => {
      const done = deferred();
      writes.push({ text, done });
      return done.promise;
    });
    const settled: string[] = [];
    const a = log.append("a\n").then(() => settled.push("a"));
    await Promise.resolve();
    await Promise.resolve();
    const b = log.append("b\n").then(() => settled.push("b"));
    const c = log.append("c\n").then(() => settled.push("c"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(writes.map((w) => w.text)).toEqual(["a\n"]);
    writes[0]?.done.resolve();
    await a;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(writes.map((w) => w.text)).toEqual(["a\n", "b\nc\n"]);
    expect(settled).toEqual(["a"]);
    writes[1]?.done.resolve();
    await Promise.all([b, c]);
    expect(settled).toEqual(["a", "b", "c"]);
  });

  it("fails only the appends of a failed write", async () => {
    let calls = 0;
    const log = groupCommit(async () => {
      calls++;
      if (calls === 1) throw new Error("disk full");
    });
    await expect(log.append("a\n")).rejects.toThrow("disk full");
    await expect(log.append("b\n")).resolves.toBeUndefined();
    await log.drain();
  });
});

describe("durable writes under concurrency", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("lands every one of a burst of files written into one folder", async () => {
    dir = await mkdtemp(join(tmpdir(), "group-commit-"));
    const names = Array.from({ length: 40 }, (_, i) => `f${i}.msg`);
    await Promise.all(names.map((name) => writeFileDurably(join(dir, name), Buffer.from(name))));
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
    for (const name of names) expect(await readFile(join(dir, name), "utf8")).toBe(name);
  });

  it("keeps every accepted key of a burst in the idempotency index across a reopen", async () => {
    dir = await mkdtemp(join(tmpdir(), "group-commit-"));
    const secret = new Uint8Array(32).fill(7);
    const store = await openIdempotencyStore(secret, Date.now, dir);
    const keys = Array.from({ length: 30 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const first = await Promise.all(
      keys.map((key) =>
        store.run("roubaix", key, { n: key }, async (reference) => ({
          accepted: true as const,
          response: { reference, rappelAvant: "2026-12-01T12:30:00+01:00" },
        })),
      ),
    );
    await store.close();
    const reopened = await openIdempotencyStore(secret, Date.now, dir);
    expect(reopened.size).toBe(keys.length);
    const again = await Promise.all(
      keys.map((key) =>
        reopened.run("roubaix", key, { n: key }, async () => {
          throw new Error("a known key must not be produced again");
        }),
      ),
    );
    expect(again).toEqual(first);
    await reopened.close();
  });
});
