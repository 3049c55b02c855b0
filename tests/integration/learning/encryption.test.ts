import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { assessments, attempts } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { openField } from "@/lib/crypto/family-keys";
import { CURRICULUM } from "@/lib/learning/curriculum";
import {
  answerDiagnostic,
  finishDiagnostic,
  startDiagnosticRun,
} from "@/lib/learning/engine/diagnostic-runs";
import { findItem } from "@/lib/learning/engine/item-bank";
import { answerPracticeItem, nextPracticeItem } from "@/lib/learning/engine/practice";
import { answerQuiz, startQuiz } from "@/lib/learning/engine/quizzes";
import { authoredItemsFor } from "@/lib/learning/items";
import { learningFamily, rightAnswer, wrongAnswer } from "@/tests/support/learning";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

/** Every row of a table as text, as someone reading the database files would see it. */
async function tableText(table: "attempts" | "assessments"): Promise<string> {
  const rows = await queryRows<{ row: string }>(
    t.db,
    sql`select t::text as row from ${sql.identifier(table)} t`,
  );
  return rows.map((r) => r.row).join("\n");
}

describe("P5 assessment results and typed answers are encrypted at rest", () => {
  it("P5 a plaintext canary typed as an answer, and every diagnostic and quiz detail, are absent from the tables, and decrypt in place", async () => {
    const { scope } = await learningFamily(t.db);
    const canary = `canary ${randomUUID()}`;

    // A typed answer: practise a skill whose items take words until a word answer comes up.
    const wordSkill = CURRICULUM.skills.find((s) =>
      authoredItemsFor(s.id).some((i) => i.answer.kind === "text"),
    );
    expect(wordSkill).toBeDefined();
    let typedCanary = false;
    for (let i = 0; i < 40 && !typedCanary; i++) {
      const q = await nextPracticeItem(t.db, { ...scope, skillId: wordSkill!.id });
      const item = findItem(q.item.id)!;
      typedCanary = item.answer.kind === "text";
      await answerPracticeItem(t.db, {
        ...scope,
        itemId: item.id,
        answer: typedCanary ? canary : rightAnswer(item.answer),
      });
    }
    expect(typedCanary).toBe(true);

    // A diagnostic, part answered then finished, and a whole quiz.
    let question = await startDiagnosticRun(t.db, { ...scope, birthYear: 2016 });
    const diagnosticItems: string[] = [];
    for (let i = 0; i < 4; i++) {
      const item = findItem(question.item.id)!;
      diagnosticItems.push(item.id);
      const outcome = await answerDiagnostic(t.db, {
        ...scope,
        itemId: item.id,
        answer: i % 2 ? wrongAnswer(item.answer) : rightAnswer(item.answer),
      });
      if (outcome.outcome !== "next") break;
      question = outcome.question;
    }
    await finishDiagnostic(t.db, scope);
    let quiz = await startQuiz(t.db, { ...scope, clusterId: "math.2.nbt" });
    const quizItems: string[] = [];
    for (let i = 0; i < 10; i++) {
      const item = findItem(quiz.item.id)!;
      quizItems.push(item.id);
      const outcome = await answerQuiz(t.db, {
        ...scope,
        clusterId: "math.2.nbt",
        itemId: item.id,
        answer: rightAnswer(item.answer),
      });
      if (outcome.outcome !== "next") break;
      quiz = outcome.question;
    }

    const attemptsText = await tableText("attempts");
    const assessmentsText = await tableText("assessments");
    expect(attemptsText.length).toBeGreaterThan(0);
    expect(assessmentsText.length).toBeGreaterThan(0);
    expect(attemptsText).not.toContain(canary);
    expect(attemptsText).not.toContain(canary.slice(7, 20));
    for (const marker of [
      ...diagnosticItems,
      ...quizItems,
      "responses",
      "placedGrade",
      "masteryBySkill",
      "bySkill",
      '"correct"',
    ]) {
      expect(assessmentsText, marker).not.toContain(marker);
    }

    // …and the family's key opens them again, each bound to its own row and column.
    const [typed] = await withFamily(t.db, scope.familyId, (tx) =>
      tx
        .select()
        .from(attempts)
        .where(eq(attempts.childId, scope.childId))
        .orderBy(sql`${attempts.at} desc`)
        .limit(1),
    );
    const plain = await withFamily(t.db, scope.familyId, (tx) =>
      openField(
        tx,
        { table: "attempts", column: "answer_enc", rowId: typed!.id, familyId: scope.familyId },
        typed!.answerEnc!,
      ),
    );
    expect(plain).toBe(canary);

    const runs = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(assessments).where(eq(assessments.childId, scope.childId)),
    );
    expect(runs.map((r) => r.kind).sort()).toEqual(["diagnostic", "quiz"]);
    for (const run of runs) {
      const state = await withFamily(t.db, scope.familyId, (tx) =>
        openField(
          tx,
          { table: "assessments", column: "state_enc", rowId: run.id, familyId: scope.familyId },
          run.stateEnc,
        ),
      );
      const result = await withFamily(t.db, scope.familyId, (tx) =>
        openField(
          tx,
          { table: "assessments", column: "result_enc", rowId: run.id, familyId: scope.familyId },
          run.resultEnc!,
        ),
      );
      if (run.kind === "diagnostic") {
        expect(JSON.parse(state).diagnostic.responses).toHaveLength(diagnosticItems.length);
        expect(JSON.parse(result)).toMatchObject({ answered: diagnosticItems.length, stoppedEarly: true });
      } else {
        expect(JSON.parse(result)).toMatchObject({ clusterId: "math.2.nbt", total: quizItems.length });
      }
      // Bound to its row: the same ciphertext does not open as another row's result.
      await expect(
        withFamily(t.db, scope.familyId, (tx) =>
          openField(
            tx,
            { table: "assessments", column: "result_enc", rowId: randomUUID(), familyId: scope.familyId },
            run.resultEnc!,
          ),
        ),
      ).rejects.toThrow();
    }
  });
});
