import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessments, attempts, masteryHistory, reviewCards, skillMastery } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { gradeIndex } from "@/lib/learning/age";
import { isMastered } from "@/lib/learning/bkt";
import { requireSkill } from "@/lib/learning/curriculum/graph";
import {
  answerDiagnostic,
  diagnosticView,
  finishDiagnostic,
  latestPlacementIn,
  startDiagnosticRun,
} from "@/lib/learning/engine/diagnostic-runs";
import { findItem, practicableCurriculum } from "@/lib/learning/engine/item-bank";
import { planForToday } from "@/lib/learning/engine/plan";
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

type Scope = { familyId: string; childId: string };
const T0 = new Date("2025-10-06T16:00:00Z");
const MAX_ITEMS = 40;

/**
 * Runs a whole diagnostic through the engine as a simulated child who knows every skill up to
 * `knowsUpTo` (a grade index; -1 knows nothing), answering through the item bank's real items.
 * `noise` flips that many answers in a hundred (slips and guesses).
 */
async function simulate(scope: Scope, knowsUpTo: number, options: { noise?: number; seed?: number } = {}) {
  const random = mulberry32(options.seed ?? 1);
  let question = await startDiagnosticRun(t.db, { ...scope, birthYear: 2016, now: T0 });
  const itemIds: string[] = [];
  for (let i = 0; i < MAX_ITEMS + 5; i++) {
    const item = findItem(question.item.id);
    if (!item) throw new Error(`diagnostic item ${question.item.id} is not in the bank`);
    itemIds.push(item.id);
    let knows = gradeIndex(requireSkill(item.skillId).grade) <= knowsUpTo;
    if (random() * 100 < (options.noise ?? 0)) knows = !knows;
    const outcome = await answerDiagnostic(t.db, {
      ...scope,
      itemId: item.id,
      answer: knows ? rightAnswer(item.answer) : wrongAnswer(item.answer),
      now: new Date(T0.getTime() + (i + 1) * 20_000),
    });
    if (outcome.outcome === "finished") {
      const placement = await withFamily(t.db, scope.familyId, (tx) => latestPlacementIn(tx, scope));
      return { itemIds, summary: outcome.summary, placement: placement!.result };
    }
    if (outcome.outcome !== "next") throw new Error(`unexpected outcome ${outcome.outcome}`);
    question = outcome.question;
  }
  throw new Error("the diagnostic did not finish within its item budget");
}

