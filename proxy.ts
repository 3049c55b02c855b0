import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { serviceModes } from "@/lib/env";
import { bodyExceedsLimit, OWN_LIMIT_PREFIXES } from "@/lib/http/body-limit";
import { payloadTooLarge, tooManyRequests } from "@/lib/http/limits-response";
import { AI_PATH_PREFIXES, rateIdentity } from "@/lib/http/rate-key";
import { hitRateLimit, LIMITS } from "@/lib/ratelimit/limiter";

/**
 * Runs before every matched request:
 * - gives it a request id;
 * - refuses bodies over 50 KB with 413 (P15), counting bytes as they arrive;
 * - applies the rate limits (P14): 60/minute per parent, child or client for everything, and
 *   15/minute on AI endpoints, counted in Postgres so they hold across server instances;
 * - makes the optimistic sign-in checks (a session cookie is present) so protected pages
 *   redirect early. The real checks happen in every page and action.
 */
const PARENT_COOKIE = "hearth_parent";
const CHILD_COOKIE = "hearth_child";
const PARENT_PREFIXES = [
  "/dashboard",
  "/children",
  "/curriculum",
  "/reports",
  "/settings",
  "/mailbox",
  "/admin",
];

function needs(pathname: string): "parent" | "child" | null {
  if (PARENT_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return "parent";
  if (pathname.startsWith("/learn/")) return "child";
  return null;
}

async function handle(request: NextRequest, clerk: boolean): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const { pathname } = request.nextUrl;

  if (
    request.method !== "GET" &&
    request.method !== "HEAD" &&
    !OWN_LIMIT_PREFIXES.some((p) => pathname.startsWith(p)) &&
    (await bodyExceedsLimit(request))
  ) {
    return payloadTooLarge(request);
  }

  const db = await getDb();
  const identity = rateIdentity(request);
  // Link prefetches are counted apart with a higher ceiling: a page prefetches its links.
  const prefetch = request.headers.has("next-router-prefetch");
  const general = await hitRateLimit(
    db,
    prefetch
      ? {
          key: `prefetch:${identity}`,
          limit: LIMITS.general.limit * 4,
          windowSeconds: LIMITS.general.windowSeconds,
        }
      : { key: `general:${identity}`, ...LIMITS.general },
  );
  if (!general.allowed) return tooManyRequests(request, general.retryAfterSeconds);
  if (AI_PATH_PREFIXES.some((p) => pathname.startsWith(p))) {
    const ai = await hitRateLimit(db, { key: `ai:${identity}`, ...LIMITS.ai });
    if (!ai.allowed) return tooManyRequests(request, ai.retryAfterSeconds);
  }

  const required = needs(pathname);
  if (required === "parent" && !clerk && !request.cookies.has(PARENT_COOKIE)) {
    return NextResponse.redirect(new URL("/sign-in", request.url));
  }
  if (required === "child" && !request.cookies.has(CHILD_COOKIE)) {
    return NextResponse.redirect(new URL("/learn", request.url));
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

type Handler = (
  request: NextRequest,
  event: NextFetchEvent,
) => Promise<Response | undefined> | Response | undefined;
let clerkHandler: Promise<Handler> | undefined;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (serviceModes().auth !== "clerk") return handle(request, false);
  // Clerk is loaded only when configured: without keys its middleware answers 500 everywhere.
  clerkHandler ??= import("@clerk/nextjs/server").then(
    ({ clerkMiddleware }) => clerkMiddleware((_auth, req) => handle(req, true)) as unknown as Handler,
  );
  return (await clerkHandler)(request, event);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
