import { and, desc, eq } from "drizzle-orm";
import { emailOutbox, notifications, parents } from "@/db/schema";
import type { Db } from "@/db/types";
import { env } from "@/lib/env";

/**
 * Parent notifications (P12): a dashboard entry and an email that says what happened in general
 * words, names no child, and links to the signed-in dashboard. Runs in the caller's family
 * transaction, so the notice commits with the change it reports.
 */
export type NoticeType = "pin_locked";

const EMAILS: Record<NoticeType, { subject: string; body: string }> = {
  pin_locked: {
    subject: "Hearth: a learner's PIN sign-in is paused",
    body: "After several wrong PINs in a row, PIN sign-in for one of your learners has been paused to keep their account safe. You can unlock it, and change the PIN if you like, from your dashboard.",
  },
};

export function noticeEmail(type: NoticeType, appUrl: string) {
  const { subject, body } = EMAILS[type];
  const link = new URL("/dashboard", appUrl).toString();
  return {
    subject,
    text: `${body}\n\nOpen your dashboard: ${link}\n\nHearth`,
    html: `<p>${body}</p><p><a href="${link}">Open your dashboard</a></p><p>Hearth</p>`,
  };
}

export async function notifyParents(
  tx: Db,
  params: { familyId: string; childId?: string; type: NoticeType; dedupeKey?: string },
): Promise<void> {
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
    if (existing) return;
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
  const email = noticeEmail(params.type, env().APP_URL);
  if (recipients.length > 0) {
    await tx
      .insert(emailOutbox)
      .values(recipients.map((r) => ({ familyId: params.familyId, toEmail: r.email, ...email })));
  }
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
