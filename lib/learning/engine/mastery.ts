import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { masteryHistory, skillMastery } from "@/db/schema";
import type { Db } from "@/db/types";
import { bktParamsFor, isMastered, updateMastery } from "@/lib/learning/bkt";
import type { Skill } from "@/lib/learning/types";
import type { ChildScope } from "./scope";

export type MasterySource = "practice" | "diagnostic" | "assessment" | "review";

/**
 * How much an answer tells BKT:
 * - "full": a graded answer, evidence for or against knowing the skill;
 * - "learning": the child was walked through the method (the worked-example or final hint rung)
 *   before answering, so a right answer shows the hint worked, not that the skill was known.
 *   Only BKT's learning step applies: practising with a worked example still teaches.
 */
export type Evidence = "full" | "learning";

export interface MasteryChange {
  before: number;
  after: number;
  /** Crossed the mastery threshold with this answer. */
  masteredNow: boolean;
}

/** P(known) per skill for the child; skills never touched are absent. */
export async function masteryMapIn(tx: Db, scope: ChildScope): Promise<Map<string, number>> {
  const rows = await tx
    .select({ skillId: skillMastery.skillId, pKnown: skillMastery.pKnown })
    .from(skillMastery)
    .where(and(eq(skillMastery.childId, scope.childId), eq(skillMastery.familyId, scope.familyId)));
  return new Map(rows.map((r) => [r.skillId, r.pKnown]));
}

export async function masteryOfIn(tx: Db, scope: ChildScope, skill: Skill): Promise<number> {
  const [row] = await tx
    .select({ pKnown: skillMastery.pKnown })
    .from(skillMastery)
    .where(
      and(
        eq(skillMastery.childId, scope.childId),
        eq(skillMastery.familyId, scope.familyId),
        eq(skillMastery.skillId, skill.id),
      ),
    )
    .limit(1);
  return row?.pKnown ?? bktParamsFor(skill).pInit;
}

/**
 * One BKT step for one answer, persisted with its history entry. The answer counts (attempts,
 * correct) track practice and reviews only: an assessment's right and wrong answers are its
 * result, which is kept encrypted (P5), so they must not reappear here in plain figures.
 */
export async function applyAnswerIn(
  tx: Db,
  scope: ChildScope,
  input: { skill: Skill; correct: boolean; evidence: Evidence; source: MasterySource; now: Date },
): Promise<MasteryChange> {
  const { skill, correct, source, now } = input;
  const params = bktParamsFor(skill);
  const [row] = await tx
    .select()
    .from(skillMastery)
    .where(
      and(
        eq(skillMastery.childId, scope.childId),
        eq(skillMastery.familyId, scope.familyId),
        eq(skillMastery.skillId, skill.id),
      ),
    )
    .limit(1);
  const before = row?.pKnown ?? params.pInit;
  const after =
    input.evidence === "full"
      ? updateMastery(before, correct, params)
      : before + (1 - before) * params.pLearn;
  const counted = source === "practice" || source === "review";
  const masteredNow = isMastered(after) && !isMastered(before);
  const masteredAt = row?.masteredAt ?? (isMastered(after) ? now : null);
  await tx
    .insert(skillMastery)
    .values({
      familyId: scope.familyId,
      childId: scope.childId,
      skillId: skill.id,
      pKnown: after,
      attempts: counted ? 1 : 0,
      correct: counted && correct ? 1 : 0,
      masteredAt,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [skillMastery.childId, skillMastery.skillId],
      set: {
        pKnown: after,
        attempts: sql`${skillMastery.attempts} + ${counted ? 1 : 0}`,
        correct: sql`${skillMastery.correct} + ${counted && correct ? 1 : 0}`,
        masteredAt,
        updatedAt: now,
      },
    });
  await tx.insert(masteryHistory).values({
    familyId: scope.familyId,
    childId: scope.childId,
    skillId: skill.id,
    pKnown: after,
    source,
    at: now,
  });
  return { before, after, masteredNow };
}
