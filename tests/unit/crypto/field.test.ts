import { createDecipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, seal } from "@/lib/crypto/aes-gcm";
import { dataKeyId, newDataKey } from "@/lib/crypto/data-key";
import { DecryptionError } from "@/lib/crypto/errors";
import {
  decryptBytes,
  decryptField,
  decryptFieldBytes,
  encryptBytes,
  encryptField,
  type FieldContext,
  fieldDataKeyId,
} from "@/lib/crypto/field";

const dek = newDataKey();
const transcriptRow: FieldContext = {
  table: "tutor_messages",
  column: "content",
  rowId: "0b6f3f7e-1c8a-4f4e-9a51-3c1f7d2b9e10",
  familyId: "5d0c8a3e-7b1f-4c2a-8e6d-9f4b1a2c3d4e",
};
const assessmentRow: FieldContext = {
  table: "assessment_results",
  column: "result",
  rowId: "8a1d2c3b-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
  familyId: transcriptRow.familyId,
};

function failure(fn: () => unknown): DecryptionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DecryptionError);
    return error as DecryptionError;
  }
  throw new Error("expected a DecryptionError");
}

function withSealedBytes(ciphertext: string, part: 2 | 3, edit: (bytes: Buffer) => Buffer): string {
  const parts = ciphertext.split(".");
  parts[part] = edit(Buffer.from(parts[part]!, "base64url")).toString("base64url");
  return parts.join(".");
}

/** An independent reading of the documented format, with Node's AES-256-GCM directly. */
function referenceDecrypt(key: Buffer, ciphertext: string, context: FieldContext): string {
  const [version, keyId, ivText, sealedText] = ciphertext.split(".") as [string, string, string, string];
  const sealed = Buffer.from(sealedText, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText, "base64url"), {
    authTagLength: 16,
  });
  decipher.setAAD(
    Buffer.from(
      JSON.stringify([
        "hearth/field",
        version,
        keyId,
        context.table,
        context.column,
        context.rowId,
        context.familyId,
      ]),
    ),
  );
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString(
    "utf8",
  );
}

