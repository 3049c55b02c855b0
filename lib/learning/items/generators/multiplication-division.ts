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
import { pickContainer, pickName, pickThing, pickTwoNames } from "./word-contexts";

const times = (a: number | string, b: number | string) => `${a} \\times ${b}`;
const div = (a: number | string, b: number | string) => `${a} \\div ${b}`;

/** A quick route to a single-digit fact, chosen by the friendliest factor. */
function factStep(a: number, b: number): string {
  const [x, y] = a <= b ? [a, b] : [b, a];
  if (x === 0) return "How many do you have if every group is empty, or if there are no groups at all?";
  if (x === 1) return `One group of ${y} is just the group itself.`;
  if (x === 2) return `Double ${y}: work out ${m(`${y} + ${y}`)}.`;
  if (x === 5) return `Count by fives ${y} times, or take half of ${m(times(10, y))}.`;
  if (x === 10 || y === 10)
    return `Multiplying by 10 shifts every digit one place to the left. What is ${m(times(x === 10 ? y : x, 10))}?`;
  if (y === 9) return `${m(`${times(x, 10)} = ${10 * x}`)}. Take away one group of ${x}.`;
  return `You may know ${m(`${times(x, y - 1)} = ${x * (y - 1)}`)}. Add one more group of ${x}.`;
}

const factExample = (a: number, b: number, rng: Rng): [number, number] =>
  differentFrom(
    rng,
    (r): [number, number] => [r.int(3, 9), r.int(3, 9)],
    ([x, y]) => x * y === a * b || x === a || y === b,
    [a === 6 ? 7 : 6, b === 4 ? 3 : 4],
  );

function multiplyDraft(
  rng: Rng,
  a: number,
  b: number,
  prompt: string,
  params: Record<string, number | string>,
): ItemDraft {
  const [ea, eb] = factExample(a, b, rng);
  return {
    prompt,
    answer: numberAnswer(a * b),
    solution: [
      `${m(times(a, b))} means ${a} groups of ${b}.`,
      b > 1 && a > 1 && a <= 10
        ? `Skip-count by ${b}, ${a} times: ${Array.from({ length: a }, (_, i) => b * (i + 1)).join(", ")}.`
        : `Use a fact you know.`,
      `${m(`${times(a, b)} = ${a * b}`)}`,
    ],
    hints: [
      `Multiplying finds the total of equal groups: ${a} groups with ${b} in each.`,
      `Skip-count by ${b}, or use a fact you already know nearby.`,
      `For example, ${m(times(ea, eb))}: ${m(`${times(ea, eb - 1)} = ${ea * (eb - 1)}`)}, and one more ${ea} makes ${m(`${ea * (eb - 1)} + ${ea} = ${ea * eb}`)}.`,
      factStep(a, b),
    ],
    params,
    // Lets the checker recognise a sum given for a product (3 × 4 = 7).
    checkContext: { a, b, operation: "multiply" },
  };
}

function drawArray(rows: number, cols: number, symbol: string): string {
  return Array.from({ length: rows }, () => symbol.repeat(cols)).join("\n");
}

const arrays = defineGenerator("math.2.oa.arrays", (rng) => {
  const rows = rng.int(2, 5);
  const cols = rng.int(2, 5);
  const thing = rng.pick(["chairs", "cupcakes", "stamps", "windows", "plants", "tiles"]);
  const name = pickName(rng);
  const prompt = rng.pick([
    `There are ${rows} rows of ${thing} with ${cols} in each row. How many ${thing} are there in all?`,
    `${name} set out ${thing} in ${rows} rows. Each row has ${cols}. How many ${thing} did ${name} set out?`,
    `How many dots are in this array?\n\n${drawArray(rows, cols, "● ")}`,
    `A garden has ${rows} rows of carrots. There are ${cols} carrots in every row. How many carrots are there?`,
  ]);
  const [er, ec] = differentFrom(
    rng,
    (r): [number, number] => [r.int(2, 5), r.int(2, 5)],
    ([x, y]) => x * y === rows * cols || x === rows,
    [rows === 3 ? 4 : 3, cols === 2 ? 3 : 2],
  );
  const addends = Array.from({ length: rows }, () => cols).join(" + ");
  return {
    prompt,
    answer: numberAnswer(rows * cols),
    solution: [
      `Each of the ${rows} rows has ${cols}.`,
      `Add the rows: ${m(`${addends} = ${rows * cols}`)}.`,
      `There are ${rows * cols} in all.`,
    ],
    hints: [
      "Every row has the same number. You can add the rows together.",
      `Add ${cols}, once for each of the ${rows} rows.`,
      `For example, ${er} rows of ${ec}: ${m(`${Array.from({ length: er }, () => ec).join(" + ")} = ${er * ec}`)}.`,
      `Work out ${m(addends)}.`,
    ],
    params: { rows, cols },
  };
});

const equalGroups = defineGenerator("math.3.oa.equal-groups", (rng) => {
  const groups = rng.int(2, 10);
  const size = rng.int(2, 10);
  const thing = pickThing(rng);
  const container = pickContainer(rng);
  const name = pickName(rng);
  const prompt = rng.pick([
    `${name} has ${groups} ${container.many}. Each ${container.one} holds ${size} ${thing.many}. How many ${thing.many} are there in all?`,
    `There are ${groups} ${container.many} with ${size} ${thing.many} in each. How many ${thing.many} altogether?`,
    `${groups} friends each bring ${size} ${thing.many} to share. How many ${thing.many} is that?`,
    `What is the total of ${groups} groups of ${size}?`,
  ]);
  return multiplyDraft(rng, groups, size, prompt, { groups, size });
});

const multiplicationFacts = defineGenerator("math.3.oa.multiplication-facts", (rng) => {
  const a = rng.chance(0.08) ? rng.pick([0, 1, 10]) : rng.int(2, 9);
  const b = rng.chance(0.08) ? rng.pick([0, 1, 10]) : rng.int(2, 9);
  const prompt = rng.pick([
    `${m(`${times(a, b)} = ?`)}`,
    `What is ${a} times ${b}?`,
    `Multiply: ${m(times(a, b))}`,
    `Find the product of ${a} and ${b}.`,
  ]);
  return multiplyDraft(rng, a, b, prompt, { a, b });
});

