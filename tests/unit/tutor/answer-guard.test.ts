import { describe, expect, it } from "vitest";
import type { AnswerSpec } from "@/lib/learning/types";
import { createAnswerGuard } from "@/lib/tutor/answer-guard";

interface Case {
  name: string;
  prompt: string;
  answer: AnswerSpec;
  leaks: string[];
  passes: string[];
}

const CASES: Case[] = [
  {
    name: "a whole-number answer the child cannot see (42)",
    prompt: "What is $40 + 2$?",
    answer: { kind: "number", value: 42 },
    leaks: [
      "42",
      "The answer is 42.",
      "It's forty-two!",
      "Forty two, well done.",
      "= 42",
      "$40 + 2 = 42$",
      "So we get $42$.",
      "42.0 is what you get.",
      "That makes 42 apples.",
      "Is it 42?",
      "**42**",
      "(42)",
      "You count: forty, forty one, forty two.",
      "\\boxed{42}",
      "Let's check: 40 plus 2 equals forty two.",
      "The total would be 42 cm",
    ],
    passes: [
      "What is $40 + 2$?",
      "Try adding 2 to 40. What do you get?",
      "What comes after 41?",
      "142 is too big. Try again.",
      "Think about 4.2 and 420: which one is close?",
      "Think of $40 + 2$ as four tens and two ones.",
      "Nice work on problem 24 earlier!",
      "Count on two from forty. What number do you land on?",
      "You have 40. Add 2 more. What is the total?",
      "How many tens are in 40?",
    ],
  },
  {
    name: "a fraction answer (3/4) in its equivalent forms",
    prompt: "What is $\\frac{1}{4} + \\frac{2}{4}$?",
    answer: { kind: "fraction", numerator: 3, denominator: 4 },
    leaks: [
      "3/4",
      "The answer is $\\frac{3}{4}$.",
      "It's $\\dfrac{3}{4}$!",
      "three quarters",
      "That makes three-fourths.",
      "0.75",
      "That's 75% of the pizza.",
      "You could also say 6/8.",
      "$\\tfrac34$",
      "3 / 4",
    ],
    passes: [
      "What is $\\frac{1}{4} + \\frac{2}{4}$?",
      "13/4 is more than 3. Check again.",
      "Is 3/8 bigger or smaller?",
      "4/3 is more than one whole.",
      "1/4 and 2/4 have the same bottom number. What does that tell you?",
      "One quarter plus two quarters: how many quarters is that?",
      "0.7 is not quite it.",
      "The bottom number stays the same. What happens to the top numbers?",
    ],
  },
  {
    name: "a small whole-number answer (5): words only when asserted",
    prompt: "What is $2 + 3$?",
    answer: { kind: "number", value: 5 },
    leaks: [
      "5",
      "$2 + 3 = 5$",
      "The answer is five.",
      "That makes five!",
      "five is right",
      "It's 5.",
      "So 2 and 3 gives you five.",
    ],
    passes: [
      "Let's count on from 2: three, four... what comes next?",
      "Hold up two fingers, then three more. How many fingers?",
      "One step at a time.",
      "Give me five! You're doing great. Now, what is 2 + 3?",
      "Which is bigger, 2 or 3?",
    ],
  },
  {
    name: "an answer the prompt already shows (42 + 0): asserting it is the leak",
    prompt: "What is $42 + 0$?",
    answer: { kind: "number", value: 42 },
    leaks: ["$42 + 0 = 42$", "It's 42.", "The answer is 42.", "You get 42.", "42 is the answer."],
    passes: [
      "What is $42 + 0$?",
      "What happens when you add zero to 42?",
      "Look at 42 + 0. What does adding zero do?",
      "What's 42 plus nothing?",
    ],
  },
  {
    name: "a decimal answer (3.5)",
    prompt: "What is $7 \\div 2$?",
    answer: { kind: "number", value: 3.5 },
    leaks: ["3.5", "It's 3 1/2.", "three and a half", "3½", "$3\\frac{1}{2}$", "three point five"],
    passes: [
      "What is $7 \\div 2$?",
      "13.5 is too big.",
      "What about 0.35?",
      "3.55 is close but not it.",
      "Is it more than 3?",
    ],
  },
  {
    name: "a negative answer (-7)",
    prompt: "What is $3 - 10$?",
    answer: { kind: "number", value: -7 },
    leaks: ["-7", "$3 - 10 = -7$", "negative seven", "It's negative 7.", "The answer is minus 7.", "−7"],
    passes: [
      "What is $3 - 10$?",
      "10 minus 7 is 3, so think about it the other way.",
      "7 steps to the left of 3?",
    ],
  },
  {
    name: "a comparison choice (<)",
    prompt: "$17 \\;\\square\\; 23$",
    answer: { kind: "choice", choices: ["<", "=", ">"], correctIndex: 0 },
    leaks: [
      "$17 < 23$",
      "17 is less than 23.",
      "23 > 17",
      "23 is greater than 17",
      "The answer is <.",
      "Pick <",
    ],
    passes: [
      "Which symbol goes in the box?",
      "Which is bigger, 17 or 23?",
      "Look at the tens digits of 17 and 23.",
      "The open side of < or > faces the greater number.",
    ],
  },
  {
    name: "a word choice (dog)",
    prompt: "Which word is a noun?",
    answer: { kind: "choice", choices: ["run", "happy", "dog", "quickly"], correctIndex: 2 },
    leaks: [
      "The answer is dog.",
      "It's dog!",
      "Pick dog.",
      "Dog is the right one.",
      "Choose 'dog'.",
      "That is a dog.",
    ],
    passes: [
      "A noun names a person, place or thing, like a cat or a dog. Which word names a thing?",
      "Which word names something you can touch?",
      "Is run something you do, or something you are?",
    ],
  },
  {
    name: "a numeric choice (15): the choices are on screen",
    prompt: "What is $3 \\times 5$?",
    answer: { kind: "choice", choices: ["12", "15", "18"], correctIndex: 1 },
    leaks: ["The answer is 15.", "It's 15!", "$3 \\times 5 = 15$"],
    passes: ["Is it 12, 15 or 18? Count by fives to check.", "What is $3 \\times 5$?"],
  },
  {
    name: "a text answer (cold)",
    prompt: "Fill in the blank: the opposite of hot is ____.",
    answer: { kind: "text", accepted: ["cold"] },
    leaks: ["cold", "It's cold!", "Cold, like snow."],
    passes: ["Think about winter. How does snow feel?", "What's the opposite of hot?"],
  },
];

