import type { Rng } from "../random";
import { compareAnswer, comparePrompt, SYMBOL_REMINDER } from "./compare";
import {
  defineGenerator,
  differentFrom,
  fractionAnswer,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { clean, fixed, frac, gcd, lcm, m, tex } from "./format";
import { pickName, pickTwoNames } from "./word-contexts";

/** `3x - 5` style TeX for a·x + b, hiding coefficients of 1 and zero constants. */
function linearTex(a: number, b: number): string {
  const x = a === 1 ? "x" : a === -1 ? "-x" : `${a}x`;
  if (b === 0) return x;
  return `${x} ${b < 0 ? "-" : "+"} ${Math.abs(b)}`;
}

/** The same expression in the ASCII form the tests evaluate. */
const linearAscii = (a: number, b: number): string => `${a} * x + ${b < 0 ? `(${b})` : b}`;

const nonZero = (rng: Rng, lo: number, hi: number): number =>
  differentFrom(
    rng,
    (r) => r.int(lo, hi),
    (v) => v === 0,
    hi,
  );

const equivalentRatios = defineGenerator("math.6.rp.equivalent-ratios", (rng) => {
  const a = rng.int(1, 9);
  const b = differentFrom(
    rng,
    (r) => r.int(1, 9),
    (v) => v === a,
    a === 9 ? 8 : a + 1,
  );
  const k = rng.int(2, 9);
  const missing = rng.pick(["second", "first"] as const);
  const recipe = rng.pick([
    { first: "cups of flour", second: "cups of milk", what: "pancake batter" },
    { first: "cans of blue paint", second: "cans of yellow paint", what: "green paint" },
    { first: "scoops of lemonade powder", second: "liters of water", what: "lemonade" },
    { first: "teaspoons of salt", second: "cups of rice", what: "a rice dish" },
  ]);
  const answer = missing === "second" ? b * k : a * k;
  const prompt = rng.chance(0.35)
    ? missing === "second"
      ? `Fill in the missing number: ${m(`${a} : ${b} = ${a * k} : \\; ?`)}`
      : `Fill in the missing number: ${m(`${a} : ${b} = \\; ? : ${b * k}`)}`
    : missing === "second"
      ? `To make ${recipe.what}, you mix ${a} ${recipe.first} with ${b} ${recipe.second}. How many ${recipe.second} go with ${a * k} ${recipe.first}?`
      : `To make ${recipe.what}, you mix ${a} ${recipe.first} with ${b} ${recipe.second}. How many ${recipe.first} go with ${b * k} ${recipe.second}?`;
  const known = missing === "second" ? [a, a * k] : [b, b * k];
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      `${known[1]} is ${k} times ${known[0]}, so the batch is ${k} times as big.`,
      `Multiply the other part by ${k}: ${m(`${missing === "second" ? b : a} \\times ${k} = ${answer}`)}.`,
    ],
    hints: [
      "Equivalent ratios scale both parts by the same number.",
      `How many times bigger is ${known[1]} than ${known[0]}?`,
      `For example, ${m("2 : 3 = 8 : 12")}, because both parts were multiplied by 4.`,
      `${m(`${known[0]} \\times ${k} = ${known[1]}`)}, so work out ${m(`${missing === "second" ? b : a} \\times ${k}`)}.`,
    ],
    params: { a, b, k, missing },
  };
});

const unitRates = defineGenerator("math.6.rp.unit-rates", (rng): ItemDraft => {
  const form = rng.pick(["unit", "unit", "use"] as const);
  const rate = rng.int(2, 15);
  const count = rng.int(2, 12);
  const total = rate * count;
  const name = pickName(rng);
  const context = rng.pick([
    {
      prompt: (t: number, c: number) => `${c} notebooks cost ${t} dollars.`,
      unit: "dollars",
      per: "notebook",
    },
    {
      prompt: (t: number, c: number) => `A car travels ${t} miles in ${c} hours at a steady speed.`,
      unit: "miles",
      per: "hour",
    },
    {
      prompt: (t: number, c: number) => `${name} reads ${t} pages in ${c} days, the same number each day.`,
      unit: "pages",
      per: "day",
    },
    {
      prompt: (t: number, c: number) => `A machine fills ${t} bottles in ${c} minutes.`,
      unit: "bottles",
      per: "minute",
    },
  ]);
  if (form === "unit") {
    return {
      prompt: `${context.prompt(total, count)} How many ${context.unit} is that per ${context.per}?`,
      answer: numberAnswer(rate, `${context.unit} per ${context.per}`),
      solution: [
        `A unit rate is the amount for 1 ${context.per}.`,
        `${m(`${total} \\div ${count} = ${rate}`)} ${context.unit} per ${context.per}.`,
      ],
      hints: [
        `“Per ${context.per}” means for exactly 1 ${context.per}.`,
        `Share the ${total} ${context.unit} equally over ${count} ${context.per}s.`,
        "For example, 24 dollars for 6 books is 24 ÷ 6 = 4 dollars per book.",
        `Work out ${m(`${total} \\div ${count}`)}.`,
      ],
      params: { form, total, count },
    };
  }
  const newCount = differentFrom(
    rng,
    (r) => r.int(2, 15),
    (v) => v === count,
    count + 1,
  );
  return {
    prompt: `${context.prompt(total, count)} At the same rate, how many ${context.unit} for ${newCount} ${context.per}s?`,
    answer: numberAnswer(rate * newCount, context.unit),
    solution: [
      `Unit rate: ${m(`${total} \\div ${count} = ${rate}`)} ${context.unit} per ${context.per}.`,
      `${m(`${rate} \\times ${newCount} = ${rate * newCount}`)} ${context.unit}.`,
    ],
    hints: [
      "Find the amount for one first, then scale up.",
      `Divide to find the amount for 1 ${context.per}: ${m(`${total} \\div ${count}`)}.`,
      "For example, 3 apples cost 6 dollars, so 1 costs 2 dollars and 5 cost 10 dollars.",
      `The rate is ${rate} ${context.unit} per ${context.per}. Multiply by ${newCount}.`,
    ],
    params: { form, total, count, newCount },
  };
});