function divideDraft(rng: Rng, dividend: number, divisor: number, prompt: string): ItemDraft {
  const q = dividend / divisor;
  const [ed, eq] = differentFrom(
    rng,
    (r): [number, number] => [r.int(3, 9), r.int(3, 9)],
    ([d, k]) => d === divisor || k === q || d * k === dividend,
    [divisor === 4 ? 6 : 4, q === 7 ? 8 : 7],
  );
  return {
    prompt,
    answer: numberAnswer(q),
    solution: [
      `${m(div(dividend, divisor))} asks: how many groups of ${divisor} make ${dividend}? (Or: how many in each of ${divisor} equal groups?)`,
      `Think of the multiplication fact: ${m(`${times(divisor, q)} = ${dividend}`)}.`,
      `So ${m(`${div(dividend, divisor)} = ${q}`)}.`,
    ],
    hints: [
      "Division shares a total into equal groups. Multiplication can help you undo it.",
      `Think: ${m(`${times(divisor, "?")} = ${dividend}`)}.`,
      `For example, ${m(div(ed * eq, ed))}: since ${m(`${times(ed, eq)} = ${ed * eq}`)}, the answer is ${eq}.`,
      dividend === 0
        ? "If there is nothing to share, how many does each group get?"
        : `Skip-count by ${divisor} until you reach ${dividend}. Count how many jumps you made.`,
    ],
    params: { dividend, divisor },
    checkContext: { a: dividend, b: divisor, operation: "divide" },
  };
}

const sharingEqually = defineGenerator("math.3.oa.sharing-equally", (rng) => {
  const groups = rng.int(2, 10);
  const size = rng.int(2, 10);
  const total = groups * size;
  const thing = pickThing(rng);
  const container = pickContainer(rng);
  const name = pickName(rng);
  const askSize = rng.chance(0.5);
  const prompt = askSize
    ? rng.pick([
        `${name} shares ${total} ${thing.many} equally among ${groups} friends. How many ${thing.many} does each friend get?`,
        `${total} ${thing.many} are put into ${groups} ${container.many}, the same number in each. How many go in each ${container.one}?`,
      ])
    : rng.pick([
        `${name} has ${total} ${thing.many} and puts ${size} in each ${container.one}. How many ${container.many} does ${name} fill?`,
        `${total} children make teams of ${size}. How many teams are there?`,
      ]);
  return {
    ...divideDraft(rng, total, askSize ? groups : size, prompt),
    params: { total, divisor: askSize ? groups : size },
  };
});

const divisionFacts = defineGenerator("math.3.oa.division-facts", (rng) => {
  const divisor = rng.chance(0.06) ? 1 : rng.int(2, 10);
  const q = rng.chance(0.05) ? 0 : rng.int(1, 10);
  const dividend = divisor * q;
  const prompt = rng.pick([
    `${m(`${div(dividend, divisor)} = ?`)}`,
    `What is ${dividend} divided by ${divisor}?`,
    `Divide: ${m(div(dividend, divisor))}`,
    `How many groups of ${divisor} are in ${dividend}?`,
  ]);
  return divideDraft(rng, dividend, divisor, prompt);
});

const unknownFactor = defineGenerator("math.3.oa.unknown-factor", (rng) => {
  const a = rng.int(2, 10);
  const b = rng.int(2, 10);
  const p = a * b;
  const form = rng.pick(["mul", "mul-left", "div-divisor", "div-dividend"] as const);
  const sentence = {
    mul: `${times(a, "?")} = ${p}`,
    "mul-left": `${times("?", a)} = ${p}`,
    "div-divisor": `${div(p, "?")} = ${a}`,
    "div-dividend": `${div("?", a)} = ${b}`,
  }[form];
  const answer = form === "div-dividend" ? p : b;
  const prompt = rng.pick([
    `What number makes this true? ${m(sentence)}`,
    `Find the missing number: ${m(sentence)}`,
    `${m(sentence)} What goes in place of the ?`,
  ]);
  const params: Record<string, number | string> =
    form === "div-dividend"
      ? { form, divisor: a, quotient: b }
      : form === "div-divisor"
        ? { form, dividend: p, quotient: a }
        : { form, a, product: p };
  const [ex, ey] = differentFrom(
    rng,
    (r): [number, number] => [r.int(3, 9), r.int(3, 9)],
    ([x, y]) => x === a || y === b || x * y === p || y === answer,
    [a === 6 ? 7 : 6, b === 8 ? 9 : 8],
  );
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      form === "div-dividend"
        ? `The missing number divided by ${a} gives ${b}, so it must be ${a} groups of ${b}.`
        : `Multiplication and division undo each other, so use the fact family of ${a}, ${b} and ${p}.`,
      form === "div-dividend" ? `${m(`${times(a, b)} = ${p}`)}.` : `${m(`${div(p, a)} = ${b}`)}.`,
      `The missing number is ${answer}.`,
    ],
    hints: [
      "Multiplication and division are a family: each fact can be turned around.",
      form === "div-dividend"
        ? `Which number, shared into ${a} equal groups, gives ${b} in each?`
        : form === "div-divisor"
          ? `Think: ${m(`${times(a, "?")} = ${p}`)}.`
          : `Think: ${m(`${div(p, a)} = ?`)}.`,
      `For example, ${m(`${times(ex, "?")} = ${ex * ey}`)}: since ${m(`${div(ex * ey, ex)} = ${ey}`)}, the missing number is ${ey}.`,
      form === "div-dividend"
        ? `Multiply the two numbers you can see: ${m(times(a, b))}.`
        : `Skip-count by ${a} until you reach ${p}. How many jumps is that?`,
    ],
    params,
  };
});

