import { describe, expect, it } from "vitest";
import { checkAnswer } from "@/lib/learning/check-answer";
import { mulberry32 } from "@/lib/learning/items/random";
import type { AnswerSpec } from "@/lib/learning/types";

const twelve: AnswerSpec = { kind: "number", value: 12 };
const twelveCm: AnswerSpec = { kind: "number", value: 12, unit: "cm" };
const half: AnswerSpec = { kind: "fraction", numerator: 1, denominator: 2, acceptDecimal: true };
const halfAsFraction: AnswerSpec = { kind: "fraction", numerator: 1, denominator: 2 };
const halfSimplest: AnswerSpec = { kind: "fraction", numerator: 1, denominator: 2, requireSimplest: true };

describe("checkAnswer: numbers", () => {
  it.each([
    "12",
    " 12 ",
    "=12",
    "= 12",
    "+12",
    "12.0",
    "12.",
    "012",
    "24/2",
    "１２", // full-width digits
  ])("accepts %j for 12", (raw) => {
    expect(checkAnswer(twelve, raw)).toEqual({ correct: true });
  });

  it("reads thousands separators", () => {
    const thousand: AnswerSpec = { kind: "number", value: 1000 };
    expect(checkAnswer(thousand, "1,000").correct).toBe(true);
    expect(checkAnswer(thousand, "1 000").correct).toBe(true);
    expect(checkAnswer({ kind: "number", value: 1234567.5 }, "1,234,567.5").correct).toBe(true);
  });

  it("reads a decimal comma", () => {
    expect(checkAnswer({ kind: "number", value: 2.5 }, "2,5").correct).toBe(true);
  });

  it("reads negative numbers with any minus sign", () => {
    const minusFive: AnswerSpec = { kind: "number", value: -5 };
    for (const raw of ["-5", "\u22125", "\u2013 5", "\uFF0D5"])
      expect(checkAnswer(minusFive, raw).correct).toBe(true);
    expect(checkAnswer(minusFive, "5").correct).toBe(false);
  });

  it("accepts a trailing unit that matches the spec's unit, in any usual spelling", () => {
    for (const raw of ["12 cm", "12cm", "12 CM", "12 cm.", "12 centimetres", "12 centimeters", "12"]) {
      expect(checkAnswer(twelveCm, raw), raw).toEqual({ correct: true });
    }
    expect(checkAnswer({ kind: "number", value: 3, unit: "$" }, "$3").correct).toBe(true);
    expect(checkAnswer({ kind: "number", value: 3, unit: "dollars" }, "3 dollars").correct).toBe(true);
  });

  it("counts an answer in another unit as a wrong attempt with a hint about the unit", () => {
    const result = checkAnswer(twelveCm, "12 m");
    expect(result.correct).toBe(false);
    expect(result.unreadable).toBeUndefined();
    expect(result.feedback).toMatch(/cm/);
  });

  it("asks for just the number when words follow a number and no unit is expected", () => {
    // "3 hundred" or "5 tens" would be misread if words were ignored.
    expect(checkAnswer(twelve, "12 apples")).toMatchObject({ correct: false, unreadable: true });
  });

  it("uses the tolerance", () => {
    const pi: AnswerSpec = { kind: "number", value: Math.PI, tolerance: 0.01 };
    expect(checkAnswer(pi, "3.14").correct).toBe(true);
    expect(checkAnswer(pi, "3.1416").correct).toBe(true);
    expect(checkAnswer(pi, "3.2").correct).toBe(false);
    expect(checkAnswer({ kind: "number", value: 0.1 + 0.2 }, "0.3").correct).toBe(true);
  });

  it.each(["abc", "", "   ", "twelve", "12..5", "1,2,3", "1/0", "--5", "x".repeat(500), "1".repeat(500)])(
    "marks %j unreadable, so it does not count as an attempt",
    (raw) => {
      const result = checkAnswer(twelve, raw);
      expect(result.correct).toBe(false);
      expect(result.unreadable).toBe(true);
      expect(result.feedback).toBeTruthy();
    },
  );

  it("says nothing extra about an ordinary wrong answer", () => {
    expect(checkAnswer(twelve, "13")).toEqual({ correct: false });
  });
});