const PERCENTS = [5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80];

const percents = defineGenerator("math.6.rp.percents", (rng): ItemDraft => {
  const form = rng.pick(["of", "of", "what-percent", "whole"] as const);
  const p = rng.pick(PERCENTS);
  const step = 100 / gcd(p, 100);
  const w = step * rng.int(1, Math.max(1, Math.floor(400 / step)));
  const part = (p * w) / 100;
  const name = pickName(rng);
  if (form === "of") {
    return {
      prompt: rng.pick([
        `What is ${p}% of ${w}?`,
        `${m(`${p}\\% \\text{ of } ${w} = ?`)}`,
        `A class has ${w} students and ${p}% of them walk to school. How many students walk?`,
      ]),
      answer: numberAnswer(part),
      solution: [
        `${p}% means ${p} out of 100: ${m(frac(p, 100))}.`,
        `${m(`${frac(p, 100)} \\times ${w} = ${part}`)}.`,
      ],
      hints: [
        "Percent means “out of 100”.",
        `Find 1% or 10% of ${w} first, then scale up to ${p}%.`,
        "For example, 30% of 80: 10% of 80 is 8, so 30% is 3 × 8 = 24.",
        `Work out ${m(`${w} \\times ${p} \\div 100`)}.`,
      ],
      params: { form, p, w },
    };
  }
  if (form === "what-percent") {
    return {
      prompt: rng.pick([
        `${part} is what percent of ${w}?`,
        `${name} answered ${part} out of ${w} questions correctly. What percent is that?`,
      ]),
      answer: numberAnswer(p, "%"),
      solution: [
        `Write it as a fraction: ${m(frac(part, w))}.`,
        `Scale to a denominator of 100: ${m(`${frac(part, w)} = ${frac(p, 100)}`)}, which is ${p}%.`,
      ],
      hints: [
        "A percent is a fraction with 100 on the bottom.",
        `Write ${m(frac(part, w))} and find the equivalent fraction out of 100.`,
        "For example, 12 out of 48 is 12/48 = 1/4 = 25/100, so 25%.",
        `Work out ${m(`${part} \\div ${w} \\times 100`)}.`,
      ],
      params: { form, part, w },
    };
  }
  return {
    prompt: rng.pick([
      `${part} is ${p}% of what number?`,
      `${name} has saved ${part} dollars, which is ${p}% of the price of a bike. What is the price of the bike, in dollars?`,
    ]),
    answer: numberAnswer(w),
    solution: [
      `${p}% of the whole is ${part}.`,
      `1% is ${m(`${part} \\div ${p}`)}, so 100% is ${m(`${part} \\div ${p} \\times 100 = ${w}`)}.`,
    ],
    hints: [
      "You know a part and its percent. Work back to 100%.",
      `If ${p}% is ${part}, what is 1% (or 10%)?`,
      "For example, if 20% is 9, then 10% is 4.5 and 100% is 45.",
      `Work out ${m(`${part} \\times 100 \\div ${p}`)}.`,
    ],
    params: { form, part, p },
  };
});

const gcfLcm = defineGenerator("math.6.ns.gcf-lcm", (rng) => {
  const form = rng.pick(["gcf", "lcm"] as const);
  let a: number;
  let b: number;
  if (form === "gcf") {
    const g = rng.int(2, 12);
    const x = rng.int(1, 8);
    const y = differentFrom(
      rng,
      (r) => r.int(1, 8),
      (v) => v === x || gcd(v, x) !== 1,
      x === 1 ? 2 : x + 1,
    );
    [a, b] = [g * x, g * y];
  } else {
    a = rng.int(2, 15);
    b = differentFrom(
      rng,
      (r) => r.int(2, 15),
      (v) => v === a,
      a === 15 ? 14 : a + 1,
    );
  }
  const answer = form === "gcf" ? gcd(a, b) : lcm(a, b);
  const [p, q] = rng.shuffle([a, b]) as [number, number];
  const prompt =
    form === "gcf"
      ? rng.pick([
          `What is the greatest common factor of ${p} and ${q}?`,
          `${pickName(rng)} has ${p} red beads and ${q} blue beads and wants identical bags with no beads left over. What is the greatest number of bags possible?`,
        ])
      : rng.pick([
          `What is the least common multiple of ${p} and ${q}?`,
          `One light blinks every ${p} seconds and another every ${q} seconds. They blink together now. After how many seconds will they next blink together?`,
        ]);
  return {
    prompt,
    answer: numberAnswer(answer),
    solution:
      form === "gcf"
        ? [
            `Factors of ${p} and ${q} that they share include 1 and ${answer}.`,
            `The greatest shared factor is ${answer}.`,
          ]
        : [
            `Multiples of ${Math.max(p, q)}: ${[1, 2, 3, 4].map((k) => k * Math.max(p, q)).join(", ")}, …`,
            `The first one that is also a multiple of ${Math.min(p, q)} is ${answer}.`,
          ],
    hints: [
      form === "gcf"
        ? "A common factor divides both numbers with nothing left over."
        : "A common multiple is in both numbers' skip-counting lists.",
      form === "gcf"
        ? `List the factors of ${Math.min(p, q)} and check which also divide ${Math.max(p, q)}.`
        : `Skip-count by ${Math.max(p, q)} and stop at the first number that ${Math.min(p, q)} also divides.`,
      form === "gcf"
        ? "For example, for 12 and 18 the shared factors are 1, 2, 3 and 6, so the greatest is 6."
        : "For example, for 4 and 6: 6, 12, … and 12 is also a multiple of 4, so the answer is 12.",
      form === "gcf"
        ? `Start with the biggest factor of ${Math.min(p, q)} and work down until one also divides ${Math.max(p, q)}.`
        : `Skip-count by ${Math.max(p, q)} and test each number you say: stop at the first one that ${Math.min(p, q)} divides evenly.`,
    ],
    params: { form, a: p, b: q },
  };
});

