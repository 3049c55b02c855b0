import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { assessments, masteryHistory, reviewCards, skillMastery } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { estimatedGrade, gradeIndex } from "@/lib/learning/age";
import { isMastered } from "@/lib/learning/bkt";
import { checkAnswer } from "@/lib/learning/check-answer";
import { getSkill } from "@/lib/learning/curriculum/graph";
import {
  type DiagnosticState,
  nextSkill,
  type Placement,
  placement,
  recordResult,
  startDiagnostic as startDiagnosticState,
} from "@/lib/learning/diagnostic";
import { serializeCard } from "@/lib/learning/memory";
import { planNext } from "@/lib/learning/planner";
import type { GradeLevel, SubjectId } from "@/lib/learning/types";
import {
  assessmentSeedBase,
  findItem,
  itemFor,
  type PublicItem,
  practicableCurriculum,
  publicItem,
} from "./item-bank";
import { firstReview } from "./reviews";
import { assertChild, type ChildScope, lockChild } from "./scope";
import { recordActivityIn } from "./sessions";

/**
 * Diagnostic placement runs, stored in `assessments` (kind "diagnostic"). The run's state (the
 * pure diagnostic's JSON, the item on screen) and its result are encrypted with the family's key
 * (P5): the answers given are an assessment result. They never go to the attempts table, whose
 * right/wrong column is plain.
 */

import { openAssessmentJson, RESULT_COLUMN, STATE_COLUMN, sealAssessmentJson } from "./assessment-fields";

const DIAGNOSTIC_SUBJECT: SubjectId = "math";

const storedStateSchema = z.object({
  v: z.literal(1),
  diagnostic: z.custom<DiagnosticState>(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      (value as DiagnosticState).version === 1 &&
      Array.isArray((value as DiagnosticState).skills) &&
      Array.isArray((value as DiagnosticState).responses),
  ),
  seedBase: z.number().int().nonnegative(),
  current: z.object({ skillId: z.string(), itemId: z.string() }).nullable(),
});
type StoredState = z.infer<typeof storedStateSchema>;

const resultSchema = z.object({
  v: z.literal(1),
  subject: z.string(),
  placedGrade: z.string(),
  answered: z.number().int(),
  stoppedEarly: z.boolean(),
  masteryBySkill: z.record(z.string(), z.number()),
});
export type DiagnosticResult = z.infer<typeof resultSchema>;

export type DiagnosticStatus =
  | { status: "none" }
  | { status: "in_progress"; assessmentId: string }
  | { status: "done"; assessmentId: string; completedAt: Date };

export interface DiagnosticQuestion {
  assessmentId: string;
  item: PublicItem;
  /** Answers recorded so far, and the most there will be. */
  answered: number;
  maxItems: number;
}

/** What the child sees at the end: what they know and what comes next, never a score or a grade. */
export interface DiagnosticSummary {
  answered: number;
  strengths: string[];
  nextUp: string[];
}

export type DiagnosticView =
  | { status: "none" }
  | { status: "in_progress"; question: DiagnosticQuestion }
  | { status: "done"; summary: DiagnosticSummary; completedAt: Date };

export type DiagnosticOutcome =
  | { outcome: "stale" }
  | { outcome: "unreadable"; feedback: string }
  | { outcome: "next"; question: DiagnosticQuestion }
  | { outcome: "finished"; summary: DiagnosticSummary };

type AssessmentRow = typeof assessments.$inferSelect;

function sealState(tx: Db, familyId: string, id: string, state: StoredState): Promise<string> {
  return sealAssessmentJson(tx, { rowId: id, familyId, column: STATE_COLUMN }, state);
}

function openState(tx: Db, familyId: string, row: AssessmentRow): Promise<StoredState | null> {
  return openAssessmentJson(
    tx,
    { rowId: row.id, familyId, column: STATE_COLUMN },
    row.stateEnc,
    storedStateSchema,
  );
}

/** Decrypts a finished run's result; null when there is none or it cannot be read. */
export async function openDiagnosticResultIn(
  tx: Db,
  familyId: string,
  row: Pick<AssessmentRow, "id" | "resultEnc">,
): Promise<DiagnosticResult | null> {
  if (!row.resultEnc) return null;
  return openAssessmentJson(
    tx,
    { rowId: row.id, familyId, column: RESULT_COLUMN },
    row.resultEnc,
    resultSchema,
  );
}

