import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "./secrets";

/** A fresh 256-bit session token (base64url). */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Sessions are stored by the SHA-256 of their token, so a database leak yields no live cookie. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function signature(value: string): string {
  return createHmac("sha256", sessionSecret()).update(value).digest("base64url");
}

/** `token.signature`: the cookie is rejected before any database lookup if it was forged. */
export function signCookieValue(token: string): string {
  return `${token}.${signature(token)}`;
}

export function verifyCookieValue(value: string | undefined | null): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(token));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return token;
}