const integers = defineGenerator("math.6.ns.integers", (rng): ItemDraft => {
  const form = rng.pick(["abs", "opposite", "compare", "distance"] as const);
  const a = nonZero(rng, -30, 30);
  const b = nonZero(rng, -30, 30);
  if (form === "compare") {
    return {
      prompt: rng.pick([
        `Which symbol makes this true? ${comparePrompt(String(a), String(b))}`,
        `At noon it was ${a}°C in one town and ${b}°C in another. Choose the symbol: ${comparePrompt(String(a), String(b))}`,
      ]),
      answer: compareAnswer(a - b),
      solution: [
        `On a number line, numbers get greater as you move right.`,
        `${a} is ${a < b ? "left of" : a > b ? "right of" : "at the same place as"} ${b}.`,
      ],
      hints: [
        `Picture a number line: numbers further right are greater. ${SYMBOL_REMINDER}`,
        "Any positive number is greater than any negative number. Among negatives, the one closer to 0 is greater.",
        "For example, −3 > −8, because −3 is closer to 0 (further right).",
        `Which is further to the right on the number line: ${a} or ${b}?`,
      ],
      params: { form, a, b },
    };
  }
  if (form === "distance") {
    return {
      prompt: rng.pick([
        `How far apart are ${m(String(a))} and ${m(String(b))} on a number line?`,
        `The temperature was ${a}°C in the morning and ${b}°C in the afternoon. By how many degrees did it change?`,
      ]),
      answer: numberAnswer(Math.abs(a - b)),
      solution: [
        a * b < 0
          ? `One number is below 0 and one above: add their distances from 0, ${Math.abs(a)} and ${Math.abs(b)}.`
          : `Both are on the same side of 0: subtract their distances from 0.`,
        `The distance is ${Math.abs(a - b)}.`,
      ],
      hints: [
        "Distance on a number line is never negative.",
        "If the numbers are on opposite sides of 0, add their distances from 0; if on the same side, subtract.",
        "For example, −4 and 6 are 4 + 6 = 10 apart; −9 and −2 are 9 − 2 = 7 apart.",
        `Their distances from 0 are ${Math.abs(a)} and ${Math.abs(b)}. ${a * b < 0 ? "Add" : "Subtract"} them.`,
      ],
      params: { form, a, b },
    };
  }
  const answer = form === "abs" ? Math.abs(a) : -a;
  return {
    prompt:
      form === "abs"
        ? rng.pick([`What is ${m(`|${a}|`)}?`, `What is the absolute value of ${m(String(a))}?`])
        : rng.pick([
            `What is the opposite of ${m(String(a))}?`,
            `A diver is at ${a} meters compared with sea level. What number is the opposite of ${a}?`,
          ]),
    answer: numberAnswer(answer),
    solution:
      form === "abs"
        ? [`Absolute value is the distance from 0.`, `${a} is ${Math.abs(a)} away from 0.`]
        : [`Opposites are the same distance from 0 on opposite sides.`, `The opposite of ${a} is ${-a}.`],
    hints: [
      form === "abs" ? "Absolute value asks: how far from 0?" : "Opposites are mirror images across 0.",
      form === "abs"
        ? "Distance is never negative."
        : "Change the sign: positive becomes negative, negative becomes positive.",
      form === "abs"
        ? "For example, |−7| = 7 and |7| = 7."
        : "For example, the opposite of 5 is −5, and the opposite of −12 is 12.",
      form === "abs"
        ? `Count how many steps it is from 0 to ${a}.`
        : `${a} is ${a < 0 ? "left" : "right"} of 0. Go the same distance on the other side.`,
    ],
    params: { form, a },
  };
});