describe("answer guard: a reply that gives the answer away is caught", () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const guard = createAnswerGuard({ prompt: c.prompt, answer: c.answer });
      for (const reply of c.leaks) {
        it(`catches ${JSON.stringify(reply)}`, () => {
          expect(guard.check(reply).leaked).toBe(true);
        });
      }
      for (const reply of c.passes) {
        it(`lets ${JSON.stringify(reply)} through`, () => {
          expect(guard.check(reply)).toEqual({ leaked: false });
        });
      }
    });
  }

  it("catches the answer when it is split across sentences", () => {
    const guard = createAnswerGuard({ prompt: "What is $40 + 2$?", answer: { kind: "number", value: 42 } });
    expect(guard.check("Great try! The answer is... 42.").leaked).toBe(true);
  });

  it("never throws and never leaks on odd specs", () => {
    const odd: AnswerSpec[] = [
      { kind: "number", value: Number.NaN },
      { kind: "fraction", numerator: 1, denominator: 0 },
      { kind: "choice", choices: [], correctIndex: 3 },
      { kind: "text", accepted: [] },
    ];
    for (const answer of odd) {
      const guard = createAnswerGuard({ prompt: "?", answer });
      expect(guard.check("42 and 1/0 and anything")).toEqual({ leaked: false });
      expect(guard.childFound("42")).toBe(false);
    }
  });
});

describe("answer guard: the child found the answer (then the tutor may confirm it)", () => {
  it("reads the answer in the child's message, in any form", () => {
    const guard = createAnswerGuard({ prompt: "What is $40 + 2$?", answer: { kind: "number", value: 42 } });
    for (const message of ["42", "is it 42?", "I think it's forty two", "= 42", "40 + 2 = 42 right?"]) {
      expect(guard.childFound(message), message).toBe(true);
    }
    for (const message of ["41", "40 + 2", "I don't know", "what is 40 + 2?", "142"]) {
      expect(guard.childFound(message), message).toBe(false);
    }
  });

  it("counts a bare answer even when the prompt shows the same number", () => {
    const guard = createAnswerGuard({ prompt: "What is $42 + 0$?", answer: { kind: "number", value: 42 } });
    expect(guard.childFound("42")).toBe(true);
    expect(guard.childFound("is it 42?")).toBe(true);
    expect(guard.childFound("what is 42 + 0")).toBe(false);
  });

  it("reads choices and comparisons", () => {
    const noun = createAnswerGuard({
      prompt: "Which word is a noun?",
      answer: { kind: "choice", choices: ["run", "happy", "dog"], correctIndex: 2 },
    });
    expect(noun.childFound("dog")).toBe(true);
    expect(noun.childFound("is it dog?")).toBe(true);
    expect(noun.childFound("run")).toBe(false);
    const compare = createAnswerGuard({
      prompt: "$17 \\;\\square\\; 23$",
      answer: { kind: "choice", choices: ["<", "=", ">"], correctIndex: 0 },
    });
    expect(compare.childFound("<")).toBe(true);
    expect(compare.childFound("17 is less than 23")).toBe(true);
    expect(compare.childFound(">")).toBe(false);
  });
});
