/**
 * A small tmpfs for disk-full tests (the tests run as root here). If mounting is refused, the
 * reason is printed and the test fails: it is never skipped silently.
 */
import { execFile } from "node:child_process";
import { mkdtemp, open, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function smallDisk(sizeKb: number): Promise<{ dir: string; release(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "ml-small-disk-"));
  try {
    await run("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k,mode=0700`, "tmpfs", dir]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tmpfs impossible à monter (${reason}) : ce test a besoin de root et de mount.\n`);
    throw new Error(`mount tmpfs refusé : ${reason}`);
  }
  return {
    dir,
    async release() {
      await run("umount", ["-l", dir]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system holding `dir` until only `leaveBytes` (about) are left, or none. */
export async function fillUp(dir: string, leaveBytes = 0): Promise<{ release(): Promise<void> }> {
  const file = join(dir, `remplissage-${Math.random().toString(36).slice(2)}`);
  const handle = await open(file, "w");
  const chunk = Buffer.alloc(16 * 1024, 1);
  const { statfs } = await import("node:fs/promises");
  try {
    for (;;) {
      const info = await statfs(dir);
      const free = Number(info.bavail) * Number(info.bsize);
      if (free <= leaveBytes) break;
      const size = Math.min(chunk.length, Math.max(4096, free - leaveBytes));
      await handle.write(chunk.subarray(0, size));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    await handle.close();
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await unlink(file).catch(() => undefined);
    },
  };
}