const exponents = defineGenerator("math.6.ee.exponents", (rng) => {
  const form = rng.pick(["power", "power", "plus", "times"] as const);
  const base = rng.int(2, 10);
  const exp = base <= 3 ? rng.int(2, 5) : base <= 5 ? rng.int(2, 3) : 2;
  const c = rng.int(2, 20);
  const power = base ** exp;
  const expr = { power: `${base}^${exp}`, plus: `${base}^${exp} + ${c}`, times: `${c} * ${base}^${exp}` }[
    form
  ];
  const texExpr = {
    power: `${base}^{${exp}}`,
    plus: `${base}^{${exp}} + ${c}`,
    times: `${c} \\times ${base}^{${exp}}`,
  }[form];
  const answer = { power, plus: power + c, times: c * power }[form];
  const repeated = Array(exp).fill(base).join(" \\times ");
  return {
    prompt: rng.pick([`Evaluate ${m(texExpr)}.`, `What is ${m(texExpr)}?`]),
    answer: numberAnswer(answer),
    solution: [
      `${m(`${base}^{${exp}} = ${repeated} = ${power}`)}.`,
      form === "power"
        ? `So the answer is ${power}.`
        : `Then ${m(`${form === "plus" ? `${power} + ${c}` : `${c} \\times ${power}`} = ${answer}`)}.`,
    ],
    hints: [
      "The exponent says how many times to use the base as a factor.",
      `${m(`${base}^{${exp}}`)} means ${m(repeated)}, not ${m(`${base} \\times ${exp}`)}.`,
      `For example, ${m(`${base === 2 ? 3 : 2}^{3} = ${base === 2 ? "3 \\times 3 \\times 3 = 27" : "2 \\times 2 \\times 2 = 8"}`)}.`,
      form === "power"
        ? `Multiply ${m(repeated)}, one step at a time.`
        : `Find ${m(`${base}^{${exp}}`)} first (powers come before ${form === "plus" ? "adding" : `multiplying by ${c}`}), then finish the expression.`,
    ],
    params: { expr },
  };
});

interface ExprTemplate {
  make: (r: Rng) => { ascii: string; texExpr: string; x: number; value: number };
}

const EXPRESSIONS: ExprTemplate[] = [
  {
    make: (r) => {
      const [a, b, x] = [r.int(2, 9), r.int(1, 20), r.int(1, 10)];
      return { ascii: `${a} * x + ${b}`, texExpr: `${a}x + ${b}`, x, value: a * x + b };
    },
  },
  {
    make: (r) => {
      const [a, b, x] = [r.int(2, 9), r.int(1, 9), r.int(1, 10)];
      return { ascii: `${a} * (x + ${b})`, texExpr: `${a}(x + ${b})`, x, value: a * (x + b) };
    },
  },
  {
    make: (r) => {
      const [b, x] = [r.int(1, 20), r.int(2, 9)];
      return { ascii: `x^2 + ${b}`, texExpr: `x^{2} + ${b}`, x, value: x * x + b };
    },
  },
  {
    make: (r) => {
      const [a, x] = [r.int(2, 9), r.int(2, 10)];
      const b = r.int(1, a * x - 1);
      return { ascii: `${a} * x - ${b}`, texExpr: `${a}x - ${b}`, x, value: a * x - b };
    },
  },
  {
    make: (r) => {
      const [b, q] = [r.int(2, 6), r.int(2, 9)];
      const a = r.int(1, 9);
      const x = b * q - a;
      return { ascii: `(x + ${a}) / ${b}`, texExpr: `\\frac{x + ${a}}{${b}}`, x, value: q };
    },
  },
];

