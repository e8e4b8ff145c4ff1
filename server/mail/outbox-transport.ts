/**
 * Development transport: each message becomes an .eml file in OUTBOX_DIR, listed at /outbox
 * for loopback clients. Refused in production (see config/env.ts).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { composeEml } from "./mime";
import type { MailTransport, OutgoingMail, SendOutcome } from "./types";

export function outboxFileName(mail: OutgoingMail): string {
  return `${mail.reference}.${mail.kind}.eml`;
}

export function createOutboxTransport(dir: string): MailTransport {
  return {
    name: "outbox",
    async send(mail: OutgoingMail): Promise<SendOutcome> {
      await mkdir(dir, { recursive: true });
      const target = join(dir, outboxFileName(mail));
      const temporary = `${target}.tmp`;
      // Same reference, same file name: a repeated send replaces rather than duplicates.
      await writeFile(temporary, await composeEml(mail));
      await rename(temporary, target);
      return { ok: true, providerId: outboxFileName(mail) };
    },
  };
}
