/**
 * A big backlog (100,000 sealed messages waiting) against the real server process: /healthz never
 * breaks and never shows a made-up 0 (it says "scanning" while it counts), memory stays bounded,
 * and SIGTERM stops cleanly.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { deriveKeys } from "../../server/delivery/keys";
import { openSpool } from "../../server/delivery/spool";
import { type ServerProcess, startServer } from "../support/server-process";
import { logEvents, workspace } from "./durable-support";

const BACKLOG = 100_000;
const servers: ServerProcess[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.kill();
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

/**
 * Sealed with the real seal and key. The reference is the seal's associated data, the accepted
 * time is not: the same bytes stand for many messages under names that differ by that time.
 */
async function fillSpool(spoolDir: string, spoolKey: string, oldest: number): Promise<void> {
  const spool = await openSpool(spoolDir, deriveKeys(Buffer.from(spoolKey, "base64")).spool);
  const entry = await spool.put(
    {
      reference: "PI-BACK-L0GS",
      mlId: "roubaix",
      kind: "registration",
      from: "ml-preinscription <ne-pas-repondre@example.org>",
      to: ["preinscriptions@ml-roubaix.example.org"],
      subject: "Pré-inscription PI-BACK-L0GS",
      text: "Message de test.",
      attachments: [],
    },
    oldest,
  );
  const bytes = await readFile(join(spoolDir, entry.file));
  const names = Array.from(
    { length: BACKLOG - 1 },
    (_, i) => `${oldest + 1 + i}.roubaix.PI-BACK-L0GS.registration.msg`,
  );
  for (let i = 0; i < names.length; i += 500) {
    await Promise.all(names.slice(i, i + 500).map((name) => writeFile(join(spoolDir, name), bytes)));
  }
}

function rssMegabytes(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, "utf8").then((status) => Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024);
}

describe("a backlog of 100,000 messages", () => {
  it("is counted honestly (scanning, then 100,000), keeps memory bounded, and SIGTERM exits 0", async () => {
    const ws = await workspace({
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: "re_test_absent",
      // Nobody answers there: the backlog stays.
      RESEND_BASE_URL: "http://127.0.0.1:9",
      SPOOL_MAX: String(BACKLOG * 2),
      DISK_FREE_MIN_MB: "0",
    });
    folders.push(ws.dir);
    const oldest = Date.now() - 3600_000;
    await fillSpool(ws.spoolDir, ws.spoolKey, oldest);

    const server = await startServer({ env: ws.env, timeoutMs: 60_000 });
    servers.push(server);
    const seen: { status: number; scanning: boolean; count: number }[] = [];
    for (;;) {
      const response = await fetch(`${server.url}/healthz`);
      const body = (await response.json()) as { scanning: boolean; deliveriesPending: number };
      seen.push({ status: response.status, scanning: body.scanning, count: body.deliveriesPending });
      if (!body.scanning) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Never a 500, and never a count that is not the whole backlog unless it says it is still scanning.
    expect(seen.every((s) => s.status === 200)).toBe(true);
    expect(seen.filter((s) => !s.scanning).map((s) => s.count)).toEqual([BACKLOG]);

    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { oldestPendingSeconds: number };
    expect(health.oldestPendingSeconds).toBeGreaterThanOrEqual(3590);
    expect(health.oldestPendingSeconds).toBeLessThan(3700);

    // The list of pending files is not held whole: the process stays small.
    const rss = await rssMegabytes(server.child.pid ?? 0);
    expect(rss).toBeLessThan(400);

    expect(await server.stop()).toBe(0);
    const stopped = logEvents(server).find((event) => event.event === "stopped") as { pending?: number } | undefined;
    expect(stopped?.pending).toBe(BACKLOG);
    expect(logEvents(server).filter((event) => event.event === "error")).toEqual([]);
  }, 120_000);
});
