import "server-only";
import { type Env, env } from "@/lib/env";
import { KeyringError } from "./errors";
import { DEV_KEYRING_SPEC, isDevKeyring, type Keyring, parseKeyring } from "./keyring";

let cached: { spec: string; keyring: Keyring } | undefined;

/**
 * The master keyring from HEARTH_MASTER_KEYS, read lazily (tests and rotations change it) and
 * parsed once per distinct value. Unset outside production → the public development key.
 * In production the development key is refused (whether by absence or pasted in by hand)
 * unless HEARTH_ALLOW_EMBEDDED_DEFAULTS opts in to the local quick start.
 */
export function masterKeyring(e: Env = env()): Keyring {
  const spec = e.HEARTH_MASTER_KEYS ?? DEV_KEYRING_SPEC;
  if (cached?.spec !== spec) cached = { spec, keyring: parseKeyring(spec) };
  const keyring = cached.keyring;
  if (e.NODE_ENV === "production" && !e.HEARTH_ALLOW_EMBEDDED_DEFAULTS && isDevKeyring(keyring)) {
    throw new KeyringError(
      "HEARTH_MASTER_KEYS holds (or defaults to) the public development key, which production refuses. Set HEARTH_MASTER_KEYS to `id:<base64 of 32 bytes>` (openssl rand -base64 32).",
    );
  }
  return keyring;
}
