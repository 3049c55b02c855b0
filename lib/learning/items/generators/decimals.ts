import type { Rng } from "../random";
import { compareAnswer, comparePrompt, compareSymbol, SYMBOL_REMINDER } from "./compare";
import {
  defineGenerator,
  differentFrom,
  fractionAnswer,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { clean, fixed, frac, m, tex, word } from "./format";
import { pickName } from "./word-contexts";

// Decimals are carried as integers with a scale (345 at scale 2 is 3.45) so that no prompt or
// answer ever shows binary noise such as 0.30000000000000004.
const value = (scaled: number, places: number) => clean(scaled / 10 ** places);
/** Shortest form (3.5, not 3.50): children must line up places themselves. */
const short = (scaled: number, places: number) => tex(value(scaled, places));
const PLACE = ["ones", "tenths", "hundredths", "thousandths"];
const placeWord = (i: number) => PLACE[i] ?? `${i} places`;

const decimalNotation = defineGenerator("math.4.nf.decimal-notation", (rng): ItemDraft => {
  const form = rng.pick(["to-decimal", "to-fraction"] as const);
  const den = rng.pick([10, 100]);
  // Whole numbers (10/10, 200/100) would show up as 1.0 or 2.00, which is not this skill.
  const n = differentFrom(
    rng,
    (r) => (den === 10 ? r.int(1, 29) : r.int(1, 299)),
    (v) => v % den === 0,
    7,
  );
  const places = den === 10 ? 1 : 2;
  const shown = fixed(n / den, places);
  if (form === "to-decimal") {
    return {
      prompt: rng.pick([
        `Write ${m(frac(n, den))} as a decimal.`,
        `${pickName(rng)} shaded ${m(frac(n, den))} of a grid. Write that amount as a decimal.`,
        `What decimal is the same as ${m(frac(n, den))}?`,
      ]),
      answer: numberAnswer(value(n, places)),
      solution: [
        `${m(frac(n, den))} is ${n} ${den === 10 ? "tenths" : "hundredths"}.`,
        `The last digit goes in the ${den === 10 ? "tenths" : "hundredths"} place: ${m(shown)}.`,
      ],
      hints: [
        "After the decimal point come tenths, then hundredths.",
        `A denominator of ${den} means the number ends in the ${den === 10 ? "tenths" : "hundredths"} place.`,
        den === 10
          ? `For example, ${m(frac(7, 100))} is ${m("0.07")}, and ${m(frac(n === 23 ? 31 : 23, 10))} is ${m(n === 23 ? "3.1" : "2.3")}.`
          : `For example, ${m(frac(n === 7 ? 9 : 7, 10))} is ${m(n === 7 ? "0.9" : "0.7")}, and ${m(frac(n === 45 ? 54 : 45, 100))} is ${m(n === 45 ? "0.54" : "0.45")}.`,
        `Write ${n} so that its last digit sits ${den === 10 ? "one place" : "two places"} after the decimal point${n < den / 10 ? ", using zeros to fill the gap" : ""}.`,
      ],
      params: { form, n, den },
    };
  }
  return {
    prompt: rng.pick([
      `Write ${m(shown)} as a fraction.`,
      `What fraction is the same as ${m(shown)}?`,
      `${pickName(rng)} ran ${m(shown)} miles. Write that number as a fraction.`,
    ]),
    answer: fractionAnswer(n, den),
    solution: [
      `The last digit of ${m(shown)} is in the ${den === 10 ? "tenths" : "hundredths"} place, so the denominator is ${den}.`,
      `${m(shown)} is ${n} ${den === 10 ? "tenths" : "hundredths"}: ${m(frac(n, den))}.`,
    ],
    hints: [
      "Read the decimal aloud: the name of the last place tells the denominator.",
      `How many places are after the point? One place means tenths, two places mean hundredths.`,
      `For example, ${m(n === 63 ? "0.71" : "0.63")} is ${n === 63 ? "71" : "63"} hundredths, which is ${m(frac(n === 63 ? 71 : 63, 100))}.`,
      `${m(shown)} ends in the ${den === 10 ? "tenths" : "hundredths"} place, so the denominator is ${den}. Read the digits without the point for the numerator.`,
    ],
    params: { form, n, den },
  };
});

function compareDecimalsDraft(rng: Rng, a: number, b: number, places: number, example: string): ItemDraft {
  const la = short(a, places);
  const lb = short(b, places);
  return {
    prompt: rng.pick([
      `Which symbol makes this true? ${comparePrompt(la, lb)}`,
      `Compare the decimals with <, = or >: ${comparePrompt(la, lb)}`,
      `${pickName(rng)} jumped ${m(la)} meters and a friend jumped ${m(lb)} meters. Choose the symbol: ${comparePrompt(la, lb)}`,
    ]),
    answer: compareAnswer(a - b),
    solution: [
      `Write both with the same number of decimal places: ${m(fixed(value(a, places), places))} and ${m(fixed(value(b, places), places))}.`,
      `Compare place by place from the left.`,
      `So ${m(`${la} ${compareSymbol(a - b)} ${lb}`)}.`,
    ],
    hints: [
      `A longer decimal is not always bigger. ${SYMBOL_REMINDER}`,
      "Add zeros so both numbers have the same number of decimal places, then compare like whole numbers.",
      example,
      `Compare ${m(fixed(value(a, places), places))} and ${m(fixed(value(b, places), places))} digit by digit, starting with the ${placeWord(0)}.`,
    ],
    params: { a, b, places },
  };
}

const compareDecimals4 = defineGenerator("math.4.nf.compare-decimals", (rng) => {
  const a = rng.int(1, 199);
  const b = rng.chance(0.12)
    ? a
    : rng.chance(0.5)
      ? 10 * Math.floor(a / 10) + rng.int(0, 9)
      : rng.chance(0.5)
        ? 10 * rng.int(0, 19)
        : rng.int(1, 199);
  return compareDecimalsDraft(
    rng,
    a,
    b,
    2,
    `For example, ${m("0.5 \\;\\square\\; 0.45")}: write ${m("0.50")} and ${m("0.45")}; 50 hundredths is more than 45 hundredths, so ${m("0.5 > 0.45")}.`,
  );
});

const compareDecimals5 = defineGenerator("math.5.nbt.compare-decimals", (rng) => {
  const a = rng.int(1, 9999);
  const b = rng.chance(0.1)
    ? a
    : rng.chance(0.5)
      ? 100 * Math.floor(a / 100) + rng.int(0, 99)
      : rng.chance(0.5)
        ? 10 * Math.floor(a / 10) + rng.pick([0, 5])
        : rng.int(1, 9999);
  return compareDecimalsDraft(
    rng,
    a,
    b,
    3,
    `For example, ${m("0.406 \\;\\square\\; 0.46")}: write ${m("0.406")} and ${m("0.460")}; in the hundredths place 0 is less than 6, so ${m("0.406 < 0.46")}.`,
  );
});

const powersOfTen = defineGenerator("math.5.nbt.powers-of-ten", (rng) => {
  const places = rng.int(0, 2);
  const mant = rng.int(11, 9999);
  const power = rng.int(1, 3);
  const op = rng.pick(["*", "/"] as const);
  const start = value(mant, places);
  const result = op === "*" ? clean(start * 10 ** power) : value(mant, places + power);
  const factor = rng.chance(0.3) ? `10^{${power}}` : tex(10 ** power);
  const expression = `${tex(start)} ${op === "*" ? "\\times" : "\\div"} ${factor}`;
  const ex = op === "*" ? ["3.52", "100", "352"] : ["47.1", "10", "4.71"];
  return {
    prompt: rng.pick([
      `${m(`${expression} = ?`)}`,
      `Work out ${m(expression)}.`,
      `What is ${m(expression)}?`,
    ]),
    answer: numberAnswer(result),
    solution: [
      `${op === "*" ? "Multiplying" : "Dividing"} by ${tex(10 ** power)} moves every digit ${word(power)} ${power === 1 ? "place" : "places"} to the ${op === "*" ? "left" : "right"}.`,
      `${m(`${expression} = ${tex(result)}`)}`,
    ],
    hints: [
      "Multiplying or dividing by 10, 100 or 1,000 keeps the digits the same but changes their places.",
      `${tex(10 ** power)} has ${word(power)} ${power === 1 ? "zero" : "zeros"}, so the digits move ${word(power)} ${power === 1 ? "place" : "places"}.`,
      `For example, ${m(`${ex[0]} ${op === "*" ? "\\times" : "\\div"} ${ex[1]} = ${ex[2]}`)}: each digit moved ${op === "*" ? "two places left" : "one place right"}.`,
      `Move each digit of ${m(tex(start))} ${word(power)} ${power === 1 ? "place" : "places"} to the ${op === "*" ? "left (bigger)" : "right (smaller)"}, adding zeros if you run out of digits.`,
    ],
    params: { mant, places, power, op },
  };
});

const roundDecimals = defineGenerator("math.5.nbt.round-decimals", (rng) => {
  const scaled = rng.int(1001, 99999);
  const to = rng.int(0, 2);
  const f = 10 ** (3 - to);
  const q = Math.floor(scaled / f);
  const rounded = (scaled % f) * 2 >= f ? q + 1 : q;
  const answer = value(rounded, to);
  const deciding = Math.floor(scaled / 10 ** (2 - to)) % 10;
  const targetName = ["whole number", "tenth", "hundredth"][to] ?? "tenth";
  const shown = fixed(value(scaled, 3), 3);
  return {
    prompt: rng.pick([
      `Round ${m(shown)} to the nearest ${targetName}.`,
      `What is ${m(shown)} rounded to the nearest ${targetName}?`,
      `${pickName(rng)}'s pumpkin weighs ${m(shown)} kilograms. What is that to the nearest ${targetName}?`,
    ]),
    answer: numberAnswer(answer),
    solution: [
      `The digit after the ${["ones", "tenths", "hundredths"][to]} place is ${deciding}.`,
      deciding >= 5 ? "It is 5 or more, so round up." : "It is less than 5, so round down.",
      `${m(shown)} rounds to ${m(fixed(answer, to))}.`,
    ],
    hints: [
      `Find the ${["ones", "tenths", "hundredths"][to]} place, then look one place to its right.`,
      `The digit just after the ${["ones", "tenths", "hundredths"][to]} place is ${deciding}. 5 or more rounds up; 4 or less rounds down.`,
      `For example, ${m("6.249")} to the nearest tenth: the hundredths digit is 4, so it rounds down to ${m("6.2")}.`,
      `Decide whether the ${["ones", "tenths", "hundredths"][to]} digit stays the same or goes up by one, then drop every digit after it.`,
    ],
    params: { scaled, to },
  };
});

const addSubtractDecimals = defineGenerator("math.5.nbt.add-subtract-decimals", (rng) => {
  const op = rng.pick(["+", "-"] as const);
  // Mixed decimal lengths (3.5 and 2.75) are where children misalign places.
  const a = rng.chance(0.5) ? 10 * rng.int(5, 999) : rng.int(50, 9999);
  let b = rng.chance(0.5) ? 10 * rng.int(1, 999) : rng.int(1, 9999);
  if (op === "-" && b >= a) b = rng.int(1, a - 1);
  const result = op === "+" ? a + b : a - b;
  const expression = `${short(a, 2)} ${op} ${short(b, 2)}`;
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${expression} = ?`)}`,
    `Work out ${m(expression)}.`,
    op === "+"
      ? `${name} buys a book for ${m(fixed(value(a, 2), 2))} dollars and a pen for ${m(fixed(value(b, 2), 2))} dollars. How many dollars is that in all?`
      : `${name} has ${m(fixed(value(a, 2), 2))} dollars and spends ${m(fixed(value(b, 2), 2))} dollars. How many dollars are left?`,
  ]);
  return {
    prompt,
    answer: numberAnswer(value(result, 2), prompt.includes("dollars") ? "dollars" : undefined),
    solution: [
      `Line up the decimal points: ${m(fixed(value(a, 2), 2))} and ${m(fixed(value(b, 2), 2))}.`,
      `${op === "+" ? "Add" : "Subtract"} as with whole numbers: ${m(`${a} ${op} ${b} = ${result}`)} hundredths.`,
      `Put the point back: ${m(tex(value(result, 2)))}.`,
    ],
    hints: [
      "Line up the decimal points so tenths sit under tenths and hundredths under hundredths.",
      "Fill any empty places with zeros so both numbers have two decimal places.",
      `For example, ${m("3.5 + 2.75")}: write ${m("3.50 + 2.75")}, add to get ${m("6.25")}.`,
      `Write it as ${m(`${fixed(value(a, 2), 2)} ${op} ${fixed(value(b, 2), 2)}`)} and ${op === "+" ? "add" : "subtract"} column by column from the hundredths, keeping the point in line.`,
    ],
    params: { a, b, op, scale: 100 },
    checkContext: { a: value(a, 2), b: value(b, 2), operation: op === "+" ? "add" : "subtract" },
  };
});

