import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { parentSessions, parents } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { decoyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { hashToken, newSessionToken } from "@/lib/auth/tokens";
import { addMs, HOUR_MS } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { insertFamily } from "./families";

/** P16: every session, parent or child, ends 8 hours after it began. */
export const SESSION_LIFETIME_MS = 8 * HOUR_MS;

export interface ParentIdentity {
  parentId: string;
  familyId: string;
  email: string;
  isAdmin: boolean;
}

/**
 * Local sign-up: the first sign-in creates the family and its code (PRODUCT.md §4.1).
 * Cross-family by nature (the email must be unique platform-wide), so it runs as system.
 */
export async function signUpLocalParent(
  db: Db,
  input: { email: string; password: string; displayName?: string },
  context?: AuditContext,
): Promise<ParentIdentity> {
  const passwordHash = await hashPassword(input.password);
  return withSystem(db, async (tx) => {
    const [existing] = await tx
      .select({ id: parents.id })
      .from(parents)
      .where(sql`lower(${parents.email}) = lower(${input.email})`)
      .limit(1);
    if (existing) {
      throw new AppError("conflict", "An account with that email already exists. Try signing in instead.", {
        fieldErrors: { email: ["An account with that email already exists."] },
      });
    }
    const family = await insertFamily(tx);
    const [parent] = await tx
      .insert(parents)
      .values({
        familyId: family.id,
        email: input.email,
        passwordHash,
        displayName: input.displayName ?? null,
      })
      .returning();
    const actor = { type: "parent" as const, id: parent!.id };
    await recordAudit(tx, {
      action: "family.created",
      actor,
      familyId: family.id,
      target: { type: "family", id: family.id },
      detail: {},
      context,
    });
    await recordAudit(tx, {
      action: "parent.signed_up",
      actor,
      familyId: family.id,
      target: { type: "parent", id: parent!.id },
      detail: { provider: "local" },
      context,
    });
    return { parentId: parent!.id, familyId: family.id, email: parent!.email, isAdmin: parent!.isAdmin };
  });
}

/** Checks an email and password; an unknown email costs the same bcrypt time as a wrong password. */
export async function authenticateLocalParent(
  db: Db,
  input: { email: string; password: string },
): Promise<ParentIdentity | null> {
  const [parent] = await withSystem(db, (tx) =>
    tx.select().from(parents).where(sql`lower(${parents.email}) = lower(${input.email})`).limit(1),
  );
  if (!parent?.passwordHash) {
    await verifyPassword(input.password, await decoyPasswordHash());
    return null;
  }
  if (!(await verifyPassword(input.password, parent.passwordHash))) return null;
  return { parentId: parent.id, familyId: parent.familyId, email: parent.email, isAdmin: parent.isAdmin };
}

/** Starts a session (rotation: a sign-in always gets a new token). Returns the raw token. */
export async function startParentSession(
  db: Db,
  identity: ParentIdentity,
  options: { now?: Date; context?: AuditContext; provider?: "local" | "clerk" } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = newSessionToken();
  const expiresAt = addMs(now, SESSION_LIFETIME_MS);
  await withSystem(db, async (tx) => {
    await tx.insert(parentSessions).values({
      parentId: identity.parentId,
      familyId: identity.familyId,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
    });
    await recordAudit(tx, {
      action: "parent.signed_in",
      actor: { type: "parent", id: identity.parentId },
      familyId: identity.familyId,
      target: { type: "parent", id: identity.parentId },
      detail: { provider: options.provider ?? "local" },
      context: options.context,
    });
  });
  return { token, expiresAt };
}

export async function resolveParentSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ParentIdentity | null> {
  const [row] = await withSystem(db, (tx) =>
    tx
      .select({
        parentId: parents.id,
        familyId: parents.familyId,
        email: parents.email,
        isAdmin: parents.isAdmin,
      })
      .from(parentSessions)
      .innerJoin(parents, eq(parents.id, parentSessions.parentId))
      .where(
        and(
          eq(parentSessions.tokenHash, hashToken(token)),
          isNull(parentSessions.revokedAt),
          gt(parentSessions.expiresAt, now),
        ),
      )
      .limit(1),
  );
  return row ?? null;
}

export async function endParentSession(db: Db, token: string, context?: AuditContext): Promise<void> {
  await withSystem(db, async (tx) => {
    const [session] = await tx
      .update(parentSessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(parentSessions.tokenHash, hashToken(token)), isNull(parentSessions.revokedAt)))
      .returning();
    if (session) {
      await recordAudit(tx, {
        action: "parent.signed_out",
        actor: { type: "parent", id: session.parentId },
        familyId: session.familyId,
        target: { type: "parent", id: session.parentId },
        detail: {},
        context,
      });
    }
  });
}
