import type { AnswerSpec, CheckContext, CheckResult, Operation } from "@/lib/learning/types";

export type { CheckContext, Operation } from "@/lib/learning/types";

// Children paste, lean on keys and type essays into number boxes. Past these lengths an answer
// is not an answer, and capping first keeps every later step cheap whatever arrives.
const MAX_NUMBER_INPUT = 60;
const MAX_TEXT_INPUT = 500;
const MAX_RAW_INPUT = 10_000;

const FEEDBACK = {
  number: "I couldn't read that as a number. Try typing just the number, like 12.",
  fraction: "I couldn't read that as a fraction. Try typing it like 3/4.",
  justTheNumber: "Try typing just the number, without words.",
  zeroDenominator: "The bottom number of a fraction can't be 0. Have another look?",
  empty: "Type your answer when you're ready.",
  tooLong: "That's a lot of typing! Try just the answer.",
  simplify: "That's the right amount. Can you simplify it?",
  asFraction: "That's the right amount. Can you write it as a fraction?",
  pickChoice: (count: number) => `Pick one of the answers: ${choiceLetters(count)}.`,
  unit: (unit: string) => `Have a look at the unit: this answer is in ${unit}.`,
  placeValue: (factor: number, bigger: boolean) =>
    `Check the place value: that's ${factor} times too ${bigger ? "big" : "small"}.`,
  wrongOperation: (used: Operation, asked: Operation) =>
    `That's what we get if we ${used}. This one asks us to ${asked}.`,
  topsAndBottoms: (operation: "add" | "subtract") =>
    operation === "add"
      ? "It looks like the tops and the bottoms were both added. The bottom number is the size of the pieces: make the pieces the same size, then add the tops."
      : "It looks like the tops and the bottoms were both subtracted. The bottom number is the size of the pieces: make the pieces the same size, then subtract the tops.",
} as const;

const correct = (): CheckResult => ({ correct: true });
const wrong = (feedback?: string): CheckResult =>
  feedback ? { correct: false, feedback } : { correct: false };
const unreadable = (feedback: string): CheckResult => ({ correct: false, unreadable: true, feedback });

/**
 * Marks a child's typed answer. Equivalent forms count (2/4 = 1/2 = 0.5, "1,000", "12 cm", "= 7",
 * unicode minus and fraction characters); input that cannot be read is `unreadable` so it is
 * not counted as an attempt. Never throws, whatever the string.
 */
export function checkAnswer(spec: AnswerSpec, raw: string, context?: CheckContext): CheckResult {
  if (typeof raw !== "string") return unreadable(FEEDBACK.empty);
  if (raw.length > MAX_RAW_INPUT) return unreadable(FEEDBACK.tooLong);
  switch (spec.kind) {
    case "number":
      return checkNumber(spec, raw, context);
    case "fraction":
      return checkFraction(spec, raw, context);
    case "choice":
      return checkChoice(spec, raw);
    case "text":
      return checkText(spec, raw);
    default:
      return unreadable(FEEDBACK.empty);
  }
}

// ---------------------------------------------------------------------------------------------
// Rationals: exact arithmetic with bigint, so "2/4" and "1/2" compare without rounding.

interface Rational {
  n: bigint;
  d: bigint; // always > 0
}

function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = absBig(a);
  let y = absBig(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function rational(n: number, d: number): Rational | null {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d === 0) return null;
  const sign = d < 0 ? -1n : 1n;
  return { n: BigInt(n) * sign, d: BigInt(d) * sign };
}

function sameValue(x: Rational, y: Rational): boolean {
  return x.n * y.d === y.n * x.d;
}

function add(x: Rational, y: Rational): Rational {
  return { n: x.n * y.d + y.n * x.d, d: x.d * y.d };
}

function negate(x: Rational): Rational {
  return { n: -x.n, d: x.d };
}

function toNumber(x: Rational): number {
  return Number(x.n) / Number(x.d);
}

// ---------------------------------------------------------------------------------------------
// Reading numbers.

interface ParsedNumber {
  value: Rational;
  form: "integer" | "decimal" | "fraction" | "mixed";
  /** Digits after the decimal point, for judging rounded decimals. */
  decimalPlaces: number;
  /** Top and bottom of the fraction part as typed (fraction and mixed forms). */
  typed?: { n: bigint; d: bigint };
}

type NumberReading = ParsedNumber | "zero-denominator" | null;