function decimalText(scaled: number, places: number): string {
  return tex(value(scaled, places));
}

const multiplyDecimals = defineGenerator("math.5.nbt.multiply-decimals", (rng) => {
  const form = rng.pick(["by-whole", "by-whole", "by-decimal"] as const);
  const nonTen = (r: Rng, lo: number, hi: number) =>
    differentFrom(
      r,
      (rr) => rr.int(lo, hi),
      (x) => x % 10 === 0,
      lo % 10 === 0 ? lo + 1 : lo,
    );
  const ap = form === "by-whole" ? rng.int(1, 2) : 1;
  const a = nonTen(rng, ap === 1 ? 2 : 11, ap === 1 ? 99 : 999);
  const bp = form === "by-whole" ? 0 : rng.int(1, 2);
  const b = form === "by-whole" ? rng.int(2, 9) : nonTen(rng, 2, bp === 1 ? 9 : 99);
  const product = a * b;
  const total = ap + bp;
  const result = value(product, total);
  const expression = `${decimalText(a, ap)} \\times ${decimalText(b, bp)}`;
  const name = pickName(rng);
  const prompt = rng.pick([
    `${m(`${expression} = ?`)}`,
    `Multiply: ${m(expression)}`,
    form === "by-whole"
      ? `One notebook costs ${m(fixed(value(a, ap), 2))} dollars. How many dollars do ${b} notebooks cost?`
      : `A path is ${m(decimalText(a, ap))} kilometers long. ${name} walks ${m(decimalText(b, bp))} of it. How many kilometers is that?`,
  ]);
  return {
    prompt,
    answer: numberAnswer(
      result,
      prompt.includes("dollars") ? "dollars" : prompt.includes("kilometers") ? "km" : undefined,
    ),
    solution: [
      `Multiply without the decimal points: ${m(`${a} \\times ${b} = ${product}`)}.`,
      `The factors have ${word(total)} decimal ${total === 1 ? "place" : "places"} in all, so the product does too.`,
      `${m(`${expression} = ${tex(result)}`)}`,
    ],
    hints: [
      "Estimate first so you know roughly how big the answer should be.",
      "Multiply as if there were no decimal points, then count the decimal places in the factors.",
      form === "by-whole"
        ? `For example, ${m("1.25 \\times 3")}: ${m("125 \\times 3 = 375")}, and two decimal places give ${m("3.75")}.`
        : `For example, ${m("0.4 \\times 0.3")}: ${m("4 \\times 3 = 12")}, and two decimal places give ${m("0.12")}.`,
      `${m(`${a} \\times ${b} = ${product}`)}. Now place the point so the answer has ${word(total)} decimal ${total === 1 ? "place" : "places"}.`,
    ],
    params: { a, ap, b, bp },
    // Lets the checker recognise 0.4 × 0.3 = 0.7 (added); a misplaced point is caught without it.
    checkContext: { a: value(a, ap), b: value(b, bp), operation: "multiply" },
  };
});