async function latestRunIn(tx: Db, scope: ChildScope, subject: SubjectId): Promise<AssessmentRow | null> {
  const [row] = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.childId, scope.childId),
        eq(assessments.familyId, scope.familyId),
        eq(assessments.kind, "diagnostic"),
        eq(assessments.subject, subject),
      ),
    )
    .orderBy(sql`${assessments.completedAt} is null desc`, desc(assessments.startedAt))
    .limit(1);
  return row ?? null;
}

export async function diagnosticStatusIn(
  tx: Db,
  scope: ChildScope,
  subject: SubjectId = DIAGNOSTIC_SUBJECT,
): Promise<DiagnosticStatus> {
  const row = await latestRunIn(tx, scope, subject);
  if (!row) return { status: "none" };
  if (row.completedAt === null) return { status: "in_progress", assessmentId: row.id };
  return { status: "done", assessmentId: row.id, completedAt: row.completedAt };
}

function questionOf(row: { id: string }, state: StoredState): DiagnosticQuestion | null {
  const item = state.current ? findItem(state.current.itemId) : null;
  if (!item) return null;
  return {
    assessmentId: row.id,
    item: publicItem(item),
    answered: state.diagnostic.responses.length,
    maxItems: state.diagnostic.maxItems,
  };
}

/** The next item to show, or null when the diagnostic is finished. */
function advance(state: StoredState): StoredState {
  const skillId = nextSkill(state.diagnostic);
  const item = skillId ? itemFor(skillId, state.seedBase + state.diagnostic.responses.length) : null;
  return { ...state, current: skillId && item ? { skillId, itemId: item.id } : null };
}

function summaryOf(result: DiagnosticResult): DiagnosticSummary {
  const known = Object.entries(result.masteryBySkill)
    .filter(([, p]) => isMastered(p))
    .flatMap(([id]) => {
      const skill = getSkill(id);
      return skill ? [skill] : [];
    })
    // The most advanced things they know make the most encouraging list.
    .sort((a, b) => gradeIndex(b.grade) - gradeIndex(a.grade));
  const next = planNext({
    curriculum: practicableCurriculum(),
    mastery: new Map(Object.entries(result.masteryBySkill)),
    dueReviews: [],
    now: new Date(),
    subject: result.subject as SubjectId,
    limit: 3,
  });
  return {
    answered: result.answered,
    strengths: known.slice(0, 4).map((s) => s.title),
    nextUp: next.flatMap((step) => {
      const title = getSkill(step.skillId)?.title;
      return title ? [title] : [];
    }),
  };
}

/** The child's diagnostic as a page shows it. */
export async function diagnosticView(
  db: Db,
  scope: ChildScope & { subject?: SubjectId },
): Promise<DiagnosticView> {
  const subject = scope.subject ?? DIAGNOSTIC_SUBJECT;
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    const row = await latestRunIn(tx, scope, subject);
    if (!row) return { status: "none" };
    if (row.completedAt === null) {
      const state = await openState(tx, scope.familyId, row);
      const question = state ? questionOf(row, state) : null;
      // An unreadable or exhausted run cannot go on; the child may simply start again.
      return question ? { status: "in_progress", question } : { status: "none" };
    }
    const result = await openDiagnosticResultIn(tx, scope.familyId, row);
    return result
      ? { status: "done", summary: summaryOf(result), completedAt: row.completedAt }
      : { status: "none" };
  });
}

/** Starts a diagnostic, or resumes the one in progress. */
export async function startDiagnosticRun(
  db: Db,
  scope: ChildScope & { birthYear: number | null; subject?: SubjectId; now?: Date },
): Promise<DiagnosticQuestion> {
  const subject = scope.subject ?? DIAGNOSTIC_SUBJECT;
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    const existing = await latestRunIn(tx, scope, subject);
    if (existing && existing.completedAt === null) {
      const state = await openState(tx, scope.familyId, existing);
      const question = state ? questionOf(existing, state) : null;
      if (question) return question;
      // A run that cannot be resumed holds nothing useful: remove it rather than keep it.
      await tx
        .delete(assessments)
        .where(and(eq(assessments.id, existing.id), eq(assessments.familyId, scope.familyId)));
    }
    const diagnostic = startDiagnosticState({
      curriculum: practicableCurriculum(),
      subject,
      startGrade: estimatedGrade(scope.birthYear, now),
    });
    const state = advance({
      v: 1,
      diagnostic,
      seedBase: assessmentSeedBase(diagnostic.maxItems + 1),
      current: null,
    });
    const id = crypto.randomUUID();
    await tx.insert(assessments).values({
      id,
      familyId: scope.familyId,
      childId: scope.childId,
      kind: "diagnostic",
      subject,
      clusterId: null,
      stateEnc: await sealState(tx, scope.familyId, id, state),
      startedAt: now,
    });
    const question = questionOf({ id }, state);
    if (!question) throw new Error("the diagnostic has no items for this subject");
    return question;
  });
}

