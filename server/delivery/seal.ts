/**
 * Sealing of spooled messages: AES-256-GCM (node:crypto), a fresh 96-bit nonce per file, the
 * reference as associated data so a file renamed to another reference fails to open.
 * Layout: "MLS1" | nonce (12) | tag (16) | ciphertext.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const MAGIC = Buffer.from("MLS1");
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class UnreadableSealError extends Error {
  override name = "UnreadableSealError";
}

export function seal(key: Uint8Array, reference: string, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(reference, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), ciphertext]);
}

export function open(key: Uint8Array, reference: string, sealed: Uint8Array): Buffer {
  const bytes = Buffer.from(sealed);
  if (bytes.length < MAGIC.length + NONCE_BYTES + TAG_BYTES || !bytes.subarray(0, 4).equals(MAGIC)) {
    throw new UnreadableSealError("not a sealed message");
  }
  const nonce = bytes.subarray(4, 4 + NONCE_BYTES);
  const tag = bytes.subarray(4 + NONCE_BYTES, 4 + NONCE_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAAD(Buffer.from(reference, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(4 + NONCE_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new UnreadableSealError("authentication failed (wrong key or damaged file)");
  }
}