const VULGAR_FRACTIONS = /[\u00BC-\u00BE\u2150-\u215E\u2189]/g;
const MINUS_SIGNS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const FRACTION_SLASHES = /[\u2044\u2215\u00F7\u29F8]/g;

/** Unicode folding shared by every kind of answer: full-width digits, odd spaces, curly quotes. */
function foldUnicode(raw: string): string {
  return (
    raw
      // "1½" must read as one and a half, not as "11⁄2" (what NFKC alone makes of it).
      .replace(VULGAR_FRACTIONS, (c) => ` ${c.normalize("NFKC")}`)
      .normalize("NFKC")
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
      .replace(/\s+/g, " ")
      .trim()
  );
}

function foldNumeric(raw: string): string {
  return foldUnicode(raw)
    .replace(MINUS_SIGNS, "-")
    .replace(FRACTION_SLASHES, "/")
    .replace(/^=\s*/, "")
    .replace(/\s*\/\s*/g, "/")
    .replace(/^([+-])\s+/, "$1");
}

const DIGITS = /^\d+$/;
const GROUPED_COMMAS = /^\d{1,3}(?:,\d{3})+$/;
const GROUPED_SPACES = /^\d{1,3}(?: \d{3})+$/;

/** Whole-number digits, allowing thousands separators ("1,000" or "1 000"). */
function readWhole(s: string): bigint | null {
  if (DIGITS.test(s)) return BigInt(s);
  if (GROUPED_COMMAS.test(s)) return BigInt(s.replace(/,/g, ""));
  if (GROUPED_SPACES.test(s)) return BigInt(s.replace(/ /g, ""));
  return null;
}

function readUnsigned(s: string): NumberReading {
  const whole = readWhole(s);
  if (whole !== null) return { value: { n: whole, d: 1n }, form: "integer", decimalPlaces: 0 };

  const fraction = /^(\d+)\/(\d+)$/.exec(s);
  if (fraction) {
    const n = BigInt(fraction[1] ?? "");
    const d = BigInt(fraction[2] ?? "");
    if (d === 0n) return "zero-denominator";
    return { value: { n, d }, form: "fraction", decimalPlaces: 0, typed: { n, d } };
  }

  const mixed = /^(\d+) (?:and )?(\d+)\/(\d+)$/i.exec(s);
  if (mixed) {
    const w = BigInt(mixed[1] ?? "");
    const n = BigInt(mixed[2] ?? "");
    const d = BigInt(mixed[3] ?? "");
    if (d === 0n) return "zero-denominator";
    return { value: { n: w * d + n, d }, form: "mixed", decimalPlaces: 0, typed: { n, d } };
  }

  // "3.25", ".5", "5.", "1,234.5"; and a lone decimal comma ("0,5") as many countries write it.
  // A comma followed by exactly three digits was read above as a thousands separator.
  const decimal = /^(\d*|\d{1,3}(?:,\d{3})+)[.,](\d*)$/.exec(s);
  if (decimal) {
    const intPart = (decimal[1] ?? "").replace(/,/g, "");
    const fracPart = decimal[2] ?? "";
    if (intPart === "" && fracPart === "") return null;
    const d = 10n ** BigInt(fracPart.length);
    const n = BigInt(intPart || "0") * d + BigInt(fracPart || "0");
    return { value: { n, d }, form: "decimal", decimalPlaces: fracPart.length };
  }
  return null;
}

function readNumber(s: string): NumberReading {
  if (s.length === 0 || s.length > MAX_NUMBER_INPUT) return null;
  const sign = s[0] === "-" ? -1n : 1n;
  const body = s[0] === "-" || s[0] === "+" ? s.slice(1) : s;
  const parsed = readUnsigned(body);
  if (parsed === null || parsed === "zero-denominator" || sign === 1n) return parsed;
  return { ...parsed, value: negate(parsed.value) };
}

// ---------------------------------------------------------------------------------------------
// Units: "12 cm", "12cm", "12 centimetres", "$5".

const UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ["mm", "millimeter", "millimetre"],
  ["cm", "centimeter", "centimetre"],
  ["m", "meter", "metre"],
  ["km", "kilometer", "kilometre"],
  ["in", "inch", "inches", '"'],
  ["ft", "foot", "feet", "'"],
  ["yd", "yard"],
  ["mi", "mile"],
  ["g", "gram", "gm"],
  ["kg", "kilogram", "kilo"],
  ["lb", "lbs", "pound"],
  ["oz", "ounce"],
  ["ml", "milliliter", "millilitre"],
  ["l", "liter", "litre"],
  ["s", "sec", "second"],
  ["min", "minute"],
  ["h", "hr", "hour"],
  ["$", "dollar", "usd"],
  ["¢", "c", "cent"],
  ["°", "degree", "deg"],
  ["%", "percent", "per cent"],
];

function unitKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^(sq|square) /, "sq ")
    .trim();
}

/** Every way of writing `unit` we accept: the unit itself, its plural, and common synonyms. */
function unitForms(unit: string): Set<string> {
  const key = unitKey(unit);
  const singular = key.endsWith("s") && key.length > 3 ? key.slice(0, -1) : key;
  const forms = new Set([key, singular]);
  for (const group of UNIT_SYNONYMS) {
    if (group.includes(singular) || group.includes(key)) for (const f of group) forms.add(f);
  }
  for (const f of [...forms]) {
    forms.add(`${f}s`);
    forms.add(`${f}es`);
  }
  return forms;
}

interface UnitSplit {
  number: string;
  unit: "none" | "matched" | "other";
}

/** Separates a number from words before or after it; does not judge whether the number reads. */
function splitUnit(s: string, unit: string | undefined): UnitSplit {
  const first = s.search(/[\d.]/);
  if (first < 0) return { number: s, unit: "none" };
  let last = first;
  for (let i = s.length - 1; i >= first; i--) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      last = i;
      break;
    }
  }
  let signEnd = 0;
  if (s[0] === "-" || s[0] === "+") signEnd = 1;
  const prefix = s.slice(signEnd, first).trim();
  const suffix = s.slice(last + 1).trim();
  if (prefix === "" && suffix === "") return { number: s, unit: "none" };
  // A trailing "." after the digits belongs to the number ("5."), not to a unit.
  if (prefix === "" && suffix === ".") return { number: s, unit: "none" };
  if (prefix !== "" && suffix !== "") return { number: s, unit: "other" };
  const word = prefix || suffix;
  if (!/^[\p{L}°%$¢€£'" .²³]+$/u.test(word)) return { number: s, unit: "none" };
  const core = `${s.slice(0, signEnd)}${s.slice(first, last + 1)}`.trim();
  if (unit !== undefined && unitForms(unit).has(unitKey(word))) return { number: core, unit: "matched" };
  return { number: core, unit: "other" };
}

// ---------------------------------------------------------------------------------------------
// Number answers.

function checkNumber(
  spec: Extract<AnswerSpec, { kind: "number" }>,
  raw: string,
  context: CheckContext | undefined,
): CheckResult {
  const folded = foldNumeric(raw);
  if (folded === "") return unreadable(FEEDBACK.empty);
  if (folded.length > MAX_NUMBER_INPUT) return unreadable(FEEDBACK.number);
  const split = splitUnit(folded, spec.unit);
  const reading = readNumber(split.number);
  if (reading === "zero-denominator") return unreadable(FEEDBACK.zeroDenominator);
  if (reading === null) return unreadable(FEEDBACK.number);
  if (split.unit === "other") {
    return spec.unit ? wrong(FEEDBACK.unit(spec.unit)) : unreadable(FEEDBACK.justTheNumber);
  }

  const answer = toNumber(reading.value);
  const expected = spec.value;
  if (!Number.isFinite(expected) || !Number.isFinite(answer)) return wrong();
  const tolerance =
    spec.tolerance !== undefined && Number.isFinite(spec.tolerance) && spec.tolerance >= 0
      ? spec.tolerance
      : 1e-9 * Math.max(1, Math.abs(expected));
  const near = (x: number, y: number) => Math.abs(x - y) <= tolerance;
  if (near(answer, expected)) return correct();

  return wrong(
    wrongOperationFeedback(answer, expected, context, near) ?? placeValueFeedback(answer, expected),
  );
}

function operate(a: number, b: number, operation: Operation): number {
  switch (operation) {
    case "add":
      return a + b;
    case "subtract":
      return a - b;
    case "multiply":
      return a * b;
    case "divide":
      return b === 0 ? Number.NaN : a / b;
  }
}

const OPERATIONS: readonly Operation[] = ["add", "subtract", "multiply", "divide"];

function wrongOperationFeedback(
  answer: number,
  expected: number,
  context: CheckContext | undefined,
  near: (x: number, y: number) => boolean,
): string | undefined {
  const { a, b, operation } = context ?? {};
  if (a === undefined || b === undefined || operation === undefined) return undefined;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !OPERATIONS.includes(operation)) return undefined;
  for (const other of OPERATIONS) {
    if (other === operation) continue;
    const result = operate(a, b, other);
    // x × 1, x ÷ 1 and x + 0 just give back a number from the question: a child who typed 5 for
    // 5 + 1 copied or miscounted, and "that's what we get if we multiply" would only confuse.
    if (result === a || result === b) continue;
    if (Number.isFinite(result) && !near(result, expected) && near(answer, result)) {
      return FEEDBACK.wrongOperation(other, operation);
    }
  }
  return undefined;
}

