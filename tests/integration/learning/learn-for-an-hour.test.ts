import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempts, learningSessions, skillMastery } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { gradeIndex } from "@/lib/learning/age";
import { isMastered } from "@/lib/learning/bkt";
import { requireSkill } from "@/lib/learning/curriculum/graph";
import { findItem } from "@/lib/learning/engine/item-bank";
import { planForToday } from "@/lib/learning/engine/plan";
import { answerPracticeItem, nextPracticeItem } from "@/lib/learning/engine/practice";
import { mulberry32 } from "@/lib/learning/items/random";
import { learningFamily, rightAnswer, wrongAnswer } from "@/tests/support/learning";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const ANSWERS = 300;
const SECONDS_PER_ANSWER = 12; // 300 answers, 60 minutes
const ITEMS_PER_SITTING = 8; // a child does a few items of a skill, then goes back to the plan
const T0 = new Date("2025-09-15T15:00:00Z");

describe("a child can learn K–5 math for an hour", () => {
  it("300 answers over 60 minutes: never out of fresh items, no repeats, mastery moves, time is logged", async () => {
    const { scope } = await learningFamily(t.db);
    const random = mulberry32(7);
    const itemIds = new Set<string>();
    const skillsPractised = new Set<string>();
    let answered = 0;
    let now = T0;
    let correctCount = 0;

    while (answered < ANSWERS) {
      const plan = await planForToday(t.db, { ...scope, now, limit: 20 });
      expect(plan.steps.length).toBeGreaterThan(0); // never a dead end
      const step = plan.steps.find((s) => s.subject === "math" && gradeIndex(s.grade) <= 5);
      expect(step, "a K–5 math step is always on the plan").toBeDefined();
      for (let k = 0; k < ITEMS_PER_SITTING && answered < ANSWERS; k++) {
        const question = await nextPracticeItem(t.db, { ...scope, skillId: step!.skillId, now });
        const item = findItem(question.item.id);
        expect(item, question.item.id).not.toBeNull();
        // No item review can come due inside the hour (the first interval is a day), so every
        // item served is fresh and must be new.
        expect(question.review === "item").toBe(false);
        expect(itemIds.has(item!.id), `repeated ${item!.id}`).toBe(false);
        itemIds.add(item!.id);
        skillsPractised.add(item!.skillId);
        // A learner who gets better with practice: right more often as mastery grows.
        const correct = random() < 0.55 + 0.4 * question.mastery;
        const outcome = await answerPracticeItem(t.db, {
          ...scope,
          itemId: item!.id,
          answer: correct ? rightAnswer(item!.answer) : wrongAnswer(item!.answer),
          hintsUsed: random() < 0.1 ? 1 : 0,
          now,
        });
        expect(outcome.outcome).toBe(correct ? "correct" : "wrong");
        if (correct) correctCount += 1;
        answered += 1;
        now = new Date(now.getTime() + SECONDS_PER_ANSWER * 1000);
      }
    }

    const mastery = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(skillMastery).where(eq(skillMastery.childId, scope.childId)),
    );
    const mastered = mastery.filter((m) => isMastered(m.pKnown));
    const stored = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select({ itemId: attempts.itemId }).from(attempts).where(eq(attempts.childId, scope.childId)),
    );
    const [session] = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(learningSessions).where(eq(learningSessions.childId, scope.childId)),
    );
    const grades = [...skillsPractised].map((id) => requireSkill(id).grade);
    console.log(
      `\nAn hour of practice: ${answered} answers (${correctCount} right), ${itemIds.size} distinct items, ` +
        `${skillsPractised.size} skills practised (grades ${[...new Set(grades)].join(", ")}), ${mastered.length} mastered, ` +
        `active time ${Math.round((session?.activeSeconds ?? 0) / 60)} minutes\n`,
    );

    expect(itemIds.size).toBe(ANSWERS);
    expect(new Set(stored.map((s) => s.itemId)).size).toBe(ANSWERS);
    expect(mastered.length).toBeGreaterThanOrEqual(10);
    expect(skillsPractised.size).toBeGreaterThan(mastered.length / 2);
    // One session, active the whole hour but for the first question.
    expect(session?.activeSeconds).toBe((ANSWERS - 1) * SECONDS_PER_ANSWER);
  });
});
