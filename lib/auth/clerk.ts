import "server-only";
import { eq } from "drizzle-orm";
import { parents } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { insertFamily } from "@/lib/family/families";
import type { ParentIdentity } from "@/lib/family/parents";

/**
 * Clerk identities (production). Loaded only when both Clerk keys are set: with no keys Clerk's
 * code answers 500 on every request. A Clerk user's first visit creates their family.
 */
export async function clerkParent(db: Db): Promise<ParentIdentity | null> {
  const { auth, currentUser } = await import("@clerk/nextjs/server");
  const { userId } = await auth();
  if (!userId) return null;
  const existing = await withSystem(db, (tx) =>
    tx.select().from(parents).where(eq(parents.clerkUserId, userId)).limit(1),
  );
  const found = existing[0];
  if (found)
    return { parentId: found.id, familyId: found.familyId, email: found.email, isAdmin: found.isAdmin };
  const user = await currentUser();
  const email = user?.primaryEmailAddress?.emailAddress;
  if (!email) return null;
  return withSystem(db, async (tx) => {
    const family = await insertFamily(tx);
    const [parent] = await tx
      .insert(parents)
      .values({ familyId: family.id, email, clerkUserId: userId })
      .returning();
    const actor = { type: "parent" as const, id: parent!.id };
    await recordAudit(tx, {
      action: "family.created",
      actor,
      familyId: family.id,
      target: { type: "family", id: family.id },
      detail: {},
    });
    await recordAudit(tx, {
      action: "parent.signed_up",
      actor,
      familyId: family.id,
      target: { type: "parent", id: parent!.id },
      detail: { provider: "clerk" },
    });
    return { parentId: parent!.id, familyId: family.id, email, isAdmin: parent!.isAdmin };
  });
}
