/**
 * Reads numbers written in words ("forty-two", "one hundred and five", "three quarters", "two and
 * a half", "three point five", "negative seven") out of a list of lower-case tokens. Used by the
 * answer guard, so it errs on the side of reading: a phrase that could be a number is one.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000 };

/** Denominator words; only read as a fraction after a count ("two thirds", "a quarter"). */
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  twelfth: 12,
  twelfths: 12,
  hundredth: 100,
  hundredths: 100,
};

export interface WordNumber {
  value: number;
  /** Token index of the first and one past the last token read. */
  start: number;
  end: number;
  /** Written as a fraction ("three quarters", "two and a half"). */
  fraction: { numerator: number; denominator: number } | null;
}

const isUnit = (t: string | undefined) => t !== undefined && UNITS[t] !== undefined;
const isTens = (t: string | undefined) => t !== undefined && TENS[t] !== undefined;
const isNumberWord = (t: string | undefined) =>
  isUnit(t) || isTens(t) || t === "hundred" || (t !== undefined && SCALES[t] !== undefined);

/** A whole number in words starting at `i`, or null. Counting ("one two three") reads as separate numbers. */
function readWhole(tokens: readonly string[], i: number): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let last: "none" | "unit" | "teen" | "tens" | "hundred" | "scale" = "none";
  let j = i;
  if (tokens[j] === "a" && (tokens[j + 1] === "hundred" || SCALES[tokens[j + 1] ?? ""] !== undefined)) {
    current = 1;
    last = "unit";
    j++;
  }
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isUnit(t)) {
      const v = UNITS[t]!;
      // "forty two" yes; "one two", "twelve three", "forty twelve" no.
      if (last === "unit" || last === "teen" || (last === "tens" && (v === 0 || v >= 10))) break;
      current += v;
      last = v >= 10 ? "teen" : "unit";
    } else if (isTens(t)) {
      if (last === "unit" || last === "teen" || last === "tens") break;
      current += TENS[t]!;
      last = "tens";
    } else if (t === "hundred") {
      if (last === "hundred" || last === "none") break;
      current = (current === 0 ? 1 : current) * 100;
      last = "hundred";
    } else if (SCALES[t] !== undefined) {
      if (last === "none" || last === "scale") break;
      total += (current === 0 ? 1 : current) * SCALES[t]!;
      current = 0;
      last = "scale";
    } else if (
      t === "and" &&
      (last === "hundred" || last === "scale") &&
      (isUnit(tokens[j + 1]) || isTens(tokens[j + 1]))
    ) {
      // "one hundred and five"
    } else {
      break;
    }
    j++;
  }
  if (last === "none") return null;
  return { value: total + current, end: j };
}

/** "a half", "one third", "three quarters" starting at `i`. */
function readFractionPhrase(
  tokens: readonly string[],
  i: number,
): { numerator: number; denominator: number; end: number } | null {
  const first = tokens[i];
  let numerator: number | null = null;
  let j = i;
  if (first === "a" || first === "an") {
    numerator = 1;
    j = i + 1;
  } else {
    const whole = readWhole(tokens, i);
    if (whole && whole.value > 0 && whole.value < 100) {
      numerator = whole.value;
      j = whole.end;
    }
  }
  if (numerator === null) return null;
  const denominator = DENOMINATORS[tokens[j] ?? ""];
  if (denominator === undefined) return null;
  return { numerator, denominator, end: j + 1 };
}

function readOne(tokens: readonly string[], i: number): WordNumber | null {
  const t = tokens[i];
  let sign = 1;
  const start = i;
  if (
    t === "negative" ||
    (t === "minus" && !/^\d/.test(tokens[i - 1] ?? "") && !isNumberWord(tokens[i - 1]))
  ) {
    if (!isNumberWord(tokens[i + 1]) && tokens[i + 1] !== "a") return null;
    sign = -1;
    i += 1;
  }

  const fraction = readFractionPhrase(tokens, i);
  if (fraction) {
    return {
      value: (sign * fraction.numerator) / fraction.denominator,
      start,
      end: fraction.end,
      fraction: { numerator: sign * fraction.numerator, denominator: fraction.denominator },
    };
  }

  const whole = readWhole(tokens, i);
  if (!whole) return null;
  let end = whole.end;
  let value = whole.value;
  let asFraction: WordNumber["fraction"] = null;

  if (tokens[end] === "and") {
    const part = readFractionPhrase(tokens, end + 1);
    if (part && part.numerator < part.denominator) {
      value = whole.value + part.numerator / part.denominator;
      asFraction = {
        numerator: sign * (whole.value * part.denominator + part.numerator),
        denominator: part.denominator,
      };
      end = part.end;
    }
  } else if (tokens[end] === "point") {
    let digits = "";
    let j = end + 1;
    while (j < tokens.length && isUnit(tokens[j]) && UNITS[tokens[j]!]! < 10) {
      digits += String(UNITS[tokens[j]!]);
      j++;
    }
    if (digits !== "") {
      value = Number(`${whole.value}.${digits}`);
      end = j;
    }
  }
  return { value: sign * value, start, end, fraction: asFraction };
}

/** Every number written in words in `tokens`, left to right, without overlaps. */
export function readWordNumbers(tokens: readonly string[]): WordNumber[] {
  const found: WordNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readOne(tokens, i);
    if (read && read.end > i) {
      found.push(read);
      i = read.end;
    } else {
      i++;
    }
  }
  return found;
}
