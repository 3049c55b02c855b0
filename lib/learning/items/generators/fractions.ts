import type { Rng } from "../random";
import { compareAnswer, comparePrompt, compareSymbol, SYMBOL_REMINDER } from "./compare";
import {
  choiceAnswer,
  defineGenerator,
  differentFrom,
  fractionAnswer,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { frac, gcd, lcm, m, mixed } from "./format";
import { pickName, pickTwoNames } from "./word-contexts";

const FOODS = [
  "pizza",
  "sandwich",
  "pancake",
  "cake",
  "tortilla",
  "pie",
  "sheet of paper",
  "cracker",
  "granola bar",
];

function simplest(n: number, d: number): [number, number] {
  const g = gcd(n, d) || 1;
  return [n / g, d / g];
}

function simplestText(n: number, d: number): string {
  const [sn, sd] = simplest(n, d);
  if (sn === n) return "";
  return sd === 1 ? ` (which is ${sn})` : ` (which is the same as ${m(frac(sn, sd))})`;
}

const halvesAndFourths = defineGenerator("math.1.g.halves-and-fourths", (rng): ItemDraft => {
  const form = rng.pick(["count", "name", "compare"] as const);
  const food = rng.pick(FOODS);
  const name = pickName(rng);
  const parts = rng.pick([2, 4]);
  const shareName = parts === 2 ? "halves" : rng.pick(["fourths", "quarters"]);
  if (form === "count") {
    return {
      prompt: rng.pick([
        `${name} cuts a ${food} into ${shareName}. How many equal pieces are there?`,
        `A ${food} is shared in ${shareName}. How many equal shares is that?`,
        `If you fold a ${food} into ${shareName}, how many equal parts do you get?`,
      ]),
      answer: numberAnswer(parts),
      solution: [
        `${parts === 2 ? "Halves" : "Fourths (or quarters)"} means the whole is cut into ${parts} equal parts.`,
        `There are ${parts} pieces.`,
      ],
      hints: [
        "The name of the share tells you how many equal parts make the whole.",
        "Halves go with 2. Fourths and quarters go with 4.",
        "For example, a window split into fourths has 4 equal panes.",
        `Think of how many people could share the ${food} fairly if it is cut into ${shareName}.`,
      ],
      params: { form, parts },
    };
  }
  if (form === "name") {
    return {
      prompt: rng.pick([
        `A ${food} is cut into ${parts} equal parts. What is each part called?`,
        `${name} shares a ${food} fairly among ${parts} people. Each person gets…`,
      ]),
      answer: choiceAnswer(["a half", "a fourth"], parts === 2 ? "a half" : "a fourth"),
      solution: [
        `${parts} equal parts are called ${parts === 2 ? "halves" : "fourths"}.`,
        `Each part is ${parts === 2 ? "a half" : "a fourth"}.`,
      ],
      hints: [
        "Count how many equal parts make the whole.",
        "Two equal parts are halves; four equal parts are fourths.",
        "For example, an orange cut into 2 equal parts gives two halves.",
        `There are ${parts} equal parts. Which name goes with ${parts}?`,
      ],
      params: { form, parts },
    };
  }
  const ask = rng.pick(["bigger", "smaller"] as const);
  return {
    prompt: rng.pick([
      `Which piece is ${ask}: a half of a ${food} or a fourth of the same ${food}?`,
      `${name} can have a half or a fourth of one ${food}. Which piece is ${ask}?`,
    ]),
    answer: choiceAnswer(["a half", "a fourth"], ask === "bigger" ? "a half" : "a fourth"),
    solution: [
      "Cutting the same whole into more pieces makes each piece smaller.",
      "A fourth is smaller than a half, so a half is bigger.",
    ],
    hints: [
      "Picture the same whole cut two ways.",
      "More equal pieces means each piece is smaller.",
      "For example, a pizza shared by 2 people gives bigger slices than the same pizza shared by 4 people.",
      `A half comes from cutting into 2 pieces and a fourth from cutting into 4. Which gives the ${ask} piece?`,
    ],
    params: { form, ask },
  };
});

const bar = (n: number, d: number) => "■".repeat(n) + "□".repeat(d - n);

const unitFractions = defineGenerator("math.3.nf.unit-fractions", (rng) => {
  const d = rng.pick([2, 3, 4, 6, 8]);
  const n = rng.int(1, d - 1);
  const ask = rng.chance(0.25) ? ("unshaded" as const) : ("shaded" as const);
  const [name] = pickTwoNames(rng);
  const target = ask === "shaded" ? n : d - n;
  const prompt =
    ask === "shaded"
      ? rng.pick([
          `This bar is cut into ${d} equal parts. What fraction is shaded?\n\n${bar(n, d)}`,
          `A chocolate bar has ${d} equal pieces. ${name} eats ${n}. What fraction of the bar did ${name} eat?`,
          `A garden is split into ${d} equal beds. ${n === 1 ? "One bed has" : `${n} beds have`} tomatoes. What fraction of the garden has tomatoes?`,
          `What fraction of the squares are filled in?\n\n${bar(n, d)}`,
        ])
      : rng.pick([
          `This bar is cut into ${d} equal parts. What fraction is NOT shaded?\n\n${bar(n, d)}`,
          `A pan of cornbread is cut into ${d} equal pieces. ${name} eats ${n}. What fraction of the pan is left?`,
        ]);
  const [en, ed] = differentFrom(
    rng,
    (r): [number, number] => {
      const dd = r.pick([3, 4, 6, 8]);
      return [r.int(1, dd - 1), dd];
    },
    ([x, y]) => y === d || x * d === target * y,
    d === 6 ? [3, 8] : [5, 6],
  );
  return {
    prompt,
    answer: fractionAnswer(target, d),
    solution: [
      `The whole has ${d} equal parts, so the bottom number (denominator) is ${d}.`,
      `${target} of them are ${ask === "shaded" ? "counted" : "not shaded"}, so the top number (numerator) is ${target}.`,
      `The fraction is ${m(frac(target, d))}.`,
    ],
    hints: [
      "A fraction tells how many equal parts you have out of the whole.",
      "The bottom number counts all the equal parts. The top number counts the parts you are asked about.",
      `For example, ${bar(en, ed)} has ${ed} equal parts with ${en} shaded, so ${m(frac(en, ed))} is shaded.`,
      `There are ${d} equal parts in all, and ${target} of them are the ones asked about. Write that as a fraction.`,
    ],
    params: { n, d, ask },
  };
});

function numberLine(k: number, d: number): string {
  const cells = Array.from({ length: d }, (_, i) => (i + 1 === k ? "──●" : "──┼")).join("");
  return `0 ├${cells.slice(0, -1)}┤ 1`;
}

const numberLineFractions = defineGenerator("math.3.nf.number-line", (rng) => {
  const d = rng.pick([2, 3, 4, 6, 8]);
  const k = rng.int(1, d - 1);
  const prompt = rng.pick([
    `A number line from 0 to 1 is split into ${d} equal parts. A dot sits on the ${k === 1 ? "first" : `${k}th`} mark after 0. What fraction is at the dot?\n\n${numberLine(k, d)}`,
    `What fraction does the dot show?\n\n${numberLine(k, d)}`,
    `${pickName(rng)} walks along a path from 0 to 1 that has ${d} equal parts and stops after ${k} ${k === 1 ? "part" : "parts"}. What fraction of the way is that?`,
  ]);
  const [ek, ed] = differentFrom(
    rng,
    (r): [number, number] => {
      const dd = r.pick([3, 4, 6, 8]);
      return [r.int(1, dd - 1), dd];
    },
    ([x, y]) => y === d || x * d === k * y,
    d === 4 ? [2, 3] : [3, 4],
  );
  return {
    prompt,
    answer: fractionAnswer(k, d),
    solution: [
      `The space from 0 to 1 is cut into ${d} equal jumps, so each jump is ${m(frac(1, d))}.`,
      `The dot is ${k} ${k === 1 ? "jump" : "jumps"} from 0.`,
      `So the dot is at ${m(frac(k, d))}.`,
    ],
    hints: [
      "Count the equal parts between 0 and 1 first.",
      `Each equal part is ${m(frac(1, d))} of the whole.`,
      `For example, if 0 to 1 has ${ed} equal parts and a dot is ${ek} parts from 0, the dot is at ${m(frac(ek, ed))}.`,
      `The dot is ${k} equal ${k === 1 ? "part" : "parts"} from 0, and there are ${d} parts in all. Put those into a fraction.`,
    ],
    params: { k, d },
  };
});

type Slot = "big-num" | "big-den" | "small-num" | "small-den";

function equivalentDraft(rng: Rng, n: number, d: number, k: number, missing: Slot): ItemDraft {
  const show = (slot: Slot, value: number) => (missing === slot ? "?" : String(value));
  const left = frac(show("small-num", n), show("small-den", d));
  const right = frac(show("big-num", n * k), show("big-den", d * k));
  const answer = { "big-num": n * k, "big-den": d * k, "small-num": n, "small-den": d }[missing];
  const bigMissing = missing.startsWith("big");
  const prompt = rng.pick([
    `Fill in the missing number: ${m(`${left} = ${right}`)}`,
    `What number makes these fractions equal? ${m(`${left} = ${right}`)}`,
    `${pickName(rng)} says ${m(`${left} = ${right}`)}. What is the missing number?`,
  ]);
  const [en, ed, ek] = differentFrom(
    rng,
    (r): [number, number, number] => {
      const dd = r.pick([3, 4, 5]);
      return [r.int(1, dd - 1), dd, r.pick([2, 3])];
    },
    ([x, y]) => y === d || x === n,
    d === 5 ? [2, 3, 3] : [3, 5, 2],
  );
  const known = missing.endsWith("num")
    ? `the denominators: ${d} and ${d * k}`
    : `the numerators: ${n} and ${n * k}`;
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      `Compare ${known}. One is ${k} times the other.`,
      `Equal fractions multiply (or divide) the top and bottom by the same number, here ${k}.`,
      `${m(`${frac(n, d)} = ${frac(n * k, d * k)}`)}, so the missing number is ${answer}.`,
    ],
    hints: [
      "Equal fractions come from multiplying or dividing the top and the bottom by the same number.",
      `Look at ${known}. What was ${bigMissing ? "multiplied" : "divided"} by?`,
      `For example, ${m(`${frac(en, ed)} = ${frac("?", ed * ek)}`)}: ${ed} was multiplied by ${ek}, so multiply ${en} by ${ek} too, giving ${m(frac(en * ek, ed * ek))}.`,
      {
        "big-num": `The denominator went from ${m(`${d}`)} to ${m(`${d * k}`)}. Do the same to the numerator ${m(`${n}`)}.`,
        "big-den": `The numerator went from ${m(`${n}`)} to ${m(`${n * k}`)}. Do the same to the denominator ${m(`${d}`)}.`,
        "small-num": `The denominator went from ${m(`${d * k}`)} down to ${m(`${d}`)}. Do the same to the numerator ${m(`${n * k}`)}.`,
        "small-den": `The numerator went from ${m(`${n * k}`)} down to ${m(`${n}`)}. Do the same to the denominator ${m(`${d * k}`)}.`,
      }[missing],
    ],
    params: { n, d, k, missing },
  };
}