const properties = defineGenerator("math.3.oa.properties", (rng) => {
  const form = rng.pick(["comm", "comm-known", "dist", "assoc"] as const);
  const a = rng.int(2, 9);
  const b = rng.int(form === "dist" ? 6 : 2, 9);
  const c = form === "dist" ? rng.int(2, b - 2) : rng.pick([2, 5]);
  let prompt: string;
  let answer: number;
  let targeted: string;
  let step: string;
  let solution: string[];
  let example: string;
  switch (form) {
    case "comm":
      answer = a;
      prompt = rng.pick([
        `Fill in the missing number: ${m(`${times(a, b)} = ${times(b, "?")}`)}`,
        `${m(`${times(a, b)}`)} has the same answer as ${m(times(b, "?"))}. What is the missing number?`,
      ]);
      targeted = "You can swap the order of the numbers you multiply and the product stays the same.";
      step = `Compare the two sides: ${b} is already on the right, so which factor is still needed?`;
      solution = [
        `Swapping factors keeps the product: ${m(`${times(a, b)} = ${times(b, a)}`)}.`,
        `The missing number is ${a}.`,
      ];
      example =
        a === 3 && b === 8
          ? `For example, ${m(`${times(4, 9)} = ${times(9, 4)}`)}: both are 36.`
          : `For example, ${m(`${times(3, 8)} = ${times(8, 3)}`)}: both are 24.`;
      break;
    case "comm-known":
      answer = a * b;
      prompt = `${pickName(rng)} knows that ${m(`${times(a, b)} = ${a * b}`)}. What is ${m(times(b, a))}?`;
      targeted = "Swapping the order of the factors does not change the product.";
      step = `${m(times(b, a))} uses the same two factors as the fact you already know.`;
      solution = [
        `${m(times(b, a))} has the same factors as ${m(times(a, b))}.`,
        `So ${m(`${times(b, a)} = ${a * b}`)}.`,
      ];
      example =
        a * b === 28
          ? `For example, if you know ${m(`${times(3, 9)} = 27`)}, then ${m(`${times(9, 3)} = 27`)} too.`
          : `For example, if you know ${m(`${times(4, 7)} = 28`)}, then ${m(`${times(7, 4)} = 28`)} too.`;
      break;
    case "dist":
      answer = b - c;
      prompt = rng.pick([
        `Break apart to multiply: ${m(`${times(a, b)} = ${times(a, c)} + ${times(a, "?")}`)}. What is the missing number?`,
        `${pickName(rng)} splits ${b} into ${c} and another number to work out ${m(times(a, b))}: ${m(`${times(a, b)} = ${times(a, c)} + ${times(a, "?")}`)}. What is the missing number?`,
      ]);
      targeted = `You can split ${b} into two parts, multiply each part by ${a}, and add.`;
      step = `${c} and the missing number must add up to ${b}.`;
      solution = [
        `Split ${b} into ${c} + ${b - c}.`,
        `${m(`${times(a, b)} = ${times(a, c)} + ${times(a, b - c)} = ${a * c} + ${a * (b - c)} = ${a * b}`)}.`,
        `The missing number is ${b - c}.`,
      ];
      example =
        a === 6 && b === 7
          ? `For example, ${m(`${times(4, 8)} = ${times(4, 5)} + ${times(4, 3)} = 20 + 12 = 32`)}, because 8 is 5 + 3.`
          : `For example, ${m(`${times(6, 7)} = ${times(6, 5)} + ${times(6, 2)} = 30 + 12 = 42`)}, because 7 is 5 + 2.`;
      break;
    default:
      answer = a * b * c;
      prompt = rng.pick([
        `Multiply in any order you like: ${m(times(times(a, b), c))}`,
        `What is ${m(times(times(a, c), b))}? Try pairing the friendliest numbers first.`,
      ]);
      targeted = `You can multiply three numbers in any order. ${a} × ${c} or ${b} × ${c} may be easier to start with.`;
      step = `First work out ${m(`${times(b, c)} = ${b * c}`)}. Now multiply that by ${a}.`;
      solution = [
        `Group the friendly pair: ${m(`${times(b, c)} = ${b * c}`)}.`,
        `${m(`${times(a, b * c)} = ${a * b * c}`)}.`,
      ];
      example =
        a === 7
          ? `For example, ${m(times(times(8, 2), 5))}: ${m(`${times(2, 5)} = 10`)}, then ${m(`${times(8, 10)} = 80`)}.`
          : `For example, ${m(times(times(7, 2), 5))}: ${m(`${times(2, 5)} = 10`)}, then ${m(`${times(7, 10)} = 70`)}.`;
  }
  return {
    prompt,
    answer: numberAnswer(answer),
    solution,
    hints: [
      "Look at how the two sides are alike. Multiplication has handy shortcuts.",
      targeted,
      example,
      step,
    ],
    params: { form, a, b, c },
  };
});

const twoStepOps = defineGenerator("math.3.oa.two-step-problems", (rng) => {
  const form = rng.pick(["mul-add", "mul-sub", "div-add", "div-sub", "add-mul"] as const);
  const [name, friend] = pickTwoNames(rng);
  const thing = pickThing(rng);
  const container = pickContainer(rng);
  let a = rng.int(2, 9);
  const b = rng.int(2, 9);
  let c = rng.int(2, 15);
  let mid: number;
  let answer: number;
  let prompt: string;
  let first: string;
  let second: string;
  switch (form) {
    case "mul-add":
      mid = a * b;
      answer = mid + c;
      prompt = `${name} buys ${a} ${container.many} of ${thing.many} with ${b} in each. ${friend} gives ${name} ${c} more. How many ${thing.many} does ${name} have now?`;
      first = times(a, b);
      second = `${mid} + ${c}`;
      break;
    case "mul-sub":
      mid = a * b;
      c = rng.int(2, mid - 1);
      answer = mid - c;
      prompt = `There are ${a} ${container.many} with ${b} ${thing.many} in each. ${name} uses ${c} of them. How many ${thing.many} are left?`;
      first = times(a, b);
      second = `${mid} - ${c}`;
      break;
    case "div-add":
      a = b * rng.int(2, 9);
      mid = a / b;
      answer = mid + c;
      prompt = `${name} shares ${a} ${thing.many} equally among ${b} friends. Then each friend finds ${c} more. How many ${thing.many} does each friend have now?`;
      first = div(a, b);
      second = `${mid} + ${c}`;
      break;
    case "div-sub":
      a = b * rng.int(4, 10);
      mid = a / b;
      c = rng.int(1, mid - 1);
      answer = mid - c;
      prompt = `${a} ${thing.many} are packed equally into ${b} ${container.many}. ${name} takes ${c} out of one ${container.one}. How many ${thing.many} are left in that ${container.one}?`;
      first = div(a, b);
      second = `${mid} - ${c}`;
      break;
    default:
      c = rng.int(2, 9);
      mid = a + b;
      answer = mid * c;
      prompt = `${name} has ${a} red ${container.many} and ${b} blue ${container.many}. Every ${container.one} holds ${c} ${thing.many}. How many ${thing.many} are there altogether?`;
      first = `${a} + ${b}`;
      second = times(mid, c);
  }
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      `First step: ${m(`${first} = ${mid}`)}.`,
      `Second step: ${m(`${second} = ${answer}`)}.`,
      `The answer is ${answer}.`,
    ],
    hints: [
      "This story has two steps. What do you need to find first?",
      `Start with ${m(first)}.`,
      a === 4
        ? `For example: 3 bags of 6 apples and 2 more apples. First ${m(`${times(3, 6)} = 18`)}, then ${m("18 + 2 = 20")}.`
        : `For example: 4 bags of 5 apples and 3 more apples. First ${m(`${times(4, 5)} = 20`)}, then ${m("20 + 3 = 23")}.`,
      `The first step gives ${mid}. Now work out ${m(second)}.`,
    ],
    params: { form, a, b, c },
  };
});

