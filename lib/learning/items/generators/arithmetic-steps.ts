import { m, tex } from "./format";

/**
 * Strategy text for whole-number addition and subtraction, matched to the size of the numbers:
 * counting on for small sums, making ten within 20, tens-and-ones for two digits and the column
 * method beyond. Each strategy gives the targeted hint, the last-step hint and a worked solution.
 */
export interface Strategy {
  targeted: string;
  step: string;
  solution: string[];
}

const PLACE_NAMES = [
  "ones",
  "tens",
  "hundreds",
  "thousands",
  "ten thousands",
  "hundred thousands",
  "millions",
];
const placeName = (index: number) => PLACE_NAMES[index] ?? `10^${index}`;
const digit = (n: number, index: number) => Math.floor(n / 10 ** index) % 10;
const digitCount = (n: number) => String(Math.abs(n)).length;

function columnAddition(a: number, b: number): string[] {
  const steps: string[] = [];
  let carry = 0;
  for (let i = 0; i < Math.max(digitCount(a), digitCount(b)) || carry > 0; i++) {
    const s = digit(a, i) + digit(b, i) + carry;
    const carried = carry > 0 ? " + 1" : "";
    steps.push(
      i >= Math.max(digitCount(a), digitCount(b))
        ? `Write the carried 1 in the ${placeName(i)} place.`
        : `${placeName(i)}: ${m(`${digit(a, i)} + ${digit(b, i)}${carried} = ${s}`)}${s >= 10 ? `, write ${s - 10} and carry 1` : ""}.`.replace(
            /^./,
            (c) => c.toUpperCase(),
          ),
    );
    carry = s >= 10 ? 1 : 0;
  }
  return steps;
}

function columnSubtraction(a: number, b: number): string[] {
  const steps: string[] = [];
  let borrow = 0;
  for (let i = 0; i < digitCount(a); i++) {
    let top = digit(a, i) - borrow;
    const bottom = digit(b, i);
    const regroup = top < bottom;
    if (regroup) top += 10;
    borrow = regroup ? 1 : 0;
    if (i >= digitCount(b) && !regroup && borrow === 0 && top === digit(a, i)) {
      steps.push(
        `${placeName(i)}: nothing to take away, so bring down ${top}.`.replace(/^./, (c) => c.toUpperCase()),
      );
      continue;
    }
    steps.push(
      `${placeName(i)}: ${regroup ? `regroup 1 from the next place, so the top digit becomes ${top}; ` : ""}${m(`${top} - ${bottom} = ${top - bottom}`)}.`.replace(
        /^./,
        (c) => c.toUpperCase(),
      ),
    );
  }
  return steps;
}

function firstColumnHint(a: number, b: number, op: "+" | "-"): string {
  if (op === "+") {
    const s = digit(a, 0) + digit(b, 0);
    return `Start with the ones column: ${m(`${digit(a, 0)} + ${digit(b, 0)} = ${s}`)}${s >= 10 ? `, so write ${s - 10} and carry 1 ten` : ""}. Then do the same for each place to the left, adding any carried 1.`;
  }
  const regroup = digit(a, 0) < digit(b, 0);
  return `Start with the ones column: ${regroup ? `${digit(a, 0)} is less than ${digit(b, 0)}, so regroup 1 ten as 10 ones and work out ${m(`${digit(a, 0) + 10} - ${digit(b, 0)}`)}` : `work out ${m(`${digit(a, 0)} - ${digit(b, 0)}`)}`}. Then move left one place at a time, regrouping whenever the top digit is smaller.`;
}

export function additionStrategy(a: number, b: number): Strategy {
  const s = a + b;
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (s <= 10 || (big >= 10 && small < 10 && big < 20 && s <= 20)) {
    const counted = Array.from({ length: small }, (_, i) => big + i + 1).join(", ");
    return {
      targeted: `Start at the bigger number, ${big}, and count on ${small} more.`,
      step:
        small === 0
          ? `What do you get when you add nothing to ${big}?`
          : small === 1
            ? `Which number comes right after ${big}?`
            : `Count on from ${big}. The first number you say is ${big + 1}; keep going until you have said ${small} numbers.`,
      solution: [
        `Start at the bigger number, ${big}.`,
        small === 0 ? "Adding 0 changes nothing." : `Count on ${small}: ${counted}.`,
        `${m(`${a} + ${b} = ${s}`)}`,
      ],
    };
  }
  if (big < 10 && s <= 20) {
    const need = 10 - big;
    const rest = small - need;
    return {
      targeted: `Make a ten first: ${big} needs ${need} more to make 10.`,
      step: `Split ${small} into ${need} and ${rest}. Since ${m(`${big} + ${need} = 10`)}, what is ${m(`10 + ${rest}`)}?`,
      solution: [
        `Split ${small} into ${need} and ${rest}.`,
        `${m(`${big} + ${need} = 10`)}.`,
        `${m(`10 + ${rest} = ${s}`)}, so ${m(`${a} + ${b} = ${s}`)}.`,
      ],
    };
  }
  if (s < 200 && a < 100 && b < 100) {
    const tens = 10 * (Math.floor(a / 10) + Math.floor(b / 10));
    const ones = (a % 10) + (b % 10);
    return {
      targeted:
        ones >= 10
          ? `Add the tens and the ones separately. The ones make ${ones}, which is 1 ten and ${ones - 10} ones.`
          : "Add the tens and the ones separately.",
      step:
        ones === 0
          ? `The ones add to nothing, so just add the tens: ${m(`${10 * Math.floor(a / 10)} + ${10 * Math.floor(b / 10)}`)}.`
          : `The tens make ${tens} and the ones make ${ones}. Now add ${m(`${tens} + ${ones}`)}.`,
      solution:
        ones === 0
          ? [
              `Tens: ${m(`${10 * Math.floor(a / 10)} + ${10 * Math.floor(b / 10)} = ${tens}`)}.`,
              "There are no ones to add.",
              `So ${m(`${a} + ${b} = ${s}`)}.`,
            ]
          : [
              `Tens: ${m(`${10 * Math.floor(a / 10)} + ${10 * Math.floor(b / 10)} = ${tens}`)}.`,
              `Ones: ${m(`${a % 10} + ${b % 10} = ${ones}`)}.`,
              `${m(`${tens} + ${ones} = ${s}`)}, so ${m(`${a} + ${b} = ${s}`)}.`,
            ],
    };
  }
  return {
    targeted:
      "Line up the numbers by place value and add one column at a time from the right. A column of 10 or more carries 1 to the next place.",
    step: firstColumnHint(a, b, "+"),
    solution: [...columnAddition(a, b), `So ${m(`${tex(a)} + ${tex(b)} = ${tex(s)}`)}.`],
  };
}

