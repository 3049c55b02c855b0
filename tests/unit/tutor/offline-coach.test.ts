import { describe, expect, it } from "vitest";
import type { Item } from "@/lib/learning/types";
import {
  COACH_INTRO,
  type CoachContext,
  coachTurn,
  FREE_CHAT_REPLY,
  initialCoachState,
  replayCoach,
} from "@/lib/tutor/offline-coach";

const item: Pick<Item, "prompt" | "answer" | "hints" | "solution"> = {
  prompt: "What is $64 - 22$?",
  answer: { kind: "number", value: 42 },
  hints: [
    "Start with the tens.",
    "64 has 6 tens; 22 has 2 tens.",
    "Like $53 - 21$: 5 − 2 = 3 tens…",
    "6 − 2 = 4 tens, 4 − 2 = 2 ones.",
  ],
  solution: [
    "Take away the tens: 6 tens − 2 tens = 4 tens.",
    "Take away the ones: 4 − 2 = 2.",
    "So $64 - 22 = 42$.",
  ],
};

const ctx = (overrides: Partial<CoachContext> = {}): CoachContext => ({
  item,
  maxHelpLevel: "worked_example",
  solvedBefore: false,
  ...overrides,
});

function run(context: CoachContext, ...messages: string[]) {
  let state = initialCoachState(context);
  return messages.map((m) => {
    const turn = coachTurn(context, state, m);
    state = turn.state;
    return turn;
  });
}

describe("P23 the offline coach", () => {
  it("says it is the offline coach, once", () => {
    const [first, second] = run(ctx(), "hint", "hint");
    expect(first!.reply.startsWith(COACH_INTRO)).toBe(true);
    expect(second!.reply).not.toContain(COACH_INTRO);
  });

  it("walks the hint ladder in order, up to the parent's maximum help level", () => {
    const turns = run(ctx({ maxHelpLevel: "hint" }), "hint", "help", "I'm stuck", "hint");
    expect(turns.map((t) => t.kind)).toEqual(["hint", "hint", "no_more_hints", "no_more_hints"]);
    expect(turns[0]!.reply).toContain("Hint 1: Start with the tens.");
    expect(turns[1]!.reply).toContain("Hint 2: 64 has 6 tens");
    expect(turns[2]!.reply).not.toContain("42");
  });

  it("checks answers typed in the chat with the engine's checker", () => {
    const [wrong, right] = run(ctx(), "40", "I think it's 42");
    expect(wrong!.kind).toBe("incorrect");
    expect(wrong!.reply).not.toContain("42");
    expect(right!.kind).toBe("correct");
    expect(right!.reply).toContain("that's right");
    // After success, the worked solution.
    expect(right!.reply).toContain("So $64 - 22 = 42$.");
  });

  it("offers a hint on its own after two wrong answers", () => {
    const turns = run(ctx(), "40", "41");
    expect(turns[1]!.kind).toBe("incorrect");
    expect(turns[1]!.reply).toContain("Hint 1:");
  });

  it("explains the worked solution when asked, only once solved or when the parent allows answers", () => {
    const [asked] = run(ctx(), "show me the answer");
    expect(asked!.reply).not.toContain("= 42");
    expect(asked!.kind).toBe("hint");

    const allowed = run(ctx({ maxHelpLevel: "answer" }), "hint", "hint", "hint", "hint", "explain it please");
    expect(allowed.at(-1)!.kind).toBe("solution");
    expect(allowed.at(-1)!.reply).toContain("So $64 - 22 = 42$.");

    const solved = run(ctx({ solvedBefore: true }), "why does it work?");
    expect(solved[0]!.kind).toBe("solution");
  });

  it("does not count words it cannot read as a wrong answer", () => {
    const [turn] = run(ctx(), "banana");
    expect(turn!.kind).toBe("unreadable");
    expect(turn!.state.wrongTries).toBe(0);
  });

  it("gives a kind fixed reply pointing to practice when there is no item", () => {
    const [turn] = run(ctx({ item: null }), "tell me about dinosaurs");
    expect(turn!.reply).toBe(FREE_CHAT_REPLY);
    expect(turn!.reply).toContain("offline coach");
    expect(turn!.reply).toContain("Practice");
  });

  it("rebuilds its state from the conversation (reload, retry, second tab)", () => {
    const replayed = replayCoach(ctx(), ["hint", "40", "41"]);
    const live = run(ctx(), "hint", "40", "41").at(-1)!.state;
    expect(replayed).toEqual(live);
  });
});
