import "server-only";
import { and, count, eq } from "drizzle-orm";
import { attempts } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { sealField } from "@/lib/crypto/family-keys";
import { AppError } from "@/lib/errors";
import { isMastered } from "@/lib/learning/bkt";
import { checkAnswer } from "@/lib/learning/check-answer";
import { getSkill } from "@/lib/learning/curriculum/graph";
import { fromCorrectness } from "@/lib/learning/memory";
import type { Item, Skill } from "@/lib/learning/types";
import { findItem, hasItems, itemFor, type PublicItem, practiceSeed, publicItem } from "./item-bank";
import { applyAnswerIn, masteryOfIn } from "./mastery";
import {
  deleteCardIn,
  dueCardForSkillIn,
  ensureSkillCardIn,
  missedItemIn,
  reviewStoredCardIn,
  type StoredReviewCard,
} from "./reviews";
import { assertChild, type ChildScope, lockChild } from "./scope";
import { recordActivityIn } from "./sessions";

/**
 * Practice: one item at a time for one skill. The item a child is owed is a pure function of
 * the database (a due missed-item card first, else the next fresh generated item), so a page
 * reload shows the same question, an answer to anything else is recognised as stale (a double
 * submit, another tab), and fresh items never repeat.
 */

export const MAX_HINTS = 4;
// From the third rung on (a worked example of a similar problem, then the step itself) the
// child has been shown the method; see Evidence in ./mastery.
const WALKED_THROUGH_FROM = 3;
// Stored answers are for the parent's review of mistakes; beyond this length they say nothing more.
const STORED_ANSWER_CHARS = 500;

export const ATTEMPTS_TABLE = "attempts";
export const ANSWER_COLUMN = "answer_enc";

export interface PracticeSkill {
  id: string;
  title: string;
  subject: Skill["subject"];
  grade: Skill["grade"];
}

export interface PracticeQuestion {
  skill: PracticeSkill;
  item: PublicItem;
  /** P(known) for the skill before this item. */
  mastery: number;
  /** Why this item: a due review of a missed item, a due review of the skill, or practice. */
  review: "item" | "skill" | null;
}

export type PracticeOutcome =
  | { outcome: "stale" }
  | { outcome: "unreadable"; feedback: string }
  | {
      outcome: "correct" | "wrong";
      skillId: string;
      feedback?: string;
      /** The worked solution, after a miss. */
      solution?: string[];
      mastery: number;
      masteredNow: boolean;
    };

export function practiceSkill(skillId: string): Skill {
  const skill = typeof skillId === "string" ? getSkill(skillId) : undefined;
  if (!skill || !hasItems(skill.id)) {
    throw new AppError("not_found", "We couldn't find that skill. Pick one from your page for today.");
  }
  return skill;
}

function toPracticeSkill(skill: Skill): PracticeSkill {
  return { id: skill.id, title: skill.title, subject: skill.subject, grade: skill.grade };
}

interface Owed {
  item: Item;
  itemCard: StoredReviewCard | null;
  skillCard: StoredReviewCard | null;
  /** A due card whose item the bank no longer has: it can never be asked, so it is dropped. */
  orphanCard: StoredReviewCard | null;
}

/** The item the child is owed for this skill right now (see the module comment). */
async function owedItemIn(tx: Db, scope: ChildScope, skill: Skill, now: Date): Promise<Owed> {
  const skillCard = await dueCardForSkillIn(tx, scope, "skill", skill.id, now);
  const itemCard = await dueCardForSkillIn(tx, scope, "item", skill.id, now);
  const missed = itemCard?.itemId ? findItem(itemCard.itemId) : null;
  if (itemCard && missed && missed.skillId === skill.id) {
    return { item: missed, itemCard, skillCard, orphanCard: null };
  }

  const [row] = await tx
    .select({ n: count() })
    .from(attempts)
    .where(
      and(
        eq(attempts.childId, scope.childId),
        eq(attempts.familyId, scope.familyId),
        eq(attempts.skillId, skill.id),
      ),
    );
  const item = itemFor(skill.id, practiceSeed(scope.childId, row?.n ?? 0));
  if (!item) throw new AppError("unavailable", "This skill has no questions right now. Try another one.");
  return { item, itemCard: null, skillCard, orphanCard: itemCard };
}

