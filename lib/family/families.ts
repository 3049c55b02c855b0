import { and, eq, isNull } from "drizzle-orm";
import { families } from "@/db/schema";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { generateFamilyCode, isWellFormedFamilyCode, normalizeFamilyCode } from "./family-code";

/** Creates a family with a fresh unique code. Runs inside the caller's transaction. */
export async function insertFamily(tx: Db): Promise<typeof families.$inferSelect> {
  // 44-bit codes collide rarely; retry a few times on the unique index rather than pre-checking.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [family] = await tx
      .insert(families)
      .values({ code: generateFamilyCode() })
      .onConflictDoNothing({ target: families.code })
      .returning();
    if (family) return family;
  }
  throw new Error("Could not allocate a unique family code");
}

/** Looks a family up by the code a child typed. System context: the child has no family yet. */
export async function findActiveFamilyByCode(db: Db, typed: string) {
  const code = normalizeFamilyCode(typed);
  if (!isWellFormedFamilyCode(code)) return null;
  const [family] = await db
    .select({ id: families.id, code: families.code })
    .from(families)
    .where(and(eq(families.code, code), isNull(families.deletedAt)))
    .limit(1);
  return family ?? null;
}

export async function getFamily(db: Db, familyId: string) {
  const [family] = await db.select().from(families).where(eq(families.id, familyId)).limit(1);
  return family ?? null;
}

/** The old code stops working at once; children already signed in keep their sessions. */
export async function regenerateFamilyCode(
  tx: Db,
  params: { familyId: string; actor: AuditActor; context?: AuditContext },
): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateFamilyCode();
    const clash = await tx.select({ id: families.id }).from(families).where(eq(families.code, code)).limit(1);
    if (clash.length > 0) continue;
    await tx.update(families).set({ code, updatedAt: new Date() }).where(eq(families.id, params.familyId));
    await recordAudit(tx, {
      action: "family.code_regenerated",
      actor: params.actor,
      familyId: params.familyId,
      target: { type: "family", id: params.familyId },
      detail: {},
      context: params.context,
    });
    return code;
  }
  throw new Error("Could not allocate a unique family code");
}
