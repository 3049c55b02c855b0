import "server-only";
import { and, eq, gte, isNull } from "drizzle-orm";
import { safetyEvents } from "@/db/schema";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { notifyParents } from "@/lib/notifications/notify";
import type { Severity } from "@/lib/safety/categories";
import { lockConversation } from "./store";

/**
 * What happens when an exchange is flagged (P25), in the caller's family transaction:
 *   - a safety event (category, severity, where, which tier; never the text);
 *   - an audit entry with the same facts (P3);
 *   - the first time in a conversation: a dashboard notification and an email to each parent
 *     of the family, in general words with a link to the dashboard (P12). Safety alerts cannot be
 *     switched off (P20), and are exempt from quiet hours (P24).
 * A second flag of the same category in the same conversation (a child repeating themselves)
 * adds nothing: one event per category, one alert per conversation. The conversation row is
 * locked first, so two flags raised at once agree on which is first.
 */

export type FlagCategory = string;

export interface SafetyFlag {
  category: FlagCategory;
  severity: Severity;
  source: "input" | "output";
  tier: "deterministic" | "model";
}

export interface FlagScope {
  familyId: string;
  childId: string;
  /** Null for a report made outside a conversation. */
  conversationId: string | null;
}

export interface FlagResult {
  /** A new safety event was written (false: this category was already flagged here). */
  recorded: boolean;
  /** The parents were alerted now (false: already alerted for this conversation). */
  alerted: boolean;
}

export const SAFETY_EMAIL_SUBJECT = "Hearth safety alert: please check your dashboard";

export function safetyAlertEmail(appUrl: string): { subject: string; text: string; html: string } {
  const link = `${appUrl.replace(/\/+$/, "")}/dashboard`;
  const text = [
    "Hello,",
    "",
    "Hearth noticed something during a learning session in your family that may need a grown-up's attention.",
    "To protect your child's privacy, this email does not say who or what. Please sign in to your dashboard to see the alert:",
    "",
    link,
    "",
    "Safety alerts are always on. You are receiving this because you are a parent on this Hearth family account.",
    "",
    "Hearth",
  ].join("\n");
  const html = [
    "<p>Hello,</p>",
    "<p>Hearth noticed something during a learning session in your family that may need a grown-up&#39;s attention.</p>",
    "<p>To protect your child&#39;s privacy, this email does not say who or what. Please sign in to your dashboard to see the alert:</p>",
    `<p><a href="${link.replace(/"/g, "&quot;")}">Open your Hearth dashboard</a></p>`,
    "<p>Safety alerts are always on. You are receiving this because you are a parent on this Hearth family account.</p>",
    "<p>Hearth</p>",
  ].join("\n");
  return { subject: SAFETY_EMAIL_SUBJECT, text, html };
}

function dayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function recordSafetyFlag(
  tx: Db,
  scope: FlagScope,
  flag: SafetyFlag,
  options: {
    actor?: AuditActor;
    context?: AuditContext;
    now?: Date;
    /** Alerts with different prefixes are deduplicated apart (a child's own report is never merged). */
    alertKind?: "safety" | "report";
  } = {},
): Promise<FlagResult> {
  const now = options.now ?? new Date();
  if (scope.conversationId) {
    await lockConversation(tx, { familyId: scope.familyId, conversationId: scope.conversationId });
  }

  const [existing] = await tx
    .select({ id: safetyEvents.id })
    .from(safetyEvents)
    .where(
      and(
        eq(safetyEvents.familyId, scope.familyId),
        eq(safetyEvents.childId, scope.childId),
        eq(safetyEvents.category, flag.category),
        scope.conversationId
          ? eq(safetyEvents.conversationId, scope.conversationId)
          : and(isNull(safetyEvents.conversationId), gte(safetyEvents.createdAt, dayStart(now))),
      ),
    )
    .limit(1);
  if (existing) return { recorded: false, alerted: false };

  await tx.insert(safetyEvents).values({
    familyId: scope.familyId,
    childId: scope.childId,
    conversationId: scope.conversationId,
    category: flag.category,
    severity: flag.severity,
    source: flag.source,
    tier: flag.tier,
  });
  await recordAudit(tx, {
    action: "safety.flagged",
    actor: options.actor ?? { type: "system", id: "safety-screen" },
    familyId: scope.familyId,
    target: { type: "child", id: scope.childId },
    detail: { category: flag.category, severity: flag.severity, source: flag.source },
    ...(options.context ? { context: options.context } : {}),
  });

  const kind = options.alertKind ?? "safety";
  const dedupeKey = scope.conversationId
    ? `${kind}:${scope.conversationId}`
    : `${kind}:${scope.childId}:${dayStart(now).toISOString().slice(0, 10)}`;
  const alerted = await notifyParents(tx, {
    familyId: scope.familyId,
    childId: scope.childId,
    type: "safety_alert",
    dedupeKey,
    email: safetyAlertEmail(env().APP_URL),
  });
  return { recorded: true, alerted };
}