const evaluateExpressions = defineGenerator("math.6.ee.evaluate-expressions", (rng) => {
  const { ascii, texExpr, x, value } = rng.pick(EXPRESSIONS).make(rng);
  const substituted = texExpr
    .replace(/(\d)x/g, `$1 \\cdot ${x}`)
    .replace(/\(x/g, `(${x}`)
    .replace(/^x/, String(x))
    .replace(/\{x/g, `{${x}`);
  return {
    prompt: rng.pick([
      `Evaluate ${m(texExpr)} when ${m(`x = ${x}`)}.`,
      `What is the value of ${m(texExpr)} if ${m(`x = ${x}`)}?`,
      `${pickName(rng)} says ${m(`x = ${x}`)}. What is ${m(texExpr)}?`,
    ]),
    answer: numberAnswer(value),
    solution: [
      `Replace x with ${x}: ${m(substituted)}.`,
      `Follow the order of operations: ${m(`${substituted} = ${value}`)}.`,
    ],
    hints: [
      `Put ${x} in place of every x.`,
      "A number right next to x means multiply. Do powers and brackets before multiplying, and multiplying before adding.",
      `For example, ${m("4x + 3")} when ${m("x = 5")} is ${m("4 \\cdot 5 + 3 = 23")}.`,
      `After substituting you have ${m(substituted)}. Work it out in order.`,
    ],
    params: { expr: ascii, x },
  };
});

interface Equation {
  lhsAscii: string;
  lhsTex: string;
  rhs: number;
  x: number;
  steps: string[];
  lastStep: string;
}

const oneStepEquations = defineGenerator("math.6.ee.one-step-equations", (rng) => {
  const form = rng.pick(["add", "subtract", "multiply", "divide"] as const);
  const x = rng.int(2, 30);
  const a = rng.int(2, 15);
  const eq: Equation = {
    add: {
      lhsAscii: `x + ${a}`,
      lhsTex: `x + ${a}`,
      rhs: x + a,
      x,
      steps: [`Subtract ${a} from both sides.`],
      lastStep: `Undo the “+ ${a}”: subtract ${a} from both sides, so x is ${m(`${x + a} - ${a}`)}.`,
    },
    subtract: {
      lhsAscii: `x - ${a}`,
      lhsTex: `x - ${a}`,
      rhs: x - a,
      x,
      steps: [`Add ${a} to both sides.`],
      lastStep: `Undo the “− ${a}”: add ${a} to both sides, so x is ${m(`${x - a} + ${a}`)}.`,
    },
    multiply: {
      lhsAscii: `${a} * x`,
      lhsTex: `${a}x`,
      rhs: a * x,
      x,
      steps: [`Divide both sides by ${a}.`],
      lastStep: `Undo the “times ${a}”: divide both sides by ${a}, so x is ${m(`${a * x} \\div ${a}`)}.`,
    },
    divide: {
      lhsAscii: `x / ${a}`,
      lhsTex: `\\frac{x}{${a}}`,
      rhs: x,
      x: x * a,
      steps: [`Multiply both sides by ${a}.`],
      lastStep: `Undo the “divided by ${a}”: multiply both sides by ${a}, so x is ${m(`${x} \\times ${a}`)}.`,
    },
  }[form];
  return {
    prompt: rng.pick([
      `Solve for x: ${m(`${eq.lhsTex} = ${eq.rhs}`)}`,
      `What value of x makes ${m(`${eq.lhsTex} = ${eq.rhs}`)} true?`,
    ]),
    answer: numberAnswer(eq.x),
    solution: [...eq.steps, `${m(`x = ${eq.x}`)}.`, `Check: put ${eq.x} back in and the two sides match.`],
    hints: [
      "To get x alone, do the opposite operation to both sides.",
      {
        add: "Subtraction undoes addition.",
        subtract: "Addition undoes subtraction.",
        multiply: "Division undoes multiplication.",
        divide: "Multiplication undoes division.",
      }[form],
      `For example, ${m("x + 9 = 14")}: subtract 9 from both sides to get ${m("x = 5")}.`,
      eq.lastStep,
    ],
    params: { lhs: eq.lhsAscii, rhs: eq.rhs },
  };
});

const areaTriangles = defineGenerator("math.6.g.area-triangles", (rng) => {
  const base = rng.int(2, 20);
  const height = rng.int(2, 20);
  const area = (base * height) / 2;
  const unit = rng.pick(["cm", "m", "in", "ft"]);
  const right = rng.chance(0.35);
  return {
    prompt: right
      ? `A right triangle has legs of ${base} ${unit} and ${height} ${unit}. What is its area, in square ${unit}?`
      : rng.pick([
          `A triangle has a base of ${base} ${unit} and a height of ${height} ${unit}. What is its area, in square ${unit}?`,
          `${pickName(rng)} cuts a triangular sail with base ${base} ${unit} and height ${height} ${unit}. How many square ${unit} of cloth is that?`,
        ]),
    answer: numberAnswer(area, `square ${unit}`),
    solution: [
      "A triangle is half of a parallelogram with the same base and height.",
      `${m(`A = \\frac{1}{2} \\times ${base} \\times ${height} = \\frac{${base * height}}{2} = ${tex(area)}`)} square ${unit}.`,
    ],
    hints: [
      "Two copies of a triangle fit together into a parallelogram (or a rectangle).",
      `Area of a triangle = ${m("\\frac{1}{2} \\times \\text{base} \\times \\text{height}")}.`,
      `For example, base 10 and height ${height === 7 ? 9 : 7}: ${m(`\\frac{1}{2} \\times 10 \\times ${height === 7 ? 9 : 7} = ${height === 7 ? 45 : 35}`)}.`,
      `${m(`${base} \\times ${height} = ${base * height}`)}. Now take half of it.`,
    ],
    params: { base, height },
  };
});

const addSubtractIntegers = defineGenerator("math.7.ns.add-subtract-integers", (rng) => {
  const a = nonZero(rng, -20, 20);
  const b = nonZero(rng, -20, 20);
  const op = rng.pick(["+", "-"] as const);
  const answer = op === "+" ? a + b : a - b;
  const bTex = b < 0 ? `(${b})` : String(b);
  const expr = `${a < 0 ? `(${a})` : a} ${op} ${b < 0 ? `(${b})` : b}`;
  const texExpr = `${a} ${op} ${bTex}`;
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${texExpr} = ?`)}`,
    `Work out ${m(texExpr)}.`,
    op === "+"
      ? `The temperature is ${a}°C and then changes by ${b > 0 ? `+${b}` : b}°C. What is the new temperature?`
      : `${name}'s score is ${a}. Then ${b > 0 ? `${b} points are taken away` : `a penalty of ${b} is removed (subtracted)`}. What is the new score?`,
  ]);
  const step =
    op === "-"
      ? `Subtracting ${bTex} is the same as adding ${-b}: work out ${m(`${a} + ${-b < 0 ? `(${-b})` : -b}`)}.`
      : `Start at ${a} on a number line and move ${Math.abs(b)} to the ${b > 0 ? "right" : "left"}.`;
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      op === "-"
        ? `Change subtraction to adding the opposite: ${m(`${a} + ${-b < 0 ? `(${-b})` : -b}`)}.`
        : `Start at ${a}.`,
      `Move ${Math.abs(op === "+" ? b : -b)} to the ${(op === "+" ? b : -b) > 0 ? "right" : "left"} on the number line.`,
      `${m(`${texExpr} = ${answer}`)}`,
    ],
    hints: [
      "A number line helps: adding a positive moves right, adding a negative moves left.",
      op === "-"
        ? "Subtracting a number is the same as adding its opposite."
        : "If the signs differ, subtract the sizes and keep the sign of the bigger size.",
      `For example, ${m("-6 + 9 = 3")} and ${m("4 - (-5) = 4 + 5 = 9")}.`,
      step,
    ],
    params: { expr },
  };
});

