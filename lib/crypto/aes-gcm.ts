import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { DecryptionError } from "./errors";

/**
 * The one place that calls AES-256-GCM. 96-bit random IVs (NIST SP 800-38D §8.2.2: safe for
 * well under 2^32 encryptions per key, far beyond one family's data key), 128-bit tags.
 */

export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

const ALGORITHM = "aes-256-gcm";

export interface Sealed {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Sealed {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/**
 * Decrypts and authenticates. `authTagLength` is passed explicitly: without it Node accepts a
 * tag cut to as little as 4 bytes and checks only those, which makes forgery feasible.
 */
export function open(key: Buffer, sealed: Sealed, aad: Buffer): Buffer {
  assertKey(key);
  if (sealed.iv.length !== IV_BYTES) throw new DecryptionError("malformed", "the IV has the wrong length");
  if (sealed.tag.length !== TAG_BYTES) throw new DecryptionError("malformed", "the tag has the wrong length");
  try {
    const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionError(
      "authentication-failed",
      "the ciphertext, its context or the key does not match",
    );
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new TypeError(`An encryption key must be ${KEY_BYTES} bytes`);
}

/** Strict base64url: anything that does not re-encode to the same text is refused. */
export function decodeBase64Url(text: string, what: string): Buffer {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new DecryptionError("malformed", `${what} is not base64url`);
  const bytes = Buffer.from(text, "base64url");
  if (bytes.toString("base64url") !== text)
    throw new DecryptionError("malformed", `${what} is not base64url`);
  return bytes;
}
