import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { serviceModes } from "@/lib/env";

/**
 * Runs before every matched request: gives it a request id, and makes the optimistic
 * sign-in checks (a session cookie is present) so protected pages redirect early. The real
 * checks happen in every page and action, which resolve the session against the database.
 */
const PARENT_COOKIE = "hearth_parent";
const CHILD_COOKIE = "hearth_child";

const PARENT_PREFIXES = ["/dashboard", "/children", "/curriculum", "/reports", "/settings", "/admin"];

function needs(pathname: string): "parent" | "child" | null {
  if (PARENT_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return "parent";
  if (pathname.startsWith("/learn/")) return "child";
  return null;
}

function handle(request: NextRequest, clerk: boolean) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  const required = needs(request.nextUrl.pathname);
  if (required === "parent" && !clerk && !request.cookies.has(PARENT_COOKIE)) {
    return NextResponse.redirect(new URL("/sign-in", request.url));
  }
  if (required === "child" && !request.cookies.has(CHILD_COOKIE)) {
    return NextResponse.redirect(new URL("/learn", request.url));
  }
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
