import "server-only";
import { decodeBase64Url, IV_BYTES, open, seal, TAG_BYTES } from "./aes-gcm";
import { dataKeyId } from "./data-key";
import { DecryptionError } from "./errors";

/**
 * Field and file encryption with a family's data key (P5 assessment results, P6 transcripts,
 * P10 curriculum files), AES-256-GCM.
 *
 * Text columns hold:
 *
 *     v1.<data key id>.<base64url IV, 12 bytes>.<base64url ciphertext ‖ 16-byte tag>
 *
 * Files (object storage) hold the same in binary, with no base64 overhead:
 *
 *     "hf1" (3 bytes) ‖ data key id (8 bytes) ‖ IV (12) ‖ ciphertext ‖ tag (16)
 *
 * The GCM associated data is the canonical JSON array
 * `[label, version, data key id, table, column, rowId, familyId]`, so a ciphertext only
 * decrypts in the row, column and family it was written for: copied to another row it fails,
 * as it does when any byte, the version or the key id is edited. A fresh random IV per
 * encryption means equal plaintexts never give equal ciphertexts.
 */

/** Where a ciphertext lives. Every part is required and non-empty. */
export interface FieldContext {
  table: string;
  column: string;
  rowId: string;
  familyId: string;
}

const FIELD_VERSION = "v1";
const FILE_MAGIC = Buffer.from("hf1", "ascii");
const DATA_KEY_ID_BYTES = 8;

function associatedData(label: string, keyId: string, context: FieldContext): Buffer {
  for (const part of ["table", "column", "rowId", "familyId"] as const) {
    const value = context[part];
    if (typeof value !== "string" || value === "") throw new TypeError(`FieldContext.${part} is required`);
  }
  return Buffer.from(
    JSON.stringify([
      label,
      FIELD_VERSION,
      keyId,
      context.table,
      context.column,
      context.rowId,
      context.familyId,
    ]),
    "utf8",
  );
}

function toBytes(plaintext: string | Buffer): Buffer {
  return typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext;
}

/** Encrypts a value for one column of one row. */
export function encryptField(dek: Buffer, plaintext: string | Buffer, context: FieldContext): string {
  const keyId = dataKeyId(dek);
  const { iv, ciphertext, tag } = seal(
    dek,
    toBytes(plaintext),
    associatedData("hearth/field", keyId, context),
  );
  return [
    FIELD_VERSION,
    keyId,
    iv.toString("base64url"),
    Buffer.concat([ciphertext, tag]).toString("base64url"),
  ].join(".");
}

/** The id of the data key a field ciphertext was written with (to pick the key after a rotation). */
export function fieldDataKeyId(ciphertext: string): string {
  return parseField(ciphertext).keyId;
}

function parseField(text: string) {
  const parts = text.split(".");
  if (parts.length !== 4)
    throw new DecryptionError("malformed", "a field ciphertext has four dot-separated parts");
  const [version, keyId, ivText, sealedText] = parts as [string, string, string, string];
  if (version !== FIELD_VERSION)
    throw new DecryptionError("unsupported-version", "unknown field ciphertext version");
  const iv = decodeBase64Url(ivText, "the IV");
  const sealed = decodeBase64Url(sealedText, "the ciphertext");
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) {
    throw new DecryptionError("malformed", "a field ciphertext is too short");
  }
  const cut = sealed.length - TAG_BYTES;
  return { keyId, iv, ciphertext: sealed.subarray(0, cut), tag: sealed.subarray(cut) };
}

function assertSameKey(dek: Buffer, keyId: string): string {
  const expected = dataKeyId(dek);
  if (keyId !== expected) {
    throw new DecryptionError(
      "unknown-key",
      `written with data key "${keyId}", not the given key "${expected}"`,
    );
  }
  return expected;
}

/** Decrypts a field to its bytes. */
export function decryptFieldBytes(dek: Buffer, ciphertext: string, context: FieldContext): Buffer {
  const parsed = parseField(ciphertext);
  const keyId = assertSameKey(dek, parsed.keyId);
  return open(dek, parsed, associatedData("hearth/field", keyId, context));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decrypts a field written from a string. */
export function decryptField(dek: Buffer, ciphertext: string, context: FieldContext): string {
  const bytes = decryptFieldBytes(dek, ciphertext, context);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DecryptionError("malformed", "the plaintext is not UTF-8 text; use decryptFieldBytes");
  }
}

/** Encrypts a file's bytes for object storage (binary framing, see the module header). */
export function encryptBytes(dek: Buffer, data: Buffer, context: FieldContext): Buffer {
  const keyId = dataKeyId(dek);
  const { iv, ciphertext, tag } = seal(dek, data, associatedData("hearth/file", keyId, context));
  return Buffer.concat([FILE_MAGIC, Buffer.from(keyId, "base64url"), iv, ciphertext, tag]);
}

/** Decrypts what `encryptBytes` wrote. */
export function decryptBytes(dek: Buffer, blob: Buffer, context: FieldContext): Buffer {
  const header = FILE_MAGIC.length + DATA_KEY_ID_BYTES;
  if (blob.length < header + IV_BYTES + TAG_BYTES)
    throw new DecryptionError("malformed", "an encrypted file is too short");
  if (!blob.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) {
    throw new DecryptionError("unsupported-version", "not an encrypted file in a known format");
  }
  const keyId = assertSameKey(dek, blob.subarray(FILE_MAGIC.length, header).toString("base64url"));
  const iv = blob.subarray(header, header + IV_BYTES);
  const ciphertext = blob.subarray(header + IV_BYTES, blob.length - TAG_BYTES);
  const tag = blob.subarray(blob.length - TAG_BYTES);
  return open(dek, { iv, ciphertext, tag }, associatedData("hearth/file", keyId, context));
}
