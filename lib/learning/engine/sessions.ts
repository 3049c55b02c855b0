import "server-only";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { learningSessions } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { assertChild, type ChildScope, lockChild } from "./scope";

/**
 * Learning sessions (P7): time on task per child and subject, the basis of hours logs.
 *
 * A session starts with the first activity in a subject (an answer, a diagnostic step) and every
 * later activity is a heartbeat. The time between two heartbeats counts as active only when it
 * is at most IDLE_GAP_MS: a child who wandered off for five minutes did not learn for five
 * minutes. After SESSION_END_MS without activity the session is over; the next activity starts a
 * new one. Sessions also end when the child signs out.
 */
export const IDLE_GAP_MS = 2 * 60_000;
export const SESSION_END_MS = 30 * 60_000;

export type SessionSubject = string;

function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}

/** Ends, at their last activity, the child's sessions that have been idle for SESSION_END_MS. */
export async function closeIdleSessionsIn(tx: Db, scope: ChildScope, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_END_MS);
  const ended = await tx
    .update(learningSessions)
    .set({ endedAt: sql`${learningSessions.lastActivityAt}` })
    .where(
      and(
        eq(learningSessions.familyId, scope.familyId),
        eq(learningSessions.childId, scope.childId),
        isNull(learningSessions.endedAt),
        lt(learningSessions.lastActivityAt, cutoff),
      ),
    )
    .returning({ id: learningSessions.id });
  return ended.length;
}

/**
 * A heartbeat inside the caller's family transaction (which has locked the child): extends the
 * open session of this subject, or starts one. Returns the session id, for attempts to refer to.
 */
export async function recordActivityIn(
  tx: Db,
  scope: ChildScope,
  subject: SessionSubject,
  now: Date,
): Promise<string> {
  await closeIdleSessionsIn(tx, scope, now);
  const [open] = await tx
    .select()
    .from(learningSessions)
    .where(
      and(
        eq(learningSessions.familyId, scope.familyId),
        eq(learningSessions.childId, scope.childId),
        eq(learningSessions.subject, subject),
        isNull(learningSessions.endedAt),
      ),
    )
    .orderBy(desc(learningSessions.startedAt))
    .limit(1);
  if (open) {
    const gapMs = now.getTime() - open.lastActivityAt.getTime();
    // A clock that steps backwards (or two servers disagreeing) must neither add time nor move
    // the last activity into the past.
    const credit = gapMs > 0 && gapMs <= IDLE_GAP_MS ? secondsBetween(open.lastActivityAt, now) : 0;
    await tx
      .update(learningSessions)
      .set({
        activeSeconds: sql`${learningSessions.activeSeconds} + ${credit}`,
        lastActivityAt: gapMs > 0 ? now : open.lastActivityAt,
      })
      .where(and(eq(learningSessions.id, open.id), eq(learningSessions.familyId, scope.familyId)));
    return open.id;
  }
  const id = crypto.randomUUID();
  await tx.insert(learningSessions).values({
    id,
    familyId: scope.familyId,
    childId: scope.childId,
    subject,
    startedAt: now,
    lastActivityAt: now,
    activeSeconds: 0,
  });
  return id;
}

/** A heartbeat in its own transaction (for activity that writes nothing else). */
export async function recordActivity(
  db: Db,
  scope: ChildScope & { subject: SessionSubject; now?: Date },
): Promise<string> {
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    return recordActivityIn(tx, scope, scope.subject, now);
  });
}

/**
 * Ends every open session of the child (sign-out). The time since the last heartbeat counts
 * when it is short enough to have been spent on the last question.
 */
export async function endLearningSessions(db: Db, scope: ChildScope & { now?: Date }): Promise<number> {
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await lockChild(tx, scope.childId);
    await closeIdleSessionsIn(tx, scope, now);
    const open = await tx
      .select()
      .from(learningSessions)
      .where(
        and(
          eq(learningSessions.familyId, scope.familyId),
          eq(learningSessions.childId, scope.childId),
          isNull(learningSessions.endedAt),
        ),
      );
    for (const session of open) {
      const gapMs = now.getTime() - session.lastActivityAt.getTime();
      const tail = gapMs > 0 && gapMs <= IDLE_GAP_MS ? secondsBetween(session.lastActivityAt, now) : 0;
      await tx
        .update(learningSessions)
        .set({
          activeSeconds: sql`${learningSessions.activeSeconds} + ${tail}`,
          lastActivityAt: tail > 0 ? now : session.lastActivityAt,
          endedAt: tail > 0 ? now : session.lastActivityAt,
        })
        .where(and(eq(learningSessions.id, session.id), eq(learningSessions.familyId, scope.familyId)));
    }
    return open.length;
  });
}

export interface SessionSummary {
  id: string;
  subject: string;
  startedAt: Date;
  /** When it ended; an open session that has gone idle counts as ended at its last activity. */
  endedAt: Date | null;
  activeSeconds: number;
}

/** The child's latest sessions, newest first (for the parent's view). */
export async function recentSessionsIn(
  tx: Db,
  scope: ChildScope,
  options: { limit: number; now: Date },
): Promise<SessionSummary[]> {
  const rows = await tx
    .select()
    .from(learningSessions)
    .where(and(eq(learningSessions.familyId, scope.familyId), eq(learningSessions.childId, scope.childId)))
    .orderBy(desc(learningSessions.startedAt))
    .limit(options.limit);
  const cutoff = options.now.getTime() - SESSION_END_MS;
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    startedAt: r.startedAt,
    endedAt: r.endedAt ?? (r.lastActivityAt.getTime() < cutoff ? r.lastActivityAt : null),
    activeSeconds: r.activeSeconds,
  }));
}
