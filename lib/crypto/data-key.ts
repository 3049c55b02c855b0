import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { decodeBase64Url, IV_BYTES, KEY_BYTES, open, seal, TAG_BYTES } from "./aes-gcm";
import { DecryptionError } from "./errors";
import type { Keyring } from "./keyring";

/**
 * Envelope encryption: each family has its own random 256-bit data key (DEK), which encrypts
 * that family's fields and files (field.ts). The DEK is stored only wrapped by a master key:
 *
 *     wk1.<master key id>.<base64url IV, 12 bytes>.<base64url wrapped key ‖ tag, 48 bytes>
 *
 * The associated data binds the wrap to the format version, the master key id and the family
 * id, so a wrapped key copied to another family (or relabelled with another key id) does not
 * unwrap. Rotating a master key re-wraps the DEKs (`rewrapDataKey`); no field ciphertext is
 * touched. Deleting a family's wrapped DEK makes all its ciphertexts unreadable at once
 * (crypto-shredding), including any left in backups.
 */

const WRAP_VERSION = "wk1";

/** A fresh random data key for a new family. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * A short public id for a data key: the first 8 bytes of HMAC-SHA256(key, label), base64url.
 * Field ciphertexts carry it, so after a data-key rotation each ciphertext names the key that
 * decrypts it. It reveals nothing about the key.
 */
export function dataKeyId(dek: Buffer): string {
  assertDataKey(dek);
  return createHmac("sha256", dek)
    .update("hearth/data-key-id/v1")
    .digest()
    .subarray(0, 8)
    .toString("base64url");
}

function wrapAad(masterKeyId: string, familyId: string): Buffer {
  return Buffer.from(JSON.stringify(["hearth/data-key", WRAP_VERSION, masterKeyId, familyId]), "utf8");
}

/** Wraps a family's data key under the keyring's current master key. */
export function wrapDataKey(keyring: Keyring, dek: Buffer, familyId: string): string {
  assertDataKey(dek);
  assertFamilyId(familyId);
  const keyId = keyring.currentKeyId;
  const { iv, ciphertext, tag } = seal(keyring.currentKey, dek, wrapAad(keyId, familyId));
  return [
    WRAP_VERSION,
    keyId,
    iv.toString("base64url"),
    Buffer.concat([ciphertext, tag]).toString("base64url"),
  ].join(".");
}

interface ParsedWrap {
  keyId: string;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

function parseWrapped(wrapped: string): ParsedWrap {
  const parts = wrapped.split(".");
  if (parts.length !== 4)
    throw new DecryptionError("malformed", "a wrapped data key has four dot-separated parts");
  const [version, keyId, ivText, sealedText] = parts as [string, string, string, string];
  if (version !== WRAP_VERSION)
    throw new DecryptionError("unsupported-version", "unknown wrapped data key version");
  const iv = decodeBase64Url(ivText, "the IV");
  const sealed = decodeBase64Url(sealedText, "the wrapped key");
  if (iv.length !== IV_BYTES || sealed.length !== KEY_BYTES + TAG_BYTES) {
    throw new DecryptionError("malformed", "a wrapped data key has the wrong length");
  }
  return { keyId, iv, ciphertext: sealed.subarray(0, KEY_BYTES), tag: sealed.subarray(KEY_BYTES) };
}

/** The id of the master key a wrapped data key is under (not secret; for rotation reports). */
export function wrappedKeyId(wrapped: string): string {
  return parseWrapped(wrapped).keyId;
}

/** Unwraps a family's data key. Throws `DecryptionError` for any other family or a lost key. */
export function unwrapDataKey(keyring: Keyring, wrapped: string, familyId: string): Buffer {
  assertFamilyId(familyId);
  const parsed = parseWrapped(wrapped);
  const masterKey = keyring.keyFor(parsed.keyId);
  if (!masterKey) {
    throw new DecryptionError("unknown-key", `master key "${parsed.keyId}" is not in the keyring`);
  }
  const dek = open(masterKey, parsed, wrapAad(parsed.keyId, familyId));
  if (dek.length !== KEY_BYTES)
    throw new DecryptionError("malformed", "the unwrapped data key has the wrong length");
  return dek;
}

/**
 * Re-wraps a data key under the current master key, for master-key rotation. Returns the input
 * unchanged when it is already under the current key, so a rotation job can update only the
 * rows whose value changed and can be re-run safely.
 */
export function rewrapDataKey(keyring: Keyring, wrapped: string, familyId: string): string {
  const dek = unwrapDataKey(keyring, wrapped, familyId);
  try {
    if (parseWrapped(wrapped).keyId === keyring.currentKeyId) return wrapped;
    return wrapDataKey(keyring, dek, familyId);
  } finally {
    dek.fill(0);
  }
}

function assertDataKey(dek: Buffer): void {
  if (!Buffer.isBuffer(dek) || dek.length !== KEY_BYTES) {
    throw new TypeError(`A data key must be a ${KEY_BYTES}-byte Buffer`);
  }
}

function assertFamilyId(familyId: string): void {
  if (typeof familyId !== "string" || familyId === "") throw new TypeError("A family id is required");
}
