import { and, desc, eq, inArray } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";

/**
 * P23: what a child can see about their own data: what their grown-up can see, and when they
 * looked. Read from the audit trail (the family's own entries, under row-level security).
 */
export interface ParentLook {
  what: "child_data" | "learning_progress" | "tutor_activity" | "export";
  at: Date;
}

const WHAT = new Set(["child_data", "learning_progress", "tutor_activity"]);

export async function parentLooksAtChild(
  db: Db,
  params: { familyId: string; childId: string; limit?: number },
): Promise<ParentLook[]> {
  const rows = await withFamily(db, params.familyId, (tx) =>
    tx
      .select({ action: auditLog.action, detail: auditLog.detail, at: auditLog.at })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.familyId, params.familyId),
          eq(auditLog.targetId, params.childId),
          eq(auditLog.actorType, "parent"),
          inArray(auditLog.action, ["data.viewed", "data.exported"]),
        ),
      )
      .orderBy(desc(auditLog.seq))
      .limit(params.limit ?? 10),
  );
  return rows.flatMap((r): ParentLook[] => {
    if (r.action === "data.exported") return [{ what: "export", at: r.at }];
    const what = (r.detail as { what?: string }).what;
    return what && WHAT.has(what) ? [{ what: what as ParentLook["what"], at: r.at }] : [];
  });
}
