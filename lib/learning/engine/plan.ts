import "server-only";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { isMastered } from "@/lib/learning/bkt";
import { getSkill } from "@/lib/learning/curriculum/graph";
import { type PlanKind, planNext } from "@/lib/learning/planner";
import type { Skill, SubjectId } from "@/lib/learning/types";
import { type DiagnosticStatus, diagnosticStatusIn } from "./diagnostic-runs";
import { practicableCurriculum } from "./item-bank";
import { masteryMapIn } from "./mastery";
import { suggestedQuizIn } from "./quizzes";
import { countDueReviewsIn, dueReviewsIn } from "./reviews";
import { assertChild, type ChildScope } from "./scope";
import { closeIdleSessionsIn } from "./sessions";

export interface TodayStep {
  kind: PlanKind;
  skillId: string;
  title: string;
  subject: SubjectId;
  grade: Skill["grade"];
  reason: string;
  mastery: number | null;
}

export interface TodayPlan {
  /** Due reviews first, then what to learn next; never empty while any skill can be practised. */
  steps: TodayStep[];
  reviewsDue: number;
  masteredSkills: number;
  diagnostic: DiagnosticStatus;
  /** A short quiz on what the child has lately been mastering, when there is one to offer. */
  quiz: { clusterId: string; title: string } | null;
}

const DEFAULT_STEPS = 6;
// Enough due cards for the planner to interleave subjects; the page shows the count, not the list.
const DUE_FOR_PLANNING = 50;

/**
 * What the child could do today: the pure planner over the child's mastery and due reviews,
 * restricted to skills that have items (a step the child cannot practise would be a dead end).
 */
export async function planForToday(
  db: Db,
  scope: ChildScope & { now?: Date; limit?: number },
): Promise<TodayPlan> {
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await closeIdleSessionsIn(tx, scope, now);
    const mastery = await masteryMapIn(tx, scope);
    const due = await dueReviewsIn(tx, scope, now, DUE_FOR_PLANNING);
    const plan = planNext({
      curriculum: practicableCurriculum(),
      mastery,
      dueReviews: due.map((d) => ({ skillId: d.skillId, due: d.due })),
      now,
      limit: scope.limit ?? DEFAULT_STEPS,
    });
    const steps = plan.flatMap((step): TodayStep[] => {
      const skill = getSkill(step.skillId);
      if (!skill) return [];
      return [
        {
          kind: step.kind,
          skillId: skill.id,
          title: skill.title,
          subject: skill.subject,
          grade: skill.grade,
          reason: step.reason,
          mastery: mastery.get(skill.id) ?? null,
        },
      ];
    });
    return {
      steps,
      reviewsDue: await countDueReviewsIn(tx, scope, now),
      masteredSkills: [...mastery.values()].filter(isMastered).length,
      diagnostic: await diagnosticStatusIn(tx, scope),
      quiz: await suggestedQuizIn(tx, scope, now),
    };
  });
}
