import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { notifications, safetyEvents, tokenUsage } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";

/**
 * What a parent sees of a child's tutoring without reading a transcript: the token ledger per
 * subject and purpose (P8) and the safety events (P25), by category and severity only, never
 * text. The view is audited (P3) in the transaction that reads it. The caller has already
 * checked that the child belongs to the parent's family; every query is scoped by both ids.
 */

export interface UsageLine {
  subject: string;
  purpose: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costMicroUsd: number;
}

export interface SafetyLine {
  id: string;
  createdAt: Date;
  category: string;
  severity: "low" | "medium" | "high";
  source: "input" | "output";
  tier: "deterministic" | "model";
  acknowledgedAt: Date | null;
}

export interface TutorActivity {
  usage: UsageLine[];
  total: Omit<UsageLine, "subject" | "purpose">;
  safety: SafetyLine[];
  alerts: number;
}

const SAFETY_SHOWN = 100;

export async function viewTutorActivity(
  db: Db,
  scope: { familyId: string; childId: string; actor: AuditActor; context?: AuditContext },
): Promise<TutorActivity> {
  return withFamily(db, scope.familyId, async (tx) => {
    const owned = (table: typeof tokenUsage | typeof safetyEvents) =>
      and(eq(table.familyId, scope.familyId), eq(table.childId, scope.childId));
    const usage = await tx
      .select({
        subject: tokenUsage.subject,
        purpose: tokenUsage.purpose,
        calls: sql<number>`count(*)::int`,
        inputTokens: sql<number>`coalesce(sum(${tokenUsage.inputTokens}), 0)::bigint`,
        outputTokens: sql<number>`coalesce(sum(${tokenUsage.outputTokens}), 0)::bigint`,
        cacheReadTokens: sql<number>`coalesce(sum(${tokenUsage.cacheReadTokens}), 0)::bigint`,
        cacheWriteTokens: sql<number>`coalesce(sum(${tokenUsage.cacheWriteTokens}), 0)::bigint`,
        costMicroUsd: sql<number>`coalesce(sum(${tokenUsage.costMicroUsd}), 0)::bigint`,
      })
      .from(tokenUsage)
      .where(owned(tokenUsage))
      .groupBy(tokenUsage.subject, tokenUsage.purpose)
      .orderBy(tokenUsage.subject, tokenUsage.purpose);
    const safety = await tx
      .select({
        id: safetyEvents.id,
        createdAt: safetyEvents.createdAt,
        category: safetyEvents.category,
        severity: safetyEvents.severity,
        source: safetyEvents.source,
        tier: safetyEvents.tier,
        acknowledgedAt: safetyEvents.acknowledgedAt,
      })
      .from(safetyEvents)
      .where(owned(safetyEvents))
      .orderBy(desc(safetyEvents.createdAt))
      .limit(SAFETY_SHOWN);
    const [alerts] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(
          eq(notifications.familyId, scope.familyId),
          eq(notifications.childId, scope.childId),
          eq(notifications.type, "safety_alert"),
        ),
      );
    await recordAudit(tx, {
      action: "data.viewed",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: scope.childId },
      detail: { what: "tutor_activity" },
      ...(scope.context ? { context: scope.context } : {}),
    });

    // Sums come back as strings from some drivers (bigint): numbers here, for display.
    const lines: UsageLine[] = usage.map((u) => ({
      subject: u.subject,
      purpose: u.purpose,
      calls: Number(u.calls),
      inputTokens: Number(u.inputTokens),
      outputTokens: Number(u.outputTokens),
      cacheReadTokens: Number(u.cacheReadTokens),
      cacheWriteTokens: Number(u.cacheWriteTokens),
      costMicroUsd: Number(u.costMicroUsd),
    }));
    const total = lines.reduce(
      (t, u) => ({
        calls: t.calls + u.calls,
        inputTokens: t.inputTokens + u.inputTokens,
        outputTokens: t.outputTokens + u.outputTokens,
        cacheReadTokens: t.cacheReadTokens + u.cacheReadTokens,
        cacheWriteTokens: t.cacheWriteTokens + u.cacheWriteTokens,
        costMicroUsd: t.costMicroUsd + u.costMicroUsd,
      }),
      { calls: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costMicroUsd: 0 },
    );
    return { usage: lines, total, safety, alerts: Number(alerts?.count ?? 0) };
  });
}
