import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { assessments, skillMastery } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { AppError } from "@/lib/errors";
import { checkAnswer } from "@/lib/learning/check-answer";
import { getSkill } from "@/lib/learning/curriculum/graph";
import { topologicalOrder } from "@/lib/learning/planner";
import type { Skill, SubjectId } from "@/lib/learning/types";
import { openAssessmentJson, RESULT_COLUMN, STATE_COLUMN, sealAssessmentJson } from "./assessment-fields";
import {
  assessmentSeedBase,
  findItem,
  itemFor,
  type PublicItem,
  practicableCurriculum,
  publicItem,
} from "./item-bank";
import { applyAnswerIn } from "./mastery";
import { assertChild, type ChildScope, lockChild } from "./scope";
import { recordActivityIn } from "./sessions";

/**
 * Short quizzes, one per skill cluster (the skills of one subject, grade and domain: the first
 * three parts of a skill id, e.g. "math.3.nf"). A quiz's questions, answers and result are an
 * assessment result, so all of it is stored encrypted (P5); mastery moves with each answer
 * (source "assessment") but no plain right/wrong is written anywhere.
 */

export const QUIZ_LENGTH = 5;

export interface QuizCluster {
  id: string;
  subject: SubjectId;
  grade: Skill["grade"];
  skills: { id: string; title: string }[];
}

export function clusterOf(skillId: string): string {
  return skillId.split(".").slice(0, 3).join(".");
}

let clusters: Map<string, QuizCluster> | undefined;
export function quizClusters(): Map<string, QuizCluster> {
  if (clusters) return clusters;
  clusters = new Map();
  const curriculum = practicableCurriculum();
  const byId = new Map(curriculum.skills.map((s) => [s.id, s]));
  for (const id of topologicalOrder(curriculum.skills)) {
    const skill = byId.get(id);
    if (!skill) continue;
    const key = clusterOf(skill.id);
    const cluster = clusters.get(key) ?? { id: key, subject: skill.subject, grade: skill.grade, skills: [] };
    cluster.skills.push({ id: skill.id, title: skill.title });
    clusters.set(key, cluster);
  }
  return clusters;
}

export function requireCluster(clusterId: string): QuizCluster {
  const cluster = typeof clusterId === "string" ? quizClusters().get(clusterId) : undefined;
  if (!cluster)
    throw new AppError("not_found", "We couldn't find that quiz. Pick one from your page for today.");
  return cluster;
}

const quizStateSchema = z.object({
  v: z.literal(1),
  clusterId: z.string(),
  items: z.array(z.object({ skillId: z.string(), itemId: z.string() })),
  answers: z.array(z.object({ skillId: z.string(), correct: z.boolean() })),
});
type QuizState = z.infer<typeof quizStateSchema>;

const quizResultSchema = z.object({
  v: z.literal(1),
  clusterId: z.string(),
  correct: z.number().int(),
  total: z.number().int(),
  bySkill: z.record(z.string(), z.object({ correct: z.number().int(), total: z.number().int() })),
});
export type QuizResult = z.infer<typeof quizResultSchema>;

export interface QuizQuestion {
  clusterId: string;
  item: PublicItem;
  number: number;
  total: number;
}

export type QuizOutcome =
  | { outcome: "stale" }
  | { outcome: "unreadable"; feedback: string }
  | { outcome: "next"; question: QuizQuestion }
  | { outcome: "finished"; result: QuizResult };

type Row = typeof assessments.$inferSelect;
function openQuizState(tx: Db, familyId: string, row: Row): Promise<QuizState | null> {
  return openAssessmentJson(
    tx,
    { rowId: row.id, familyId, column: STATE_COLUMN },
    row.stateEnc,
    quizStateSchema,
  );
}

function questionOf(state: QuizState): QuizQuestion | null {
  const current = state.items[state.answers.length];
  const item = current ? findItem(current.itemId) : null;
  if (!item) return null;
  return {
    clusterId: state.clusterId,
    item: publicItem(item),
    number: state.answers.length + 1,
    total: state.items.length,
  };
}

async function openQuizIn(tx: Db, scope: ChildScope, clusterId: string) {
  const [row] = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.childId, scope.childId),
        eq(assessments.familyId, scope.familyId),
        eq(assessments.kind, "quiz"),
        eq(assessments.clusterId, clusterId),
        isNull(assessments.completedAt),
      ),
    )
    .orderBy(desc(assessments.startedAt))
    .limit(1);
  if (!row) return null;
  const state = await openQuizState(tx, scope.familyId, row);
  return state ? { row, state } : null;
}

