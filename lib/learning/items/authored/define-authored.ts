import type { Item } from "@/lib/learning/types";
import type { Hints } from "../generators/define-generator";
import { createRng, hashString } from "../random";

export interface ChoiceDraft {
  /** Short, stable slug: the item id is `${skillId}/${key}`, and mastery history points at it. */
  key: string;
  prompt: string;
  /** The correct choice first; the order children see is shuffled from the item id. */
  correct: string;
  wrong: string[];
  solution: string[];
  hints: Hints;
}

export interface TextDraft {
  key: string;
  prompt: string;
  accepted: string[];
  solution: string[];
  hints: Hints;
}

export type AuthoredDraft = ChoiceDraft | TextDraft;

const isChoice = (draft: AuthoredDraft): draft is ChoiceDraft => "correct" in draft;

/**
 * Turns drafts into items. Choice order is shuffled with a seed taken from the item id, so the
 * right answer is not always first yet every child (and every rebuild) sees the same order.
 */
export function authoredItems(skillId: string, drafts: AuthoredDraft[]): Item[] {
  return drafts.map((draft) => {
    const id = `${skillId}/${draft.key}`;
    if (!isChoice(draft)) {
      return {
        id,
        skillId,
        prompt: draft.prompt,
        answer: { kind: "text", accepted: draft.accepted },
        solution: draft.solution,
        hints: draft.hints,
      };
    }
    const choices = createRng(hashString(id)).shuffle([draft.correct, ...draft.wrong]);
    return {
      id,
      skillId,
      prompt: draft.prompt,
      answer: { kind: "choice", choices, correctIndex: choices.indexOf(draft.correct) },
      solution: draft.solution,
      hints: draft.hints,
    };
  });
}

/** Prompt layout for passage questions: the passage, a blank line, then the question. */
export const withPassage = (intro: string, passage: string, question: string): string =>
  `${intro}\n\n${passage}\n\n${question}`;