function placeValueFeedback(answer: number, expected: number): string | undefined {
  if (answer === 0 || expected === 0) return undefined;
  const ratio = answer / expected;
  for (const factor of [10, 100, 1000]) {
    if (Math.abs(ratio - factor) <= 1e-9 * factor) return FEEDBACK.placeValue(factor, true);
    if (Math.abs(ratio - 1 / factor) <= 1e-9 / factor) return FEEDBACK.placeValue(factor, false);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Fraction answers.

/** Whether 1/d has a finite decimal expansion (d's only prime factors are 2 and 5). */
function terminates(x: Rational): boolean {
  let d = x.d / gcd(x.n, x.d);
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/**
 * A decimal stands for a fraction when it is exactly equal, or, for fractions whose decimals
 * never end (1/3), when it is the value rounded or cut off to at least two places.
 */
function decimalMatches(reading: ParsedNumber, expected: Rational): boolean {
  if (sameValue(reading.value, expected)) return true;
  if (terminates(expected) || reading.decimalPlaces < 2) return false;
  // Scale both to the typed number of places: round(expected · 10^p) or trunc(expected · 10^p).
  const scale = 10n ** BigInt(reading.decimalPlaces);
  const typed = (reading.value.n * scale) / reading.value.d; // exact: reading.d divides scale
  const scaled = expected.n * scale;
  const truncated = scaled / expected.d; // bigint division truncates toward zero
  const remainder = absBig(scaled % expected.d) * 2n;
  const away = scaled < 0n ? -1n : 1n;
  const rounded = remainder >= expected.d ? truncated + away : truncated;
  return typed === truncated || typed === rounded;
}

function checkFraction(
  spec: Extract<AnswerSpec, { kind: "fraction" }>,
  raw: string,
  context: CheckContext | undefined,
): CheckResult {
  const folded = foldNumeric(raw);
  if (folded === "") return unreadable(FEEDBACK.empty);
  const reading = readNumber(folded);
  if (reading === "zero-denominator") return unreadable(FEEDBACK.zeroDenominator);
  if (reading === null) return unreadable(FEEDBACK.fraction);

  const expected = rational(spec.numerator, spec.denominator);
  if (expected === null) {
    // A malformed spec (non-integer parts) is a content bug; compare by value rather than fail.
    const value = spec.numerator / spec.denominator;
    return Number.isFinite(value) && Math.abs(toNumber(reading.value) - value) <= 1e-9 ? correct() : wrong();
  }

  if (reading.form === "decimal") {
    if (decimalMatches(reading, expected)) return spec.acceptDecimal ? correct() : wrong(FEEDBACK.asFraction);
    return wrong(fractionMisconception(reading.value, expected, context));
  }

  if (!sameValue(reading.value, expected))
    return wrong(fractionMisconception(reading.value, expected, context));
  if (spec.requireSimplest && reading.typed) {
    const { n, d } = reading.typed;
    const improperMixed = reading.form === "mixed" && n >= d;
    if (gcd(n, d) !== 1n || improperMixed) return wrong(FEEDBACK.simplify);
  }
  return correct();
}

function fractionMisconception(
  answer: Rational,
  expected: Rational,
  context: CheckContext | undefined,
): string | undefined {
  const operation = context?.operation ?? "add";
  if (operation !== "add" && operation !== "subtract") return undefined;
  const operands = (context?.operands ?? []).map((o) => rational(o?.n, o?.d));
  if (operands.length < 2 || operands.some((o) => o === null)) return undefined;
  const parts = operands as Rational[];

  // The classic slip: 1/2 + 1/3 = 2/5, combining tops with tops and bottoms with bottoms.
  const [first, ...rest] = parts;
  if (first === undefined) return undefined;
  let tops = first.n;
  let bottoms = first.d;
  for (const p of rest) {
    tops = operation === "add" ? tops + p.n : tops - p.n;
    bottoms = operation === "add" ? bottoms + p.d : bottoms - p.d;
  }
  if (bottoms !== 0n) {
    const slip = bottoms < 0n ? { n: -tops, d: -bottoms } : { n: tops, d: bottoms };
    if (!sameValue(slip, expected) && sameValue(answer, slip)) return FEEDBACK.topsAndBottoms(operation);
  }

  if (parts.length === 2 && parts[1] !== undefined) {
    const other = operation === "add" ? add(first, negate(parts[1])) : add(first, parts[1]);
    if (!sameValue(other, expected) && sameValue(answer, other)) {
      return FEEDBACK.wrongOperation(operation === "add" ? "subtract" : "add", operation);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Choice and text answers.

function normaliseText(raw: string, caseSensitive: boolean): string {
  const folded = foldUnicode(raw)
    .replace(/\s*[.!?]+$/, "")
    .trim();
  return caseSensitive ? folded : folded.toLowerCase();
}

function choiceLetters(count: number): string {
  const letters = Array.from({ length: Math.min(count, 26) }, (_, i) => String.fromCharCode(65 + i));
  if (letters.length <= 1) return letters.join("");
  return `${letters.slice(0, -1).join(", ")} or ${letters.at(-1)}`;
}

/** Which choice the child meant: its text, an equal number, its letter, or its position. */
function resolveChoice(choices: readonly string[], raw: string): number | null {
  const input = normaliseText(raw, false);
  const texts = choices.map((c) => normaliseText(String(c), false));
  const byText = texts.indexOf(input);
  if (byText >= 0) return byText;

  const values = choices.map((c) => readNumber(foldNumeric(String(c))));
  const typed = readNumber(foldNumeric(raw.length <= MAX_NUMBER_INPUT * 2 ? raw : ""));
  if (typed !== null && typed !== "zero-denominator") {
    const byValue = values.findIndex(
      (v) => v !== null && v !== "zero-denominator" && sameValue(v.value, typed.value),
    );
    if (byValue >= 0) return byValue;
  }

  // Letters and positions only when they cannot be mistaken for a choice's own text.
  const letter = /^(?:option |choice |answer )?\(?([a-z])[).:]?$/.exec(input);
  const choicesAreLetters = texts.some((t) => /^[a-z]$/.test(t));
  if (letter && !choicesAreLetters) {
    const index = (letter[1] ?? "").charCodeAt(0) - 97;
    if (index >= 0 && index < choices.length) return index;
  }
  const position = /^(?:option |choice |answer )?#?(\d{1,3})[).:]?$/.exec(input);
  const choicesAreNumbers = values.some((v) => v !== null);
  if (position && !choicesAreNumbers) {
    const index = Number(position[1]) - 1;
    if (index >= 0 && index < choices.length) return index;
  }
  return null;
}

function checkChoice(spec: Extract<AnswerSpec, { kind: "choice" }>, raw: string): CheckResult {
  const choices = Array.isArray(spec.choices) ? spec.choices : [];
  if (raw.trim() === "") return unreadable(FEEDBACK.pickChoice(choices.length));
  if (raw.length > MAX_TEXT_INPUT) return unreadable(FEEDBACK.tooLong);
  const index = resolveChoice(choices, raw);
  if (index === null) return unreadable(FEEDBACK.pickChoice(choices.length));
  return index === spec.correctIndex ? correct() : wrong();
}

function checkText(spec: Extract<AnswerSpec, { kind: "text" }>, raw: string): CheckResult {
  if (raw.length > MAX_TEXT_INPUT) return unreadable(FEEDBACK.tooLong);
  const caseSensitive = spec.caseSensitive === true;
  const input = normaliseText(raw, caseSensitive);
  if (input === "") return unreadable(FEEDBACK.empty);
  const accepted = (Array.isArray(spec.accepted) ? spec.accepted : []).map((a) =>
    normaliseText(String(a), caseSensitive),
  );
  return accepted.includes(input) ? correct() : wrong();
}