const equivalentFractions3 = defineGenerator("math.3.nf.equivalent-fractions", (rng) => {
  const d = rng.pick([2, 3, 4]);
  const n = rng.int(1, d - 1);
  const k = rng.int(2, Math.floor(8 / d));
  return equivalentDraft(rng, n, d, k, rng.pick<Slot>(["big-num", "big-num", "big-den", "small-num"]));
});

const equivalentFractions4 = defineGenerator("math.4.nf.equivalent-fractions", (rng) => {
  const d = rng.pick([2, 3, 4, 5, 6, 8, 10, 12]);
  const n = rng.int(1, d - 1);
  const k = rng.int(2, Math.min(10, Math.floor(100 / d)));
  return equivalentDraft(rng, n, d, k, rng.pick<Slot>(["big-num", "big-den", "small-num", "small-den"]));
});

const wholeNumbersAsFractions = defineGenerator("math.3.nf.whole-numbers-as-fractions", (rng) => {
  const form = rng.pick(["to-whole", "numerator"] as const);
  // One whole in the numerator form would make the answer the denominator itself.
  const w = rng.int(form === "numerator" ? 2 : 1, 6);
  const d = rng.pick([1, 2, 3, 4, 6, 8]);
  const answer = form === "to-whole" ? w : w * d;
  const prompt =
    form === "to-whole"
      ? rng.pick([
          `What whole number is ${m(frac(w * d, d))}?`,
          `${m(`${frac(w * d, d)} = ?`)}`,
          `${pickName(rng)} has ${w * d} pieces of pie, and each piece is ${m(frac(1, d))} of a pie. How many whole pies is that?`,
        ])
      : rng.pick([
          `Fill in the missing number: ${m(`${w} = ${frac("?", d)}`)}`,
          `How many ${d === 1 ? "wholes" : `${d === 2 ? "halves" : `pieces of size ${m(frac(1, d))}`}`} make ${w} whole${w === 1 ? "" : "s"}?`,
        ]);
  const [ew, ed] = differentFrom(
    rng,
    (r): [number, number] => [r.int(2, 5), r.pick([2, 3, 4])],
    ([x, y]) => x === w || y === d || x * y === answer,
    [w === 3 ? 4 : 3, d === 4 ? 3 : 4],
  );
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      d === 1
        ? "A denominator of 1 means each piece is a whole."
        : `${d} pieces of size ${m(frac(1, d))} make one whole.`,
      `${w} wholes is ${m(`${w} \\times ${d} = ${w * d}`)} pieces, so ${m(`${w} = ${frac(w * d, d)}`)}.`,
      `The answer is ${answer}.`,
    ],
    hints: [
      "The denominator tells how many pieces make one whole.",
      `Every ${d} ${d === 1 ? "piece makes" : "pieces make"} one whole.`,
      `For example, ${m(`${frac(ew * ed, ed)} = ${ew}`)} because ${ew * ed} pieces, ${ed} to a whole, fill ${ew} wholes.`,
      form === "to-whole"
        ? `How many groups of ${d} are in ${w * d}?`
        : `You need ${d} pieces for each of the ${w} ${w === 1 ? "whole" : "wholes"}. Multiply.`,
    ],
    params: { form, w, d },
  };
});

