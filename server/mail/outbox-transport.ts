/**
 * Development transport: each message becomes an .eml file in OUTBOX_DIR, listed at /outbox
 * for loopback clients. Refused in production (see config/env.ts).
 */
import { chmod, mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { composeEml } from "./mime";
import { purgeOutbox } from "./outbox-listing";
import type { MailTransport, OutgoingMail, SendOutcome } from "./types";

export function outboxFileName(mail: OutgoingMail): string {
  return `${mail.reference}.${mail.kind}.eml`;
}

export function createOutboxTransport(dir: string): MailTransport {
  return {
    name: "outbox",
    async send(mail: OutgoingMail): Promise<SendOutcome> {
      // Registrations in clear: the folder is the server user's only, files too.
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
      await purgeOutbox(dir);
      const target = join(dir, outboxFileName(mail));
      const temporary = `${target}.tmp`;
      // Same reference, same file name: a repeated send replaces rather than duplicates.
      await writeFile(temporary, await composeEml(mail), { mode: 0o600 });
      await rename(temporary, target);
      return { ok: true, providerId: outboxFileName(mail) };
    },
  };
}