const multiplyByTens = defineGenerator("math.3.nbt.multiply-by-tens", (rng) => {
  const a = rng.int(2, 9);
  const t = rng.int(1, 9);
  const b = 10 * t;
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${times(a, b)} = ?`)}`,
    `What is ${m(times(a, b))}?`,
    `${name} buys ${a} boxes of crayons with ${b} crayons in each box. How many crayons is that?`,
    `A bus seats ${b} people. How many people can ${a} buses seat?`,
  ]);
  const [ea, et] = differentFrom(
    rng,
    (r): [number, number] => [r.int(2, 9), r.int(2, 9)],
    ([x, y]) => x === a || y === t || x * y === a * t,
    [a === 4 ? 3 : 4, t === 6 ? 7 : 6],
  );
  return {
    prompt,
    answer: numberAnswer(a * b),
    solution: [
      `${b} is ${t} tens, so ${m(times(a, b))} is ${m(times(a, t))} tens.`,
      `${m(`${times(a, t)} = ${a * t}`)}, so the answer is ${a * t} tens.`,
      `${a * t} tens ${m(`= ${tex(a * b)}`)}.`,
    ],
    hints: [
      `Think of ${b} as ${t} tens.`,
      `${m(times(a, b))} is the same as ${m(times(a, t))} tens.`,
      `For example, ${m(times(ea, 10 * et))}: ${m(`${times(ea, et)} = ${ea * et}`)}, so it is ${ea * et} tens, which is ${ea * et * 10}.`,
      `${m(`${times(a, t)} = ${a * t}`)}. How much is ${a * t} tens?`,
    ],
    params: { a, b },
    checkContext: { a, b, operation: "multiply" },
  };
});

const multiplicativeComparison = defineGenerator("math.4.oa.multiplicative-comparison", (rng) => {
  const form = rng.pick(["bigger", "smaller", "times"] as const);
  const small = rng.int(2, 12);
  const k = rng.int(2, 9);
  const big = small * k;
  const [name, friend] = pickTwoNames(rng);
  const thing = pickThing(rng);
  let prompt: string;
  let answer: number;
  let step: string;
  let params: Record<string, number | string>;
  switch (form) {
    case "bigger":
      answer = big;
      prompt = rng.pick([
        `${friend} has ${small} ${thing.many}. ${name} has ${k} times as many. How many ${thing.many} does ${name} have?`,
        `A puppy weighs ${small} pounds. A grown dog weighs ${k} times as much. How much does the grown dog weigh, in pounds?`,
      ]);
      step = `"${k} times as many as ${small}" means ${m(times(k, small))}.`;
      params = { form, small, k };
      break;
    case "smaller":
      answer = small;
      prompt = rng.pick([
        `${name} has ${big} ${thing.many}. That is ${k} times as many as ${friend} has. How many ${thing.many} does ${friend} have?`,
        `A tree is ${big} feet tall. That is ${k} times as tall as a young tree. How tall is the young tree, in feet?`,
      ]);
      step = `Find the number that, multiplied by ${k}, gives ${big}: work out ${m(div(big, k))}.`;
      params = { form, big, k };
      break;
    default:
      answer = k;
      prompt = rng.pick([
        `${name} read ${big} pages. ${friend} read ${small} pages. How many times as many pages did ${name} read?`,
        `A box holds ${big} ${thing.many} and a bag holds ${small}. The box holds how many times as many?`,
      ]);
      step = `Find how many groups of ${small} make ${big}: work out ${m(div(big, small))}.`;
      params = { form, big, small };
  }
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      `“Times as many” compares by multiplying: ${m(`${times(k, small)} = ${big}`)}.`,
      `The answer is ${answer}.`,
    ],
    hints: [
      "“Times as many” means multiplying, not adding.",
      form === "bigger"
        ? "Multiply the smaller amount by how many times."
        : "Divide to undo the multiplying.",
      k === 4 || small === 6
        ? `For example, 3 times as many as 5 is ${m(`${times(3, 5)} = 15`)}; and 15 is 3 times as many as ${m(`${div(15, 3)} = 5`)}.`
        : `For example, 4 times as many as 6 is ${m(`${times(4, 6)} = 24`)}; and 24 is 4 times as many as ${m(`${div(24, 4)} = 6`)}.`,
      step,
    ],
    params,
  };
});

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

