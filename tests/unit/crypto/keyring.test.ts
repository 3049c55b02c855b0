import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { KeyringError } from "@/lib/crypto/errors";
import { DEV_KEYRING_SPEC, isDevKeyring, parseKeyring } from "@/lib/crypto/keyring";
import { masterKeyring } from "@/lib/crypto/master-keyring";
import { parseEnv } from "@/lib/env";

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("base64");

function keyringError(spec: string): KeyringError {
  try {
    parseKeyring(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(KeyringError);
    return error as KeyringError;
  }
  throw new Error("parseKeyring accepted an invalid spec");
}

describe("parseKeyring", () => {
  it("takes the first entry as the current key and keeps the others for unwrapping", () => {
    const keyring = parseKeyring(`k2:${keyA},k1:${keyB}`);
    expect(keyring.currentKeyId).toBe("k2");
    expect(keyring.keyIds).toEqual(["k2", "k1"]);
    expect(keyring.currentKey.equals(Buffer.from(keyA, "base64"))).toBe(true);
    expect(keyring.keyFor("k1")?.equals(Buffer.from(keyB, "base64"))).toBe(true);
    expect(keyring.keyFor("k3")).toBeUndefined();
  });

  it("tolerates spaces and newlines around entries and accepts base64url", () => {
    const url = Buffer.from(keyA, "base64").toString("base64url");
    const keyring = parseKeyring(`  2025_q1 : ${keyA} ,\n old-key:${url}\n`);
    expect(keyring.keyIds).toEqual(["2025_q1", "old-key"]);
    expect(keyring.keyFor("old-key")?.equals(Buffer.from(keyA, "base64"))).toBe(true);
  });

  it.each([
    ["an empty spec", "", /empty/],
    ["an entry without a key id", keyA, /no key id/],
    ["an upper-case key id", `Key1:${keyA}`, /invalid key id/],
    ["a key id over 16 characters", `abcdefghijklmnopq:${keyA}`, /invalid key id/],
    ["an empty key id", `:${keyA}`, /invalid key id/],
    ["key material that is not base64", `k1:${keyA.slice(0, 20)}*${keyA.slice(21)}`, /not valid base64/],
    ["a 16-byte key", `k1:${randomBytes(16).toString("base64")}`, /16 bytes.*exactly 32/],
    ["a 33-byte key", `k1:${randomBytes(33).toString("base64")}`, /33 bytes.*exactly 32/],
    ["a repeated key id", `k1:${keyA},k1:${keyB}`, /repeats a key id/],
    ["a trailing comma", `k1:${keyA},`, /entry 2 of 2 has no key id/],
  ])("refuses %s with a clear message", (_what, spec, message) => {
    expect(keyringError(spec).message).toMatch(message);
  });

  it("never echoes key material in its errors", () => {
    const secrets = [keyA, keyB];
    const specs = [
      keyA,
      `${keyA}:${keyB}`,
      `Key1:${keyA}`,
      `k1:${keyA.slice(0, 20)}*${keyA.slice(21)}`,
      `k1:${keyA}AAAA`,
      `k1:${keyA.slice(0, 24)}`,
      `k1:${keyA.replace(/=$/, "")}AAAA`,
      `k1:${keyA},k1:${keyB}`,
      `k1:${keyA},${keyB}`,
    ];
    for (const spec of specs) {
      const message = keyringError(spec).message;
      for (const secret of secrets) {
        // Not the key, nor any 8-character piece of it.
        for (let i = 0; i + 8 <= secret.length; i += 4) expect(message).not.toContain(secret.slice(i, i + 8));
      }
    }
  });

  it("shows only key ids when a keyring is logged or serialised", () => {
    const keyring = parseKeyring(`k2:${keyA},k1:${keyB}`);
    const shown = [
      JSON.stringify(keyring),
      inspect(keyring, { depth: 5, showHidden: true }),
      String(keyring),
    ];
    for (const text of shown) {
      expect(text).toContain("k2");
      for (const key of [keyA, keyB]) {
        expect(text).not.toContain(key);
        expect(text).not.toContain(Buffer.from(key, "base64").toString("hex"));
      }
    }
  });
});

describe("development keyring", () => {
  it("is a valid keyring whose one key has the id `dev`", () => {
    const keyring = parseKeyring(DEV_KEYRING_SPEC);
    expect(keyring.keyIds).toEqual(["dev"]);
    expect(isDevKeyring(keyring)).toBe(true);
  });

  it("is recognised under another id and as an older key", () => {
    const devKey = DEV_KEYRING_SPEC.slice(DEV_KEYRING_SPEC.indexOf(":") + 1);
    expect(isDevKeyring(parseKeyring(`renamed:${devKey}`))).toBe(true);
    expect(isDevKeyring(parseKeyring(`k2:${keyA},old:${devKey}`))).toBe(true);
  });

  it("is not reported for real keys", () => {
    expect(isDevKeyring(parseKeyring(`k2:${keyA},k1:${keyB}`))).toBe(false);
  });
});

describe("masterKeyring", () => {
  it("uses HEARTH_MASTER_KEYS when set", () => {
    const keyring = masterKeyring(parseEnv({ NODE_ENV: "production", HEARTH_MASTER_KEYS: `prod1:${keyA}` }));
    expect(keyring.currentKeyId).toBe("prod1");
  });

  it("falls back to the development key outside production", () => {
    expect(isDevKeyring(masterKeyring(parseEnv({ NODE_ENV: "development" })))).toBe(true);
  });

  it("refuses the development key in production, unset or pasted in, naming the variable", () => {
    expect(() => masterKeyring(parseEnv({ NODE_ENV: "production" }))).toThrow(/HEARTH_MASTER_KEYS/);
    expect(() =>
      masterKeyring(
        parseEnv({ NODE_ENV: "production", HEARTH_MASTER_KEYS: `k2:${keyA},${DEV_KEYRING_SPEC}` }),
      ),
    ).toThrow(KeyringError);
  });

  it("allows the development key in production only with the explicit opt-in", () => {
    const e = parseEnv({ NODE_ENV: "production", HEARTH_ALLOW_EMBEDDED_DEFAULTS: "1" });
    expect(isDevKeyring(masterKeyring(e))).toBe(true);
  });
});
