import { randomBytes } from "node:crypto";

// Crockford's base32 without I, L, O, U: easy to read out on the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A pseudonymous reference such as "PI-7K3F-Q9XM" (40 random bits). */
export function newReference(): string {
  const bytes = randomBytes(8);
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return `PI-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const REFERENCE_PATTERN = /^PI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
