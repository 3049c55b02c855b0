"use server";

import { z } from "zod";
import { renderPracticeQuestion } from "@/components/learning/render-item";
import { renderMathHtml } from "@/components/learning/render-math";
import type { HintData, PracticeAnswerData } from "@/components/learning/rendered";
import { childAction } from "@/lib/actions/action-client";
import {
  answerPracticeItem,
  MAX_HINTS,
  nextPracticeItem,
  practiceHints,
} from "@/lib/learning/engine/practice";

// Item ids are `${skillId}#${seed}` or an authored id; anything longer is not an item.
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
// A broken or missing count is treated as no hints: it only ever makes the review rating kinder.
const hintsUsed = z.coerce.number().int().min(0).max(MAX_HINTS).catch(0);

/** Marks an answer and, when it counted, sends the next question with it (one round trip). */
export const submitPracticeAnswer = childAction(
  z.object({ itemId, answer, hintsUsed }),
  async ({ input, ctx }): Promise<{ status: "ok"; data: PracticeAnswerData }> => {
    const scope = { familyId: ctx.child.familyId, childId: ctx.child.childId };
    const result = await answerPracticeItem(ctx.db, { ...scope, ...input });
    if (result.outcome === "stale" || result.outcome === "unreadable") return { status: "ok", data: result };
    const next = await nextPracticeItem(ctx.db, { ...scope, skillId: result.skillId }).catch(() => null);
    if (!next) return { status: "ok", data: { outcome: "stale" } };
    return {
      status: "ok",
      data: {
        outcome: result.outcome,
        ...(result.feedback ? { feedback: result.feedback } : {}),
        ...(result.solution ? { solutionHtml: result.solution.map(renderMathHtml) } : {}),
        mastery: result.mastery,
        masteredNow: result.masteredNow,
        next: renderPracticeQuestion(next),
      },
    };
  },
);

/** Reveals hints one rung at a time: the form asks for rung n and gets rungs 1 to n. */
export const requestHint = childAction(
  z.object({ itemId, rung: z.coerce.number().int().min(1).max(MAX_HINTS) }),
  async ({ input, ctx }): Promise<{ status: "ok"; data: HintData }> => {
    const hints = await practiceHints(ctx.db, {
      familyId: ctx.child.familyId,
      childId: ctx.child.childId,
      itemId: input.itemId,
      rung: input.rung,
    });
    return { status: "ok", data: { itemId: input.itemId, hintsHtml: hints.map(renderMathHtml) } };
  },
);
