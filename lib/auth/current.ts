import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { adminEmails, serviceModes } from "@/lib/env";
import type { ParentIdentity } from "@/lib/family/parents";
import { resolveParentSession } from "@/lib/family/parents";
import { type ChildIdentity, resolveChildSession } from "./child-sign-in";
import { CHILD_COOKIE, PARENT_COOKIE, readSessionCookie } from "./cookies";

/**
 * Identity is resolved once per request (React `cache`) and handed to pages and actions.
 * Parents come from Clerk when it is configured and from local sessions otherwise.
 */
export const currentParent = cache(async (): Promise<ParentIdentity | null> => {
  const db = await getDb();
  let identity: ParentIdentity | null;
  if (serviceModes().auth === "clerk") {
    const { clerkParent } = await import("./clerk");
    identity = await clerkParent(db);
  } else {
    const token = await readSessionCookie(PARENT_COOKIE);
    identity = token ? await resolveParentSession(db, token) : null;
  }
  if (!identity) return null;
  return { ...identity, isAdmin: identity.isAdmin || adminEmails().has(identity.email.toLowerCase()) };
});

export const currentChild = cache(async (): Promise<ChildIdentity | null> => {
  const token = await readSessionCookie(CHILD_COOKIE);
  if (!token) return null;
  return resolveChildSession(await getDb(), token);
});

export async function requireParent(): Promise<ParentIdentity> {
  const parent = await currentParent();
  if (!parent) redirect("/sign-in");
  return parent;
}

export async function requireAdmin(): Promise<ParentIdentity> {
  const parent = await requireParent();
  if (!parent.isAdmin) redirect("/dashboard");
  return parent;
}

export async function requireChild(): Promise<ChildIdentity> {
  const child = await currentChild();
  if (!child) redirect("/learn");
  return child;
}
