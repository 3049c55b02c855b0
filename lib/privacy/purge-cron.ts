import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { PurgeResult } from "./lifecycle";

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Compares a presented bearer token with the secret in constant time. */
export function bearerMatches(header: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(header?.trim() ?? "");
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!), digest(secret));
}

/**
 * The cron endpoint's logic, with its dependencies passed in so it is tested against a real
 * database: 404 while CRON_SECRET is unset (the route does not exist then), 401 without the
 * right `Authorization: Bearer <CRON_SECRET>`, otherwise the purge's counts as JSON.
 */
export async function handlePurgeCron(
  request: Request,
  deps: { secret: string | undefined; run: () => Promise<PurgeResult> },
): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  if (!deps.secret) return Response.json({ error: "Not found." }, { status: 404, headers });
  if (!bearerMatches(request.headers.get("authorization"), deps.secret)) {
    return Response.json(
      { error: "Unauthorized." },
      { status: 401, headers: { ...headers, "www-authenticate": "Bearer" } },
    );
  }
  const result = await deps.run();
  return Response.json(
    { ok: result.failed === 0, ...result },
    { status: result.failed === 0 ? 200 : 500, headers },
  );
}