function compareFractionsDraft(
  rng: Rng,
  an: number,
  ad: number,
  bn: number,
  bd: number,
  exampleText: string,
): ItemDraft {
  const common = lcm(ad, bd);
  const [xa, xb] = [(an * common) / ad, (bn * common) / bd];
  const sameDen = ad === bd;
  const sameNum = an === bn;
  const symbol = compareSymbol(an * bd - bn * ad);
  const prompt = rng.pick([
    `Which symbol makes this true? ${comparePrompt(frac(an, ad), frac(bn, bd))}`,
    `Compare the fractions with <, = or >: ${comparePrompt(frac(an, ad), frac(bn, bd))}`,
    `${pickName(rng)} ate ${m(frac(an, ad))} of a ${rng.pick(FOODS)} and a friend ate ${m(frac(bn, bd))} of another one the same size. Choose the symbol: ${comparePrompt(frac(an, ad), frac(bn, bd))}`,
  ]);
  const targeted = sameDen
    ? "The pieces are the same size, so compare how many pieces each fraction has."
    : sameNum
      ? "Both fractions have the same number of pieces. A bigger denominator means smaller pieces."
      : `Rewrite both fractions with the same denominator, ${common}.`;
  const step = sameDen
    ? `Compare the numerators ${an} and ${bn}.`
    : sameNum
      ? `Pieces of size ${m(frac(1, ad))} and ${m(frac(1, bd))}: which is bigger?`
      : `${m(`${frac(an, ad)} = ${frac(xa, common)}`)} and ${m(`${frac(bn, bd)} = ${frac(xb, common)}`)}. Now compare ${xa} and ${xb}.`;
  return {
    prompt,
    answer: compareAnswer(an * bd - bn * ad),
    solution: [
      targeted,
      sameDen || sameNum
        ? step
        : `${m(`${frac(an, ad)} = ${frac(xa, common)}`)} and ${m(`${frac(bn, bd)} = ${frac(xb, common)}`)}.`,
      `So ${m(`${frac(an, ad)} ${symbol} ${frac(bn, bd)}`)}.`,
    ],
    hints: [
      `Think about the size of the pieces and how many pieces there are. ${SYMBOL_REMINDER}`,
      targeted,
      exampleText,
      step,
    ],
    params: { an, ad, bn, bd },
  };
}