describe("P5 assessment results are encrypted with AES-256-GCM at rest", () => {
  it("writes AES-256-GCM in the documented format, which an independent decryptor reads", () => {
    const result = JSON.stringify({ itemId: "math.k.count.3", correct: false, answer: "seven" });
    const ciphertext = encryptField(dek, result, assessmentRow);
    expect(ciphertext).toMatch(/^v1\.[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(ciphertext).not.toContain("seven");
    expect(Buffer.from(ciphertext.split(".")[3]!, "base64url").toString("latin1")).not.toContain("seven");
    expect(referenceDecrypt(dek, ciphertext, assessmentRow)).toBe(result);
    expect(decryptField(dek, ciphertext, assessmentRow)).toBe(result);
  });

  it("cannot be read as another row's result", () => {
    const ciphertext = encryptField(dek, '{"correct":true}', assessmentRow);
    expect(() => decryptField(dek, ciphertext, { ...assessmentRow, rowId: "another-result" })).toThrow(
      DecryptionError,
    );
  });
});

describe("P6 transcripts are encrypted with AES-256-GCM at rest", () => {
  it.each([
    ["an empty string", ""],
    ["a short message", "Can you help me with fractions?"],
    ["unicode", "Ça va? 🌟 我喜欢数学 — ½ + ¼ = ¾ \u0000 \u{1F9EE}"],
    ["1 MB", "é".repeat(512 * 1024)],
  ])("round-trips %s", (_what, plaintext) => {
    const ciphertext = encryptField(dek, plaintext, transcriptRow);
    expect(decryptField(dek, ciphertext, transcriptRow)).toBe(plaintext);
  });

  it("round-trips bytes, and refuses to decode bytes that are not UTF-8 as text", () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x80]);
    const ciphertext = encryptField(dek, bytes, transcriptRow);
    expect(decryptFieldBytes(dek, ciphertext, transcriptRow).equals(bytes)).toBe(true);
    expect(failure(() => decryptField(dek, ciphertext, transcriptRow)).reason).toBe("malformed");
  });

  it("gives a different ciphertext (and IV) every time for the same plaintext", () => {
    const ciphertexts = Array.from({ length: 200 }, () => encryptField(dek, "same words", transcriptRow));
    expect(new Set(ciphertexts).size).toBe(200);
    expect(new Set(ciphertexts.map((c) => c.split(".")[2])).size).toBe(200);
  });

  it("carries the id of the data key it was written with", () => {
    const ciphertext = encryptField(dek, "hello", transcriptRow);
    expect(fieldDataKeyId(ciphertext)).toBe(dataKeyId(dek));
    expect(ciphertext.split(".")[1]).toBe(dataKeyId(dek));
  });

  it("fails when any single byte of the IV, ciphertext or tag is changed", () => {
    const ciphertext = encryptField(dek, "secret words", transcriptRow);
    for (const part of [2, 3] as const) {
      const length = Buffer.from(ciphertext.split(".")[part]!, "base64url").length;
      expect(length).toBeGreaterThan(0);
      for (let i = 0; i < length; i++) {
        for (const mask of [0x01, 0x80]) {
          const tampered = withSealedBytes(ciphertext, part, (bytes) => {
            const copy = Buffer.from(bytes);
            copy[i]! ^= mask;
            return copy;
          });
          expect(failure(() => decryptField(dek, tampered, transcriptRow)).reason).toBe(
            "authentication-failed",
          );
        }
      }
    }
  });

  it("fails when any character of the stored text is changed", () => {
    const ciphertext = encryptField(dek, "secret words", transcriptRow);
    for (let i = 0; i < ciphertext.length; i++) {
      const replacement = ciphertext[i] === "A" ? "B" : "A";
      const edited = ciphertext.slice(0, i) + replacement + ciphertext.slice(i + 1);
      expect(() => decryptField(dek, edited, transcriptRow)).toThrow(DecryptionError);
    }
  });

  it("fails when the tag is truncated or the ciphertext shortened", () => {
    const ciphertext = encryptField(dek, "secret words", transcriptRow);
    for (const cut of [1, 4, 8, 12, 15, 16, 20]) {
      const truncated = withSealedBytes(ciphertext, 3, (bytes) => bytes.subarray(0, bytes.length - cut));
      expect(() => decryptField(dek, truncated, transcriptRow)).toThrow(DecryptionError);
    }
  });

  it("refuses a genuine tag cut short (Node accepts one unless authTagLength is set)", () => {
    const key = randomBytes(32);
    const aad = Buffer.from("context");
    const sealed = seal(key, Buffer.from("hello"), aad);
    expect(open(key, sealed, aad).toString()).toBe("hello");
    for (const length of [4, 8, 12, 13, 14, 15]) {
      expect(() => open(key, { ...sealed, tag: sealed.tag.subarray(0, length) }, aad)).toThrow(
        DecryptionError,
      );
    }
  });

  it("fails when the version or the data key id is edited", () => {
    const ciphertext = encryptField(dek, "secret words", transcriptRow);
    const [, keyId, iv, body] = ciphertext.split(".");
    expect(failure(() => decryptField(dek, `v2.${keyId}.${iv}.${body}`, transcriptRow)).reason).toBe(
      "unsupported-version",
    );
    const otherId = dataKeyId(newDataKey());
    expect(failure(() => decryptField(dek, `v1.${otherId}.${iv}.${body}`, transcriptRow)).reason).toBe(
      "unknown-key",
    );
  });

  it("fails with another family's data key", () => {
    const ciphertext = encryptField(dek, "secret words", transcriptRow);
    expect(failure(() => decryptField(newDataKey(), ciphertext, transcriptRow)).reason).toBe("unknown-key");
  });

  it("refuses malformed ciphertexts", () => {
    for (const bad of [
      "",
      "plain text",
      "v1.a.b",
      "v1.x.!!!!.AAAA",
      "v1.x.AAAAAAAAAAAAAAAA.AAAA",
      "v1.x.y.z.w",
    ]) {
      expect(failure(() => decryptField(dek, bad, transcriptRow)).reason).toBe("malformed");
    }
  });

  it("never puts the plaintext or key material in its error messages", () => {
    const plaintext = "My name is Zephyrine and my PIN is 4821";
    const ciphertext = encryptField(dek, plaintext, transcriptRow);
    const messages = [
      failure(() => decryptField(dek, ciphertext, { ...transcriptRow, rowId: "x" })).message,
      failure(() => decryptField(newDataKey(), ciphertext, transcriptRow)).message,
      failure(() =>
        decryptField(
          dek,
          withSealedBytes(ciphertext, 3, (b) => b.subarray(0, 3)),
          transcriptRow,
        ),
      ).message,
    ];
    for (const message of messages) {
      for (const secret of [
        "Zephyrine",
        "4821",
        dek.toString("base64"),
        dek.toString("base64url"),
        dek.toString("hex"),
      ]) {
        expect(message).not.toContain(secret);
      }
    }
  });
});