const divideDecimals = defineGenerator("math.5.nbt.divide-decimals", (rng): ItemDraft => {
  const form = rng.pick(["by-whole", "by-whole", "by-tenth"] as const);
  const name = pickName(rng);
  if (form === "by-whole") {
    const b = rng.int(2, 9);
    const ap = rng.int(1, 2);
    const q = differentFrom(
      rng,
      (r) => r.int(ap === 1 ? 2 : 11, ap === 1 ? 99 : 499),
      (x) => x % 10 === 0,
      13,
    );
    const a = q * b;
    const result = value(q, ap);
    const expression = `${decimalText(a, ap)} \\div ${b}`;
    return {
      prompt: rng.pick([
        `${m(`${expression} = ?`)}`,
        `Divide: ${m(expression)}`,
        `${name} shares ${m(decimalText(a, ap))} liters of juice equally among ${b} cups. How many liters go in each cup?`,
      ]),
      answer: numberAnswer(result),
      solution: [
        `Divide as with whole numbers: ${m(`${a} \\div ${b} = ${q}`)}.`,
        `The answer keeps the same number of decimal places as ${m(decimalText(a, ap))}: ${m(tex(result))}.`,
      ],
      hints: [
        "Dividing a decimal by a whole number works like whole-number division; the point stays in place.",
        "Put the decimal point in the answer straight above the point in the number you are dividing.",
        `For example, ${m("7.2 \\div 3")}: ${m("72 \\div 3 = 24")}, so ${m("7.2 \\div 3 = 2.4")}.`,
        `${m(`${a} \\div ${b} = ${q}`)}. Place the point so the answer has ${word(ap)} decimal ${ap === 1 ? "place" : "places"}.`,
      ],
      params: { a, ap, b, bp: 0 },
      checkContext: { a: value(a, ap), b, operation: "divide" },
    };
  }
  const bTenths = rng.pick([2, 4, 5]);
  const a = rng.int(1, 12) * (bTenths === 4 ? 2 : 1);
  const result = (a * 10) / bTenths;
  const expression = `${a} \\div ${decimalText(bTenths, 1)}`;
  return {
    prompt: rng.pick([
      `${m(`${expression} = ?`)}`,
      `How many pieces ${m(decimalText(bTenths, 1))} meters long can be cut from a rope ${a} meters long?`,
    ]),
    answer: numberAnswer(result),
    solution: [
      `Multiply both numbers by 10 so the divisor is whole: ${m(`${a * 10} \\div ${bTenths}`)}.`,
      `${m(`${a * 10} \\div ${bTenths} = ${result}`)}.`,
    ],
    hints: [
      `Ask: how many ${m(decimalText(bTenths, 1))}s fit into ${a}?`,
      "Multiplying both numbers by 10 does not change the answer, and makes the divisor a whole number.",
      `For example, ${m("3 \\div 0.5")} is the same as ${m("30 \\div 5 = 6")}.`,
      `Work out ${m(`${a * 10} \\div ${bTenths}`)}.`,
    ],
    params: { a, ap: 0, b: bTenths, bp: 1 },
    // Multiplying here (3 × 0.5 = 1.5) is the "dividing makes smaller" slip.
    checkContext: { a, b: value(bTenths, 1), operation: "divide" },
  };
});

export const DECIMAL_GENERATORS: GeneratorEntry[] = [
  decimalNotation,
  compareDecimals4,
  powersOfTen,
  compareDecimals5,
  roundDecimals,
  addSubtractDecimals,
  multiplyDecimals,
  divideDecimals,
];