const compareFractions3 = defineGenerator("math.3.nf.compare-fractions", (rng) => {
  const sameDen = rng.chance(0.5);
  if (sameDen) {
    const d = rng.pick([3, 4, 6, 8]);
    const an = rng.int(1, d - 1);
    const bn = rng.chance(0.1) ? an : rng.int(1, d - 1);
    return compareFractionsDraft(
      rng,
      an,
      d,
      bn,
      d,
      `For example, ${m(`${frac(2, 5)} < ${frac(4, 5)}`)}: fifths are the same size, and 2 pieces are fewer than 4.`,
    );
  }
  const n = rng.int(1, 3);
  const [ad, bd] = rng.shuffle([2, 3, 4, 6, 8].filter((x) => x > n)).slice(0, 2);
  return compareFractionsDraft(
    rng,
    n,
    ad ?? 4,
    n,
    bd ?? 8,
    `For example, ${m(`${frac(1, 3)} > ${frac(1, 5)}`)}: a whole cut into 3 pieces has bigger pieces than one cut into 5.`,
  );
});

const compareFractions4 = defineGenerator("math.4.nf.compare-fractions", (rng) => {
  const dens = [2, 3, 4, 5, 6, 8, 10, 12];
  const ad = rng.pick(dens);
  const bd = differentFrom(
    rng,
    (r) => r.pick(dens),
    (x) => x === ad,
    ad === 4 ? 6 : 4,
  );
  const an = rng.int(1, ad - 1);
  const bn =
    rng.chance(0.15) && (an * bd) % ad === 0 && (an * bd) / ad < bd ? (an * bd) / ad : rng.int(1, bd - 1);
  return compareFractionsDraft(
    rng,
    an,
    ad,
    bn,
    bd,
    `For example, ${m(`${frac(2, 3)} \\;\\square\\; ${frac(3, 4)}`)}: ${m(`${frac(2, 3)} = ${frac(8, 12)}`)} and ${m(`${frac(3, 4)} = ${frac(9, 12)}`)}, so ${m(`${frac(2, 3)} < ${frac(3, 4)}`)}.`,
  );
});

function fractionStory(rng: Rng, a: string, b: string, op: "+" | "-"): string {
  const [name, friend] = pickTwoNames(rng);
  return op === "+"
    ? rng.pick([
        `${name} walked ${a} of a mile in the morning and ${b} of a mile in the afternoon. How far did ${name} walk in all?`,
        `${name} ate ${a} of a pizza and ${friend} ate ${b} of the same pizza. How much of the pizza did they eat together?`,
        `A recipe uses ${a} cup of oats and ${b} cup of raisins. How many cups is that altogether?`,
      ])
    : rng.pick([
        `${name} had ${a} of a ribbon and used ${b} of it for a bow. How much ribbon is left?`,
        `A jug held ${a} of a liter of juice. ${name} poured out ${b} of a liter. How much juice is left in the jug?`,
        `${name} needs to read ${a} of a book this week and has read ${b} of it so far. How much of the book is left for this week?`,
      ]);
}

const addSubtractLike = defineGenerator("math.4.nf.add-subtract-like", (rng) => {
  const d = rng.pick([3, 4, 5, 6, 8, 10, 12]);
  const op = rng.pick(["+", "-"] as const);
  const a = op === "+" ? rng.int(1, d - 1) : rng.int(2, d - 1);
  const b = op === "+" ? rng.int(1, d - 1) : rng.int(1, a - 1);
  const result = op === "+" ? a + b : a - b;
  const expression = `${frac(a, d)} ${op} ${frac(b, d)}`;
  const prompt = rng.chance(0.4)
    ? fractionStory(rng, m(frac(a, d)), m(frac(b, d)), op)
    : rng.pick([`${m(`${expression} = ?`)}`, `Work out ${m(expression)}.`]);
  const ed = d === 5 ? 7 : 5;
  return {
    prompt,
    answer: fractionAnswer(result, d),
    solution: [
      `The denominators are the same (${d}), so the pieces are the same size.`,
      `${op === "+" ? "Add" : "Subtract"} the numerators: ${m(`${a} ${op} ${b} = ${result}`)}.`,
      `${m(`${expression} = ${frac(result, d)}`)}${simplestText(result, d)}.`,
    ],
    hints: [
      "When the denominators match, you are counting pieces of the same size.",
      "Only the numerators change. The denominator stays the same, because the size of the pieces does not change.",
      `For example, ${m(`${frac(2, ed)} + ${frac(2, ed)} = ${frac(4, ed)}`)}: 2 pieces and 2 more pieces make 4 pieces, each still ${m(frac(1, ed))}.`,
      `${op === "+" ? "Add" : "Subtract"} the numerators, ${m(`${a} ${op} ${b}`)}, and keep ${d} as the denominator.`,
    ],
    params: { a, b, d, op },
    // Lets the checker recognise 1/4 + 2/4 = 3/8 (denominators added too) and the wrong operation.
    checkContext: {
      operands: [
        { n: a, d },
        { n: b, d },
      ],
      operation: op === "+" ? "add" : "subtract",
    },
  };
});