describe("checkAnswer: misconceptions in number answers", () => {
  const difference: AnswerSpec = { kind: "number", value: 33 };
  const context = { a: 45, b: 12, operation: "subtract" as const };

  it("recognises the result of the wrong operation", () => {
    const result = checkAnswer(difference, "57", context); // 45 + 12
    expect(result.correct).toBe(false);
    expect(result.feedback).toMatch(/add/);
    expect(result.feedback).toMatch(/subtract/);
    expect(
      checkAnswer({ kind: "number", value: 60 }, "17", { a: 5, b: 12, operation: "multiply" }).feedback,
    ).toMatch(/add/);
  });

  it("does not claim a wrong operation without the operands", () => {
    expect(checkAnswer(difference, "57")).toEqual({ correct: false });
  });

  it("does not blame the operation when both operations give the right answer", () => {
    // 2 + 2 = 2 × 2, so 4 is right whichever the child did.
    expect(checkAnswer({ kind: "number", value: 4 }, "4", { a: 2, b: 2, operation: "add" })).toEqual({
      correct: true,
    });
  });

  it("recognises an answer off by a power of ten", () => {
    const value: AnswerSpec = { kind: "number", value: 4.5 };
    expect(checkAnswer(value, "45").feedback).toMatch(/10 times too big/);
    expect(checkAnswer(value, "0.45").feedback).toMatch(/10 times too small/);
    expect(checkAnswer(value, "450").feedback).toMatch(/100 times too big/);
    expect(checkAnswer({ kind: "number", value: 0.12 }, "1.2").feedback).toMatch(/10 times too big/);
  });
});

