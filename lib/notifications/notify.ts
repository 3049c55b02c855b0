import { and, desc, eq } from "drizzle-orm";
import { emailOutbox, notifications, parents } from "@/db/schema";
import type { Db } from "@/db/types";

/**
 * Parent notifications (P12): a dashboard entry and an email that says what happened in general
 * words, names no child, and links to the signed-in dashboard. Runs in the caller's family
 * transaction, so the notice commits with the change it reports.
 */
export type NoticeType = "pin_locked" | "safety_alert";

export interface NoticeEmail {
  subject: string;
  text: string;
  html: string;
}

const PIN_LOCKED = {
  subject: "Hearth: a learner's PIN sign-in is paused",
  body: "After several wrong PINs in a row, PIN sign-in for one of your learners has been paused to keep their account safe. You can unlock it, and change the PIN if you like, from your dashboard.",
};

export function pinLockedEmail(appUrl: string): NoticeEmail {
  const link = new URL("/dashboard", appUrl).toString();
  return {
    subject: PIN_LOCKED.subject,
    text: `${PIN_LOCKED.body}\n\nOpen your dashboard: ${link}\n\nHearth`,
    html: `<p>${PIN_LOCKED.body}</p><p><a href="${link}">Open your dashboard</a></p><p>Hearth</p>`,
  };
}

/**
 * Adds the dashboard notice and queues the email to every parent of the family. With a
 * `dedupeKey`, a notice of the same type and key already present means nothing is added.
 * Returns whether the parents were notified now.
 */
export async function notifyParents(
  tx: Db,
  params: { familyId: string; childId?: string; type: NoticeType; dedupeKey?: string; email: NoticeEmail },
): Promise<boolean> {
  if (params.dedupeKey) {
    const [existing] = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.familyId, params.familyId),
          eq(notifications.type, params.type),
          eq(notifications.dedupeKey, params.dedupeKey),
        ),
      )
      .limit(1);
    if (existing) return false;
  }
  await tx.insert(notifications).values({
    familyId: params.familyId,
    childId: params.childId ?? null,
    type: params.type,
    dedupeKey: params.dedupeKey ?? null,
  });
  const recipients = await tx
    .select({ email: parents.email })
    .from(parents)
    .where(eq(parents.familyId, params.familyId));
  if (recipients.length > 0) {
    await tx
      .insert(emailOutbox)
      .values(recipients.map((r) => ({ familyId: params.familyId, toEmail: r.email, ...params.email })));
  }
  return true;
}

export interface NoticeView {
  id: string;
  type: string;
  childId: string | null;
  createdAt: Date;
}

/** The family's unread notices, newest first, for the dashboard. */
export async function listUnreadNotices(tx: Db, familyId: string, limit = 20): Promise<NoticeView[]> {
  const rows = await tx
    .select({
      id: notifications.id,
      type: notifications.type,
      childId: notifications.childId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.familyId, familyId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  return rows.filter((r) => r.readAt === null);
}

export async function markNoticeRead(
  tx: Db,
  params: { familyId: string; noticeId: string },
): Promise<boolean> {
  const updated = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, params.noticeId), eq(notifications.familyId, params.familyId)))
    .returning({ id: notifications.id });
  return updated.length > 0;
}