const mixedNumbers = defineGenerator("math.4.nf.mixed-numbers", (rng): ItemDraft => {
  const form = rng.pick(["to-improper", "add", "sub"] as const);
  const d = rng.pick([2, 3, 4, 5, 6, 8]);
  const w1 = rng.int(1, 5);
  const n1 = rng.int(1, d - 1);
  const w2 = form === "sub" ? rng.int(0, w1 - 1) : rng.int(1, 4);
  const n2 = rng.int(1, d - 1);
  const first = w1 * d + n1;
  const second = w2 * d + n2;
  if (form === "to-improper") {
    const ew = w1 === 2 ? 3 : 2;
    const ed = d === 4 ? 3 : 4;
    return {
      prompt: rng.pick([
        `Write ${m(mixed(w1, n1, d))} as a fraction.`,
        `Write ${m(mixed(w1, n1, d))} as a fraction with denominator ${d}.`,
        `${pickName(rng)} has ${m(mixed(w1, n1, d))} pizzas cut into ${d === 2 ? "halves" : `pieces of size ${m(frac(1, d))}`}. Write the amount as a single fraction.`,
      ]),
      answer: fractionAnswer(first, d),
      solution: [
        `Each whole is ${m(frac(d, d))}, so ${w1} wholes are ${m(frac(w1 * d, d))}.`,
        `Add the extra ${m(frac(n1, d))}: ${m(`${frac(w1 * d, d)} + ${frac(n1, d)} = ${frac(first, d)}`)}.`,
      ],
      hints: [
        "A mixed number is some wholes and a fraction. Turn the wholes into pieces.",
        `One whole is ${d} pieces of ${m(frac(1, d))}.`,
        `For example, ${m(mixed(ew, 1, ed))}: ${ew} wholes are ${ew * ed} pieces, plus 1 more is ${ew * ed + 1}, so it is ${m(frac(ew * ed + 1, ed))}.`,
        `${w1} wholes make ${m(`${w1} \\times ${d}`)} pieces. Add the ${n1} extra pieces and keep ${d} as the denominator.`,
      ],
      params: { form, w1, n1, d },
    };
  }
  const op = form === "add" ? "+" : "-";
  const result = op === "+" ? first + second : first - second;
  const expression = `${mixed(w1, n1, d)} ${op} ${w2 === 0 ? frac(n2, d) : mixed(w2, n2, d)}`;
  return {
    prompt: rng.pick([
      `${m(`${expression} = ?`)}`,
      `Work out ${m(expression)}. You may answer with a fraction or a mixed number.`,
      op === "+"
        ? `${pickName(rng)} hiked ${m(mixed(w1, n1, d))} miles on Saturday and ${m(mixed(w2, n2, d))} miles on Sunday. How many miles in all?`
        : `A rope is ${m(mixed(w1, n1, d))} meters long. ${pickName(rng)} cuts off ${m(w2 === 0 ? frac(n2, d) : mixed(w2, n2, d))} meters. How long is the rope now?`,
    ]),
    answer: fractionAnswer(result, d),
    solution: [
      `Write both as fractions: ${m(`${frac(first, d)} ${op} ${frac(second, d)}`)}.`,
      `${op === "+" ? "Add" : "Subtract"} the numerators: ${m(`${first} ${op} ${second} = ${result}`)}.`,
      `The answer is ${m(frac(result, d))}${result >= d && result % d !== 0 ? `, which is ${m(mixed(Math.floor(result / d), result % d, d))}` : result % d === 0 ? `, which is ${result / d}` : ""}.`,
    ],
    hints: [
      "You can work with the wholes and the fractions separately, or turn both into fractions first.",
      op === "-" && n1 < n2
        ? `${m(frac(n1, d))} is less than ${m(frac(n2, d))}, so trade one whole for ${m(frac(d, d))} first.`
        : `Turn both mixed numbers into fractions with denominator ${d}.`,
      d === 4
        ? `For example, ${m(`${mixed(1, 1, 3)} + ${mixed(2, 1, 3)}`)}: wholes ${m("1 + 2 = 3")}, fractions ${m(`${frac(1, 3)} + ${frac(1, 3)} = ${frac(2, 3)}`)}, so the answer is ${m(mixed(3, 2, 3))}.`
        : `For example, ${m(`${mixed(1, 1, 4)} + ${mixed(2, 2, 4)}`)}: wholes ${m("1 + 2 = 3")}, fractions ${m(`${frac(1, 4)} + ${frac(2, 4)} = ${frac(3, 4)}`)}, so the answer is ${m(mixed(3, 3, 4))}.`,
      `As fractions the problem is ${m(`${frac(first, d)} ${op} ${frac(second, d)}`)}. ${op === "+" ? "Add" : "Subtract"} the numerators and keep the denominator.`,
    ],
    params: { form, w1, n1, w2, n2, d },
    // As improper fractions, the form the solution works in.
    checkContext: {
      operands: [
        { n: first, d },
        { n: second, d },
      ],
      operation: op === "+" ? "add" : "subtract",
    },
  };
});