const multiplyDivideIntegers = defineGenerator("math.7.ns.multiply-divide-integers", (rng) => {
  const op = rng.pick(["*", "/"] as const);
  const a = nonZero(rng, -12, 12);
  const b = nonZero(rng, -12, 12);
  const [left, right] = op === "*" ? [a, b] : [a * b, b];
  const answer = op === "*" ? a * b : a;
  const wrap = (v: number) => (v < 0 ? `(${v})` : String(v));
  const expr = `${wrap(left)} ${op} ${wrap(right)}`;
  const texExpr = `${left} ${op === "*" ? "\\times" : "\\div"} ${wrap(right)}`;
  const sameSign = left < 0 === right < 0;
  return {
    prompt: rng.pick([`${m(`${texExpr} = ?`)}`, `Work out ${m(texExpr)}.`]),
    answer: numberAnswer(answer),
    solution: [
      `Ignore the signs first: ${m(`${Math.abs(left)} ${op === "*" ? "\\times" : "\\div"} ${Math.abs(right)} = ${Math.abs(answer)}`)}.`,
      sameSign
        ? "The signs are the same, so the answer is positive."
        : "The signs are different, so the answer is negative.",
      `${m(`${texExpr} = ${answer}`)}`,
    ],
    hints: [
      "Work out the size first, then decide the sign.",
      "Same signs give a positive answer; different signs give a negative answer.",
      `For example, ${m("-4 \\times 6 = -24")} and ${m("-30 \\div (-5) = 6")}.`,
      `Work out ${m(`${Math.abs(left)} ${op === "*" ? "\\times" : "\\div"} ${Math.abs(right)}`)}. The signs are ${sameSign ? "the same" : "different"}, so choose the sign to match.`,
    ],
    params: { expr },
  };
});

const percentProblems = defineGenerator("math.7.rp.percent-problems", (rng) => {
  const form = rng.pick(["discount", "tax", "tip", "increase"] as const);
  const rate = {
    discount: rng.pick([10, 15, 20, 25, 30, 40, 50]),
    tax: rng.pick([5, 6, 7, 8]),
    tip: rng.pick([10, 15, 18, 20]),
    increase: rng.pick([5, 10, 20, 25]),
  }[form];
  const price = rng.int(8, 240);
  const change = (price * rate) / 100;
  const final = clean(form === "discount" ? price - change : price + change);
  const item = rng.pick(["jacket", "bike helmet", "board game", "pair of shoes", "backpack"]);
  const prompt = {
    discount: `A ${item} costs ${price} dollars. It is on sale for ${rate}% off. What is the sale price, in dollars?`,
    tax: `A ${item} costs ${price} dollars before tax. The sales tax is ${rate}%. What is the total price with tax, in dollars?`,
    tip: `A family's meal costs ${price} dollars. They leave a ${rate}% tip. How much do they pay altogether, in dollars?`,
    increase: `The price of a ${item} was ${price} dollars and then went up by ${rate}%. What is the new price, in dollars?`,
  }[form];
  const sign = form === "discount" ? "-" : "+";
  return {
    prompt,
    answer: numberAnswer(final, "dollars"),
    solution: [
      `${rate}% of ${price} is ${m(`${price} \\times ${frac(rate, 100)} = ${fixed(change, 2)}`)}.`,
      `${m(`${price} ${sign} ${fixed(change, 2)} = ${fixed(final, 2)}`)} dollars.`,
    ],
    hints: [
      "First find the amount of the change, then add it to or take it from the price.",
      `Find ${rate}% of ${price}: 10% of ${price} is ${fixed(price / 10, 2)}.`,
      `For example, 20% off 45 dollars: 20% of 45 is 9, so the sale price is 45 − 9 = 36 dollars.`,
      `${rate}% of ${price} is ${fixed(change, 2)}. Now ${form === "discount" ? "subtract it from" : "add it to"} ${price}.`,
    ],
    params: { form, price, rate },
  };
});

const twoStepEquations = defineGenerator("math.7.ee.two-step-equations", (rng) => {
  const a = rng.pick([-9, -8, -7, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7, 8, 9]);
  const x = nonZero(rng, -12, 12);
  const b = nonZero(rng, -20, 20);
  const c = a * x + b;
  const lhs = linearTex(a, b);
  return {
    prompt: rng.pick([`Solve for x: ${m(`${lhs} = ${c}`)}`, `Find x if ${m(`${lhs} = ${c}`)}.`]),
    answer: numberAnswer(x),
    solution: [
      `${b > 0 ? `Subtract ${b} from` : `Add ${-b} to`} both sides: ${m(`${a}x = ${c - b}`)}.`,
      `Divide both sides by ${a}: ${m(`x = ${x}`)}.`,
    ],
    hints: [
      "Undo the operations in reverse order: first the adding or subtracting, then the multiplying.",
      `Get ${m(`${a}x`)} alone first by ${b > 0 ? `subtracting ${b}` : `adding ${-b}`} on both sides.`,
      `For example, ${m("3x + 4 = 19")}: ${m("3x = 15")}, so ${m("x = 5")}.`,
      `After that step you have ${m(`${a}x = ${c - b}`)}. Divide both sides by the number in front of x.`,
    ],
    params: { lhs: linearAscii(a, b), rhs: c },
  };
});