const factorsMultiples = defineGenerator("math.4.oa.factors-multiples", (rng): ItemDraft => {
  const form = rng.pick(["factor", "multiple", "prime", "prime"] as const);
  if (form === "prime") {
    const n = rng.chance(0.45)
      ? rng.pick([
          2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
        ])
      : rng.int(4, 99);
    const prime = isPrime(n);
    const smallest = [2, 3, 5, 7].find((d) => n % d === 0 && d !== n);
    return {
      prompt: rng.pick([
        `Is ${m(`${n}`)} prime or composite?`,
        `${pickName(rng)} says ${n} is prime. Is ${n} prime or composite?`,
        `Does ${n} have exactly two factors (prime) or more than two (composite)?`,
      ]),
      answer: choiceAnswer(["prime", "composite"], prime ? "prime" : "composite"),
      solution: prime
        ? [
            `Try dividing ${n} by 2, 3, 5 and 7: none of them divides it evenly.`,
            `Its only factors are 1 and ${n}, so it is prime.`,
          ]
        : [
            `${m(`${n} = ${times(smallest ?? 1, n / (smallest ?? 1))}`)}.`,
            `${n} has more than two factors, so it is composite.`,
          ],
      hints: [
        "A prime number has exactly two factors: 1 and itself.",
        `Try dividing ${n} by small numbers such as 2, 3, 5 and 7.`,
        "For example, 21 = 3 × 7, so 21 is composite, but 13 can only be made as 1 × 13, so 13 is prime.",
        smallest !== undefined
          ? `Does ${smallest} divide ${n} evenly? What does that tell you?`
          : `Check 2, 3, 5 and 7 (every number whose square is not more than ${n}): does any of them divide ${n} evenly?`,
      ],
      params: { form, n },
    };
  }
  const f = rng.int(2, 12);
  const n = rng.chance(0.5) ? f * rng.int(2, 12) : rng.int(12, 100);
  const yes = n % f === 0;
  const sentence = form === "factor" ? `Is ${f} a factor of ${n}?` : `Is ${n} a multiple of ${f}?`;
  const q = Math.floor(n / f);
  return {
    prompt: rng.pick([
      sentence,
      `${pickName(rng)} wonders: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`,
      form === "factor"
        ? `Can ${n} ${pickThing(rng).many} be split into ${f} equal groups with none left over? In other words, is ${f} a factor of ${n}?`
        : `If you count by ${f}s, will you say ${n}? In other words, is ${n} a multiple of ${f}?`,
    ]),
    answer: choiceAnswer(["yes", "no"], yes ? "yes" : "no"),
    solution: [
      `Divide: ${m(div(n, f))} is ${q}${n % f === 0 ? " exactly" : ` with ${n % f} left over`}.`,
      yes
        ? `So ${f} is a factor of ${n} and ${n} is a multiple of ${f}.`
        : `So ${f} is not a factor of ${n}.`,
    ],
    hints: [
      `${f} is a factor of ${n} exactly when ${n} is a multiple of ${f}: both mean ${f} divides ${n} with nothing left over.`,
      `Skip-count by ${f}, or divide ${n} by ${f}.`,
      n === 42
        ? "For example, 4 is a factor of 36 because 4 × 9 = 36, but 5 is not a factor of 36 because 36 is between 5 × 7 = 35 and 5 × 8 = 40."
        : "For example, 6 is a factor of 42 because 6 × 7 = 42, but 5 is not a factor of 42 because 42 is between 5 × 8 = 40 and 5 × 9 = 45.",
      `${m(`${times(f, q)} = ${f * q}`)} and ${m(`${times(f, q + 1)} = ${f * (q + 1)}`)}. Is ${n} one of these?`,
    ],
    params: { form, n, f },
  };
});

const multiStepProblems = defineGenerator("math.4.oa.multi-step-problems", (rng): ItemDraft => {
  const form = rng.pick(["round-up", "full-groups", "left-over", "mul-sub-div"] as const);
  const name = pickName(rng);
  if (form === "mul-sub-div") {
    const d = rng.int(2, 9);
    const each = rng.int(3, 12);
    const b = rng.pick([6, 8, 10, 12, 24]);
    const a = rng.int(Math.ceil((d * each) / b) + 1, Math.ceil((d * each) / b) + 6);
    const c = a * b - d * each;
    return {
      prompt: `${name} buys ${a} packs of cards with ${b} cards in each pack. ${name} keeps ${c} cards and shares the rest equally among ${d} friends. How many cards does each friend get?`,
      answer: numberAnswer(each),
      solution: [
        `Cards bought: ${m(`${times(a, b)} = ${a * b}`)}.`,
        `Cards to share: ${m(`${a * b} - ${c} = ${a * b - c}`)}.`,
        `Each friend gets ${m(`${div(a * b - c, d)} = ${each}`)}.`,
      ],
      hints: [
        "Break the story into steps: how many cards in all, how many are shared, then how many each.",
        `First find the total number of cards: ${m(times(a, b))}.`,
        a === 3 && b === 10
          ? "For example, 4 packs of 10 is 40 cards; keep 5 and share 35 among 7 friends: 35 ÷ 7 = 5 each."
          : "For example, 3 packs of 10 is 30 cards; keep 6 and share 24 among 4 friends: 24 ÷ 4 = 6 each.",
        `There are ${a * b - c} cards to share. Divide them among the ${d} friends.`,
      ],
      params: { form, a, b, c, d },
    };
  }
  const c = rng.int(3, 9);
  let n = rng.int(3 * c, 12 * c);
  if (n % c === 0) n += rng.int(1, c - 1);
  const q = Math.floor(n / c);
  const r = n % c;
  const answer = form === "round-up" ? q + 1 : form === "full-groups" ? q : r;
  const prompt =
    form === "round-up"
      ? rng.pick([
          `${n} children are going on a trip. Each van holds ${c} children. How many vans are needed so everyone can go?`,
          `${name} has ${n} photos. Each album page holds ${c} photos. How many pages does ${name} need for all the photos?`,
        ])
      : form === "full-groups"
        ? rng.pick([
            `A baker makes ${n} muffins and packs them in boxes of ${c}. How many boxes can be filled completely?`,
            `${name} has ${n} beads and needs ${c} beads for each bracelet. How many bracelets can ${name} finish?`,
          ])
        : rng.pick([
            `A baker makes ${n} muffins and packs them in boxes of ${c}. How many muffins are left over after filling as many boxes as possible?`,
            `${n} players split into teams of ${c}. How many players are left without a full team?`,
          ]);
  const whatItMeans = {
    "round-up": "The leftover ones still need a place, so you need one more group.",
    "full-groups": "Only full groups count, so the leftover ones are not enough for another.",
    "left-over": "The question asks about the remainder itself.",
  }[form];
  return {
    prompt,
    answer: numberAnswer(answer),
    solution: [
      `${m(div(n, c))} is ${q} with ${r} left over, because ${m(`${times(c, q)} + ${r} = ${n}`)}.`,
      whatItMeans,
      `The answer is ${answer}.`,
    ],
    hints: [
      "Divide, then think about what the leftover part means in the story.",
      `Work out ${m(div(n, c))} and notice the remainder.`,
      c === 4
        ? "For example, 23 ÷ 5 is 4 with 3 left over: 4 full boxes, 3 muffins left over, and 5 vans if every child needs a seat."
        : "For example, 26 ÷ 4 is 6 with 2 left over: 6 full boxes, 2 muffins left over, and 7 vans if every child needs a seat.",
      form === "left-over"
        ? `The biggest multiple of ${c} that is not more than ${n} is ${m(`${times(c, q)} = ${c * q}`)}. How many are left over?`
        : `Find how many full groups of ${c} fit into ${n}. ${whatItMeans}`,
    ],
    params: { form, n, c },
  };
});