const multiplyByWhole = defineGenerator("math.4.nf.multiply-by-whole", (rng) => {
  const w = rng.int(2, 9);
  const b = rng.pick([2, 3, 4, 5, 6, 8, 10, 12]);
  const a = rng.int(1, b - 1);
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${w} \\times ${frac(a, b)} = ?`)}`,
    `Work out ${m(`${w} \\times ${frac(a, b)}`)}.`,
    `${name} drinks ${m(frac(a, b))} of a liter of water each day. How much water is that in ${w} days?`,
    `Each of ${w} friends brings ${m(frac(a, b))} of a pound of berries. How many pounds is that altogether?`,
  ]);
  const [ew, ea, eb] = w === 3 ? [4, 2, 5] : [3, 2, 5];
  return {
    prompt,
    answer: fractionAnswer(w * a, b),
    solution: [
      `${m(`${w} \\times ${frac(a, b)}`)} means ${w} groups of ${m(frac(a, b))}.`,
      `Multiply the numerator by ${w}: ${m(`${frac(`${w} \\times ${a}`, b)} = ${frac(w * a, b)}`)}.`,
      `The answer is ${m(frac(w * a, b))}${simplestText(w * a, b)}.`,
    ],
    hints: [
      `${w} times a fraction is the same as adding the fraction ${w} times.`,
      `Multiply the numerator by ${w}. The size of the pieces (the denominator) stays the same.`,
      `For example, ${m(`${ew} \\times ${frac(ea, eb)} = ${frac(ew * ea, eb)}`)}, because ${ew} groups of ${ea} fifths is ${ew * ea} fifths.`,
      `Work out ${m(`${w} \\times ${a}`)} for the numerator and keep ${b} as the denominator.`,
    ],
    params: { w, a, b },
  };
});

const tenthsHundredths = defineGenerator("math.4.nf.tenths-hundredths", (rng) => {
  const form = rng.pick(["convert", "add", "add"] as const);
  const a = rng.int(1, 9);
  const b = rng.int(1, 99);
  const answer = form === "convert" ? 10 * a : 10 * a + b;
  const prompt =
    form === "convert"
      ? rng.pick([
          `Fill in the missing number: ${m(`${frac(a, 10)} = ${frac("?", 100)}`)}`,
          `How many hundredths are the same as ${m(frac(a, 10))}?`,
        ])
      : rng.pick([
          `${m(`${frac(a, 10)} + ${frac(b, 100)} = ${frac("?", 100)}`)} What is the missing number?`,
          `${pickName(rng)} colored ${m(frac(a, 10))} of a grid on Monday and ${m(frac(b, 100))} of it on Tuesday. What fraction is colored? Fill in the numerator: ${m(frac("?", 100))}`,
        ]);
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      `One tenth is ten hundredths, so ${m(`${frac(a, 10)} = ${frac(10 * a, 100)}`)}.`,
      form === "add"
        ? `${m(`${frac(10 * a, 100)} + ${frac(b, 100)} = ${frac(10 * a + b, 100)}`)}.`
        : "Multiply top and bottom by 10.",
      `The missing number is ${answer}.`,
    ],
    hints: [
      "Tenths and hundredths can be added once they have the same denominator.",
      `Change ${m(frac(a, 10))} into hundredths by multiplying top and bottom by 10.`,
      `For example, ${m(`${frac(a === 3 ? 4 : 3, 10)} = ${frac(a === 3 ? 40 : 30, 100)}`)}, and ${m(`${frac(a === 3 ? 40 : 30, 100)} + ${frac(7, 100)} = ${frac(a === 3 ? 47 : 37, 100)}`)}.`,
      form === "convert"
        ? `Multiply the numerator ${a} by 10.`
        : `${m(`${frac(a, 10)} = ${frac(10 * a, 100)}`)}. Now add ${b} more hundredths to that numerator.`,
    ],
    params: { form, a, b },
  };
});

const UNLIKE_DENS = [2, 3, 4, 5, 6, 8, 10, 12];

function unlikeDraft(rng: Rng, story: boolean): ItemDraft {
  const b = rng.pick(UNLIKE_DENS);
  const d = differentFrom(
    rng,
    (r) => r.pick(UNLIKE_DENS),
    (x) => x === b,
    b === 3 ? 4 : 3,
  );
  let op = rng.pick(["+", "-"] as const);
  let a = rng.int(1, b - 1);
  let c = rng.int(1, d - 1);
  let [pb, pd] = [b, d];
  if (op === "-" && a * d < c * b) [a, c, pb, pd] = [c, a, d, b];
  if (op === "-" && a * pd === c * pb) op = "+";
  const L = lcm(pb, pd);
  const [x, y] = [(a * L) / pb, (c * L) / pd];
  const result = op === "+" ? x + y : x - y;
  const expression = `${frac(a, pb)} ${op} ${frac(c, pd)}`;
  const prompt = story
    ? fractionStory(rng, m(frac(a, pb)), m(frac(c, pd)), op)
    : rng.pick([
        `${m(`${expression} = ?`)}`,
        `Work out ${m(expression)}.`,
        `Find the ${op === "+" ? "sum" : "difference"}: ${m(expression)}`,
      ]);
  const [ea, eb, ec, ed] = pb === 2 && pd === 3 ? [1, 4, 1, 6] : [1, 2, 1, 3];
  const eL = lcm(eb, ed);
  return {
    prompt,
    answer: fractionAnswer(result, L),
    solution: [
      `Find a common denominator for ${pb} and ${pd}: ${L}.`,
      `${m(`${frac(a, pb)} = ${frac(x, L)}`)} and ${m(`${frac(c, pd)} = ${frac(y, L)}`)}.`,
      `${m(`${frac(x, L)} ${op} ${frac(y, L)} = ${frac(result, L)}`)}${simplestText(result, L)}.`,
    ],
    hints: [
      "You can only add or subtract pieces of the same size. Make the denominators match first.",
      `A common denominator for ${pb} and ${pd} is ${L}.`,
      `For example, ${m(`${frac(ea, eb)} + ${frac(ec, ed)}`)}: ${m(`${frac(ea, eb)} = ${frac((ea * eL) / eb, eL)}`)} and ${m(`${frac(ec, ed)} = ${frac((ec * eL) / ed, eL)}`)}, so the sum is ${m(frac((ea * eL) / eb + (ec * eL) / ed, eL))}.`,
      `Rewrite as ${m(`${frac(x, L)} ${op} ${frac(y, L)}`)}. Now ${op === "+" ? "add" : "subtract"} the numerators.`,
    ],
    params: { a, b: pb, c, d: pd, op },
    // Lets the checker recognise 1/2 + 1/3 = 2/5 and the wrong operation.
    checkContext: {
      operands: [
        { n: a, d: pb },
        { n: c, d: pd },
      ],
      operation: op === "+" ? "add" : "subtract",
    },
  };
}

