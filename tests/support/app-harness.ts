import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";
import { closeDb, getDbHandle } from "@/db/client";
import type { DbHandle } from "@/db/types";
import { signCookieValue } from "@/lib/auth/tokens";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * Runs the app's own pages, route handlers and server actions in vitest, as Next would: the
 * request (cookies, headers) comes from a jar the test controls, and the database is the one
 * the app is configured with (DATABASE_URL or HEARTH_DATA_DIR), so nothing in the application
 * code knows it is under test. Test files call `vi.mock` with the factories below.
 */
export const request = {
  cookies: new Map<string, string>(),
  headers: new Headers({ "x-forwarded-for": "198.51.100.7", "x-request-id": "test-request" }),
};

export function nextHeadersMock() {
  const jar = {
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  };
  return { cookies: async () => jar, headers: async () => request.headers };
}

export function nextCacheMock() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn() };
}

export function signInAs(cookieName: "hearth_parent" | "hearth_child" | null, token?: string) {
  request.cookies.clear();
  if (cookieName && token) request.cookies.set(cookieName, signCookieValue(token));
}

/** Points the app at a fresh, migrated database and returns a handle to it for test setup. */
export async function startAppDatabase(): Promise<{ handle: DbHandle; close: () => Promise<void> }> {
  let server: TestDatabase | undefined;
  if (process.env.TEST_DATABASE_URL) {
    server = await createTestDatabase();
    process.env.DATABASE_URL = server.url;
  } else {
    delete process.env.DATABASE_URL;
    process.env.HEARTH_DATA_DIR = mkdtempSync(path.join(tmpdir(), "hearth-app-"));
  }
  const handle = await getDbHandle();
  return {
    handle,
    close: async () => {
      await closeDb();
      await server?.close();
    },
  };
}

export type Outcome =
  | { kind: "ok"; value: unknown }
  | { kind: "not_found" }
  | { kind: "redirect"; to: string }
  | { kind: "error"; error: unknown };

/** Runs a page, route or action and classifies Next's control-flow throws. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "ok", value: await run() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "not_found" };
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    return { kind: "error", error };
  }
}
