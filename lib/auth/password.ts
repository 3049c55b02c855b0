import "server-only";
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

export const PASSWORD_MIN_LENGTH = 10;
// bcrypt reads at most 72 bytes; longer passwords would be silently truncated.
export const PASSWORD_MAX_BYTES = 72;

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, env().HEARTH_BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash of a random password, compared against when the email is unknown so timing matches. */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}