const addSubtractUnlike = defineGenerator("math.5.nf.add-subtract-unlike", (rng) => unlikeDraft(rng, false));
const fractionWordProblems = defineGenerator("math.5.nf.fraction-word-problems", (rng) =>
  unlikeDraft(rng, true),
);

const fractionsAsDivision = defineGenerator("math.5.nf.fractions-as-division", (rng) => {
  const b = rng.int(2, 12);
  let a = rng.int(1, 15);
  if (a % b === 0) a += 1;
  const [name] = pickTwoNames(rng);
  const food = rng.pick([
    { one: "pizza", many: "pizzas" },
    { one: "pancake", many: "pancakes" },
    { one: "loaf of bread", many: "loaves of bread" },
    { one: "pie", many: "pies" },
  ]);
  const prompt = rng.pick([
    `${a} ${a === 1 ? `${food.one} is` : `${food.many} are`} shared equally among ${b} friends. How much does each friend get? Answer as a fraction.`,
    `Write ${m(`${a} \\div ${b}`)} as a fraction.`,
    `${name} pours ${a} liters of water equally into ${b} bottles. How many liters go in each bottle?`,
  ]);
  const [ea, eb] = a === 3 && b === 4 ? [2, 5] : [3, 4];
  return {
    prompt,
    answer: fractionAnswer(a, b),
    solution: [
      `Sharing ${a} wholes among ${b} is ${m(`${a} \\div ${b}`)}.`,
      `Each share is ${a} pieces of size ${m(frac(1, b))}, which is ${m(frac(a, b))}.`,
      `The answer is ${m(frac(a, b))}${a > b ? ` (or ${m(mixed(Math.floor(a / b), a % b, b))})` : ""}.`,
    ],
    hints: [
      "A fraction bar means “divided by”.",
      `Sharing ${a} among ${b} is ${m(`${a} \\div ${b}`)}.`,
      `For example, ${ea} pizzas shared among ${eb} friends: cut each pizza into ${eb} pieces; each friend gets ${ea} pieces, so ${m(frac(ea, eb))} of a pizza.`,
      a === 1
        ? `Cut the whole into ${b} equal pieces. How much of the whole is one piece?`
        : `Each friend gets one piece of size ${m(frac(1, b))} from each of the ${a} wholes. Put those pieces together as one fraction.`,
    ],
    params: { a, b },
  };
});

const multiplyFractions = defineGenerator("math.5.nf.multiply-fractions", (rng): ItemDraft => {
  const form = rng.pick(["frac-frac", "frac-frac", "of-whole"] as const);
  if (form === "of-whole") {
    const b = rng.pick([2, 3, 4, 5, 6, 8, 10]);
    const a = rng.int(1, b - 1);
    const w = b * rng.int(2, 9);
    const [name] = pickTwoNames(rng);
    return {
      prompt: rng.pick([
        `What is ${m(frac(a, b))} of ${w}?`,
        `${m(`${frac(a, b)} \\times ${w} = ?`)}`,
        `${name} has ${w} marbles and gives away ${m(frac(a, b))} of them. How many marbles does ${name} give away?`,
      ]),
      answer: numberAnswer((w * a) / b),
      solution: [
        `Find ${m(frac(1, b))} of ${w} first: ${m(`${w} \\div ${b} = ${w / b}`)}.`,
        `Then take ${a} of those parts: ${m(`${a} \\times ${w / b} = ${(w * a) / b}`)}.`,
      ],
      hints: [
        `“${a === 1 ? "One" : a} ${b === 2 ? "half" : `out of ${b} equal parts`}” of a number: split it into ${b} equal groups first.`,
        `Divide ${w} by ${b} to find one part.`,
        `For example, ${m(frac(2, 3))} of 12: ${m("12 \\div 3 = 4")}, then ${m("2 \\times 4 = 8")}.`,
        a === 1
          ? `Split ${w} into ${b} equal groups. How many are in one group?`
          : `One part is ${m(`${w} \\div ${b} = ${w / b}`)}. Now take ${a} of those parts.`,
      ],
      params: { form, a, b, w },
    };
  }
  const b = rng.int(2, 9);
  const d = rng.int(2, 9);
  const a = rng.int(1, b - 1);
  const c = rng.int(1, d - 1);
  const expression = `${frac(a, b)} \\times ${frac(c, d)}`;
  const [name] = pickTwoNames(rng);
  return {
    prompt: rng.pick([
      `${m(`${expression} = ?`)}`,
      `Multiply: ${m(expression)}`,
      `${name} has ${m(frac(a, b))} of a cake and eats ${m(frac(c, d))} of that piece. What fraction of the whole cake does ${name} eat?`,
    ]),
    answer: fractionAnswer(a * c, b * d),
    solution: [
      `Multiply the numerators: ${m(`${a} \\times ${c} = ${a * c}`)}.`,
      `Multiply the denominators: ${m(`${b} \\times ${d} = ${b * d}`)}.`,
      `${m(`${expression} = ${frac(a * c, b * d)}`)}${simplestText(a * c, b * d)}.`,
    ],
    hints: [
      "To multiply fractions, you do not need a common denominator.",
      "Multiply top times top and bottom times bottom.",
      `For example, ${m(`${frac(2, 3)} \\times ${frac(4, 5)} = ${frac(8, 15)}`)}.`,
      `The new numerator is ${m(`${a} \\times ${c}`)} and the new denominator is ${m(`${b} \\times ${d}`)}.`,
    ],
    params: { form, a, b, c, d },
  };
});

