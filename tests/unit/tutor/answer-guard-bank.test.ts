import { describe, expect, it } from "vitest";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { authoredItemsFor, generateItem, hasGenerator } from "@/lib/learning/items";
import type { Item } from "@/lib/learning/types";
import { createAnswerGuard } from "@/lib/tutor/answer-guard";

/**
 * The answer guard against the whole item bank (20 seeds of every generated skill, every
 * authored item): the bank's own texts are a large, honest test set. A prompt restated must
 * never count as a leak; a worked solution (which states the answer) must be caught; the first
 * hint rungs (which must not give the answer) should rarely be flagged.
 */

const SEEDS = 20;

function bank(): Item[] {
  return CURRICULUM.skills.flatMap((skill) =>
    hasGenerator(skill.id)
      ? Array.from({ length: SEEDS }, (_, seed) => generateItem(skill.id, seed))
      : [...authoredItemsFor(skill.id)],
  );
}

describe("answer guard over the item bank", () => {
  const items = bank();
  const guards = items.map((item) => ({ item, guard: createAnswerGuard(item) }));

  it("has a bank to test against", () => {
    expect(items.length).toBeGreaterThan(1_000);
  });

  it("never flags the tutor restating the question on screen", () => {
    const flagged = guards
      .filter(({ item, guard }) => guard.check(item.prompt).leaked)
      .map(({ item }) => item.id);
    expect(flagged).toEqual([]);
  });

  it("catches the worked solution of number and fraction items (it states the answer)", () => {
    const numeric = guards.filter(
      ({ item }) => item.answer.kind === "number" || item.answer.kind === "fraction",
    );
    const caught = numeric.filter(({ item, guard }) => guard.check(item.solution.join(" ")).leaked).length;
    const rate = caught / numeric.length;
    console.log(
      `answer guard: ${caught}/${numeric.length} numeric worked solutions caught (${(rate * 100).toFixed(1)}%)`,
    );
    // The misses are small whole numbers stated without a result word ("it has 6 vertices").
    expect(rate).toBeGreaterThanOrEqual(0.97);
  });

  it("rarely flags the first hint rungs, which never give the answer", () => {
    for (const rung of [0, 1] as const) {
      const flagged = guards.filter(({ item, guard }) => guard.check(item.hints[rung]).leaked).length;
      const rate = flagged / guards.length;
      console.log(
        `answer guard: hint rung ${rung + 1} flagged for ${flagged}/${guards.length} items (${(rate * 100).toFixed(1)}%)`,
      );
      expect(rate).toBeLessThanOrEqual(rung === 0 ? 0.01 : 0.05);
    }
  });
});
