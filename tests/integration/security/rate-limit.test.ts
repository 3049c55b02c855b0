import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/connect";
import type { DbHandle } from "@/db/types";
import { hitRateLimit, LIMITS } from "@/lib/ratelimit/limiter";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
let second: DbHandle | undefined;
beforeAll(async () => {
  t = await createTestDatabase();
  // A second "server instance": its own connection pool to the same database (server mode).
  if (t.url) second = await connectPostgres(t.url, 10);
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

describe("P14 rate limits hold across server instances", () => {
  it("allows 60 requests a minute per identity for everything, then answers with a retry time", async () => {
    const key = `general:parent:${Math.random()}`;
    const results = [];
    for (let i = 0; i < 61; i++) results.push(await hitRateLimit(t.db, { key, ...LIMITS.general }));
    expect(results.slice(0, 60).every((r) => r.allowed)).toBe(true);
    expect(results[60]!.allowed).toBe(false);
    expect(results[60]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[60]!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("allows 15 a minute on AI endpoints", async () => {
    const key = `ai:child:${Math.random()}`;
    let allowed = 0;
    for (let i = 0; i < 20; i++) if ((await hitRateLimit(t.db, { key, ...LIMITS.ai })).allowed) allowed++;
    expect(allowed).toBe(15);
  });

  it("counts concurrent requests from two instances against one budget", async () => {
    const key = `ai:parent:${Math.random()}`;
    const instances = [t.db, second?.db ?? t.db];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => hitRateLimit(instances[i % 2]!, { key, ...LIMITS.ai })),
    );
    expect(results.filter((r) => r.allowed).length).toBe(15);
    expect(new Set(results.map((r) => r.count)).size).toBe(40); // every hit got its own count
  });

  it("keeps identities apart", async () => {
    const a = `general:child:${Math.random()}`;
    const b = `general:child:${Math.random()}`;
    for (let i = 0; i < 60; i++) await hitRateLimit(t.db, { key: a, ...LIMITS.general });
    expect((await hitRateLimit(t.db, { key: a, ...LIMITS.general })).allowed).toBe(false);
    expect((await hitRateLimit(t.db, { key: b, ...LIMITS.general })).allowed).toBe(true);
  });
});
