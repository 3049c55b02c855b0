import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signCookieValue, verifyCookieValue } from "./tokens";

/** The only cookies Hearth sets (P21): essential, HttpOnly, for sessions. */
export const PARENT_COOKIE = "hearth_parent";
export const CHILD_COOKIE = "hearth_child";

function secure(): boolean {
  return env().APP_URL.startsWith("https://");
}

export async function setSessionCookie(name: string, token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(name, signCookieValue(token), {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    expires: expiresAt,
  });
}

export async function readSessionCookie(name: string): Promise<string | null> {
  return verifyCookieValue((await cookies()).get(name)?.value);
}

export async function clearSessionCookie(name: string): Promise<void> {
  (await cookies()).delete(name);
}