async function inProgressIn(tx: Db, scope: ChildScope, subject: SubjectId) {
  const row = await latestRunIn(tx, scope, subject);
  if (!row || row.completedAt !== null) return null;
  const state = await openState(tx, scope.familyId, row);
  return state ? { row, state } : null;
}

export async function answerDiagnostic(
  db: Db,
  scope: ChildScope & {
    itemId: string;
    answer: string;
    /** "I haven't learned this yet": an honest answer, recorded as not known without guessing. */
    notYet?: boolean;
    subject?: SubjectId;
    now?: Date;
  },
): Promise<DiagnosticOutcome> {
  const subject = scope.subject ?? DIAGNOSTIC_SUBJECT;
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    const run = await inProgressIn(tx, scope, subject);
    const current = run?.state.current;
    if (!run || !current || current.itemId !== scope.itemId) return { outcome: "stale" };
    const item = findItem(current.itemId);
    if (!item) return { outcome: "stale" };

    await recordActivityIn(tx, scope, subject, now);
    const check = scope.notYet
      ? { correct: false }
      : checkAnswer(item.answer, typeof scope.answer === "string" ? scope.answer : "", item.checkContext);
    // An answer that cannot be read says nothing about what the child knows: ask again.
    if ("unreadable" in check && check.unreadable) {
      return { outcome: "unreadable", feedback: check.feedback ?? "Have another go at typing your answer." };
    }
    const recorded = recordResult(run.state.diagnostic, current.skillId, check.correct);
    const state = advance({ ...run.state, diagnostic: recorded });
    if (state.current === null) {
      return { outcome: "finished", summary: await finishIn(tx, scope, run.row, state, false, now) };
    }
    await tx
      .update(assessments)
      .set({ stateEnc: await sealState(tx, scope.familyId, run.row.id, state) })
      .where(and(eq(assessments.id, run.row.id), eq(assessments.familyId, scope.familyId)));
    const question = questionOf(run.row, state);
    if (!question)
      return { outcome: "finished", summary: await finishIn(tx, scope, run.row, state, false, now) };
    return { outcome: "next", question };
  });
}

/** Stops the diagnostic where it is; the answers so far still place the child. */
export async function finishDiagnostic(
  db: Db,
  scope: ChildScope & { subject?: SubjectId; now?: Date },
): Promise<DiagnosticSummary | null> {
  const subject = scope.subject ?? DIAGNOSTIC_SUBJECT;
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    const run = await inProgressIn(tx, scope, subject);
    if (!run) return null;
    if (run.state.diagnostic.responses.length === 0) {
      // Nothing was answered, so there is nothing to place or to keep.
      await tx
        .delete(assessments)
        .where(and(eq(assessments.id, run.row.id), eq(assessments.familyId, scope.familyId)));
      return null;
    }
    return finishIn(tx, scope, run.row, run.state, true, now);
  });
}

async function finishIn(
  tx: Db,
  scope: ChildScope,
  row: AssessmentRow,
  state: StoredState,
  stoppedEarly: boolean,
  now: Date,
): Promise<DiagnosticSummary> {
  const placed = placement(state.diagnostic);
  const result: DiagnosticResult = {
    v: 1,
    subject: state.diagnostic.subject,
    placedGrade: placed.placedGrade,
    answered: state.diagnostic.responses.length,
    stoppedEarly,
    masteryBySkill: placed.masteryBySkill,
  };
  const finalState: StoredState = { ...state, current: null };
  await tx
    .update(assessments)
    .set({
      stateEnc: await sealState(tx, scope.familyId, row.id, finalState),
      resultEnc: await sealAssessmentJson(
        tx,
        { rowId: row.id, familyId: scope.familyId, column: RESULT_COLUMN },
        result,
      ),
      completedAt: now,
    })
    .where(and(eq(assessments.id, row.id), eq(assessments.familyId, scope.familyId)));
  await applyPlacementIn(tx, scope, state.diagnostic, placed, now);
  return summaryOf(result);
}