describe("checkAnswer: fractions", () => {
  it.each(["1/2", "2/4", "50/100", "0.5", ".5", "½", "1⁄2", "1 / 2", "1∕2", "= 1/2"])(
    "accepts %j for 1/2",
    (raw) => {
      expect(checkAnswer(half, raw)).toEqual({ correct: true });
    },
  );

  it("accepts improper and mixed forms of the same value", () => {
    const threeHalves: AnswerSpec = { kind: "fraction", numerator: 3, denominator: 2, acceptDecimal: true };
    for (const raw of ["3/2", "1 1/2", "1½", "1 and 1/2", "6/4", "1.5"]) {
      expect(checkAnswer(threeHalves, raw), raw).toEqual({ correct: true });
    }
    const minusHalf: AnswerSpec = { kind: "fraction", numerator: -1, denominator: 2 };
    expect(checkAnswer(minusHalf, "\u22121/2").correct).toBe(true);
    expect(checkAnswer({ kind: "fraction", numerator: 4, denominator: 2 }, "2").correct).toBe(true);
  });

  it("asks for a fraction when decimals are not accepted", () => {
    const result = checkAnswer(halfAsFraction, "0.5");
    expect(result).toEqual({
      correct: false,
      feedback: "That's the right amount. Can you write it as a fraction?",
    });
  });

  it("asks to simplify an equivalent fraction when the simplest form is required", () => {
    expect(checkAnswer(halfSimplest, "2/4")).toEqual({
      correct: false,
      feedback: "That's the right amount. Can you simplify it?",
    });
    expect(checkAnswer(halfSimplest, "1/2")).toEqual({ correct: true });
    const threeHalves: AnswerSpec = { kind: "fraction", numerator: 3, denominator: 2, requireSimplest: true };
    expect(checkAnswer(threeHalves, "1 1/2").correct).toBe(true);
    expect(checkAnswer(threeHalves, "1 2/4").feedback).toMatch(/simplify/);
  });

  it("accepts a non-terminating decimal rounded or cut off to two places or more", () => {
    const third: AnswerSpec = { kind: "fraction", numerator: 1, denominator: 3, acceptDecimal: true };
    const twoThirds: AnswerSpec = { kind: "fraction", numerator: 2, denominator: 3, acceptDecimal: true };
    for (const raw of ["0.33", "0.333", "0.3333"]) expect(checkAnswer(third, raw).correct, raw).toBe(true);
    for (const raw of ["0.3", "0.34", "0.32"]) expect(checkAnswer(third, raw).correct, raw).toBe(false);
    for (const raw of ["0.67", "0.66", "0.667"]) expect(checkAnswer(twoThirds, raw).correct, raw).toBe(true);
    // A terminating value must be exact: 0.25 is not "about" 1/4.
    expect(
      checkAnswer({ kind: "fraction", numerator: 1, denominator: 4, acceptDecimal: true }, "0.2").correct,
    ).toBe(false);
  });

  it("reads a zero denominator as unreadable, with a kind explanation", () => {
    expect(checkAnswer(half, "1/0")).toMatchObject({ correct: false, unreadable: true });
  });

  it("recognises tops and bottoms added together", () => {
    // 1/2 + 1/3 = 5/6; adding straight across gives (1+1)/(2+3) = 2/5.
    const sum: AnswerSpec = { kind: "fraction", numerator: 5, denominator: 6 };
    const operands = [
      { n: 1, d: 2 },
      { n: 1, d: 3 },
    ];
    const result = checkAnswer(sum, "2/5", { operands, operation: "add" });
    expect(result.correct).toBe(false);
    expect(result.feedback).toMatch(/tops and the bottoms were both added/);
    // 1/5 + 2/5 = 3/5; a child who also adds the fifths writes 3/10.
    const sameDenominators = checkAnswer({ kind: "fraction", numerator: 3, denominator: 5 }, "3/10", {
      operands: [
        { n: 1, d: 5 },
        { n: 2, d: 5 },
      ],
    });
    expect(sameDenominators.feedback).toMatch(/added/);
  });

  it("recognises tops and bottoms subtracted, and the wrong operation", () => {
    // 3/4 − 1/3 = 5/12; straight across gives (3−1)/(4−3) = 2.
    const difference: AnswerSpec = { kind: "fraction", numerator: 5, denominator: 12 };
    const operands = [
      { n: 3, d: 4 },
      { n: 1, d: 3 },
    ];
    expect(checkAnswer(difference, "2/1", { operands, operation: "subtract" }).feedback).toMatch(
      /subtracted/,
    );
    // 3/4 + 1/3 = 13/12: the sum instead of the difference.
    expect(checkAnswer(difference, "13/12", { operands, operation: "subtract" }).feedback).toMatch(
      /if we add/,
    );
  });
});

describe("checkAnswer: choices", () => {
  const animals: AnswerSpec = { kind: "choice", choices: ["cat", "dog", "bird"], correctIndex: 1 };

  it.each(["dog", " DOG ", "Dog.", "b", "B", "(b)", "b)", "2", "option B"])(
    "accepts %j for the second choice",
    (raw) => {
      expect(checkAnswer(animals, raw)).toEqual({ correct: true });
    },
  );

  it("marks another choice wrong and something that is not a choice unreadable", () => {
    expect(checkAnswer(animals, "a")).toEqual({ correct: false });
    expect(checkAnswer(animals, "cat")).toEqual({ correct: false });
    expect(checkAnswer(animals, "fish")).toMatchObject({ correct: false, unreadable: true });
    expect(checkAnswer(animals, "7")).toMatchObject({ correct: false, unreadable: true });
    expect(checkAnswer(animals, "")).toMatchObject({ correct: false, unreadable: true });
  });

  it("reads numbers as values, not positions, when the choices are numbers", () => {
    const numbers: AnswerSpec = { kind: "choice", choices: ["5", "6", "7"], correctIndex: 1 };
    expect(checkAnswer(numbers, "6").correct).toBe(true);
    expect(checkAnswer(numbers, "b").correct).toBe(true);
    // "2" is not the second choice here: it is a number that is not offered.
    expect(checkAnswer(numbers, "2")).toMatchObject({ correct: false, unreadable: true });
    const fractions: AnswerSpec = { kind: "choice", choices: ["1/3", "1/2"], correctIndex: 1 };
    expect(checkAnswer(fractions, "2/4").correct).toBe(true);
  });

  it("prefers a choice's own text over its letter", () => {
    const letters: AnswerSpec = { kind: "choice", choices: ["b", "a"], correctIndex: 1 };
    expect(checkAnswer(letters, "a").correct).toBe(true);
    expect(checkAnswer(letters, "b").correct).toBe(false);
  });
});

