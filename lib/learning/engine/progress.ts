import "server-only";
import { and, count, eq } from "drizzle-orm";
import { reviewCards, skillMastery } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { isMastered } from "@/lib/learning/bkt";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { getSkill } from "@/lib/learning/curriculum/graph";
import type { SubjectId } from "@/lib/learning/types";
import { latestPlacementIn } from "./diagnostic-runs";
import { clusterTitle, quizClusters, quizResultsIn } from "./quizzes";
import { countDueReviewsIn } from "./reviews";
import { assertChild, type ChildScope } from "./scope";
import { recentSessionsIn, type SessionSummary } from "./sessions";

export interface SubjectProgress {
  subject: SubjectId;
  title: string;
  total: number;
  mastered: number;
  /** Started (practised or placed) but not yet mastered. */
  learning: number;
  notStarted: number;
}

export interface ChildProgress {
  subjects: SubjectProgress[];
  recentlyMastered: { skillId: string; title: string; masteredAt: Date }[];
  reviewsDue: number;
  reviewCards: number;
  sessions: SessionSummary[];
  placement: { placedGrade: string; answered: number; completedAt: Date } | null;
  quizzes: { id: string; title: string; correct: number; total: number; completedAt: Date }[];
}

const RECENT_SESSIONS = 10;
const RECENT_MASTERED = 8;

/**
 * A child's learning progress for the parent (PRODUCT.md §4.5): mastery by subject, reviews due,
 * recent sessions with active time, the latest placement and quiz results (decrypted here, P5).
 * Reading it is a parent's access to child data, so it is recorded in the audit trail (P3) in
 * the same transaction. Foreign, unknown and deleted children are all "not found".
 */
export async function viewChildProgress(
  db: Db,
  scope: ChildScope & { actor: AuditActor; context?: AuditContext; now?: Date },
): Promise<ChildProgress> {
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    const mastery = await tx
      .select({
        skillId: skillMastery.skillId,
        pKnown: skillMastery.pKnown,
        masteredAt: skillMastery.masteredAt,
      })
      .from(skillMastery)
      .where(and(eq(skillMastery.childId, scope.childId), eq(skillMastery.familyId, scope.familyId)));
    const byId = new Map(mastery.map((m) => [m.skillId, m]));

    const subjects = CURRICULUM.subjects.map((subject): SubjectProgress => {
      const skills = CURRICULUM.skills.filter((s) => s.subject === subject.id);
      let mastered = 0;
      let learning = 0;
      for (const skill of skills) {
        const m = byId.get(skill.id);
        if (!m) continue;
        if (isMastered(m.pKnown)) mastered += 1;
        else learning += 1;
      }
      return {
        subject: subject.id,
        title: subject.title,
        total: skills.length,
        mastered,
        learning,
        notStarted: skills.length - mastered - learning,
      };
    });

    const recentlyMastered = mastery
      .filter((m) => m.masteredAt !== null && isMastered(m.pKnown))
      .sort((a, b) => (b.masteredAt?.getTime() ?? 0) - (a.masteredAt?.getTime() ?? 0))
      .slice(0, RECENT_MASTERED)
      .flatMap((m) => {
        const skill = getSkill(m.skillId);
        return skill && m.masteredAt
          ? [{ skillId: skill.id, title: skill.title, masteredAt: m.masteredAt }]
          : [];
      });

    const [cards] = await tx
      .select({ n: count() })
      .from(reviewCards)
      .where(and(eq(reviewCards.childId, scope.childId), eq(reviewCards.familyId, scope.familyId)));

    const placement = await latestPlacementIn(tx, scope);
    const clusters = quizClusters();
    const quizzes = (await quizResultsIn(tx, scope, 5)).map((q) => {
      const cluster = clusters.get(q.clusterId);
      const title = cluster ? `${clusterTitle(cluster)} and related skills` : q.clusterId;
      return {
        id: q.id,
        title,
        correct: q.result.correct,
        total: q.result.total,
        completedAt: q.completedAt,
      };
    });

    const progress: ChildProgress = {
      subjects,
      recentlyMastered,
      reviewsDue: await countDueReviewsIn(tx, scope, now),
      reviewCards: cards?.n ?? 0,
      sessions: await recentSessionsIn(tx, scope, { limit: RECENT_SESSIONS, now }),
      placement: placement
        ? {
            placedGrade: placement.result.placedGrade,
            answered: placement.result.answered,
            completedAt: placement.completedAt,
          }
        : null,
      quizzes,
    };
    await recordAudit(tx, {
      action: "data.viewed",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: scope.childId },
      detail: { what: "learning_progress" },
      context: scope.context,
    });
    return progress;
  });
}
