import type { Rng } from "../random";
import { compareAnswer, comparePrompt, compareSymbol, SYMBOL_REMINDER } from "./compare";
import {
  defineGenerator,
  differentFrom,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { m, num, tex } from "./format";
import { pickName, pickThing, pickTwoNames } from "./word-contexts";

const PLACE_NAMES: Record<number, string> = {
  1: "ones",
  10: "tens",
  100: "hundreds",
  1000: "thousands",
  10000: "ten thousands",
  100000: "hundred thousands",
};

const placeName = (place: number): string => PLACE_NAMES[place] ?? String(place);
const placeUnit = (place: number): string => placeName(place).replace(/s$/, "");
const digitAt = (n: number, place: number): number => Math.floor(n / place) % 10;
const count = (k: number, unit: string) => `${k} ${k === 1 ? unit : `${unit}s`}`;

const teenNumbers = defineGenerator("math.k.nbt.teen-numbers", (rng) => {
  const ones = rng.int(1, 9);
  const n = 10 + ones;
  const ask = rng.pick(["ones", "number"] as const);
  const thing = pickThing(rng);
  const name = pickName(rng);
  const prompt =
    ask === "ones"
      ? rng.pick([
          `${m(`${n}`)} is 1 ten and how many ones?`,
          `${m(`${n} = 10 + ?`)} What number is missing?`,
          `${name} has ${n} ${thing.many}. ${name} puts 10 of them in a cup. How many are left outside the cup?`,
        ])
      : rng.pick([
          `What number is 1 ten and ${ones} ${ones === 1 ? "one" : "ones"}?`,
          `A ten-frame is full with 10 counters, and ${ones} more ${ones === 1 ? "counter sits" : "counters sit"} next to it. How many counters are there in all?`,
          `${name} has a cup with 10 ${thing.many} and ${ones} more ${ones === 1 ? thing.one : thing.many} on the table. How many ${thing.many} is that?`,
          `${m(`10 + ${ones} = ?`)}`,
        ]);
  const ex = differentFrom(
    rng,
    (r) => r.int(1, 9),
    (k) => k === ones,
    ones === 6 ? 4 : 6,
  );
  return {
    prompt,
    answer: numberAnswer(ask === "ones" ? ones : n),
    solution: [
      `A teen number is one ten and some ones.`,
      `${m(`10 + ${ones} = ${n}`)}, so ${n} is 1 ten and ${ones} ${ones === 1 ? "one" : "ones"}.`,
      `The answer is ${ask === "ones" ? ones : n}.`,
    ],
    hints: [
      "Teen numbers are made of one full ten and some extra ones.",
      ask === "ones" ? "Take away the 10. What is left over?" : "Start at 10 and count on the extra ones.",
      `For example, 10 and ${ex} more make ${10 + ex}, so ${10 + ex} is 1 ten and ${ex} ${ex === 1 ? "one" : "ones"}.`,
      ask === "ones"
        ? `Count up from 10 to ${n} on your fingers. How many fingers did you put up?`
        : `Start at 10 and count on ${ones === 1 ? "one more number" : `one number for each of the extra ones`}.`,
    ],
    params: { ones, ask },
  };
});

const tensAndOnes = defineGenerator("math.1.nbt.tens-and-ones", (rng) => {
  const tens = rng.int(1, 9);
  const ones = rng.int(0, 9);
  const n = 10 * tens + ones;
  const ask = rng.pick(["tens", "ones", "number", "number"] as const);
  const name = pickName(rng);
  const prompt =
    ask === "tens"
      ? rng.pick([
          `How many tens are in ${m(`${n}`)}?`,
          `${m(`${n}`)} = ? tens and ${ones} ones. How many tens?`,
          `${name} bundles ${n} sticks into tens. How many full bundles of ten can ${name} make?`,
        ])
      : ask === "ones"
        ? rng.pick([
            `${m(`${n}`)} is ${tens} tens and how many ones?`,
            `${name} bundles ${n} sticks into tens. How many single sticks are left over?`,
            `What digit is in the ones place of ${m(`${n}`)}?`,
          ])
        : rng.pick([
            `What number is ${tens} tens and ${ones} ones?`,
            `${name} has ${tens} bundles of ten sticks and ${ones} single sticks. How many sticks is that?`,
            `${m(`${tens} \\text{ tens} + ${ones} \\text{ ones} = ?`)}`,
          ]);
  const exT = differentFrom(
    rng,
    (r) => r.int(2, 8),
    (k) => k === tens,
    tens === 3 ? 5 : 3,
  );
  const exO = exT === 5 ? 2 : 4;
  const steps: Record<typeof ask, string> = {
    tens: `Count by tens: 10, 20, 30, and so on. How many tens can you count without going past ${n}?`,
    ones: `Take away the tens: ${m(`${n} - ${10 * tens}`)}. How many are left?`,
    number:
      ones === 0
        ? `Count by tens, once for each of the ${tens === 1 ? "ten" : `${tens} tens`}.`
        : `${tens} tens is ${10 * tens}. Now count on ${ones} more.`,
  };
  return {
    prompt,
    answer: numberAnswer(ask === "tens" ? tens : ask === "ones" ? ones : n),
    solution: [
      `In a two-digit number, the left digit tells the tens and the right digit tells the ones.`,
      `${n} = ${tens} tens and ${ones} ones, because ${m(`${10 * tens} + ${ones} = ${n}`)}.`,
      `The answer is ${ask === "tens" ? tens : ask === "ones" ? ones : n}.`,
    ],
    hints: [
      "A two-digit number is made of tens and ones.",
      ask === "number"
        ? "Write the tens digit first, then the ones digit."
        : "The left digit tells the tens; the right digit tells the ones.",
      `For example, ${exT} tens and ${exO} ones make ${10 * exT + exO}: ${10 * exT} and ${exO} more.`,
      steps[ask],
    ],
    params: { tens, ones, ask },
  };
});

function compareDraft(rng: Rng, a: number, b: number, example: [number, number], unit: string): ItemDraft {
  const [nameA, nameB] = pickTwoNames(rng);
  const thing = pickThing(rng);
  const prompt = rng.pick([
    `Which symbol makes this true? ${comparePrompt(tex(a), tex(b))}`,
    `Choose <, = or > to compare: ${comparePrompt(tex(a), tex(b))}`,
    `${nameA} has ${num(a)} ${thing.many} and ${nameB} has ${num(b)}. Which symbol goes in the box? ${comparePrompt(tex(a), tex(b))}`,
  ]);
  const places = unit === "three" ? [100, 10, 1] : [10, 1];
  const firstDiff = places.find((p) => digitAt(a, p) !== digitAt(b, p));
  const [ea, eb] = example;
  const exPlace = places.find((p) => digitAt(ea, p) !== digitAt(eb, p)) ?? 1;
  return {
    prompt,
    answer: compareAnswer(a - b),
    solution: [
      `Compare from the biggest place: ${places.map(placeName).join(", then ")}.`,
      firstDiff === undefined
        ? `Every digit is the same, so the numbers are equal.`
        : `In the ${placeName(firstDiff)} place, ${num(a)} has ${digitAt(a, firstDiff)} and ${num(b)} has ${digitAt(b, firstDiff)}.`,
      `So ${m(`${tex(a)} ${compareSymbol(a - b)} ${tex(b)}`)}.`,
    ],
    hints: [
      `Start with the biggest place. Only look further right if those digits are the same.`,
      SYMBOL_REMINDER,
      `For example, ${m(`${tex(ea)} \\;\\square\\; ${tex(eb)}`)}: the ${placeName(exPlace)} digits are ${digitAt(ea, exPlace)} and ${digitAt(eb, exPlace)}, so ${m(`${tex(ea)} ${compareSymbol(ea - eb)} ${tex(eb)}`)}.`,
      firstDiff === undefined
        ? "Check each place carefully: are all the digits the same?"
        : `Look at the ${placeName(firstDiff)} place: ${digitAt(a, firstDiff)} and ${digitAt(b, firstDiff)}. Which number is greater?`,
    ],
    params: { a, b },
  };
}

const compareTwoDigit = defineGenerator("math.1.nbt.compare-two-digit", (rng) => {
  const a = rng.int(10, 99);
  const b = rng.chance(0.15) ? a : rng.chance(0.5) ? 10 * digitAt(a, 10) + rng.int(0, 9) : rng.int(10, 99);
  const example = differentFrom(
    rng,
    (r): [number, number] => [r.int(20, 59), r.int(60, 99)],
    ([x]) => x === a,
    [34, 71],
  );
  const ordered: [number, number] = rng.chance(0.5) ? example : [example[1], example[0]];
  return compareDraft(rng, a, b, ordered, "two");
});

const compareThreeDigit = defineGenerator("math.2.nbt.compare-three-digit", (rng) => {
  const a = rng.int(100, 999);
  const shareHundreds = rng.chance(0.5);
  const b = rng.chance(0.12)
    ? a
    : shareHundreds
      ? 100 * digitAt(a, 100) + (rng.chance(0.5) ? 10 * digitAt(a, 10) + rng.int(0, 9) : rng.int(0, 99))
      : rng.int(100, 999);
  const example = differentFrom(
    rng,
    (r): [number, number] => {
      const h = r.int(1, 9);
      return [100 * h + r.int(10, 49), 100 * h + r.int(50, 99)];
    },
    ([x]) => x === a,
    [415, 462],
  );
  return compareDraft(rng, a, b, example, "three");
});

const tenMoreTenLess = defineGenerator("math.1.nbt.ten-more-ten-less", (rng) => {
  const delta = rng.pick([10, -10]);
  const n = delta > 0 ? rng.int(10, 89) : rng.int(20, 99);
  const name = pickName(rng);
  const thing = pickThing(rng);
  const word = delta > 0 ? "more" : "less";
  const prompt = rng.pick([
    `What is 10 ${word} than ${m(`${n}`)}?`,
    `Find the number that is 10 ${word} than ${m(`${n}`)}.`,
    delta > 0
      ? `${name} has ${n} ${thing.many}. ${name} gets a bag with 10 more. How many ${thing.many} does ${name} have now?`
      : `${name} has ${n} ${thing.many} and gives a bag of 10 to a friend. How many ${thing.many} are left?`,
    `${m(`${n} ${delta > 0 ? "+" : "-"} 10 = ?`)}`,
  ]);
  const t = digitAt(n, 10);
  const o = digitAt(n, 1);
  const ex = differentFrom(
    rng,
    (r) => r.int(21, 78),
    (k) => k === n,
    45,
  );
  return {
    prompt,
    answer: numberAnswer(n + delta),
    solution: [
      `Adding or taking away 10 changes only the tens digit; the ones stay the same.`,
      `${n} has ${t} tens. ${delta > 0 ? "One more ten" : "One less ten"} makes ${t + delta / 10} tens, and the ones stay ${o}.`,
      `${m(`${n} ${delta > 0 ? "+" : "-"} 10 = ${n + delta}`)}`,
    ],
    hints: [
      `Ten ${word} changes just one digit. Which one?`,
      `Only the tens digit changes. The ones digit stays ${o}.`,
      `For example, 10 ${word} than ${ex} is ${ex + delta}: the tens go from ${digitAt(ex, 10)} to ${digitAt(ex + delta, 10)} and the ones stay ${digitAt(ex, 1)}.`,
      `The tens digit of ${n} is ${t}. What is one ${word} than ${t}? Keep the ones digit the same.`,
    ],
    params: { n, delta },
  };
});

function placeValueDraft(rng: Rng, n: number, places: number[]): ItemDraft {
  const usable = places.filter((p) => digitAt(n, p) !== 0);
  const place = rng.pick(usable);
  const d = digitAt(n, place);
  const digits = String(n).split("");
  const unique = digits.filter((c) => c === String(d)).length === 1;
  const prompt =
    unique && rng.chance(0.6)
      ? rng.pick([
          `What is the value of the digit ${d} in ${m(tex(n))}?`,
          `In the number ${m(tex(n))}, how much is the ${d} worth?`,
        ])
      : rng.pick([
          `What is the value of the digit in the ${placeName(place)} place of ${m(tex(n))}?`,
          `Look at ${m(tex(n))}. How much is the ${placeName(place).replace(/s$/, "")} digit worth?`,
        ]);
  const exN = n < 1000 ? (n === 628 ? 735 : 628) : n === 46_250 ? 58_190 : 46_250;
  const exPlace = n < 1000 ? 10 : 1000;
  const exValue = digitAt(exN, exPlace) * exPlace;
  return {
    prompt,
    answer: numberAnswer(d * place),
    solution: [
      `Name the places from the right: ${places
        .slice()
        .sort((x, y) => x - y)
        .map(placeName)
        .join(", ")}.`,
      `The ${d} is in the ${placeName(place)} place.`,
      `${d} ${placeName(place)} ${m(`= ${d} \\times ${tex(place)} = ${tex(d * place)}`)}.`,
    ],
    hints: [
      "A digit's value depends on its place. Start from the right: ones, tens, hundreds…",
      `The digit is in the ${placeName(place)} place.`,
      `For example, in ${m(tex(exN))} the ${digitAt(exN, exPlace)} is in the ${placeName(exPlace)} place, so it is worth ${m(`${digitAt(exN, exPlace)} \\times ${tex(exPlace)} = ${tex(exValue)}`)}.`,
      place === 1
        ? "A digit in the ones place is worth just itself."
        : `The digit ${d} means ${d} ${d === 1 ? placeUnit(place) : placeName(place)}. Write that amount as a number.`,
    ],
    params: { n, place },
  };
}

const placeValueHundreds = defineGenerator("math.2.nbt.place-value-hundreds", (rng) =>
  placeValueDraft(rng, rng.int(101, 999), [1, 10, 100]),
);

const placeValueMillions = defineGenerator("math.4.nbt.place-value", (rng) => {
  const digits = rng.int(4, 6);
  const n = rng.int(10 ** (digits - 1), 10 ** digits - 1);
  return placeValueDraft(
    rng,
    n,
    [1, 10, 100, 1000, 10000, 100000].filter((p) => p < 10 ** digits),
  );
});

const expandedForm = defineGenerator("math.2.nbt.expanded-form", (rng) => {
  const h = rng.int(1, 9);
  const t = rng.chance(0.15) ? 0 : rng.int(1, 9);
  const o = rng.chance(0.15) ? 0 : rng.int(1, 9);
  const n = 100 * h + 10 * t + o;
  const parts = [100 * h, 10 * t, o].filter((x) => x !== 0);
  const missingOptions = (["hundreds", "tens", "ones"] as const).filter(
    (k) => (k === "tens" ? t : k === "ones" ? o : h) !== 0,
  );
  const ask = rng.chance(0.5) ? ("number" as const) : rng.pick(missingOptions);
  const value = { number: n, hundreds: 100 * h, tens: 10 * t, ones: o }[ask];
  const shown = [100 * h, 10 * t, o]
    .map((x, i) => (["hundreds", "tens", "ones"][i] === ask ? "?" : x === 0 ? "" : String(x)))
    .filter((x) => x !== "")
    .join(" + ");
  const prompt =
    ask === "number"
      ? rng.pick([
          `What number is ${m(parts.join(" + "))}?`,
          `Write this number the usual way: ${m(parts.join(" + "))}`,
          `${pickName(rng)} has ${parts.map((x) => num(x)).join(" and ")} in blocks. What number is that?`,
        ])
      : rng.pick([
          `Fill in the missing part: ${m(`${n} = ${shown}`)}`,
          `${m(`${n}`)} in expanded form is ${m(shown)}. What number goes in place of the ?`,
        ]);
  const ex = differentFrom(
    rng,
    (r) => 100 * r.int(1, 9) + 10 * r.int(1, 9) + r.int(1, 9),
    (k) => k === n,
    358,
  );
  const [eh, et, eo] = [digitAt(ex, 100), digitAt(ex, 10), digitAt(ex, 1)];
  return {
    prompt,
    answer: numberAnswer(value),
    solution: [
      `${n} has ${count(h, "hundred")}, ${count(t, "ten")} and ${count(o, "one")}.`,
      `So ${m(`${n} = ${parts.join(" + ")}`)}.`,
      `The answer is ${value}.`,
    ],
    hints: [
      "Expanded form shows what each digit is worth: hundreds + tens + ones.",
      ask === "number"
        ? "The hundreds part gives the first digit, the tens part the middle digit and the ones the last digit."
        : `The missing part is the ${ask} part of ${n}.`,
      `For example, ${m(`${ex} = ${100 * eh} + ${10 * et} + ${eo}`)}, because ${ex} has ${count(eh, "hundred")}, ${count(et, "ten")} and ${count(eo, "one")}.`,
      ask === "number"
        ? `Write ${h} for the hundreds, ${t} for the tens and ${o} for the ones, in that order.`
        : `Look at the ${ask} digit of ${n}. How much is that digit worth in the ${ask} place?`,
    ],
    params: { h, t, o, ask },
  };
});

const mentalTenHundred = defineGenerator("math.2.nbt.mental-ten-hundred", (rng) => {
  const delta = rng.pick([10, -10, 100, -100]);
  const n = rng.int(Math.max(100, 100 - delta), Math.min(999, 999 - delta));
  const size = Math.abs(delta);
  const word = delta > 0 ? "more" : "less";
  const name = pickName(rng);
  const prompt = rng.pick([
    `What is ${size} ${word} than ${m(`${n}`)}?`,
    `${m(`${n} ${delta > 0 ? "+" : "-"} ${size} = ?`)}`,
    `${name} had ${n} points in a game and then ${delta > 0 ? "won" : "lost"} ${size} points. How many points does ${name} have now?`,
  ]);
  const place = size;
  const ex = differentFrom(
    rng,
    (r) => 100 * r.int(2, 7) + 10 * r.int(1, 8) + r.int(0, 9),
    (k) => k === n,
    452,
  );
  return {
    prompt,
    answer: numberAnswer(n + delta),
    solution: [
      `Adding or taking away ${size} changes only the ${placeName(place)} digit (unless it has to regroup).`,
      `${n} ${delta > 0 ? "+" : "-"} ${size} = ${n + delta}.`,
    ],
    hints: [
      `${size} ${word} changes mainly one digit. Which place is worth ${size}?`,
      `Change the ${placeName(place)} digit by one and keep the other digits the same.`,
      `For example, ${size} ${word} than ${ex} is ${ex + delta}: only the ${placeName(place)} digit changes, from ${digitAt(ex, place)} to ${digitAt(ex + delta, place)}.`,
      digitAt(n, place) === (delta > 0 ? 9 : 0)
        ? `The ${placeName(place)} digit of ${n} is ${digitAt(n, place)}, so this one regroups: ${delta > 0 ? "10 of that place make 1 of the next place up" : "borrow 1 from the next place up"}.`
        : `The ${placeName(place)} digit of ${n} is ${digitAt(n, place)}. Make it one ${word} and keep the other digits.`,
    ],
    params: { n, delta },
  };
});

function roundingDraft(rng: Rng, n: number, to: number): ItemDraft {
  const lo = Math.floor(n / to) * to;
  const hi = lo + to;
  const rounded = n - lo >= to / 2 ? hi : lo;
  const deciding = digitAt(n, to / 10);
  const name = pickName(rng);
  const prompt = rng.pick([
    `Round ${m(tex(n))} to the nearest ${num(to)}.`,
    `What is ${m(tex(n))} rounded to the nearest ${num(to)}?`,
    `${name} counted ${num(n)} ${pickThing(rng).many}. About how many is that, to the nearest ${num(to)}?`,
  ]);
  const exTo = to;
  const ex = differentFrom(
    rng,
    (r) => r.int(1, 8) * exTo + r.int(1, 9) * (exTo / 10) + (exTo >= 100 ? r.int(0, exTo / 10 - 1) : 0),
    (k) => Math.floor(k / to) === Math.floor(n / to),
    n > 5 * to ? 2 * to + (3 * to) / 10 : 7 * to + (6 * to) / 10,
  );
  const exLo = Math.floor(ex / exTo) * exTo;
  const exRounded = ex - exLo >= exTo / 2 ? exLo + exTo : exLo;
  return {
    prompt,
    answer: numberAnswer(rounded),
    solution: [
      `${num(n)} is between ${num(lo)} and ${num(hi)}.`,
      `Look at the ${placeName(to / 10)} digit: it is ${deciding}. ${deciding >= 5 ? "5 or more rounds up" : "Less than 5 rounds down"}.`,
      `${num(n)} rounds to ${num(rounded)}.`,
    ],
    hints: [
      `Find the two multiples of ${num(to)} that ${num(n)} sits between.`,
      `${num(n)} is between ${num(lo)} and ${num(hi)}. Which one is closer?`,
      `For example, ${num(ex)} is between ${num(exLo)} and ${num(exLo + exTo)}; its ${placeName(exTo / 10)} digit is ${digitAt(ex, exTo / 10)}, so it rounds to ${num(exRounded)}.`,
      `The ${placeName(to / 10)} digit is ${deciding}. Digits 5 and up round up; 0 to 4 round down.`,
    ],
    params: { n, to },
  };
}

const rounding3 = defineGenerator("math.3.nbt.rounding", (rng) => {
  const to = rng.pick([10, 100]);
  const n = to === 10 ? rng.int(11, 989) : rng.int(101, 949);
  return roundingDraft(rng, n % to === 0 ? n + to / 2 : n, to);
});

const rounding4 = defineGenerator("math.4.nbt.rounding", (rng) => {
  const digits = rng.int(4, 6);
  const n = rng.int(10 ** (digits - 1) + 1, 10 ** digits - 10 ** (digits - 1) - 1);
  const to = rng.pick([10, 100, 1000, 10000, 100000].filter((p) => p <= 10 ** (digits - 1)));
  return roundingDraft(rng, n % to === 0 ? n + to / 2 : n, to);
});

export const PLACE_VALUE_GENERATORS: GeneratorEntry[] = [
  teenNumbers,
  tensAndOnes,
  compareTwoDigit,
  tenMoreTenLess,
  placeValueHundreds,
  expandedForm,
  compareThreeDigit,
  mentalTenHundred,
  rounding3,
  placeValueMillions,
  rounding4,
];
