/**
 * The limits are enforced where every request passes: proxy.ts. These tests run the real proxy
 * against the app's configured database, so they fail if the proxy stops counting or checking.
 */
import { type NextFetchEvent, NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { startAppDatabase } from "@/tests/support/app-harness";

let app: Awaited<ReturnType<typeof startAppDatabase>>;
beforeAll(async () => {
  app = await startAppDatabase();
});
afterAll(async () => {
  await app?.close();
});

const event = {} as NextFetchEvent; // used only by Clerk's middleware, which is not configured here

async function run(req: NextRequest): Promise<Response> {
  const response = await proxy(req, event);
  if (!response) throw new Error("the proxy gave no response");
  return response;
}

function request(
  path: string,
  init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {},
) {
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { accept: "text/html", ...init.headers },
    ...(init.body ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

describe("P14 the proxy rate-limits every request", () => {
  it("answers the 61st request a minute from one client with 429 and Retry-After", async () => {
    const client = { "x-forwarded-for": "198.51.100.61" };
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await run(request("/privacy", { headers: client }))).status);
    expect(statuses.every((s) => s !== 429)).toBe(true);
    const last = await run(request("/privacy", { headers: client }));
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("allows 15 a minute on the AI endpoint", async () => {
    const client = { "x-forwarded-for": "203.0.113.15" };
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) {
      statuses.push(
        (await run(request("/api/tutor", { method: "POST", body: "{}", headers: client }))).status,
      );
    }
    expect(statuses.slice(0, 15).includes(429)).toBe(false);
    expect(statuses[15]).toBe(429);
  });
});

describe("P15 the proxy refuses bodies over 50 KB", () => {
  it("answers 413 for a large form post and lets a small one through", async () => {
    const headers = { "x-forwarded-for": "192.0.2.77", "content-type": "application/x-www-form-urlencoded" };
    const big = await run(request("/dashboard", { method: "POST", body: "a".repeat(60_000), headers }));
    expect(big.status).toBe(413);
    const small = await run(request("/sign-in", { method: "POST", body: "email=x", headers }));
    expect(small.status).not.toBe(413);
  });
});