describe("P6 a ciphertext is bound to its row: copied to another row it fails to decrypt", () => {
  const ciphertext = encryptField(dek, "I think the answer is 12", transcriptRow);

  it.each([
    ["another row", { rowId: "0b6f3f7e-1c8a-4f4e-9a51-3c1f7d2b9e11" }],
    ["another column", { column: "summary" }],
    ["another table", { table: "assessment_results" }],
    ["another family", { familyId: "5d0c8a3e-7b1f-4c2a-8e6d-9f4b1a2c3d4f" }],
  ])("fails in %s", (_where, change) => {
    expect(failure(() => decryptField(dek, ciphertext, { ...transcriptRow, ...change })).reason).toBe(
      "authentication-failed",
    );
  });

  it("serialises the context unambiguously (moving a separator between parts changes it)", () => {
    const a = encryptField(dek, "x", { ...transcriptRow, table: "a.b", column: "c" });
    expect(() => decryptField(dek, a, { ...transcriptRow, table: "a", column: "b.c" })).toThrow(
      DecryptionError,
    );
    const b = encryptField(dek, "x", { ...transcriptRow, table: 'a","b', column: "c" });
    expect(() => decryptField(dek, b, { ...transcriptRow, table: "a", column: 'b","c' })).toThrow(
      DecryptionError,
    );
  });

  it("requires every part of the context", () => {
    for (const part of ["table", "column", "rowId", "familyId"] as const) {
      expect(() => encryptField(dek, "x", { ...transcriptRow, [part]: "" })).toThrow(TypeError);
    }
  });
});

describe("P10 curriculum files are stored encrypted", () => {
  const upload: FieldContext = {
    table: "curriculum_uploads",
    column: "object",
    rowId: "u-1",
    familyId: "f-1",
  };

  it("round-trips 1 MB of bytes with a fixed 39-byte overhead and no plaintext in the blob", () => {
    const file = Buffer.concat([Buffer.from("%PDF-1.7 Zephyrine's reading log "), randomBytes(1024 * 1024)]);
    const blob = encryptBytes(dek, file, upload);
    expect(blob.length).toBe(file.length + 3 + 8 + 12 + 16);
    expect(blob.subarray(0, 3).toString("ascii")).toBe("hf1");
    expect(blob.includes(Buffer.from("Zephyrine"))).toBe(false);
    expect(decryptBytes(dek, blob, upload).equals(file)).toBe(true);
  });

  it("fails for another upload, another key, or any changed byte", () => {
    const blob = encryptBytes(dek, Buffer.from("worksheet"), upload);
    expect(() => decryptBytes(dek, blob, { ...upload, rowId: "u-2" })).toThrow(DecryptionError);
    expect(() => decryptBytes(newDataKey(), blob, upload)).toThrow(DecryptionError);
    for (let i = 0; i < blob.length; i++) {
      const copy = Buffer.from(blob);
      copy[i]! ^= 0x01;
      expect(() => decryptBytes(dek, copy, upload)).toThrow(DecryptionError);
    }
    expect(() => decryptBytes(dek, blob.subarray(0, blob.length - 1), upload)).toThrow(DecryptionError);
  });

  it("is not interchangeable with a text field for the same row", () => {
    const field = encryptField(dek, "worksheet", upload);
    const [, keyId, iv, body] = field.split(".") as [string, string, string, string];
    const asBlob = Buffer.concat([
      Buffer.from("hf1"),
      Buffer.from(keyId, "base64url"),
      Buffer.from(iv, "base64url"),
      Buffer.from(body, "base64url"),
    ]);
    expect(() => decryptBytes(dek, asBlob, upload)).toThrow(DecryptionError);
  });
});
