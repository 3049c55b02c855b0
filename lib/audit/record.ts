import { auditLog } from "@/db/schema";
import type { Db } from "@/db/types";
import type { AuditAction, AuditEntry } from "./actions";

/**
 * Appends one entry to the audit trail inside the caller's transaction, so the entry and the
 * change it records commit together or not at all. The database assigns the sequence number,
 * time and hash chain (migration 0001).
 */
export async function recordAudit<A extends AuditAction>(tx: Db, entry: AuditEntry<A>): Promise<void> {
  await tx.insert(auditLog).values({
    familyId: entry.familyId,
    actorType: entry.actor.type,
    actorId: "id" in entry.actor ? (entry.actor.id ?? null) : null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    detail: entry.detail,
    ip: entry.context?.ip ?? null,
    requestId: entry.context?.requestId ?? null,
  });
}