function bigMultiplyDraft(
  rng: Rng,
  a: number,
  b: number,
  makeExample: (r: Rng) => [number, number],
): ItemDraft {
  const product = a * b;
  const split = b >= 10 ? b : a;
  const other = split === b ? a : b;
  const pieces = String(split)
    .split("")
    .map((d, i, all) => Number(d) * 10 ** (all.length - 1 - i))
    .filter((x) => x !== 0);
  const partial = pieces.map((p) => p * other);
  const [ea, eb] = differentFrom(rng, makeExample, ([x, y]) => x === a || y === b || x * y === product, [
    a + 1,
    b + 1,
  ]);
  const eSplit = eb >= 10 ? eb : ea;
  const eOther = eSplit === eb ? ea : eb;
  const ePieces = String(eSplit)
    .split("")
    .map((d, i, all) => Number(d) * 10 ** (all.length - 1 - i))
    .filter((x) => x !== 0);
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${times(tex(a), tex(b))} = ?`)}`,
    `Multiply: ${m(times(tex(a), tex(b)))}`,
    `A truck carries ${num(Math.max(a, b))} apples on each trip. How many apples does it carry in ${num(Math.min(a, b))} trips?`,
    `${name}'s town library lends ${num(Math.max(a, b))} books each week. How many books is that in ${num(Math.min(a, b))} weeks?`,
  ]);
  return {
    prompt,
    answer: numberAnswer(product),
    solution: [
      `Break ${num(split)} into place-value parts: ${m(pieces.map((p) => tex(p)).join(" + "))}.`,
      ...pieces.map((p, i) => `${m(`${times(tex(p), tex(other))} = ${tex(partial[i] ?? 0)}`)}`),
      `Add the partial products: ${m(`${partial.map((x) => tex(x)).join(" + ")} = ${tex(product)}`)}.`,
    ],
    hints: [
      "Break one number into tens and ones (or thousands, hundreds, tens and ones), multiply each part, then add.",
      `Split ${num(split)} into ${m(pieces.map((p) => tex(p)).join(" + "))} and multiply each part by ${num(other)}.`,
      `For example, ${m(times(tex(ea), tex(eb)))}: ${ePieces.map((p) => m(`${times(tex(p), tex(eOther))} = ${tex(p * eOther)}`)).join(", ")}; adding them gives ${m(tex(ea * eb))}.`,
      pieces.length > 1
        ? `The partial products are ${partial.map((x) => m(tex(x))).join(", ")}. Add them together.`
        : `Multiply ${m(times(tex(split / 10 ** (String(split).length - 1)), tex(other)))} and then write ${String(split).length - 1 === 1 ? "one zero" : `${String(split).length - 1} zeros`} after it.`,
    ],
    params: { a, b },
    checkContext: { a, b, operation: "multiply" },
  };
}

const multiplyMultiDigit = defineGenerator("math.4.nbt.multiply", (rng) => {
  if (rng.chance(0.5)) {
    const a = rng.int(1000, 9999);
    const b = rng.int(2, 9);
    return bigMultiplyDraft(rng, a, b, (r) => [r.int(1100, 4999), r.int(3, 8)]);
  }
  const a = rng.int(11, 99);
  const b = rng.int(11, 99);
  return bigMultiplyDraft(rng, a, b, (r) => [r.int(12, 49), r.int(13, 48)]);
});

const multiplyWhole = defineGenerator("math.5.nbt.multiply-whole", (rng) => {
  const a = rng.int(100, 4999);
  const b = rng.int(12, 99);
  return bigMultiplyDraft(rng, a, b, (r) => [r.int(120, 480), r.int(21, 39)]);
});

function longDivisionFirstStep(dividend: number, divisor: number): string {
  const digits = String(dividend);
  let lead = 0;
  let i = 0;
  while (i < digits.length && lead < divisor) {
    lead = lead * 10 + Number(digits[i]);
    i++;
  }
  return `Start at the left: ${divisor} goes into ${lead} how many times? Write that, subtract, bring down the next digit and repeat.`;
}