/** Starts a quiz on a cluster, or resumes the one in progress. */
export async function startQuiz(
  db: Db,
  scope: ChildScope & { clusterId: string; now?: Date },
): Promise<QuizQuestion> {
  const cluster = requireCluster(scope.clusterId);
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    const open = await openQuizIn(tx, scope, cluster.id);
    const resumed = open ? questionOf(open.state) : null;
    if (resumed) return resumed;
    const seedBase = assessmentSeedBase(QUIZ_LENGTH);
    const items = Array.from({ length: QUIZ_LENGTH }, (_, i) => {
      const skill = cluster.skills[i % cluster.skills.length];
      const item = skill ? itemFor(skill.id, seedBase + i) : null;
      return skill && item ? [{ skillId: skill.id, itemId: item.id }] : [];
    }).flat();
    const state: QuizState = { v: 1, clusterId: cluster.id, items, answers: [] };
    const id = crypto.randomUUID();
    await tx.insert(assessments).values({
      id,
      familyId: scope.familyId,
      childId: scope.childId,
      kind: "quiz",
      subject: cluster.subject,
      clusterId: cluster.id,
      stateEnc: await sealAssessmentJson(
        tx,
        { rowId: id, familyId: scope.familyId, column: STATE_COLUMN },
        state,
      ),
      startedAt: now,
    });
    const question = questionOf(state);
    if (!question)
      throw new AppError("unavailable", "This quiz has no questions right now. Try another one.");
    return question;
  });
}

export async function answerQuiz(
  db: Db,
  scope: ChildScope & { clusterId: string; itemId: string; answer: string; now?: Date },
): Promise<QuizOutcome> {
  const cluster = requireCluster(scope.clusterId);
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    const open = await openQuizIn(tx, scope, cluster.id);
    const current = open?.state.items[open.state.answers.length];
    if (!open || !current || current.itemId !== scope.itemId) return { outcome: "stale" };
    const item = findItem(current.itemId);
    const skill = getSkill(current.skillId);
    if (!item || !skill) return { outcome: "stale" };

    await recordActivityIn(tx, scope, cluster.subject, now);
    const check = checkAnswer(
      item.answer,
      typeof scope.answer === "string" ? scope.answer : "",
      item.checkContext,
    );
    if (check.unreadable) {
      return { outcome: "unreadable", feedback: check.feedback ?? "Have another go at typing your answer." };
    }
    await applyAnswerIn(tx, scope, {
      skill,
      correct: check.correct,
      evidence: "full",
      source: "assessment",
      now,
    });
    const state: QuizState = {
      ...open.state,
      answers: [...open.state.answers, { skillId: skill.id, correct: check.correct }],
    };
    const finished = state.answers.length >= state.items.length;
    let result: QuizResult | null = null;
    if (finished) {
      const bySkill: QuizResult["bySkill"] = {};
      for (const a of state.answers) {
        const entry = (bySkill[a.skillId] ??= { correct: 0, total: 0 });
        entry.total += 1;
        if (a.correct) entry.correct += 1;
      }
      result = {
        v: 1,
        clusterId: cluster.id,
        correct: state.answers.filter((a) => a.correct).length,
        total: state.answers.length,
        bySkill,
      };
    }
    await tx
      .update(assessments)
      .set({
        stateEnc: await sealAssessmentJson(
          tx,
          { rowId: open.row.id, familyId: scope.familyId, column: STATE_COLUMN },
          state,
        ),
        ...(result
          ? {
              resultEnc: await sealAssessmentJson(
                tx,
                { rowId: open.row.id, familyId: scope.familyId, column: RESULT_COLUMN },
                result,
              ),
              completedAt: now,
            }
          : {}),
      })
      .where(and(eq(assessments.id, open.row.id), eq(assessments.familyId, scope.familyId)));
    if (result) return { outcome: "finished", result };
    const question = questionOf(state);
    return question ? { outcome: "next", question } : { outcome: "stale" };
  });
}

export interface QuizSummary {
  id: string;
  clusterId: string;
  completedAt: Date;
  result: QuizResult;
}