export async function nextPracticeItem(
  db: Db,
  scope: ChildScope & { skillId: string; now?: Date },
): Promise<PracticeQuestion> {
  const skill = practiceSkill(scope.skillId);
  const now = scope.now ?? new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    const owed = await owedItemIn(tx, scope, skill, now);
    return {
      skill: toPracticeSkill(skill),
      item: publicItem(owed.item),
      mastery: await masteryOfIn(tx, scope, skill),
      review: owed.itemCard ? "item" : owed.skillCard ? "skill" : null,
    };
  });
}

/**
 * Hint rungs 1 to `rung` for the practice item the child is owed. Only that item: the hints of a
 * diagnostic or quiz item would turn an assessment into practice.
 */
export async function practiceHints(
  db: Db,
  scope: ChildScope & { itemId: string; rung: number; now?: Date },
): Promise<string[]> {
  const unavailable = new AppError("not_found", "That hint isn't available. Try the next question.");
  const item = findItem(scope.itemId);
  const skill = item ? getSkill(item.skillId) : undefined;
  const rung = Math.floor(scope.rung);
  if (!item || !skill || !(rung >= 1 && rung <= item.hints.length)) throw unavailable;
  const now = scope.now ?? new Date();
  const owed = await withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    return owedItemIn(tx, scope, skill, now);
  });
  if (owed.item.id !== item.id) throw unavailable;
  return item.hints.slice(0, rung);
}

export async function answerPracticeItem(
  db: Db,
  scope: ChildScope & { itemId: string; answer: string; hintsUsed?: number; now?: Date },
): Promise<PracticeOutcome> {
  const now = scope.now ?? new Date();
  const item = findItem(scope.itemId);
  if (!item) return { outcome: "stale" };
  const skill = getSkill(item.skillId);
  if (!skill) return { outcome: "stale" };
  const hintsUsed = Math.max(0, Math.min(MAX_HINTS, Math.floor(Number(scope.hintsUsed) || 0)));
  const answer = typeof scope.answer === "string" ? scope.answer : "";

  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    await lockChild(tx, scope.childId);
    const owed = await owedItemIn(tx, scope, skill, now);
    if (owed.item.id !== item.id) return { outcome: "stale" } as const;

    // Any answer, readable or not, is a sign the child is here and working.
    const sessionId = await recordActivityIn(tx, scope, skill.subject, now);
    const check = checkAnswer(item.answer, answer, item.checkContext);
    if (check.unreadable) {
      return {
        outcome: "unreadable",
        feedback: check.feedback ?? "Have another go at typing your answer.",
      } as const;
    }

    const attemptId = crypto.randomUUID();
    await tx.insert(attempts).values({
      id: attemptId,
      familyId: scope.familyId,
      childId: scope.childId,
      sessionId,
      skillId: skill.id,
      itemId: item.id,
      correct: check.correct,
      hintsUsed,
      answerEnc: await sealField(
        tx,
        { table: ATTEMPTS_TABLE, column: ANSWER_COLUMN, rowId: attemptId, familyId: scope.familyId },
        answer.trim().slice(0, STORED_ANSWER_CHARS),
      ),
      at: now,
    });

    if (owed.orphanCard) await deleteCardIn(tx, scope, owed.orphanCard.id);
    const isReview = owed.itemCard !== null || owed.skillCard !== null;
    const change = await applyAnswerIn(tx, scope, {
      skill,
      correct: check.correct,
      evidence: hintsUsed >= WALKED_THROUGH_FROM ? "learning" : "full",
      source: isReview ? "review" : "practice",
      now,
    });

    const rating = fromCorrectness(check.correct, hintsUsed);
    if (owed.itemCard) await reviewStoredCardIn(tx, scope, owed.itemCard, rating, now);
    else if (!check.correct) await missedItemIn(tx, scope, item, now);
    if (owed.skillCard) await reviewStoredCardIn(tx, scope, owed.skillCard, rating, now);
    else if (isMastered(change.after)) await ensureSkillCardIn(tx, scope, skill.id, rating, now);

    return {
      outcome: check.correct ? "correct" : "wrong",
      skillId: skill.id,
      ...(check.feedback ? { feedback: check.feedback } : {}),
      ...(check.correct ? {} : { solution: [...item.solution] }),
      mastery: change.after,
      masteredNow: change.masteredNow,
    } as const;
  });
}
