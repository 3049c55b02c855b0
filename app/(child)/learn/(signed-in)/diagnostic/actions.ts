"use server";

import { z } from "zod";
import { renderDiagnosticQuestion } from "@/components/learning/render-item";
import type { DiagnosticStepData } from "@/components/learning/rendered";
import { childAction } from "@/lib/actions/action-client";
import {
  answerDiagnostic,
  finishDiagnostic,
  startDiagnosticRun,
} from "@/lib/learning/engine/diagnostic-runs";

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

type Step = Promise<{ status: "ok"; data: DiagnosticStepData }>;

/** Starts the child's diagnostic, or picks up the one they left. */
export const beginDiagnostic = childAction(z.object({}), async ({ ctx }): Step => {
  const question = await startDiagnosticRun(ctx.db, {
    familyId: ctx.child.familyId,
    childId: ctx.child.childId,
    birthYear: ctx.child.birthYear,
  });
  return { status: "ok", data: { outcome: "next", question: renderDiagnosticQuestion(question) } };
});

export const answerDiagnosticItem = childAction(
  z.object({ itemId, answer, notYet: z.literal("1").optional() }),
  async ({ input, ctx }): Step => {
    const result = await answerDiagnostic(ctx.db, {
      familyId: ctx.child.familyId,
      childId: ctx.child.childId,
      itemId: input.itemId,
      answer: input.answer,
      notYet: input.notYet === "1",
    });
    if (result.outcome === "next") {
      return { status: "ok", data: { outcome: "next", question: renderDiagnosticQuestion(result.question) } };
    }
    return { status: "ok", data: result };
  },
);

/** Ends the diagnostic early; the answers so far still give a starting place. */
export const finishDiagnosticRun = childAction(z.object({}), async ({ ctx }): Step => {
  const summary = await finishDiagnostic(ctx.db, {
    familyId: ctx.child.familyId,
    childId: ctx.child.childId,
  });
  return {
    status: "ok",
    data: summary ? { outcome: "finished", summary } : { outcome: "stale" },
  };
});
