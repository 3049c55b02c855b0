import { describe, expect, it } from "vitest";
import { checkAnswer } from "@/lib/learning/check-answer";
import { generateItem } from "@/lib/learning/items";
import { GENERATORS, type GeneratedItem } from "@/lib/learning/items/generators";
import type { Item } from "@/lib/learning/types";
import { rightAnswer } from "@/tests/support/learning";

// The slips are recomputed from `params` with the test's own arithmetic, so these tests would
// catch a generator whose `checkContext` disagreed with the problem it actually shows.

const SEEDS = 300;

function batch(skillId: string): GeneratedItem[] {
  const generate = GENERATORS.get(skillId);
  if (!generate) throw new Error(`no generator for ${skillId}`);
  return Array.from({ length: SEEDS }, (_, seed) => generate(seed));
}

const num = (item: GeneratedItem, key: string): number => Number(item.params[key]);

/** Marks `raw` the way the engine does: against the item's own context. */
const check = (item: Item, raw: string) => checkAnswer(item.answer, raw, item.checkContext);

const TOPS_AND_BOTTOMS_ADDED =
  /tops and the bottoms were both added.*bottom number is the size of the pieces/;
const ADDED_NOT_SUBTRACTED = /That's what we get if we add\. This one asks us to subtract\./;
const ADDED_NOT_MULTIPLIED = /That's what we get if we add\. This one asks us to multiply\./;
const MULTIPLIED_NOT_DIVIDED = /That's what we get if we multiply\. This one asks us to divide\./;

describe("fraction addition: adding the denominators too", () => {
  it("math.4.nf.add-subtract-like: 1/4 + 2/4 = 3/8 is explained", () => {
    let seen = 0;
    for (const item of batch("math.4.nf.add-subtract-like")) {
      if (item.params.op !== "+") continue;
      const [a, b, d] = [num(item, "a"), num(item, "b"), num(item, "d")];
      const result = check(item, `${a + b}/${2 * d}`);
      expect(result.correct, item.id).toBe(false);
      expect(result.feedback, item.id).toMatch(TOPS_AND_BOTTOMS_ADDED);
      // The same slip without the context is only "wrong": the context is what explains it.
      expect(checkAnswer(item.answer, `${a + b}/${2 * d}`).feedback, item.id).toBeUndefined();
      seen++;
    }
    expect(seen).toBeGreaterThan(SEEDS / 4);
  });

  it.each(["math.5.nf.add-subtract-unlike", "math.5.nf.fraction-word-problems"])(
    "%s: 1/2 + 1/3 = 2/5 is explained",
    (skillId) => {
      let seen = 0;
      for (const item of batch(skillId)) {
        if (item.params.op !== "+") continue;
        const [a, b, c, d] = [num(item, "a"), num(item, "b"), num(item, "c"), num(item, "d")];
        const result = check(item, `${a + c}/${b + d}`);
        expect(result.correct, item.id).toBe(false);
        expect(result.feedback, item.id).toMatch(TOPS_AND_BOTTOMS_ADDED);
        seen++;
      }
      expect(seen).toBeGreaterThan(SEEDS / 4);
    },
  );

  it("math.4.nf.mixed-numbers: adding the improper fractions' tops and bottoms is explained", () => {
    let seen = 0;
    for (const item of batch("math.4.nf.mixed-numbers")) {
      if (item.params.form !== "add") continue;
      const d = num(item, "d");
      const first = num(item, "w1") * d + num(item, "n1");
      const second = num(item, "w2") * d + num(item, "n2");
      const result = check(item, `${first + second}/${2 * d}`);
      expect(result.correct, item.id).toBe(false);
      expect(result.feedback, item.id).toMatch(TOPS_AND_BOTTOMS_ADDED);
      seen++;
    }
    expect(seen).toBeGreaterThan(SEEDS / 5);
  });

  it("fraction subtraction answered with the sum gets the wrong-operation feedback", () => {
    let seen = 0;
    for (const item of batch("math.4.nf.add-subtract-like")) {
      if (item.params.op !== "-") continue;
      const [a, b, d] = [num(item, "a"), num(item, "b"), num(item, "d")];
      const result = check(item, `${a + b}/${d}`);
      expect(result.correct, item.id).toBe(false);
      expect(result.feedback, item.id).toMatch(ADDED_NOT_SUBTRACTED);
      seen++;
    }
    expect(seen).toBeGreaterThan(SEEDS / 4);
  });
});

