import type { Rng } from "../random";
import {
  choiceAnswer,
  defineGenerator,
  differentFrom,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { m, num, ordinal, tex } from "./format";
import { pickName, pickTwoNames } from "./word-contexts";

interface Sequence {
  start: number;
  step: number;
  length: number;
  /** Index of the hidden term. */
  gap: number;
}

const termOf = (s: Sequence, i: number): number => s.start + s.step * i;

function showSequence(s: Sequence): string {
  const terms = Array.from({ length: s.length }, (_, i) => (i === s.gap ? "?" : tex(termOf(s, i))));
  return m(terms.join(",\\; "));
}

function stepWords(step: number): string {
  return step > 0 ? `${num(step)} more` : `${num(-step)} less`;
}

/** The hint ladder shared by every "what number is missing?" pattern. */
function sequenceHints(s: Sequence, example: Sequence): ItemDraft["hints"] {
  const exampleAnswer = termOf(example, example.gap);
  const exampleNeighbour = example.gap > 0 ? termOf(example, example.gap - 1) : termOf(example, 1);
  const exampleWork =
    example.gap > 0
      ? `${m(`${tex(exampleNeighbour)} ${example.step > 0 ? "+" : "-"} ${tex(Math.abs(example.step))} = ${tex(exampleAnswer)}`)}`
      : `${m(`${tex(exampleNeighbour)} ${example.step > 0 ? "-" : "+"} ${tex(Math.abs(example.step))} = ${tex(exampleAnswer)}`)}`;
  // The step size is already in the second hint; repeating it here could spell out the answer
  // (for 0, 10, ?, 30 the step and the answer are both 10).
  const lastStep =
    s.gap > 0
      ? `The number just before the gap is ${m(tex(termOf(s, s.gap - 1)))}. Make one more jump of the same size from there.`
      : `The number just after the gap is ${m(tex(termOf(s, 1)))}. Jump back once, by the same amount, from there.`;
  return [
    "Look at two numbers that sit side by side. How do you get from one to the next?",
    `Each number is ${stepWords(s.step)} than the number before it.`,
    `For example, in ${showSequence(example)} each number is ${stepWords(example.step)} than the one before, so the missing number is ${exampleWork}.`,
    lastStep,
  ];
}

function sequenceSolution(s: Sequence): string[] {
  const answer = termOf(s, s.gap);
  const from = s.gap > 0 ? termOf(s, s.gap - 1) : termOf(s, 1);
  const op = s.gap > 0 ? (s.step > 0 ? "+" : "-") : s.step > 0 ? "-" : "+";
  return [
    `The rule: each number is ${stepWords(s.step)} than the one before.`,
    `${s.gap > 0 ? "Start from the number before the gap" : "Start from the number after the gap"}: ${m(`${tex(from)} ${op} ${tex(Math.abs(s.step))} = ${tex(answer)}`)}.`,
    `The missing number is ${m(tex(answer))}.`,
  ];
}

function sequenceDraft(s: Sequence, example: Sequence, prompt: string): ItemDraft {
  return {
    prompt,
    answer: numberAnswer(termOf(s, s.gap)),
    solution: sequenceSolution(s),
    hints: sequenceHints(s, example),
    params: { start: s.start, step: s.step, length: s.length, gap: s.gap },
  };
}

const sameSequence = (a: Sequence) => (b: Sequence) =>
  termOf(a, a.gap) === termOf(b, b.gap) || a.start === b.start;

const countByTens = defineGenerator("math.k.cc.count-by-tens", (rng) => {
  const make = (r: Rng): Sequence => {
    const length = r.int(4, 5);
    return { start: 10 * r.int(0, 10 - length), step: 10, length, gap: r.int(1, length - 1) };
  };
  const s = make(rng);
  const example = differentFrom(rng, make, sameSequence(s), { start: 0, step: 10, length: 4, gap: 3 });
  const prompt = rng.pick([
    `Count by tens. Which number is missing? ${showSequence(s)}`,
    `We are counting by tens: ${showSequence(s)}. What number goes where the ? is?`,
    `${pickName(rng)} is counting by tens: ${showSequence(s)}. What is the missing number?`,
  ]);
  return sequenceDraft(s, example, prompt);
});

const countForward = defineGenerator("math.k.cc.count-forward", (rng) => {
  const make = (r: Rng): Sequence => {
    const length = r.int(2, 4);
    return { start: r.int(1, 100 - length), step: 1, length, gap: length - 1 };
  };
  const s = make(rng);
  const example = differentFrom(
    rng,
    (r: Rng): Sequence => ({ start: r.int(1, 96), step: 1, length: 4, gap: 3 }),
    sameSequence(s),
    { start: 41, step: 1, length: 3, gap: 2 },
  );
  const first = termOf(s, 0);
  const prompt =
    s.length === 2
      ? rng.pick([
          `What number comes right after ${m(tex(first))}?`,
          `Start at ${m(tex(first))} and count one more. What number do you say?`,
          `${pickName(rng)} counted up to ${m(tex(first))}. What number comes next?`,
        ])
      : rng.pick([
          `Keep counting: ${showSequence(s)}`,
          `What number comes next? ${showSequence(s)}`,
          `${pickName(rng)} is counting out loud: ${showSequence(s)}. What comes next?`,
        ]);
  return sequenceDraft(s, example, prompt);
});

const countTo120 = defineGenerator("math.1.nbt.count-to-120", (rng) => {
  const make = (r: Rng): Sequence => {
    const length = r.int(3, 5);
    const gap = r.int(0, length - 1);
    return { start: r.int(90, 120 - length + 1), step: 1, length, gap };
  };
  const s = make(rng);
  const example = differentFrom(rng, make, sameSequence(s), { start: 97, step: 1, length: 4, gap: 3 });
  const prompt = rng.pick([
    `Which number is missing? ${showSequence(s)}`,
    `Fill in the missing number: ${showSequence(s)}`,
    `${pickName(rng)} is counting past 100: ${showSequence(s)}. What number is hiding?`,
    `Count on and find the missing number: ${showSequence(s)}`,
  ]);
  return sequenceDraft(s, example, prompt);
});

const skipCount = defineGenerator("math.2.nbt.skip-count", (rng) => {
  const make = (r: Rng): Sequence => {
    const step = r.pick([5, 10, 100]);
    const length = r.int(4, 5);
    const top = Math.floor(1000 / step) - length + 1;
    return {
      start: step * r.int(step === 100 ? 0 : 1, step === 5 ? Math.min(top, 120) : top),
      step,
      length,
      gap: r.int(1, length - 1),
    };
  };
  const s = make(rng);
  const example = differentFrom(rng, make, sameSequence(s), { start: 25, step: 5, length: 4, gap: 3 });
  const by = `${num(s.step)}s`;
  const prompt = rng.pick([
    `Skip-count by ${by}. What number is missing? ${showSequence(s)}`,
    `${pickName(rng)} is skip-counting by ${by}: ${showSequence(s)}. Which number is missing?`,
    `Count by ${by} and fill in the gap: ${showSequence(s)}`,
  ]);
  return sequenceDraft(s, example, prompt);
});

const patterns = defineGenerator("math.3.oa.patterns", (rng) => {
  const make = (r: Rng): Sequence => {
    const size = r.int(2, 9);
    const step = r.chance(0.7) ? size : -size;
    const length = r.int(4, 6);
    const lowest = step > 0 ? r.int(0, 40) : r.int(0, 30);
    const start = step > 0 ? lowest : lowest + -step * (length - 1);
    return { start, step, length, gap: r.int(1, length - 1) };
  };
  const s = make(rng);
  const example = differentFrom(rng, make, sameSequence(s), { start: 3, step: 4, length: 5, gap: 4 });
  if (s.gap === s.length - 1 && rng.chance(0.4)) {
    const rule = s.step > 0 ? `add ${num(s.step)}` : `subtract ${num(-s.step)}`;
    const prompt = `A pattern starts at ${m(tex(s.start))}. The rule is “${rule}.” What is the ${ordinal(s.length)} number in the pattern?`;
    return sequenceDraft(s, example, prompt);
  }
  const prompt = rng.pick([
    `Find the rule and the missing number: ${showSequence(s)}`,
    `What number is missing from this pattern? ${showSequence(s)}`,
    `${pickName(rng)} wrote a number pattern: ${showSequence(s)}. Which number belongs where the ? is?`,
  ]);
  return sequenceDraft(s, example, prompt);
});

const SYMBOLS = [
  { symbol: "★", name: "stars" },
  { symbol: "●", name: "dots" },
  { symbol: "♥", name: "hearts" },
  { symbol: "▲", name: "triangles" },
  { symbol: "■", name: "squares" },
  { symbol: "◆", name: "diamonds" },
  { symbol: "✿", name: "flowers" },
  { symbol: "☀", name: "suns" },
] as const;

// Groups of five let a child check their count, and let the hint talk about "full groups".
function drawGroups(symbol: string, n: number): string {
  const groups: string[] = [];
  for (let left = n; left > 0; left -= 5) groups.push(symbol.repeat(Math.min(5, left)));
  return groups.join("  ");
}

const countObjects = defineGenerator("math.k.cc.count-objects", (rng) => {
  const n = rng.int(1, 20);
  const { symbol, name } = rng.pick(SYMBOLS);
  const picture = drawGroups(symbol, n);
  const prompt = rng.pick([
    `How many ${name} are there?\n\n${picture}`,
    `Count the ${name}. How many do you see?\n\n${picture}`,
    `${pickName(rng)} drew some ${name}. How many ${name} did they draw?\n\n${picture}`,
  ]);
  const exampleN = differentFrom(
    rng,
    (r) => r.pick([6, 7, 8, 9, 11, 12, 13, 14]),
    (k) => k === n,
    n === 7 ? 8 : 7,
  );
  const full = Math.floor(n / 5);
  const rest = n % 5;
  const lastStep =
    full === 0
      ? "Touch the first one and say “one”, then keep going, one number for each, until you reach the last one."
      : rest === 0
        ? `Every group is a full group of five. Count by fives, saying one number for each group.`
        : `There ${full === 1 ? "is 1 full group" : `are ${full} full groups`} of five, which makes ${5 * full}. Now count on ${rest} more.`;
  return {
    prompt,
    answer: numberAnswer(n),
    solution: [
      full > 0
        ? `Count the full groups of five: ${Array.from({ length: full }, (_, i) => 5 * (i + 1)).join(", ")}.`
        : "Count each one, touching it as you go.",
      rest > 0 && full > 0
        ? `Count on the ${rest} extra: ${Array.from({ length: rest }, (_, i) => 5 * full + i + 1).join(", ")}.`
        : "Say one number for each shape and stop at the last one.",
      `There are ${n} ${name}.`,
    ],
    hints: [
      "Point to each one as you count. Say one number for each shape.",
      full > 0
        ? "The shapes are in groups of five. Count the full groups by fives, then count on the rest."
        : "Count slowly from the left and don't skip any.",
      `For example, ${drawGroups("●", exampleN)} is ${Math.floor(exampleN / 5)} ${Math.floor(exampleN / 5) === 1 ? "group" : "groups"} of five and ${exampleN % 5} more. Counting on gives ${exampleN} dots.`,
      lastStep,
    ],
    params: { n },
  };
});

const compareNumbers = defineGenerator("math.k.cc.compare-numbers", (rng) => {
  const a = rng.int(0, 10);
  const b = differentFrom(
    rng,
    (r) => r.int(0, 10),
    (x) => x === a,
    a === 10 ? 9 : a + 1,
  );
  const ask = rng.pick(["greater", "less"] as const);
  const story = rng.chance(0.5);
  const [nameA, nameB] = pickTwoNames(rng);
  const labelA = story ? nameA : String(a);
  const labelB = story ? nameB : String(b);
  const correct = (ask === "greater") === a > b ? labelA : labelB;
  const prompt = story
    ? `${nameA} has ${a} ${a === 1 ? "shell" : "shells"}. ${nameB} has ${b} ${b === 1 ? "shell" : "shells"}. Who has ${ask === "greater" ? "more" : "fewer"} shells?`
    : rng.pick([
        `Which number is ${ask}: ${m(`${a}`)} or ${m(`${b}`)}?`,
        `Look at ${m(`${a}`)} and ${m(`${b}`)}. Which one is ${ask}?`,
      ]);
  const [ea, eb] = a + b === 9 ? [2, 8] : [3, 6];
  return {
    prompt,
    answer: choiceAnswer([labelA, labelB], correct),
    solution: [
      `Count up from 0: the number you say first is less, the one you say later is greater.`,
      `${Math.min(a, b)} comes before ${Math.max(a, b)}, so ${Math.max(a, b)} is greater and ${Math.min(a, b)} is less.`,
      `The answer is ${correct}.`,
    ],
    hints: [
      ask === "greater" ? "Greater means more." : "Less means fewer.",
      "Count up from 0. Which number do you reach first?",
      `For example, ${ea} and ${eb}: counting up, you say ${ea} first, so ${eb} is greater and ${ea} is less.`,
      `You reach ${Math.min(a, b)} before ${Math.max(a, b)} when you count. Now choose the ${ask === "greater" ? "greater" : "lesser"} one.`,
    ],
    params: { a, b, ask, labelA, labelB },
  };
});

export const COUNTING_GENERATORS: GeneratorEntry[] = [
  countByTens,
  countForward,
  countObjects,
  compareNumbers,
  countTo120,
  skipCount,
  patterns,
];