const divideUnitFractions = defineGenerator("math.5.nf.divide-unit-fractions", (rng): ItemDraft => {
  const form = rng.pick(["unit-by-whole", "whole-by-unit"] as const);
  const b = rng.int(2, 8);
  const w = rng.int(2, 9);
  const [name] = pickTwoNames(rng);
  if (form === "unit-by-whole") {
    return {
      prompt: rng.pick([
        `${m(`${frac(1, b)} \\div ${w} = ?`)}`,
        `${name} shares ${m(frac(1, b))} of a pan of brownies equally among ${w} friends. What fraction of the whole pan does each friend get?`,
      ]),
      answer: fractionAnswer(1, b * w),
      solution: [
        `Cutting ${m(frac(1, b))} into ${w} equal parts makes pieces ${w} times smaller.`,
        `${m(`${frac(1, b)} \\div ${w} = ${frac(1, `${b} \\times ${w}`)} = ${frac(1, b * w)}`)}.`,
      ],
      hints: [
        "Dividing a piece into more parts makes each part smaller.",
        `Each ${m(frac(1, b))} piece is split into ${w} parts. How many of those small parts would fill the whole?`,
        `For example, ${m(`${frac(1, 3)} \\div 2 = ${frac(1, 6)}`)}: halving each third makes sixths.`,
        `The whole would have ${m(`${b} \\times ${w}`)} of the small parts. Each friend gets one of them.`,
      ],
      params: { form, b, w },
    };
  }
  return {
    prompt: rng.pick([
      `${m(`${w} \\div ${frac(1, b)} = ?`)}`,
      `How many ${m(frac(1, b))}-cup servings are in ${w} cups of soup?`,
      `${name} has ${w} meters of ribbon and cuts it into pieces ${m(frac(1, b))} of a meter long. How many pieces does ${name} get?`,
    ]),
    answer: numberAnswer(w * b),
    solution: [
      `Each whole holds ${b} pieces of size ${m(frac(1, b))}.`,
      `${w} wholes hold ${m(`${w} \\times ${b} = ${w * b}`)} pieces.`,
    ],
    hints: [
      `Ask: how many ${m(frac(1, b))}s fit into ${w}?`,
      `One whole holds ${b} of them.`,
      `For example, ${m(`3 \\div ${frac(1, 4)} = 12`)}: each whole has 4 quarters, and 3 wholes have 12.`,
      `There are ${b} pieces in each of the ${w} wholes. Multiply.`,
    ],
    params: { form, b, w },
  };
});

const divideFractions = defineGenerator("math.6.ns.divide-fractions", (rng) => {
  const b = rng.int(2, 9);
  const d = rng.int(2, 9);
  // A numerator that is a multiple of b would show a whole number as a fraction, like 2/2.
  const a = differentFrom(
    rng,
    (r) => r.int(1, 2 * b),
    (v) => v % b === 0,
    1,
  );
  const c = rng.int(1, d - 1);
  const expression = `${frac(a, b)} \\div ${frac(c, d)}`;
  const prompt = rng.pick([
    `${m(`${expression} = ?`)}`,
    `Divide: ${m(expression)}`,
    `How many ${m(frac(c, d))}-cup scoops fit into ${m(frac(a, b))} of a cup?`,
  ]);
  return {
    prompt,
    answer: fractionAnswer(a * d, b * c),
    solution: [
      `Dividing by ${m(frac(c, d))} is the same as multiplying by its reciprocal, ${m(frac(d, c))}.`,
      `${m(`${frac(a, b)} \\times ${frac(d, c)} = ${frac(a * d, b * c)}`)}${simplestText(a * d, b * c)}.`,
    ],
    hints: [
      "Dividing by a fraction asks how many of that fraction fit.",
      `Flip the second fraction and multiply: ${m(`${frac(a, b)} \\times ${frac(d, c)}`)}.`,
      `For example, ${m(`${frac(3, 4)} \\div ${frac(1, 2)} = ${frac(3, 4)} \\times ${frac(2, 1)} = ${frac(6, 4)}`)}, which is ${m(frac(3, 2))}.`,
      `Multiply the numerators ${m(`${a} \\times ${d}`)} and the denominators ${m(`${b} \\times ${c}`)}.`,
    ],
    params: { a, b, c, d },
  };
});

export const FRACTION_GENERATORS: GeneratorEntry[] = [
  halvesAndFourths,
  unitFractions,
  numberLineFractions,
  equivalentFractions3,
  wholeNumbersAsFractions,
  compareFractions3,
  equivalentFractions4,
  compareFractions4,
  addSubtractLike,
  mixedNumbers,
  multiplyByWhole,
  tenthsHundredths,
  addSubtractUnlike,
  fractionWordProblems,
  fractionsAsDivision,
  multiplyFractions,
  divideUnitFractions,
  divideFractions,
];