describe("checkAnswer: text", () => {
  const president: AnswerSpec = { kind: "text", accepted: ["Washington", "George Washington"] };

  it("trims, collapses spaces, ignores case and end punctuation, and accepts any listed answer", () => {
    for (const raw of ["washington", "  George    WASHINGTON. ", "Washington!"]) {
      expect(checkAnswer(president, raw), raw).toEqual({ correct: true });
    }
    expect(checkAnswer(president, "Lincoln")).toEqual({ correct: false });
  });

  it("respects caseSensitive", () => {
    const spec: AnswerSpec = { kind: "text", accepted: ["Paris"], caseSensitive: true };
    expect(checkAnswer(spec, "Paris").correct).toBe(true);
    expect(checkAnswer(spec, "paris").correct).toBe(false);
  });

  it("treats curly and straight apostrophes alike", () => {
    expect(checkAnswer({ kind: "text", accepted: ["don't"] }, "don\u2019t").correct).toBe(true);
  });

  it("does not count an empty answer", () => {
    expect(checkAnswer(president, "  ")).toMatchObject({ correct: false, unreadable: true });
  });
});

describe("checkAnswer never throws on anything a child might type", () => {
  const specs: AnswerSpec[] = [
    twelve,
    twelveCm,
    { kind: "number", value: Number.NaN },
    half,
    halfSimplest,
    { kind: "fraction", numerator: 1.5, denominator: 0 },
    { kind: "choice", choices: ["1/2", "dog", "b"], correctIndex: 0 },
    { kind: "choice", choices: [], correctIndex: 3 },
    { kind: "text", accepted: ["café"] },
  ];
  const contexts = [
    undefined,
    { a: 3, b: 0, operation: "divide" as const },
    {
      operands: [
        { n: 1, d: 0 },
        { n: Number.NaN, d: 2 },
      ],
    },
    {
      operands: [
        { n: 1, d: 2 },
        { n: 1, d: 2 },
      ],
      operation: "subtract" as const,
    },
  ];

  function randomString(next: () => number, maxLength: number): string {
    const pieces = [
      "1",
      "/",
      " ",
      ".",
      ",",
      "-",
      "\u2212",
      "½",
      "=",
      "cm",
      "e",
      "\u2044",
      "0",
      "9",
      "\uD800",
      "\uDC00",
    ];
    const length = Math.floor(next() * maxLength);
    let out = "";
    for (let i = 0; i < length; i++) {
      const r = next();
      if (r < 0.5) out += pieces[Math.floor(next() * pieces.length)];
      else if (r < 0.8)
        out += String.fromCharCode(Math.floor(next() * 0x10000)); // lone surrogates included
      else out += String.fromCodePoint(Math.floor(next() * 0x10ffff));
    }
    return out;
  }

  it("returns a well-formed result for random unicode and very long strings", () => {
    const next = mulberry32(20240611);
    const inputs = [
      ...Array.from({ length: 1500 }, () => randomString(next, 40)),
      ...Array.from({ length: 50 }, () => randomString(next, 2000)),
      "1".repeat(100_000),
      " ".repeat(100_000),
      `${"1/".repeat(5000)}2`,
      `1${",000".repeat(3000)}`,
      "9".repeat(400),
      `${"9".repeat(50)}/${"9".repeat(50)}`,
    ];
    for (const raw of inputs) {
      for (const spec of specs) {
        for (const context of contexts) {
          const result = checkAnswer(spec, raw, context);
          expect(typeof result.correct).toBe("boolean");
          if (result.unreadable) expect(result.correct).toBe(false);
        }
      }
    }
  });

  it("treats a non-string answer as unreadable", () => {
    expect(checkAnswer(twelve, undefined as unknown as string)).toMatchObject({ unreadable: true });
  });
});