const circles = defineGenerator("math.7.g.circles", (rng) => {
  const form = rng.pick(["area", "circumference"] as const);
  const given = rng.pick(["radius", "diameter"] as const);
  const r = rng.int(1, 12);
  const size = given === "radius" ? r : 2 * r;
  const unit = rng.pick(["cm", "m", "in", "ft"]);
  const value = form === "area" ? clean((314 * r * r) / 100) : clean((628 * r) / 100);
  const thing = rng.pick(["round table", "circular garden", "clock face", "round rug", "pizza"]);
  return {
    prompt: `A ${thing} has a ${given} of ${size} ${unit}. What is its ${form === "area" ? "area" : "circumference"}? Use 3.14 for ${m("\\pi")}.`,
    answer: { kind: "number", value, tolerance: 0.01, unit: form === "area" ? `square ${unit}` : unit },
    solution: [
      given === "diameter"
        ? `The radius is half the diameter: ${m(`${size} \\div 2 = ${r}`)}.`
        : `The radius is ${r}.`,
      form === "area"
        ? `${m(`A = \\pi r^{2} = 3.14 \\times ${r} \\times ${r} = ${tex(value)}`)} square ${unit}.`
        : `${m(`C = 2 \\pi r = 2 \\times 3.14 \\times ${r} = ${tex(value)}`)} ${unit}.`,
    ],
    hints: [
      form === "area"
        ? `Area of a circle: ${m("A = \\pi r^{2}")}.`
        : `Circumference: ${m("C = 2\\pi r")} (or ${m("\\pi d")}).`,
      given === "diameter"
        ? "The formula uses the radius, which is half the diameter."
        : "You already have the radius.",
      form === "area"
        ? `For example, radius ${r === 5 ? 4 : 5}: ${m(`3.14 \\times ${r === 5 ? 4 : 5} \\times ${r === 5 ? 4 : 5} = ${r === 5 ? "50.24" : "78.5"}`)}.`
        : `For example, radius ${r === 5 ? 4 : 5}: ${m(`2 \\times 3.14 \\times ${r === 5 ? 4 : 5} = ${r === 5 ? "25.12" : "31.4"}`)}.`,
      form === "area"
        ? `Work out ${m(`3.14 \\times ${r} \\times ${r}`)}.`
        : `Work out ${m(`2 \\times 3.14 \\times ${r}`)}.`,
    ],
    params: { form, given, size },
  };
});

const squareRoots = defineGenerator("math.8.ee.square-roots", (rng) => {
  const form = rng.pick(["sqrt", "sqrt", "cbrt", "side"] as const);
  const n = form === "cbrt" ? rng.int(1, 6) : rng.int(1, 15);
  const radicand = form === "cbrt" ? n ** 3 : n * n;
  const power = form === "cbrt" ? 3 : 2;
  const prompt = {
    sqrt: rng.pick([`What is ${m(`\\sqrt{${radicand}}`)}?`, `Find the positive square root of ${radicand}.`]),
    cbrt: rng.pick([
      `What is ${m(`\\sqrt[3]{${radicand}}`)}?`,
      `Which number multiplied by itself three times gives ${radicand}?`,
    ]),
    side: `A square patio has an area of ${radicand} square meters. How long is each side, in meters?`,
  }[form];
  const lower = n - 1;
  const upper = n + 1;
  return {
    prompt,
    answer: numberAnswer(n, form === "side" ? "m" : undefined),
    solution: [`${m(`${Array(power).fill(n).join(" \\times ")} = ${radicand}`)}.`, `So the answer is ${n}.`],
    hints: [
      form === "cbrt" ? "A cube root undoes cubing." : "A square root undoes squaring.",
      `Find the number that, used as a factor ${power === 2 ? "twice" : "three times"}, makes ${radicand}.`,
      form === "cbrt"
        ? n === 4
          ? `For example, ${m("\\sqrt[3]{125} = 5")} because ${m("5 \\times 5 \\times 5 = 125")}.`
          : `For example, ${m("\\sqrt[3]{64} = 4")} because ${m("4 \\times 4 \\times 4 = 64")}.`
        : n === 9
          ? `For example, ${m("\\sqrt{64} = 8")} because ${m("8 \\times 8 = 64")}.`
          : `For example, ${m("\\sqrt{81} = 9")} because ${m("9 \\times 9 = 81")}.`,
      `Check numbers near your guess: ${m(`${lower}^{${power}} = ${lower ** power}`)} is too small and ${m(`${upper}^{${power}} = ${upper ** power}`)} is too big.`,
    ],
    params: { form, radicand },
  };
});

const linearEquations = defineGenerator("math.8.ee.linear-equations", (rng) => {
  const x = nonZero(rng, -10, 10);
  const a = nonZero(rng, -9, 9);
  const c = differentFrom(
    rng,
    (r) => r.int(-9, 9),
    (v) => Math.abs(v - a) < 2 || v === 0,
    a > 0 ? a - 3 || -3 : a + 3 || 3,
  );
  const b = rng.int(-20, 20);
  const d = a * x + b - c * x;
  const left = linearTex(a, b);
  const right = linearTex(c, d);
  const k = a - c;
  const term = (v: number) => (v === 1 ? "x" : `${v}x`);
  const collect = c > 0 ? `subtract ${m(term(c))} from both sides` : `add ${m(term(-c))} to both sides`;
  return {
    prompt: rng.pick([
      `Solve for x: ${m(`${left} = ${right}`)}`,
      `What value of x makes ${m(`${left} = ${right}`)} true?`,
    ]),
    answer: numberAnswer(x),
    solution: [
      `Move the x terms to one side: ${collect} to get ${m(`${linearTex(k, b)} = ${d}`)}.`,
      `Move the numbers to the other side: ${m(`${k}x = ${d - b}`)}.`,
      `Divide by ${k}: ${m(`x = ${x}`)}.`,
    ],
    hints: [
      "Gather the x terms on one side and the plain numbers on the other.",
      `Gather the x terms: ${collect}.`,
      `For example, ${m("5x + 2 = 2x + 14")}: ${m("3x + 2 = 14")}, then ${m("3x = 12")}, so ${m("x = 4")}.`,
      `You should reach ${m(`${k}x = ${d - b}`)}. Divide both sides by the number in front of x.`,
    ],
    params: { lhs: linearAscii(a, b), rhs: linearAscii(c, d) },
  };
});

