/**
 * The spool: sealed messages waiting for delivery, and nothing else. File names carry only what
 * the worker needs without opening a file (accepted time, ML id, reference, kind) — no personal
 * data; the message itself is sealed (seal.ts).
 */
import { access, constants, mkdir, opendir, open as openFile, readFile, stat, statfs, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { OutgoingMail } from "../mail/types";
import { moveFileDurably, removeFileDurably, TEMPORARY_PREFIX, writeFileDurably } from "./durable-file";
import { open, seal } from "./seal";

export interface SpoolEntry {
  file: string;
  acceptedAt: number;
  mlId: string;
  reference: string;
  kind: OutgoingMail["kind"];
}

const FILE_NAME = /^(\d{13})\.([a-z0-9-]{2,40})\.(PI-[0-9A-Z]{4}-[0-9A-Z]{4})\.(registration|confirmation)\.msg$/;
export const QUARANTINE = "quarantine";

export function entryFileName(entry: Omit<SpoolEntry, "file">): string {
  return `${entry.acceptedAt}.${entry.mlId}.${entry.reference}.${entry.kind}.msg`;
}

export function parseEntryFileName(file: string): SpoolEntry | undefined {
  const match = FILE_NAME.exec(file);
  if (!match) return undefined;
  const [, acceptedAt, mlId, reference, kind] = match as unknown as [
    string,
    string,
    string,
    string,
    SpoolEntry["kind"],
  ];
  return { file, acceptedAt: Number(acceptedAt), mlId, reference, kind };
}

interface SerializedMail extends Omit<OutgoingMail, "attachments"> {
  attachments: { filename: string; contentType: string; content: string }[];
}

export function serialize(mail: OutgoingMail): Buffer {
  const plain: SerializedMail = {
    ...mail,
    attachments: mail.attachments.map((a) => ({ ...a, content: Buffer.from(a.content).toString("base64") })),
  };
  return Buffer.from(JSON.stringify(plain), "utf8");
}

export function deserialize(bytes: Buffer): OutgoingMail {
  const plain = JSON.parse(bytes.toString("utf8")) as SerializedMail;
  if (typeof plain.reference !== "string" || !Array.isArray(plain.to) || !Array.isArray(plain.attachments)) {
    throw new SyntaxError("unexpected message shape");
  }
  return { ...plain, attachments: plain.attachments.map((a) => ({ ...a, content: Buffer.from(a.content, "base64") })) };
}

export interface Spool {
  readonly dir: string;
  /** Seals and writes the message durably; resolves once it survives a crash. */
  put(mail: OutgoingMail, acceptedAt: number): Promise<SpoolEntry>;
  /** Throws UnreadableSealError or SyntaxError for a damaged file. */
  read(entry: SpoolEntry): Promise<OutgoingMail>;
  remove(entry: SpoolEntry): Promise<void>;
  /** Moves an unreadable file aside: SPOOL_DIR keeps only pending sealed messages. */
  quarantine(file: string): Promise<void>;
  /**
   * Every name in the folder, one at a time (a backlog of 100,000 files is never one array):
   * pending entries, and names that are not spool entries (to quarantine). Temporary files of
   * writes that failed or crashed before `since` are removed on the way.
   */
  names(since?: number): AsyncGenerator<{ entry: SpoolEntry } | { stray: string }>;
  /** Writes and fsyncs a small probe; free bytes of the file system. Throws when not writable. */
  probe(): Promise<{ freeBytes: number }>;
}

/** Free bytes of the file system holding `dir`, for an unprivileged writer. */
export async function freeBytes(dir: string): Promise<number> {
  const info = await statfs(dir);
  return Number(info.bavail) * Number(info.bsize);
}

/**
 * A real write: 4 KiB written and fsynced then removed (a 0-byte file succeeds on a full disk).
 */
export async function probeFolder(dir: string): Promise<{ freeBytes: number }> {
  await access(dir, constants.W_OK);
  const probe = join(dir, `${TEMPORARY_PREFIX}probe-${process.pid}`);
  try {
    const handle = await openFile(probe, "w", 0o600);
    try {
      await handle.writeFile(Buffer.alloc(4096, 0x2e));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } finally {
    await unlink(probe).catch(() => undefined);
  }
  return { freeBytes: await freeBytes(dir) };
}

export async function openSpool(dir: string, key: Uint8Array): Promise<Spool> {
  await mkdir(join(dir, QUARANTINE), { recursive: true, mode: 0o700 });
  return {
    dir,
    async put(mail, acceptedAt) {
      const entry = { acceptedAt, mlId: mail.mlId, reference: mail.reference, kind: mail.kind as SpoolEntry["kind"] };
      const file = entryFileName(entry);
      await writeFileDurably(join(dir, file), seal(key, mail.reference, serialize(mail)));
      return { ...entry, file };
    },
    async read(entry) {
      return deserialize(open(key, entry.reference, await readFile(join(dir, entry.file))));
    },
    async remove(entry) {
      await removeFileDurably(join(dir, entry.file));
    },
    async quarantine(file) {
      await moveFileDurably(join(dir, file), join(dir, QUARANTINE, file));
    },
    async *names(since) {
      const folder = await opendir(dir, { bufferSize: 256 });
      for await (const item of folder) {
        const file = item.name;
        if (file === QUARANTINE) continue;
        if (file.startsWith(TEMPORARY_PREFIX)) {
          // A write that failed or crashed before its rename: no 202 was sent for it. One that
          // started after `since` may still be running.
          if (since !== undefined) {
            const modified = await stat(join(dir, file)).then(
              (info) => info.mtimeMs,
              () => Infinity,
            );
            if (modified < since) await unlink(join(dir, file)).catch(() => undefined);
          }
          continue;
        }
        const entry = parseEntryFileName(file);
        yield entry ? { entry } : { stray: file };
      }
    },
    probe: () => probeFolder(dir),
  };
}