// Placed skills all get their first review at the same moment; spreading their due dates over
// this many days keeps one morning from holding every refresher of the diagnostic.
const SPREAD_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Starting mastery from a placement. Skills the diagnostic asked about take its estimate; skills
 * it only inferred do so unless the child has already practised them (direct practice evidence
 * beats an inference). Skills it is confident the child knows get skill review cards, so
 * "learned" is checked by "remembered" later.
 */
async function applyPlacementIn(
  tx: Db,
  scope: ChildScope,
  diagnostic: DiagnosticState,
  placed: Placement,
  now: Date,
): Promise<void> {
  const ids = Object.keys(placed.masteryBySkill);
  if (ids.length === 0) return;
  const existing = await tx
    .select({ skillId: skillMastery.skillId, attempts: skillMastery.attempts })
    .from(skillMastery)
    .where(
      and(
        eq(skillMastery.childId, scope.childId),
        eq(skillMastery.familyId, scope.familyId),
        inArray(skillMastery.skillId, ids),
      ),
    );
  const practised = new Set(existing.filter((r) => r.attempts > 0).map((r) => r.skillId));
  const asked = new Set(diagnostic.responses.map((r) => r.skillId));
  const updates = Object.entries(placed.masteryBySkill).filter(([id]) => asked.has(id) || !practised.has(id));
  if (updates.length > 0) {
    await tx
      .insert(skillMastery)
      .values(
        updates.map(([skillId, pKnown]) => ({
          familyId: scope.familyId,
          childId: scope.childId,
          skillId,
          pKnown,
          masteredAt: isMastered(pKnown) ? now : null,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [skillMastery.childId, skillMastery.skillId],
        set: {
          pKnown: sql`excluded.p_known`,
          masteredAt: sql`coalesce(${skillMastery.masteredAt}, excluded.mastered_at)`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
    await tx.insert(masteryHistory).values(
      updates.map(([skillId, pKnown]) => ({
        familyId: scope.familyId,
        childId: scope.childId,
        skillId,
        pKnown,
        source: "diagnostic" as const,
        at: now,
      })),
    );
  }

  const withCards = new Set(
    (
      await tx
        .select({ skillId: reviewCards.skillId })
        .from(reviewCards)
        .where(
          and(
            eq(reviewCards.childId, scope.childId),
            eq(reviewCards.familyId, scope.familyId),
            eq(reviewCards.kind, "skill"),
          ),
        )
    ).map((r) => r.skillId),
  );
  const placedGrade = gradeIndex(placed.placedGrade as GradeLevel);
  const cards = updates
    .filter(([skillId, p]) => isMastered(p) && !withCards.has(skillId))
    .map(([skillId], i) => {
      const skill = getSkill(skillId);
      // Skills two or more grades below the placement are long consolidated: "easy" spaces them out.
      const easy = skill !== undefined && gradeIndex(skill.grade) < placedGrade - 1;
      const card = firstReview(easy ? "easy" : "good", now);
      card.due = new Date(card.due.getTime() + (i % SPREAD_DAYS) * DAY_MS);
      return {
        id: crypto.randomUUID(),
        familyId: scope.familyId,
        childId: scope.childId,
        kind: "skill" as const,
        skillId,
        itemId: null,
        card: serializeCard(card),
        due: card.due,
        createdAt: now,
        updatedAt: now,
      };
    });
  if (cards.length > 0) await tx.insert(reviewCards).values(cards);
}

/** A finished run's result for the parent's view (decrypted inside the caller's transaction). */
export async function latestPlacementIn(
  tx: Db,
  scope: ChildScope,
  subject: SubjectId = DIAGNOSTIC_SUBJECT,
): Promise<{ result: DiagnosticResult; completedAt: Date } | null> {
  const [row] = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.childId, scope.childId),
        eq(assessments.familyId, scope.familyId),
        eq(assessments.kind, "diagnostic"),
        eq(assessments.subject, subject),
        sql`${assessments.completedAt} is not null`,
      ),
    )
    .orderBy(desc(assessments.completedAt))
    .limit(1);
  if (!row?.completedAt) return null;
  const result = await openDiagnosticResultIn(tx, scope.familyId, row);
  return result ? { result, completedAt: row.completedAt } : null;
}
