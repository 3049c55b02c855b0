import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  dataKeyId,
  newDataKey,
  rewrapDataKey,
  unwrapDataKey,
  wrapDataKey,
  wrappedKeyId,
} from "@/lib/crypto/data-key";
import { DecryptionError } from "@/lib/crypto/errors";
import { decryptField, encryptField } from "@/lib/crypto/field";
import { parseKeyring } from "@/lib/crypto/keyring";

const masterA = randomBytes(32).toString("base64");
const masterB = randomBytes(32).toString("base64");
const before = parseKeyring(`k1:${masterA}`);
const during = parseKeyring(`k2:${masterB},k1:${masterA}`);
const after = parseKeyring(`k2:${masterB}`);
const familyId = "6f1c2d4e-0000-4000-8000-000000000001";
const otherFamilyId = "6f1c2d4e-0000-4000-8000-000000000002";

function failure(fn: () => unknown): DecryptionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DecryptionError);
    return error as DecryptionError;
  }
  throw new Error("expected a DecryptionError");
}

function editBytes(wrapped: string, partIndex: number, edit: (bytes: Buffer) => Buffer): string {
  const parts = wrapped.split(".");
  parts[partIndex] = edit(Buffer.from(parts[partIndex]!, "base64url")).toString("base64url");
  return parts.join(".");
}

describe("data keys", () => {
  it("are 32 random bytes", () => {
    const a = newDataKey();
    const b = newDataKey();
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(false);
  });

  it("have a stable public id that differs between keys", () => {
    const dek = newDataKey();
    expect(dataKeyId(dek)).toBe(dataKeyId(Buffer.from(dek)));
    expect(dataKeyId(dek)).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(dataKeyId(dek)).not.toBe(dataKeyId(newDataKey()));
  });

  it("wrap to `wk1.<master key id>.<iv>.<wrapped key + tag>` and unwrap to the same key", () => {
    const dek = newDataKey();
    const wrapped = wrapDataKey(before, dek, familyId);
    expect(wrapped).toMatch(/^wk1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{64}$/);
    expect(wrappedKeyId(wrapped)).toBe("k1");
    expect(wrapped).not.toContain(dek.toString("base64url"));
    expect(unwrapDataKey(before, wrapped, familyId).equals(dek)).toBe(true);
  });

  it("wrap differently every time", () => {
    const dek = newDataKey();
    expect(wrapDataKey(before, dek, familyId)).not.toBe(wrapDataKey(before, dek, familyId));
  });

  it("do not unwrap for another family (a wrapped key copied between families is useless)", () => {
    const wrapped = wrapDataKey(before, newDataKey(), familyId);
    expect(failure(() => unwrapDataKey(before, wrapped, otherFamilyId)).reason).toBe("authentication-failed");
  });

  it("do not unwrap when any byte of the IV or the wrapped key is changed", () => {
    const wrapped = wrapDataKey(before, newDataKey(), familyId);
    for (const part of [2, 3]) {
      const length = Buffer.from(wrapped.split(".")[part]!, "base64url").length;
      for (let i = 0; i < length; i++) {
        const tampered = editBytes(wrapped, part, (bytes) => {
          const copy = Buffer.from(bytes);
          copy[i]! ^= 0x01;
          return copy;
        });
        expect(() => unwrapDataKey(before, tampered, familyId)).toThrow(DecryptionError);
      }
    }
  });

  it("do not unwrap when the master key id is relabelled, even to a key in the keyring", () => {
    const wrapped = wrapDataKey(during, newDataKey(), familyId);
    const relabelled = wrapped.replace(".k2.", ".k1.");
    expect(failure(() => unwrapDataKey(during, relabelled, familyId)).reason).toBe("authentication-failed");
  });

  it("refuse an unknown version or master key with an error naming only the key id", () => {
    const dek = newDataKey();
    const wrapped = wrapDataKey(before, dek, familyId);
    expect(failure(() => unwrapDataKey(before, wrapped.replace(/^wk1/, "wk2"), familyId)).reason).toBe(
      "unsupported-version",
    );
    const unknown = failure(() => unwrapDataKey(after, wrapped, familyId));
    expect(unknown.reason).toBe("unknown-key");
    expect(unknown.message).toContain('"k1"');
    for (const secret of [
      masterA,
      masterB,
      dek.toString("base64"),
      dek.toString("base64url"),
      dek.toString("hex"),
    ]) {
      expect(unknown.message).not.toContain(secret);
    }
  });

  it("refuse malformed input", () => {
    for (const bad of [
      "",
      "wk1.k1",
      "wk1.k1.!!!.abc",
      "wk1.k1.AAAA.AAAA",
      `${wrapDataKey(before, newDataKey(), familyId)}.x`,
    ]) {
      expect(failure(() => unwrapDataKey(before, bad, familyId)).reason).toBe("malformed");
    }
  });
});

describe("P6 master-key rotation without downtime (ciphertexts carry a key id)", () => {
  const context = { table: "tutor_messages", column: "content", rowId: "msg-1", familyId };

  it("still unwraps a key wrapped under the old master key while that key stays in the keyring", () => {
    const dek = newDataKey();
    const wrapped = wrapDataKey(before, dek, familyId);
    expect(unwrapDataKey(during, wrapped, familyId).equals(dek)).toBe(true);
  });

  it("rewraps under the new master key and leaves data ciphertexts untouched", () => {
    const dek = newDataKey();
    const wrapped = wrapDataKey(before, dek, familyId);
    const transcript = encryptField(dek, "Why is the sky blue?", context);

    const rewrapped = rewrapDataKey(during, wrapped, familyId);
    expect(rewrapped.split(".")[1]).toBe("k2");
    expect(wrappedKeyId(rewrapped)).toBe("k2");

    // Once every family is re-wrapped, the old master key can leave the keyring.
    const unwrapped = unwrapDataKey(after, rewrapped, familyId);
    expect(unwrapped.equals(dek)).toBe(true);
    expect(decryptField(unwrapped, transcript, context)).toBe("Why is the sky blue?");
    expect(() => unwrapDataKey(after, wrapped, familyId)).toThrow(DecryptionError);
  });

  it("leaves a key already under the current master key as it is, so the job can be re-run", () => {
    const wrapped = wrapDataKey(during, newDataKey(), familyId);
    expect(rewrapDataKey(during, wrapped, familyId)).toBe(wrapped);
  });

  it("refuses to rewrap for the wrong family", () => {
    const wrapped = wrapDataKey(before, newDataKey(), familyId);
    expect(() => rewrapDataKey(during, wrapped, otherFamilyId)).toThrow(DecryptionError);
  });
});
