import { checkAnswer } from "@/lib/learning/check-answer";
import type { Item } from "@/lib/learning/types";
import type { HelpLevel } from "./prompt";

/**
 * The offline coach (PRODUCT.md §2, P23): what a child gets when no API key is configured or
 * their parent has not consented to AI. It is deterministic and sends nothing anywhere: it walks
 * the item's hint ladder, checks answers typed in the chat with the engine's own checker, and
 * explains the worked solution once the child has solved the item (or, when the parent allows
 * full help, when the child asks for it). It says plainly that it is the offline coach.
 *
 * The coach keeps no state of its own: the service replays the child's earlier messages in the
 * conversation through `replayCoach`, so a reload, a retry or a second tab all agree.
 */

export interface CoachContext {
  item: Pick<Item, "prompt" | "answer" | "hints" | "solution" | "checkContext"> | null;
  maxHelpLevel: HelpLevel;
  /** The child already solved this item on the practice page. */
  solvedBefore: boolean;
}

export interface CoachState {
  hintsGiven: number;
  wrongTries: number;
  solved: boolean;
  introduced: boolean;
}

export type CoachReplyKind =
  | "intro_free_chat"
  | "free_chat"
  | "hint"
  | "no_more_hints"
  | "correct"
  | "incorrect"
  | "unreadable"
  | "solution"
  | "already_solved";

export interface CoachTurn {
  reply: string;
  kind: CoachReplyKind;
  state: CoachState;
}

export const COACH_INTRO =
  "I'm Hearth's offline coach. I don't use AI, but I can give you hints and check your answers.";

export const FREE_CHAT_REPLY =
  "I'm Hearth's offline coach, so I can't chat about everything like an AI tutor can. But I love practice questions! Open Practice, pick a question, and ask me for help there: I can give you hints, check your answers and show you how it works.";

const RUNGS_ALLOWED: Record<HelpLevel, number> = { nudge: 1, hint: 2, worked_example: 3, answer: 4 };
const AUTO_HINT_AFTER_WRONG = 2;

const HELP =
  /\b(hint|help|stuck|clue|confused|dunno|idk|no idea|don'?t know|do not know|don'?t get|can'?t do|how do i|how do you|what do i do|where do i start)\b/;
const SOLUTION =
  /\b(show me|tell me|give me|what is|what's)\b.*\b(answer|solution|how to|working)\b|\b(explain|solution|worked|why|how does|how come)\b/;
const FILLER =
  /^(?:(?:i think|maybe|so|ok|okay|um+|is it|it's|it is|its|the answer is|my answer is|answer:|answer is|i got|i get)[\s,:]*)+/i;

export function initialCoachState(context: CoachContext): CoachState {
  return { hintsGiven: 0, wrongTries: 0, solved: context.solvedBefore, introduced: false };
}

function answerPart(message: string): string {
  return message
    .trim()
    .replace(FILLER, "")
    .replace(/[\s?!.]+$/, "")
    .trim();
}

function solutionText(steps: readonly string[]): string {
  if (steps.length === 0) return "";
  if (steps.length === 1) return steps[0]!;
  return steps.map((step, i) => `${i + 1}. ${step}`).join("\n");
}

function withIntro(state: CoachState, reply: string): string {
  return state.introduced ? reply : `${COACH_INTRO}\n\n${reply}`;
}

function nextHint(context: CoachContext, state: CoachState, lead = ""): CoachTurn {
  const item = context.item!;
  const allowed = Math.min(RUNGS_ALLOWED[context.maxHelpLevel], item.hints.length);
  if (state.hintsGiven < allowed) {
    const hint = item.hints[state.hintsGiven]!;
    const label = `Hint ${state.hintsGiven + 1}: `;
    return {
      kind: "hint",
      reply: `${lead}${label}${hint}`,
      state: { ...state, hintsGiven: state.hintsGiven + 1 },
    };
  }
  if (context.maxHelpLevel === "answer" && item.solution.length > 0) {
    return {
      kind: "solution",
      reply: `${lead}Here's how to work it out, step by step:\n${solutionText(item.solution)}`,
      state,
    };
  }
  return {
    kind: "no_more_hints",
    reply: `${lead}That's all the hints I have for this one. Have a go with your best answer: a mistake is fine, it helps us learn! You can also ask a grown-up to look at it with you.`,
    state,
  };
}

/** One turn of the coach: the reply to `message` and the state after it. */
export function coachTurn(context: CoachContext, state: CoachState, message: string): CoachTurn {
  const turn = coachTurnWithoutIntro(context, state, message);
  return {
    ...turn,
    reply: turn.kind === "intro_free_chat" ? turn.reply : withIntro(state, turn.reply),
    state: { ...turn.state, introduced: true },
  };
}

function coachTurnWithoutIntro(context: CoachContext, state: CoachState, message: string): CoachTurn {
  const item = context.item;
  if (!item) {
    return { kind: state.introduced ? "free_chat" : "intro_free_chat", reply: FREE_CHAT_REPLY, state };
  }
  const lower = message.toLowerCase();
  const wantsSolution = SOLUTION.test(lower);
  const wantsHelp = HELP.test(lower);

  if (state.solved) {
    if (wantsSolution || wantsHelp) {
      return { kind: "solution", reply: `Here's how it works:\n${solutionText(item.solution)}`, state };
    }
    return {
      kind: "already_solved",
      reply:
        "You've already solved this one. Well done! Ask me to explain it, or go back to Practice for the next question.",
      state,
    };
  }

  // A request for help wins over reading the words as an answer ("help" is not a wrong answer).
  if (wantsSolution || wantsHelp) return nextHint(context, state);

  const result = checkAnswer(item.answer, answerPart(message), item.checkContext);
  if (result.unreadable) {
    const tip = result.feedback ? `${result.feedback} ` : "";
    return {
      kind: "unreadable",
      reply: `${tip}Type your answer to check it, or type "hint" for a hint.`,
      state,
    };
  }
  if (result.correct) {
    const steps = solutionText(item.solution);
    return {
      kind: "correct",
      reply: `Yes, that's right! Great thinking.${steps ? `\n\nHere's the whole solution, so you can see why:\n${steps}` : ""}`,
      state: { ...state, solved: true },
    };
  }
  const wrongTries = state.wrongTries + 1;
  const feedback = result.feedback ? `${result.feedback} ` : "Not quite yet. ";
  const after = { ...state, wrongTries };
  if (wrongTries >= AUTO_HINT_AFTER_WRONG) {
    const hinted = nextHint(context, after, `${feedback}Here's something that might help.\n`);
    if (hinted.kind === "hint") return { ...hinted, kind: "incorrect" };
  }
  return { kind: "incorrect", reply: `${feedback}Have another go, or type "hint" for a hint.`, state: after };
}

/** The state after the child's earlier messages in this conversation, oldest first. */
export function replayCoach(context: CoachContext, earlierMessages: readonly string[]): CoachState {
  let state = initialCoachState(context);
  for (const message of earlierMessages) state = coachTurn(context, state, message).state;
  return state;
}