export function subtractionStrategy(a: number, b: number): Strategy {
  const d = a - b;
  if (a <= 10) {
    const counted = Array.from({ length: b }, (_, i) => a - i - 1).join(", ");
    return {
      targeted: `Think of the adding fact: ${m(`${b} + ? = ${a}`)}. Or start at ${a} and count back ${b}.`,
      step:
        b === 0
          ? "What is left when you take nothing away?"
          : b === 1
            ? `Which number comes just before ${a}?`
            : `Start at ${a} and count back ${b} numbers. The first number you say is ${a - 1}.`,
      solution: [
        `Start at ${a}.`,
        b === 0 ? "Taking away 0 changes nothing." : `Count back ${b}: ${counted}.`,
        `${m(`${a} - ${b} = ${d}`)}`,
      ],
    };
  }
  if (a <= 20 && b < 10) {
    const toTen = a - 10;
    if (toTen < b) {
      return {
        targeted: `Take away ${toTen} first to land on 10, then take away the rest.`,
        step: `First ${m(`${a} - ${toTen} = 10`)}. How many of the ${b} do you still need to take away from 10?`,
        solution: [
          `Split ${b} into ${toTen} and ${b - toTen}.`,
          `${m(`${a} - ${toTen} = 10`)}.`,
          `${m(`10 - ${b - toTen} = ${d}`)}, so ${m(`${a} - ${b} = ${d}`)}.`,
        ],
      };
    }
    return {
      targeted: `Keep the ten and take ${b} away from the ${toTen} ones.`,
      step: `Work out ${m(`${toTen} - ${b}`)}, then put the ten back.`,
      solution: [
        `${a} is 10 and ${toTen}.`,
        `${m(`${toTen} - ${b} = ${toTen - b}`)}.`,
        `${m(`10 + ${toTen - b} = ${d}`)}, so ${m(`${a} - ${b} = ${d}`)}.`,
      ],
    };
  }
  if (a < 100) {
    const [ta, oa, tb, ob] = [Math.floor(a / 10), a % 10, Math.floor(b / 10), b % 10];
    if (oa >= ob) {
      return {
        targeted: "Subtract the tens and the ones separately.",
        step: `Work out the tens, ${m(`${10 * ta} - ${10 * tb}`)}, and the ones, ${m(`${oa} - ${ob}`)}, then put the two results together.`,
        solution: [
          `Tens: ${m(`${10 * ta} - ${10 * tb} = ${10 * (ta - tb)}`)}.`,
          `Ones: ${m(`${oa} - ${ob} = ${oa - ob}`)}.`,
          `${m(`${10 * (ta - tb)} + ${oa - ob} = ${d}`)}, so ${m(`${a} - ${b} = ${d}`)}.`,
        ],
      };
    }
    return {
      targeted: `There are not enough ones to take ${ob} from ${oa}. Break one ten into 10 ones.`,
      step: `Regroup: ${m(`${a} = ${10 * (ta - 1)} + ${oa + 10}`)}. Now take ${b} away from that, ones first.`,
      solution: [
        `Regroup one ten: ${a} is ${ta - 1} tens and ${oa + 10} ones.`,
        `Ones: ${m(`${oa + 10} - ${ob} = ${oa + 10 - ob}`)}. Tens: ${m(`${10 * (ta - 1)} - ${10 * tb} = ${10 * (ta - 1 - tb)}`)}.`,
        `${m(`${10 * (ta - 1 - tb)} + ${oa + 10 - ob} = ${d}`)}, so ${m(`${a} - ${b} = ${d}`)}.`,
      ],
    };
  }
  return {
    targeted:
      "Line up the numbers by place value and subtract one column at a time from the right. If the top digit is smaller, regroup 1 from the next place.",
    step: firstColumnHint(a, b, "-"),
    solution: [...columnSubtraction(a, b), `So ${m(`${tex(a)} - ${tex(b)} = ${tex(d)}`)}.`],
  };
}

/** One-line worked example for the third hint, using the same strategy family. */
export function exampleLine(a: number, b: number, op: "+" | "-"): string {
  const result = op === "+" ? a + b : a - b;
  const strategy = op === "+" ? additionStrategy(a, b) : subtractionStrategy(a, b);
  const middle = strategy.solution.slice(0, -1).join(" ");
  return `For example, ${m(`${tex(a)} ${op} ${tex(b)}`)}: ${middle} So ${m(`${tex(a)} ${op} ${tex(b)} = ${tex(result)}`)}.`;
}
