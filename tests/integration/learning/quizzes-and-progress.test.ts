import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempts, auditLog, masteryHistory, skillMastery } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { isAppError } from "@/lib/errors";
import { findItem } from "@/lib/learning/engine/item-bank";
import { planForToday } from "@/lib/learning/engine/plan";
import { answerPracticeItem, nextPracticeItem } from "@/lib/learning/engine/practice";
import { viewChildProgress } from "@/lib/learning/engine/progress";
import { answerQuiz, QUIZ_LENGTH, quizClusters, quizView, startQuiz } from "@/lib/learning/engine/quizzes";
import { recordActivity } from "@/lib/learning/engine/sessions";
import { learningFamily, rightAnswer, wrongAnswer } from "@/tests/support/learning";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const CLUSTER = "math.3.nf";
const T0 = new Date("2025-02-10T17:00:00Z");

describe("P5 quizzes per skill cluster", () => {
  it("a quiz asks its cluster's skills, moves mastery as an assessment, and keeps its answers out of plain tables", async () => {
    const { scope } = await learningFamily(t.db);
    const cluster = quizClusters().get(CLUSTER)!;
    expect(cluster.skills.length).toBeGreaterThan(1);
    let question = await startQuiz(t.db, { ...scope, clusterId: CLUSTER, now: T0 });
    // Resuming gives the same question.
    expect(await startQuiz(t.db, { ...scope, clusterId: CLUSTER, now: T0 })).toEqual(question);
    let finished = null;
    for (let i = 0; i < QUIZ_LENGTH; i++) {
      expect(question).toMatchObject({ number: i + 1, total: QUIZ_LENGTH });
      const item = findItem(question.item.id)!;
      expect(cluster.skills.map((s) => s.id)).toContain(item.skillId);
      const outcome = await answerQuiz(t.db, {
        ...scope,
        clusterId: CLUSTER,
        itemId: item.id,
        answer: i < 3 ? rightAnswer(item.answer) : wrongAnswer(item.answer),
        now: T0,
      });
      if (outcome.outcome === "finished") finished = outcome.result;
      else if (outcome.outcome === "next") question = outcome.question;
      else throw new Error(outcome.outcome);
    }
    expect(finished).toMatchObject({ clusterId: CLUSTER, correct: 3, total: QUIZ_LENGTH });

    const history = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(masteryHistory).where(eq(masteryHistory.childId, scope.childId)),
    );
    expect(history).toHaveLength(QUIZ_LENGTH);
    expect(history.every((h) => h.source === "assessment")).toBe(true);
    const counts = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(skillMastery).where(eq(skillMastery.childId, scope.childId)),
    );
    expect(counts.every((c) => c.attempts === 0 && c.correct === 0)).toBe(true);
    expect(
      await withFamily(t.db, scope.familyId, (tx) =>
        tx.select().from(attempts).where(eq(attempts.childId, scope.childId)),
      ),
    ).toEqual([]);

    await expect(startQuiz(t.db, { ...scope, clusterId: "math.99.nope" })).rejects.toSatisfy(
      (e: unknown) => isAppError(e) && e.code === "not_found",
    );
  });
});

describe("today offers a quiz on what the child has been mastering", () => {
  it("suggests the cluster of the latest mastered skill, resumes it, and not again within a day", async () => {
    const { scope } = await learningFamily(t.db);
    expect((await planForToday(t.db, { ...scope, now: T0 })).quiz).toBeNull();
    const skillId = "math.k.cc.count-forward";
    for (let i = 0; i < 5; i++) {
      const q = await nextPracticeItem(t.db, { ...scope, skillId, now: T0 });
      const item = findItem(q.item.id)!;
      await answerPracticeItem(t.db, {
        ...scope,
        itemId: item.id,
        answer: rightAnswer(item.answer),
        now: T0,
      });
    }
    const suggested = (await planForToday(t.db, { ...scope, now: T0 })).quiz;
    expect(suggested?.clusterId).toBe("math.k.cc");
    expect(await quizView(t.db, { ...scope, clusterId: "math.k.cc" })).toMatchObject({ status: "none" });

    const question = await startQuiz(t.db, { ...scope, clusterId: "math.k.cc", now: T0 });
    expect(await quizView(t.db, { ...scope, clusterId: "math.k.cc" })).toEqual({
      status: "in_progress",
      cluster: { id: "math.k.cc", title: suggested?.title },
      question,
    });
    let current = question;
    for (let i = 0; i < QUIZ_LENGTH; i++) {
      const item = findItem(current.item.id)!;
      const outcome = await answerQuiz(t.db, {
        ...scope,
        clusterId: "math.k.cc",
        itemId: item.id,
        answer: rightAnswer(item.answer),
        now: T0,
      });
      if (outcome.outcome === "next") current = outcome.question;
    }
    expect((await planForToday(t.db, { ...scope, now: new Date(T0.getTime() + 3_600_000) })).quiz).toBeNull();
    expect(
      (await planForToday(t.db, { ...scope, now: new Date(T0.getTime() + 25 * 3_600_000) })).quiz?.clusterId,
    ).toBe("math.k.cc");
  });
});

describe("the parent's progress view", () => {
  it("shows mastery by subject, reviews due, sessions with active minutes and quiz results, and audits the view", async () => {
    const { scope, parent } = await learningFamily(t.db);
    const skillId = "math.k.cc.count-forward";
    for (let i = 0; i < 6; i++) {
      const now = new Date(T0.getTime() + i * 30_000);
      const q = await nextPracticeItem(t.db, { ...scope, skillId, now });
      const item = findItem(q.item.id)!;
      await answerPracticeItem(t.db, {
        ...scope,
        itemId: item.id,
        answer: i === 0 ? wrongAnswer(item.answer) : rightAnswer(item.answer),
        now,
      });
    }
    await recordActivity(t.db, { ...scope, subject: "reading", now: T0 });
    const later = new Date(T0.getTime() + 5 * 86_400_000);
    const progress = await viewChildProgress(t.db, {
      ...scope,
      actor: { type: "parent", id: parent.parentId },
      now: later,
    });
    const math = progress.subjects.find((s) => s.subject === "math")!;
    expect(math.mastered).toBe(1);
    expect(math.learning).toBe(0);
    expect(math.notStarted).toBe(math.total - 1);
    expect(progress.recentlyMastered.map((m) => m.skillId)).toEqual([skillId]);
    expect(progress.reviewCards).toBe(2); // the missed item and the mastered skill
    expect(progress.reviewsDue).toBe(2);
    expect(progress.sessions.map((s) => [s.subject, s.activeSeconds]).sort()).toEqual([
      ["math", 150],
      ["reading", 0],
    ]);
    expect(progress.sessions.every((s) => s.endedAt !== null)).toBe(true); // long idle: over
    expect(progress.placement).toBeNull();

    const entries = await withFamily(t.db, scope.familyId, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.familyId, scope.familyId), eq(auditLog.action, "data.viewed"))),
    );
    expect(entries.map((e) => [e.targetId, e.detail])).toEqual([
      [scope.childId, { what: "learning_progress" }],
    ]);
  });

  it("another family's parent gets not found, and nothing is recorded for them", async () => {
    const a = await learningFamily(t.db);
    const b = await learningFamily(t.db);
    await expect(
      viewChildProgress(t.db, {
        familyId: b.scope.familyId,
        childId: a.scope.childId,
        actor: { type: "parent", id: b.parent.parentId },
      }),
    ).rejects.toSatisfy((e: unknown) => isAppError(e) && e.code === "not_found");
  });
});
