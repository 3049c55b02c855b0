import "server-only";
import { timingSafeEqual } from "node:crypto";
import { KEY_BYTES } from "./aes-gcm";
import { KeyringError } from "./errors";

/**
 * Master keys (key-encryption keys). They never encrypt data directly: each family has its own
 * data key, wrapped by the current master key (see data-key.ts).
 *
 * Specification, as held in HEARTH_MASTER_KEYS:
 *
 *     kid2:<base64 of 32 bytes>,kid1:<base64 of 32 bytes>
 *
 * The FIRST entry is the current key, used for every new wrap; later entries only unwrap what
 * was wrapped before a rotation. Key ids match `[a-z0-9_-]{1,16}` and appear in each wrapped
 * key, so they must stay stable. Generate a key with `openssl rand -base64 32`.
 *
 * Rotation: put the new key first and keep the old one after it, deploy, run the re-wrap
 * (`rewrapDataKey` over every family), then remove the old key.
 */

const KEY_ID = /^[a-z0-9_-]{1,16}$/;

export class Keyring {
  // Private fields do not appear in JSON.stringify or util.inspect, so a logged keyring shows
  // ids only.
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly currentKeyId: string;

  /** Use `parseKeyring`. */
  constructor(entries: readonly (readonly [id: string, key: Buffer])[]) {
    const first = entries[0];
    if (!first) throw new KeyringError("A keyring needs at least one key.");
    this.#keys = new Map(entries.map(([id, key]) => [id, Buffer.from(key)]));
    this.currentKeyId = first[0];
  }

  get keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  has(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** The key material for `keyId`, or undefined. Only the data-key module should call this. */
  keyFor(keyId: string): Buffer | undefined {
    return this.#keys.get(keyId);
  }

  get currentKey(): Buffer {
    return this.#keys.get(this.currentKeyId)!;
  }

  toJSON(): { currentKeyId: string; keyIds: string[] } {
    return { currentKeyId: this.currentKeyId, keyIds: this.keyIds };
  }

  toString(): string {
    return `Keyring(current=${this.currentKeyId}, keys=${this.keyIds.join(",")})`;
  }
}

/**
 * Parses a keyring specification. Errors name the entry by position (and by id once the id is
 * known to be well formed) but never repeat what was given, since it may be key material.
 */
export function parseKeyring(spec: string): Keyring {
  const raw = spec.trim();
  if (raw === "") throw new KeyringError("The keyring is empty: expected `id:<base64 of 32 bytes>[,…]`.");
  const entries: [string, Buffer][] = [];
  const seen = new Set<string>();
  const parts = raw.split(",");
  parts.forEach((part, index) => {
    const position = `Keyring entry ${index + 1} of ${parts.length}`;
    const entry = part.trim();
    const colon = entry.indexOf(":");
    if (colon === -1)
      throw new KeyringError(`${position} has no key id: expected \`id:<base64 of 32 bytes>\`.`);
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID.test(id))
      throw new KeyringError(`${position} has an invalid key id: expected [a-z0-9_-]{1,16}.`);
    const named = `${position} (key id "${id}")`;
    if (seen.has(id)) throw new KeyringError(`${named} repeats a key id; each id must be unique.`);
    seen.add(id);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) && !/^[A-Za-z0-9_-]+$/.test(encoded)) {
      throw new KeyringError(`${named} is not valid base64.`);
    }
    const key = Buffer.from(encoded, encoded.includes("-") || encoded.includes("_") ? "base64url" : "base64");
    if (key.length !== KEY_BYTES) {
      throw new KeyringError(
        `${named} decodes to ${key.length} bytes; a key must be exactly ${KEY_BYTES} bytes.`,
      );
    }
    entries.push([id, key]);
  });
  return new Keyring(entries);
}

/**
 * The development keyring: a fixed, PUBLIC key used only when HEARTH_MASTER_KEYS is unset
 * outside production. Anything encrypted with it is readable by anyone with this source code.
 */
export const DEV_KEYRING_SPEC = "dev:eSy6RYAHYo4W5wjsQ+blujIZb38b7nOoMjj7uNIJg/I=";

const DEV_KEY = Buffer.from("eSy6RYAHYo4W5wjsQ+blujIZb38b7nOoMjj7uNIJg/I=", "base64");

/**
 * True when the keyring holds the development key (under any id) or a key with the id `dev`.
 * Production refuses such a keyring: data under the development key is not protected at all.
 */
export function isDevKeyring(keyring: Keyring): boolean {
  return keyring.keyIds.some((id) => {
    const key = keyring.keyFor(id);
    return id === "dev" || (key !== undefined && timingSafeEqual(key, DEV_KEY));
  });
}