const divideOneDigit = defineGenerator("math.4.nbt.divide", (rng) => {
  const ask = rng.pick(["quotient", "quotient", "remainder"] as const);
  const divisor = rng.int(2, 9);
  const q = rng.int(12, Math.floor(9999 / divisor));
  const r = ask === "remainder" ? rng.int(1, divisor - 1) : 0;
  const dividend = divisor * q + r;
  const name = pickName(rng);
  const prompt =
    ask === "quotient"
      ? rng.pick([
          `${m(`${div(tex(dividend), divisor)} = ?`)}`,
          `Divide: ${m(div(tex(dividend), divisor))}`,
          `${name} shares ${num(dividend)} stickers equally among ${divisor} albums. How many stickers go in each album?`,
        ])
      : rng.pick([
          `What is the remainder when ${m(tex(dividend))} is divided by ${divisor}?`,
          `${m(div(tex(dividend), divisor))} What is the remainder?`,
          `${name} packs ${num(dividend)} beads into bags of ${divisor}. How many beads are left over?`,
        ]);
  const [ed, eq] = differentFrom(
    rng,
    (rr): [number, number] => [rr.int(3, 8), rr.int(21, 99)],
    ([x, y]) => x === divisor || y === q,
    [divisor === 4 ? 6 : 4, q === 53 ? 54 : 53],
  );
  return {
    prompt,
    answer: numberAnswer(ask === "quotient" ? q : r),
    solution: [
      `Divide place by place from the left (long division).`,
      `${m(`${times(divisor, tex(q))} = ${tex(divisor * q)}`)}${r > 0 ? ` and ${m(`${tex(dividend)} - ${tex(divisor * q)} = ${r}`)}` : ""}.`,
      ask === "quotient"
        ? `So ${m(`${div(tex(dividend), divisor)} = ${tex(q)}`)}.`
        : `The quotient is ${num(q)} and the remainder is ${r}.`,
    ],
    hints: [
      ask === "quotient"
        ? "Think: how many groups of the divisor fit into the big number?"
        : "The remainder is what is left after making as many equal groups as possible.",
      "Use long division: divide, multiply, subtract, bring down.",
      `For example, ${m(div(ed * eq, ed))}: ${m(`${times(ed, eq)} = ${ed * eq}`)}, so the answer is ${eq}.`,
      ask === "quotient"
        ? longDivisionFirstStep(dividend, divisor)
        : `The biggest multiple of ${divisor} that is not more than ${num(dividend)} is ${num(divisor * q)}. How far is that from ${num(dividend)}?`,
    ],
    params: { dividend, divisor, ask },
    // A remainder is not `dividend ÷ divisor`, so only the quotient form can blame an operation.
    ...(ask === "quotient"
      ? { checkContext: { a: dividend, b: divisor, operation: "divide" as const } }
      : {}),
  };
});

const divideTwoDigit = defineGenerator("math.5.nbt.divide-two-digit", (rng) => {
  const divisor = rng.int(11, 89);
  const maxQ = Math.min(99, Math.floor(9999 / divisor));
  let q = rng.int(12, maxQ);
  if (q % 10 === 0) q += 1;
  const dividend = divisor * q;
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${div(tex(dividend), divisor)} = ?`)}`,
    `Divide: ${m(div(tex(dividend), divisor))}`,
    `A school has ${num(dividend)} books to share equally among ${divisor} classrooms. How many books does each classroom get?`,
    `${name} needs to pack ${num(dividend)} oranges into crates of ${divisor}. How many crates will be filled?`,
  ]);
  const round = Math.round(divisor / 10) * 10;
  const [ed, eq] = differentFrom(
    rng,
    (r): [number, number] => [r.int(12, 39), r.int(13, 29)],
    ([x, y]) => x === divisor || y === q,
    [divisor === 23 ? 24 : 23, q === 17 ? 18 : 17],
  );
  return {
    prompt,
    answer: numberAnswer(q),
    solution: [
      `Estimate: ${divisor} is close to ${round}.`,
      `Find how many tens of ${divisor} fit, then how many ones: ${m(`${times(divisor, q)} = ${tex(dividend)}`)}.`,
      `So ${m(`${div(tex(dividend), divisor)} = ${q}`)}.`,
    ],
    hints: [
      "Round the divisor to a friendly number to estimate first.",
      `${divisor} is close to ${round}. About how many ${round}s fit into ${num(dividend)}?`,
      `For example, ${m(div(tex(ed * eq), ed))}: ${m(`${times(ed, 10)} = ${ed * 10}`)}, and ${ed * eq - ed * 10} is left, which is ${eq - 10} more groups of ${ed}, so the answer is ${eq}.`,
      `${m(`${times(divisor, 10)} = ${tex(divisor * 10)}`)}. How many groups of ${num(divisor * 10)} fit into ${num(dividend)}? Then see how many single ${divisor}s fit in what is left.`,
    ],
    params: { dividend, divisor },
    checkContext: { a: dividend, b: divisor, operation: "divide" },
  };
});

// Expressions are built from templates so the generator knows the value without parsing; the
// `expr` parameter is plain ASCII so a test can evaluate it independently.
interface ExpressionTemplate {
  build: (r: Rng) => { expr: string; value: number; first: string; after: string };
}

const TEMPLATES: ExpressionTemplate[] = [
  {
    build: (r) => {
      const [a, b, c] = [r.int(2, 12), r.int(2, 12), r.int(2, 9)];
      return {
        expr: `(${a} + ${b}) * ${c}`,
        value: (a + b) * c,
        first: `${a} + ${b}`,
        after: `${a + b} * ${c}`,
      };
    },
  },
  {
    build: (r) => {
      const [a, b, c] = [r.int(2, 9), r.int(2, 12), r.int(2, 12)];
      return {
        expr: `${a} * (${b} + ${c})`,
        value: a * (b + c),
        first: `${b} + ${c}`,
        after: `${a} * ${b + c}`,
      };
    },
  },
  {
    build: (r) => {
      const [a, b, c] = [r.int(2, 30), r.int(2, 9), r.int(2, 9)];
      return { expr: `${a} + ${b} * ${c}`, value: a + b * c, first: `${b} * ${c}`, after: `${a} + ${b * c}` };
    },
  },
  {
    build: (r) => {
      const c = r.int(2, 9);
      const b = r.int(2, 15);
      const a = b + r.int(2, 12);
      return {
        expr: `(${a} - ${b}) * ${c}`,
        value: (a - b) * c,
        first: `${a} - ${b}`,
        after: `${a - b} * ${c}`,
      };
    },
  },
  {
    build: (r) => {
      const c = r.int(2, 9);
      const sum = c * r.int(2, 9);
      const a = r.int(1, sum - 1);
      return {
        expr: `(${a} + ${sum - a}) / ${c}`,
        value: sum / c,
        first: `${a} + ${sum - a}`,
        after: `${sum} / ${c}`,
      };
    },
  },
  {
    build: (r) => {
      const c = r.int(2, 10);
      const b = c + r.int(2, 10);
      const a = b - c + r.int(2, 30);
      return {
        expr: `${a} - (${b} - ${c})`,
        value: a - (b - c),
        first: `${b} - ${c}`,
        after: `${a} - ${b - c}`,
      };
    },
  },
  {
    build: (r) => {
      const [a, b, c, d] = [r.int(3, 9), r.int(3, 9), r.int(2, 5), r.int(2, 5)];
      return {
        expr: `${a} * ${b} - ${c} * ${d}`,
        value: a * b - c * d,
        first: `${a} * ${b}`,
        after: `${a * b} - ${c} * ${d}`,
      };
    },
  },
  {
    build: (r) => {
      const [a, b, c] = [r.int(2, 9), r.int(2, 9), r.int(2, 6)];
      const d = r.int(1, (a + b) * c - 1);
      return {
        expr: `((${a} + ${b}) * ${c}) - ${d}`,
        value: (a + b) * c - d,
        first: `${a} + ${b}`,
        after: `(${a + b} * ${c}) - ${d}`,
      };
    },
  },
];

