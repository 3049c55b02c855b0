"use server";

import { z } from "zod";
import { renderQuizQuestion } from "@/components/learning/render-item";
import type { QuizStepData } from "@/components/learning/rendered";
import { childAction } from "@/lib/actions/action-client";
import { answerQuiz, quizFeedback, startQuiz } from "@/lib/learning/engine/quizzes";

// Cluster ids are curriculum names ("math.3.nf"), not records: the quiz is always the child's own.
const clusterId = z
  .string()
  .trim()
  .min(1, "That quiz isn't available.")
  .max(100, "That quiz isn't available.");
const itemId = z
  .string()
  .trim()
  .min(1, "That question isn't available.")
  .max(220, "That question isn't available.");
const answer = z
  .string()
  .max(2000, "That's a lot of typing! Try just the answer.")
  .optional()
  .transform((v) => v ?? "");

type Step = Promise<{ status: "ok"; data: QuizStepData }>;

export const beginQuiz = childAction(z.object({ clusterId }), async ({ input, ctx }): Step => {
  const question = await startQuiz(ctx.db, {
    familyId: ctx.child.familyId,
    childId: ctx.child.childId,
    clusterId: input.clusterId,
  });
  return { status: "ok", data: { outcome: "next", question: renderQuizQuestion(question) } };
});

export const answerQuizItem = childAction(
  z.object({ clusterId, itemId, answer }),
  async ({ input, ctx }): Step => {
    const result = await answerQuiz(ctx.db, {
      familyId: ctx.child.familyId,
      childId: ctx.child.childId,
      clusterId: input.clusterId,
      itemId: input.itemId,
      answer: input.answer,
    });
    switch (result.outcome) {
      case "next":
        return { status: "ok", data: { outcome: "next", question: renderQuizQuestion(result.question) } };
      case "finished":
        return { status: "ok", data: { outcome: "finished", feedback: quizFeedback(result.result) } };
      default:
        return { status: "ok", data: result };
    }
  },
);