const slope = defineGenerator("math.8.f.slope", (rng) => {
  const x1 = rng.int(-6, 6);
  const y1 = rng.int(-6, 6);
  const run = nonZero(rng, -6, 6);
  const dx = Math.abs(run) < 2 ? run * 2 : run;
  const dy = rng.int(-9, 9);
  const [x2, y2] = [x1 + dx, y1 + dy];
  const g = gcd(dy, dx) || 1;
  const [num, den] = dx < 0 ? [-dy / g, -dx / g] : [dy / g, dx / g];
  const integer = den === 1;
  const [name] = pickTwoNames(rng);
  return {
    prompt: rng.pick([
      `What is the slope of the line through ${m(`(${x1}, ${y1})`)} and ${m(`(${x2}, ${y2})`)}?`,
      `A straight line passes through the points ${m(`(${x1}, ${y1})`)} and ${m(`(${x2}, ${y2})`)}. What is its rate of change?`,
      `${name} plots a line through ${m(`(${x1}, ${y1})`)} and ${m(`(${x2}, ${y2})`)}. Find the slope${integer ? "" : " as a fraction"}.`,
    ]),
    answer: integer ? numberAnswer(num) : fractionAnswer(num, den),
    solution: [
      `Rise: ${m(`${y2} - ${y1 < 0 ? `(${y1})` : y1} = ${dy}`)}. Run: ${m(`${x2} - ${x1 < 0 ? `(${x1})` : x1} = ${dx}`)}.`,
      `Slope = rise ÷ run = ${m(frac(dy, dx))}${integer ? ` = ${num}` : g > 1 || dx < 0 ? ` = ${m(frac(num, den))}` : ""}.`,
    ],
    hints: [
      "Slope is how much y changes for each step in x: rise over run.",
      `${m("\\text{slope} = \\frac{y_2 - y_1}{x_2 - x_1}")}.`,
      `For example, through (1, 2) and (3, 8): rise ${m("8 - 2 = 6")}, run ${m("3 - 1 = 2")}, slope ${m("6 \\div 2 = 3")}.`,
      `The rise is ${m(`${y2} - ${y1 < 0 ? `(${y1})` : y1}`)} and the run is ${m(`${x2} - ${x1 < 0 ? `(${x1})` : x1}`)}. Divide the rise by the run.`,
    ],
    params: { x1, y1, x2, y2 },
  };
});

const TRIPLES: [number, number, number][] = [
  [3, 4, 5],
  [5, 12, 13],
  [8, 15, 17],
  [7, 24, 25],
  [20, 21, 29],
  [9, 40, 41],
];

const pythagorean = defineGenerator("math.8.g.pythagorean-theorem", (rng): ItemDraft => {
  const [p, q, h] = rng.pick(TRIPLES);
  const k = p === 3 ? rng.int(1, 5) : rng.int(1, 2);
  const [a, b, c] = rng.shuffle([p * k, q * k]).concat(h * k) as [number, number, number];
  const missing = rng.pick(["c", "leg"] as const);
  const unit = rng.pick(["cm", "m", "ft", "in"]);
  const prompt =
    missing === "c"
      ? rng.pick([
          `A right triangle has legs of ${a} ${unit} and ${b} ${unit}. How long is the hypotenuse?`,
          `A ladder leans against a wall. Its foot is ${a} ${unit} from the wall and it reaches ${b} ${unit} up the wall. How long is the ladder?`,
        ])
      : rng.pick([
          `A right triangle has a hypotenuse of ${c} ${unit} and one leg of ${a} ${unit}. How long is the other leg?`,
          `A ${c}-${unit} ramp reaches a point ${a} ${unit} high. How far along the ground does it run?`,
        ]);
  const answer = missing === "c" ? c : b;
  return {
    prompt,
    answer: numberAnswer(answer, unit),
    solution:
      missing === "c"
        ? [
            `${m(`c^{2} = ${a}^{2} + ${b}^{2} = ${a * a} + ${b * b} = ${c * c}`)}.`,
            `${m(`c = \\sqrt{${c * c}} = ${c}`)} ${unit}.`,
          ]
        : [
            `${m(`b^{2} = ${c}^{2} - ${a}^{2} = ${c * c} - ${a * a} = ${b * b}`)}.`,
            `${m(`b = \\sqrt{${b * b}} = ${b}`)} ${unit}.`,
          ],
    hints: [
      `In a right triangle, ${m("a^{2} + b^{2} = c^{2}")}, where c is the longest side (opposite the right angle).`,
      missing === "c"
        ? "Square both legs and add."
        : "Square the hypotenuse and subtract the square of the known leg.",
      a * b === 48
        ? "For example, legs 5 and 12: 25 + 144 = 169, and the square root of 169 is 13."
        : "For example, legs 6 and 8: 36 + 64 = 100, and the square root of 100 is 10.",
      missing === "c"
        ? `${m(`${a}^{2} + ${b}^{2} = ${a * a + b * b}`)}. Find the square root.`
        : `${m(`${c}^{2} - ${a}^{2} = ${c * c - a * a}`)}. Find the square root.`,
    ],
    params: missing === "c" ? { missing, a, b } : { missing, a, c },
  };
});

export const MIDDLE_SCHOOL_GENERATORS: GeneratorEntry[] = [
  equivalentRatios,
  unitRates,
  percents,
  gcfLcm,
  integers,
  exponents,
  evaluateExpressions,
  oneStepEquations,
  areaTriangles,
  addSubtractIntegers,
  multiplyDivideIntegers,
  percentProblems,
  twoStepEquations,
  circles,
  squareRoots,
  linearEquations,
  slope,
  pythagorean,
];