/** The two numbers a whole-number subtraction item subtracts, or null for an addition item. */
function subtraction(item: GeneratedItem): [number, number] | null {
  const [a, b] = [num(item, "a"), num(item, "b")];
  switch (item.params.kind) {
    case undefined:
      return item.params.op === "-" ? [a, b] : null;
    case "add-result":
      return null;
    case "add-change":
    case "add-start":
      return [b, a]; // "a + ? = b" and "? + a = b" are found by b − a
    default:
      return [a, b]; // take-result and compare
  }
}

describe("whole-number subtraction: giving the sum", () => {
  it.each([
    "math.k.oa.subtract-within-10",
    "math.1.oa.subtract-within-20",
    "math.1.oa.word-problems",
    "math.2.nbt.subtract-within-100",
    "math.2.nbt.add-subtract-within-1000",
    "math.3.nbt.add-subtract-within-1000",
    "math.4.nbt.add-subtract",
  ])("%s", (skillId) => {
    let seen = 0;
    for (const item of batch(skillId)) {
      const operands = subtraction(item);
      if (!operands) continue;
      const [a, b] = operands;
      expect(item.answer, item.id).toEqual({ kind: "number", value: a - b });
      const result = check(item, String(a + b));
      expect(result.correct, item.id).toBe(false);
      expect(result.feedback, item.id).toMatch(ADDED_NOT_SUBTRACTED);
      seen++;
    }
    expect(seen).toBeGreaterThan(SEEDS / 4);
  });
});

describe("multiplication and division: the wrong operation", () => {
  it("math.3.oa.multiplication-facts: the sum instead of the product", () => {
    let seen = 0;
    for (const item of batch("math.3.oa.multiplication-facts")) {
      const [a, b] = [num(item, "a"), num(item, "b")];
      // 2 + 2 is 2 × 2, and 0 + b just gives back b: neither says which operation was used.
      if (a + b === a * b || a === 0 || b === 0) continue;
      const result = check(item, String(a + b));
      expect(result.correct, item.id).toBe(false);
      expect(result.feedback, item.id).toMatch(ADDED_NOT_MULTIPLIED);
      seen++;
    }
    expect(seen).toBeGreaterThan(SEEDS / 2);
  });

  it("math.3.oa.division-facts: the product instead of the quotient", () => {
    let seen = 0;
    for (const item of batch("math.3.oa.division-facts")) {
      const [dividend, divisor] = [num(item, "dividend"), num(item, "divisor")];
      const product = dividend * divisor;
      // × 1 and 0 × give back a number in the question, and 2 × 2 is also 2 + 2.
      if (divisor === 1 || dividend === 0 || product === dividend + divisor) continue;
      const result = check(item, String(product));
      expect(result.correct, item.id).toBe(false);
      expect(result.feedback, item.id).toMatch(MULTIPLIED_NOT_DIVIDED);
      seen++;
    }
    expect(seen).toBeGreaterThan(SEEDS / 2);
  });

  it("does not blame an operation for a number copied from the question (5 + 1 = 5)", () => {
    const result = checkAnswer({ kind: "number", value: 6 }, "5", { a: 5, b: 1, operation: "add" });
    expect(result).toEqual({ correct: false });
  });
});

describe("context never changes what counts as right", () => {
  it("every generated item's own answer is still correct with its context", () => {
    let withContext = 0;
    for (const [skillId, generate] of GENERATORS) {
      for (let seed = 0; seed < 60; seed++) {
        const item = generate(seed);
        if (!item.checkContext) continue;
        withContext++;
        expect(check(item, rightAnswer(item.answer)), `${skillId}#${seed}`).toEqual({ correct: true });
      }
    }
    expect(withContext).toBeGreaterThan(1000);
  });

  it("generateItem keeps the context, and the same seed rebuilds the same item", () => {
    const item = generateItem("math.4.nf.add-subtract-like", 7);
    expect(item.checkContext?.operands).toHaveLength(2);
    expect(generateItem("math.4.nf.add-subtract-like", 7)).toEqual(item);
  });
});
