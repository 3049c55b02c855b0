import { createHash } from "node:crypto";
import { clientIpFrom } from "./client-ip";

/**
 * Whose request is this, for rate limiting (P14)? A session cookie identifies a parent or a
 * child; without one, the client address. Keys hold hashes, never tokens or addresses.
 */
const SESSION_COOKIES = ["hearth_parent", "hearth_child"];

function hash(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}

export function rateIdentity(request: {
  headers: Headers;
  cookies: { get(name: string): { value: string } | undefined };
}): string {
  for (const name of SESSION_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value) return `${name === "hearth_parent" ? "parent" : "child"}:${hash(value)}`;
  }
  return `client:${hash(clientIpFrom(request.headers) ?? "unknown")}`;
}

export const AI_PATH_PREFIXES = ["/api/tutor"];