/** Finished quizzes, newest first, decrypted inside the caller's family transaction. */
export async function quizResultsIn(tx: Db, scope: ChildScope, limit = 10): Promise<QuizSummary[]> {
  const rows = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.childId, scope.childId),
        eq(assessments.familyId, scope.familyId),
        eq(assessments.kind, "quiz"),
        isNotNull(assessments.completedAt),
      ),
    )
    .orderBy(desc(assessments.completedAt))
    .limit(limit);
  const out: QuizSummary[] = [];
  for (const row of rows) {
    if (!row.resultEnc || !row.completedAt) continue;
    // A result that cannot be decrypted (a key problem) is left out rather than shown wrong.
    const result = await openAssessmentJson(
      tx,
      { rowId: row.id, familyId: scope.familyId, column: RESULT_COLUMN },
      row.resultEnc,
      quizResultSchema,
    );
    if (result)
      out.push({ id: row.id, clusterId: row.clusterId ?? "", completedAt: row.completedAt, result });
  }
  return out;
}

/** A cluster's name in a sentence: its first skill, which the others build on or sit beside. */
export function clusterTitle(cluster: QuizCluster): string {
  return cluster.skills[0]?.title ?? cluster.id;
}

// A quiz is offered on a cluster the child has been mastering, and not again within a day.
const QUIZ_AGAIN_AFTER_MS = 24 * 3_600_000;
const MIN_CLUSTER_SKILLS = 2;

/** The quiz worth offering today: the cluster of the most recently mastered skill, if any. */
export async function suggestedQuizIn(
  tx: Db,
  scope: ChildScope,
  now: Date,
): Promise<{ clusterId: string; title: string } | null> {
  const mastered = await tx
    .select({ skillId: skillMastery.skillId })
    .from(skillMastery)
    .where(
      and(
        eq(skillMastery.childId, scope.childId),
        eq(skillMastery.familyId, scope.familyId),
        isNotNull(skillMastery.masteredAt),
      ),
    )
    .orderBy(desc(skillMastery.masteredAt))
    .limit(20);
  const recent = await tx
    .select({ clusterId: assessments.clusterId, startedAt: assessments.startedAt })
    .from(assessments)
    .where(
      and(
        eq(assessments.childId, scope.childId),
        eq(assessments.familyId, scope.familyId),
        eq(assessments.kind, "quiz"),
      ),
    )
    .orderBy(desc(assessments.startedAt))
    .limit(20);
  const quizzedLately = new Set(
    recent.filter((r) => now.getTime() - r.startedAt.getTime() < QUIZ_AGAIN_AFTER_MS).map((r) => r.clusterId),
  );
  const inProgress = await tx
    .select({ clusterId: assessments.clusterId })
    .from(assessments)
    .where(
      and(
        eq(assessments.childId, scope.childId),
        eq(assessments.familyId, scope.familyId),
        eq(assessments.kind, "quiz"),
        isNull(assessments.completedAt),
      ),
    )
    .limit(1);
  const open = inProgress[0]?.clusterId ? quizClusters().get(inProgress[0].clusterId) : undefined;
  if (open) return { clusterId: open.id, title: clusterTitle(open) };
  for (const { skillId } of mastered) {
    const cluster = quizClusters().get(clusterOf(skillId));
    if (cluster && cluster.skills.length >= MIN_CLUSTER_SKILLS && !quizzedLately.has(cluster.id)) {
      return { clusterId: cluster.id, title: clusterTitle(cluster) };
    }
  }
  return null;
}

export type QuizView =
  | { status: "none"; cluster: { id: string; title: string } }
  | { status: "in_progress"; cluster: { id: string; title: string }; question: QuizQuestion };

/** A cluster's quiz as its page shows it: ready to start, or the question in progress. */
export async function quizView(db: Db, scope: ChildScope & { clusterId: string }): Promise<QuizView> {
  const cluster = requireCluster(scope.clusterId);
  const named = { id: cluster.id, title: clusterTitle(cluster) };
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    const open = await openQuizIn(tx, scope, cluster.id);
    const question = open ? questionOf(open.state) : null;
    return question
      ? { status: "in_progress", cluster: named, question }
      : { status: "none", cluster: named };
  });
}

/** What the child sees after a quiz: which skills look strong and which want practice, no score. */
export function quizFeedback(result: QuizResult): {
  strong: { id: string; title: string }[];
  practiceMore: { id: string; title: string }[];
} {
  const strong: { id: string; title: string }[] = [];
  const practiceMore: { id: string; title: string }[] = [];
  for (const [skillId, tally] of Object.entries(result.bySkill)) {
    const title = getSkill(skillId)?.title;
    if (!title) continue;
    (tally.correct === tally.total ? strong : practiceMore).push({ id: skillId, title });
  }
  return { strong, practiceMore };
}