describe("diagnostic placement over the real curriculum", () => {
  it("places a child who knows everything up to grade 3 at grade 3 or 4 within 40 items, and seeds mastery", async () => {
    const { scope } = await learningFamily(t.db);
    const { itemIds, placement, summary } = await simulate(scope, 3);
    expect(itemIds.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(["3", "4"]).toContain(placement.placedGrade);
    expect(new Set(itemIds).size).toBe(itemIds.length); // a different item for every answer
    expect(summary.answered).toBe(itemIds.length);
    expect(summary.strengths.length).toBeGreaterThan(0);
    expect(summary.nextUp.length).toBeGreaterThan(0);

    const mathSkills = practicableCurriculum().skills.filter((s) => s.subject === "math");
    const mastery = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(skillMastery).where(eq(skillMastery.childId, scope.childId)),
    );
    expect(mastery).toHaveLength(mathSkills.length);
    const known = mastery.filter((m) => isMastered(m.pKnown)).map((m) => requireSkill(m.skillId));
    // Mostly the skills the child really knows are marked as known, and none above grade 4.
    expect(known.filter((s) => gradeIndex(s.grade) <= 3).length).toBeGreaterThan(known.length * 0.9);
    expect(known.every((s) => gradeIndex(s.grade) <= 4)).toBe(true);
    expect(
      mastery
        .filter((m) => gradeIndex(requireSkill(m.skillId).grade) >= 6)
        .every((m) => !isMastered(m.pKnown)),
    ).toBe(true);

    const history = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(masteryHistory).where(eq(masteryHistory.childId, scope.childId)),
    );
    expect(history.length).toBe(mathSkills.length);
    expect(history.every((h) => h.source === "diagnostic")).toBe(true);

    const cards = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(reviewCards).where(eq(reviewCards.childId, scope.childId)),
    );
    expect(cards.map((c) => c.skillId).sort()).toEqual(known.map((s) => s.id).sort());
    expect(cards.every((c) => c.kind === "skill" && c.due.getTime() > T0.getTime())).toBe(true);

    // Assessment answers are a result (P5): they never reach the plain attempts table.
    const plain = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(attempts).where(eq(attempts.childId, scope.childId)),
    );
    expect(plain).toEqual([]);

    // Today now starts at the child's frontier, not at counting.
    const plan = await planForToday(t.db, { ...scope, now: T0, limit: 12 });
    expect(plan.diagnostic.status).toBe("done");
    const mathSteps = plan.steps.filter((s) => s.subject === "math" && s.kind !== "review");
    expect(mathSteps.length).toBeGreaterThan(0);
    expect(mathSteps.every((s) => gradeIndex(s.grade) >= 2)).toBe(true);
  });

  it("figures: placement accuracy for simulated children from knows-nothing to grade 7, with and without noise", async () => {
    const rows: string[] = [];
    let exact = 0;
    let withinOne = 0;
    let runs = 0;
    let maxItems = 0;
    for (const noise of [0, 10]) {
      for (let knowsUpTo = -1; knowsUpTo <= 7; knowsUpTo++) {
        for (const seed of noise === 0 ? [1] : [1, 2, 3]) {
          const { scope } = await learningFamily(t.db);
          const { itemIds, placement } = await simulate(scope, knowsUpTo, { noise, seed });
          const truth = Math.min(8, knowsUpTo + 1); // the grade to start at
          const off = gradeIndex(placement.placedGrade as never) - truth;
          runs += 1;
          if (off === 0) exact += 1;
          if (Math.abs(off) <= 1) withinOne += 1;
          maxItems = Math.max(maxItems, itemIds.length);
          rows.push(
            `noise ${String(noise).padStart(2)}%  knows up to ${knowsUpTo < 0 ? "nothing" : knowsUpTo === 0 ? "K" : `grade ${knowsUpTo}`}  → placed ${placement.placedGrade} (truth ${truth === 0 ? "K" : truth}) in ${itemIds.length} items`,
          );
          expect(itemIds.length).toBeLessThanOrEqual(MAX_ITEMS);
          if (noise === 0) expect(Math.abs(off), rows.at(-1)).toBeLessThanOrEqual(1);
        }
      }
    }
    console.log(
      `\nDiagnostic over the real curriculum (${practicableCurriculum().skills.filter((s) => s.subject === "math").length} math skills):\n${rows.join("\n")}\n` +
        `exact ${exact}/${runs}, within one grade ${withinOne}/${runs}, most items used ${maxItems}\n`,
    );
    expect(withinOne / runs).toBeGreaterThanOrEqual(0.85);
  });

  it("resumes where the child left off, and never records an unreadable answer", async () => {
    const { scope } = await learningFamily(t.db);
    const first = await startDiagnosticRun(t.db, { ...scope, birthYear: 2016, now: T0 });
    const item = findItem(first.item.id)!;
    const next = await answerDiagnostic(t.db, {
      ...scope,
      itemId: item.id,
      answer: rightAnswer(item.answer),
      now: T0,
    });
    expect(next.outcome).toBe("next");
    if (next.outcome !== "next") return;

    const resumed = await startDiagnosticRun(t.db, { ...scope, birthYear: 2016, now: T0 });
    expect(resumed).toEqual(next.question);
    const view = await diagnosticView(t.db, scope);
    expect(view).toEqual({ status: "in_progress", question: next.question });

    const nextItem = findItem(next.question.item.id)!;
    const garbage = nextItem.answer.kind === "choice" ? "🙂🙂" : "banana split";
    const refused = await answerDiagnostic(t.db, { ...scope, itemId: nextItem.id, answer: garbage, now: T0 });
    expect(refused.outcome).toBe("unreadable");
    expect((await diagnosticView(t.db, scope)).status).toBe("in_progress");
    expect(await startDiagnosticRun(t.db, { ...scope, birthYear: 2016, now: T0 })).toMatchObject({
      answered: 1,
    });

    expect(await answerDiagnostic(t.db, { ...scope, itemId: item.id, answer: "1", now: T0 })).toEqual({
      outcome: "stale",
    });
    const runs = await withFamily(t.db, scope.familyId, (tx) =>
      tx
        .select()
        .from(assessments)
        .where(and(eq(assessments.childId, scope.childId))),
    );
    expect(runs).toHaveLength(1);
  });

  it("'not yet' counts as not known, and finishing early still places the child", async () => {
    const { scope } = await learningFamily(t.db);
    let question = await startDiagnosticRun(t.db, { ...scope, birthYear: 2014, now: T0 });
    for (let i = 0; i < 3; i++) {
      const outcome = await answerDiagnostic(t.db, {
        ...scope,
        itemId: question.item.id,
        answer: "",
        notYet: true,
        now: T0,
      });
      if (outcome.outcome !== "next") throw new Error(outcome.outcome);
      question = outcome.question;
    }
    const summary = await finishDiagnostic(t.db, { ...scope, now: T0 });
    expect(summary?.answered).toBe(3);
    const placement = await withFamily(t.db, scope.familyId, (tx) => latestPlacementIn(tx, scope));
    expect(placement?.result).toMatchObject({ stoppedEarly: true, answered: 3 });
    // Three "not yet"s near grade 5 say the child starts below it.
    expect(gradeIndex(placement!.result.placedGrade as never)).toBeLessThan(5);
    expect((await diagnosticView(t.db, scope)).status).toBe("done");
  });

  it("finishing before any answer keeps nothing", async () => {
    const { scope } = await learningFamily(t.db);
    await startDiagnosticRun(t.db, { ...scope, birthYear: null, now: T0 });
    expect(await finishDiagnostic(t.db, { ...scope, now: T0 })).toBeNull();
    expect(await diagnosticView(t.db, scope)).toEqual({ status: "none" });
  });
});