/** ASCII expression to TeX: `*` → ×, `/` → ÷, outer parentheses of a nested group → brackets. */
function exprTex(expr: string): string {
  const nested = expr.startsWith("((");
  let out = expr.replace(/\*/g, "\\times").replace(/\//g, "\\div");
  if (nested) out = out.replace(/^\(/, "[").replace(/\) - /, "] - ");
  return out;
}

const orderOfOperations = defineGenerator("math.5.oa.order-of-operations", (rng) => {
  const template = rng.pick(TEMPLATES);
  const { expr, value, first, after } = template.build(rng);
  const prompt = rng.pick([
    `Evaluate ${m(exprTex(expr))}.`,
    `What is the value of ${m(exprTex(expr))}?`,
    `${pickName(rng)} is working out ${m(exprTex(expr))}. What answer should they get?`,
  ]);
  return {
    prompt,
    answer: numberAnswer(value),
    solution: [
      `Do the part in parentheses (or multiplication and division) first: ${m(exprTex(first))}.`,
      `That leaves ${m(exprTex(after))}.`,
      `${m(`${exprTex(after)} = ${value}`)}`,
    ],
    hints: [
      "Work inside parentheses first, then multiply or divide, then add or subtract.",
      `Start with ${m(exprTex(first))}.`,
      expr.includes("2 + 3")
        ? `For example, ${m("(3 + 4) \\times 5")}: first ${m("3 + 4 = 7")}, then ${m("7 \\times 5 = 35")}. But ${m("3 + 4 \\times 5")} is ${m("3 + 20 = 23")}.`
        : `For example, ${m("(2 + 3) \\times 4")}: first ${m("2 + 3 = 5")}, then ${m("5 \\times 4 = 20")}. But ${m("2 + 3 \\times 4")} is ${m("2 + 12 = 14")}.`,
      `After the first step the expression is ${m(exprTex(after))}. Work that out.`,
    ],
    params: { expr },
  };
});

const numericalPatterns = defineGenerator("math.5.oa.numerical-patterns", (rng) => {
  const stepA = rng.int(2, 6);
  const k = rng.int(2, 4);
  const stepB = stepA * k;
  const n = rng.int(6, 10);
  const ask = rng.pick(["term", "ratio"] as const);
  const show = (step: number) => m(`${[0, step, 2 * step, 3 * step].join(",\\; ")},\\; \\ldots`);
  const prompt =
    ask === "term"
      ? `Pattern A starts at 0 and adds ${stepA} each time: ${show(stepA)}. Pattern B starts at 0 and adds ${stepB} each time: ${show(stepB)}. What is the ${ordinal(n)} number in pattern B? (The first number is 0.)`
      : `Pattern A starts at 0 and adds ${stepA}: ${show(stepA)}. Pattern B starts at 0 and adds ${stepB}: ${show(stepB)}. Each number in pattern B is how many times the matching number in pattern A?`;
  const answer = ask === "term" ? (n - 1) * stepB : k;
  return {
    prompt,
    answer: numberAnswer(answer),
    solution:
      ask === "term"
        ? [
            `The ${ordinal(n)} number comes after ${n - 1} steps of ${stepB}.`,
            `${m(`${times(n - 1, stepB)} = ${answer}`)}.`,
          ]
        : [
            `Compare matching numbers: ${stepA} and ${stepB}, ${2 * stepA} and ${2 * stepB}.`,
            `${m(`${div(stepB, stepA)} = ${k}`)}, so each B number is ${k} times the A number.`,
          ],
    hints: [
      "Line the two patterns up and compare the numbers in the same position.",
      ask === "term"
        ? `Pattern B grows by ${stepB} each step. How many steps from the 1st number to the ${ordinal(n)}?`
        : `Divide a B number by its matching A number.`,
      stepA === 3
        ? "For example, A: 0, 5, 10, 15 and B: 0, 10, 20, 30. The 5th B number is 4 steps of 10, which is 40, and each B number is 2 times its A number."
        : "For example, A: 0, 3, 6, 9 and B: 0, 6, 12, 18. The 5th B number is 4 steps of 6, which is 24, and each B number is 2 times its A number.",
      ask === "term"
        ? `There are ${n - 1} steps of ${stepB}. Multiply them.`
        : `Work out ${m(div(3 * stepB, 3 * stepA))}.`,
    ],
    params: { stepA, stepB, n, ask },
  };
});

export const MULTIPLICATION_DIVISION_GENERATORS: GeneratorEntry[] = [
  arrays,
  equalGroups,
  sharingEqually,
  multiplicationFacts,
  divisionFacts,
  unknownFactor,
  properties,
  twoStepOps,
  multiplyByTens,
  multiplicativeComparison,
  factorsMultiples,
  multiStepProblems,
  multiplyMultiDigit,
  divideOneDigit,
  multiplyWhole,
  divideTwoDigit,
  orderOfOperations,
  numericalPatterns,
];
