import "server-only";

/**
 * Why a ciphertext was refused. The message of a `DecryptionError` names only this reason and
 * key ids (which are not secret); it never carries plaintext, ciphertext or key material.
 */
export type DecryptionFailure =
  /** Not in a format this code writes (wrong number of parts, bad base64, wrong lengths). */
  | "malformed"
  /** A format version this code does not know. */
  | "unsupported-version"
  /** The key it names is not available (master key not in the keyring, or another data key). */
  | "unknown-key"
  /** Authentication failed: tampered, truncated, wrong key, or bound to another row/family. */
  | "authentication-failed";

export class DecryptionError extends Error {
  constructor(
    readonly reason: DecryptionFailure,
    detail: string,
  ) {
    super(`Decryption failed (${reason}): ${detail}`);
    this.name = "DecryptionError";
  }
}

/** A keyring specification that cannot be used. The message never echoes key material. */
export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyringError";
  }
}
