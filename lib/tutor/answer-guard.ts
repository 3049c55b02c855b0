import type { AnswerSpec } from "@/lib/learning/types";
import { readWordNumbers } from "./number-words";

/**
 * Socratic by code, not only by prompt (PRODUCT.md §4.3): the engine knows the answer of the
 * item on screen, and a tutor reply that gives it away before the child found it is withdrawn
 * and replaced with the next hint. The service runs this on the streamed text each time a
 * sentence completes, over the whole reply so far (a leak split across sentences is caught too).
 *
 * What counts as giving the answer away:
 * - the value in any written form: "42", "42.0", "1,000", "$40 + 2 = 42$", "forty-two",
 *   "three quarters", "\frac{3}{4}", "6/8" for 3/4, "0.75", "75%", "3 ½", "three and a half";
 * - for a value the child can already see in the prompt (it restates the question, "What is
 *   42 + 0?") or a small whole number in words ("one", "two" are everyday words), only when the
 *   reply asserts it as a result: "= 5", "the answer is five", "makes 5", "5 is right";
 * - for a multiple-choice item, asserting the right choice ("it's the second one" is not read;
 *   "the answer is Paris", "pick <", "$5 < 7$" for "5 □ 7" are);
 * - for a text answer, the accepted word itself (four letters or more) or asserting it.
 * Hard negatives that must pass: other numbers that contain the digits (142, 4.2, 420, 13/4),
 * the prompt's own numbers, operands ("42 + 0"), questions ("what is 42 + 0?").
 *
 * A false alarm costs a hint in place of a reply; a miss costs the child the thinking. So where
 * the two conflict, the guard leans towards catching.
 */

export type LeakForm = "digits" | "fraction" | "words" | "assertion" | "comparison" | "choice" | "text";

export interface LeakCheck {
  leaked: boolean;
  form?: LeakForm;
}

export interface GuardedItem {
  prompt: string;
  answer: AnswerSpec;
}

export interface AnswerGuard {
  /** Whether `reply` gives the answer away. */
  check(reply: string): LeakCheck;
  /** Whether the child's own message contains the answer (then the tutor may confirm it). */
  childFound(message: string): boolean;
}

// ---------------------------------------------------------------------------------------------
// Normalising text: LaTeX, unicode and number formatting become plain, lower-case text.

const VULGAR = /[\u00BC-\u00BE\u2150-\u215E\u2189]/g;
const MINUS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

function stripLatex(text: string): string {
  let s = text;
  // \frac{a}{b}, \dfrac{a}{b}, \tfrac{a}{b}, \frac34
  for (let i = 0; i < 3; i++) {
    s = s.replace(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, " ($1)/($2) ");
  }
  s = s.replace(/\\[dt]?frac\s*(\d)\s*(\d)/g, " $1/$2 ");
  s = s
    .replace(/\{,\}/g, ",")
    .replace(/\\(?:times|cdot|ast)/g, " × ")
    .replace(/\\div/g, " ÷ ")
    .replace(/\\(?:lt|less)\b/g, " < ")
    .replace(/\\(?:gt)\b/g, " > ")
    .replace(/\\(?:le|leq)\b/g, " ≤ ")
    .replace(/\\(?:ge|geq)\b/g, " ≥ ")
    .replace(/\\square|\\Box|\\boxed\{\s*\}|_{2,}/g, " □ ")
    .replace(/\\(?:text|mathrm|mathbf|textbf|operatorname)\s*\{([^{}]*)\}/g, " $1 ")
    .replace(/\\[,;:! ]/g, " ")
    .replace(/\\(?:left|right|quad|qquad)/g, " ")
    .replace(/\\%/g, "%")
    .replace(/\\[a-zA-Z]+/g, " ")
    .replace(/[{}$]/g, " ");
  return s;
}

export function normalise(text: string): string {
  return (
    stripLatex(text.replace(VULGAR, (c) => ` ${c.normalize("NFKC")}`))
      .normalize("NFKC")
      .replace(/\u2044/g, "/")
      .replace(MINUS, "-")
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase()
      // (3)/(4) from \frac{3}{4} → 3/4
      .replace(/\(\s*(-?\d+(?:\.\d+)?)\s*\)\s*\/\s*\(\s*(\d+(?:\.\d+)?)\s*\)/g, "$1/$2")
      .replace(/(\d)\s*\/\s*(\d)/g, "$1/$2")
      // thousands separators: 1,000 → 1000 (only real groups of three)
      .replace(
        /\b(\d{1,3})((?:,\d{3})+)(?![\d,])/g,
        (_m, head: string, groups: string) => head + groups.replace(/,/g, ""),
      )
      .replace(/(\d)-(?=[a-z])/g, "$1 ")
      .replace(/([a-z])-(?=[a-z])/g, "$1 ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

// ---------------------------------------------------------------------------------------------
// Reading every number in the text, with where it is.

interface Candidate {
  value: number;
  /** Written as a fraction: numerator and denominator as written. */
  fraction: { n: number; d: number } | null;
  form: "digits" | "fraction" | "words";
  /** Digits after the decimal point, for repeating decimals (1/3 ≈ 0.33). */
  decimals: number;
  percent: boolean;
  start: number;
  end: number;
}

const DIGIT_NUMBER =
  /(?<![\d.a-z])(-)?(?:(\d+) (\d+)\/(\d+)|(\d+)\/(\d+)|(\d+(?:\.\d+)?|\.\d+))(?![\d]|\.\d|\/\d)(\s*%)?/g;

/** "negative 7", and "minus 7" when no number comes before it ("10 minus 7" is a subtraction). */
const NEGATIVE_WORD = /(?:\bnegative|(?:^|[^\d\s]\s*|^\s*)\bminus)\s+$/;

function digitCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    const [, minus, mixedWhole, mixedN, mixedD, fracN, fracD, plain, percentSign] = m;
    const start = m.index;
    const end = start + m[0].length;
    // "10-5" is a subtraction, not "10" and "-5".
    const sign =
      (minus === "-" && (start === 0 || !/[\d)]/.test(text[start - 1] ?? ""))) ||
      (minus === undefined && NEGATIVE_WORD.test(text.slice(Math.max(0, start - 24), start)))
        ? -1
        : 1;
    const percent = percentSign !== undefined;
    if (mixedWhole !== undefined) {
      const w = Number(mixedWhole);
      const n = Number(mixedN);
      const d = Number(mixedD);
      if (d === 0) continue;
      const fraction = { n: sign * (w * d + n), d };
      out.push({ value: fraction.n / d, fraction, form: "fraction", decimals: 0, percent, start, end });
    } else if (fracN !== undefined) {
      const n = Number(fracN);
      const d = Number(fracD);
      if (d === 0) continue;
      const fraction = { n: sign * n, d };
      out.push({ value: fraction.n / d, fraction, form: "fraction", decimals: 0, percent, start, end });
    } else if (plain !== undefined) {
      const decimals = plain.includes(".") ? (plain.split(".")[1]?.length ?? 0) : 0;
      out.push({
        value: sign * Number(plain),
        fraction: null,
        form: "digits",
        decimals,
        percent,
        start,
        end,
      });
    }
  }
  return out;
}

/** Word tokens with their character offsets, for reading numbers in words. */
function wordCandidates(text: string): Candidate[] {
  const tokens: { t: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[a-z]+|\d+|[^\sa-z\d]/g)) {
    tokens.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  }
  return readWordNumbers(tokens.map((x) => x.t)).map((w) => ({
    value: w.value,
    fraction: w.fraction ? { n: w.fraction.numerator, d: w.fraction.denominator } : null,
    form: "words" as const,
    decimals: 0,
    percent: false,
    start: tokens[w.start]?.start ?? 0,
    end: tokens[w.end - 1]?.end ?? 0,
  }));
}

function candidates(text: string): Candidate[] {
  return [...digitCandidates(text), ...wordCandidates(text)];
}

// ---------------------------------------------------------------------------------------------
// Does a candidate equal the answer?

interface Target {
  value: number;
  /** For a fraction answer: the exact rational. */
  fraction: { n: number; d: number } | null;
  tolerance: number;
}

function sameRational(a: { n: number; d: number }, b: { n: number; d: number }): boolean {
  return a.n * b.d === b.n * a.d;
}

function valuesOf(c: Candidate): number[] {
  return c.percent ? [c.value, c.value / 100] : [c.value];
}

function matches(c: Candidate, target: Target): boolean {
  if (target.fraction) {
    if (c.fraction && sameRational(c.fraction, target.fraction)) return true;
    for (const v of valuesOf(c)) {
      if (Math.abs(v - target.value) <= 1e-9) return true;
      // 1/3 written as 0.33 or 0.333: rounded or cut to the places written.
      const places = c.percent && v !== c.value ? c.decimals + 2 : c.decimals;
      if (places >= 2 && Math.abs(v - target.value) < 10 ** -places) return true;
    }
    return false;
  }
  // A whole-number answer written as a fraction ("84/2" for 42) is the question restated
  // (84 ÷ 2), not the answer; for other answers a fraction is an equivalent form ("7/2", "3 1/2").
  if (c.form === "fraction" && Number.isInteger(target.value)) return false;
  return valuesOf(c).some((v) => Math.abs(v - target.value) <= target.tolerance);
}

// ---------------------------------------------------------------------------------------------
// Context: is the number asserted as a result, or used as an operand or in a question?

const ASSERT_BEFORE =
  /(?:=|≈|\bequals?|\bis equal to|\bmakes?|\bgives?(?: you| us)?|\bgets?|\bgot|\bcomes? to|\badds? up to|\banswers?(?: is| would be| should be| will be|:)?|\bresult(?: is)?|\btotal(?: is)?|\bsum(?: is)?|\bproduct(?: is)?|\bdifference(?: is)?|\bquotient(?: is)?|\bis|\bare|\bit's|\bthat's|\bthats|\bwould be|\bwill be|\bshould be|\bmust be|\byou'd get|\bleft with|\bhave left|\bleaves(?: you)?|\brounds? to|\brounded to)\s*(?:the\s+|exactly\s+|just\s+|about\s+|only\s+)?(?:number\s+)?[("']?\s*$/;
const QUESTION_BEFORE =
  /\b(?:what|how much|how many|which)\s+(?:is|are|would be|will be)\s*(?:the\s+)?$|\bwhat's\s*$|\bis it\s*$/;
const ASSERT_AFTER =
  /^\s*["')]?\s*(?:is|was|would be|will be|'s)\s+(?:the\s+|your\s+|exactly\s+)?(?:answer|right|correct|it|final|the one)\b/;
const OPERAND_AFTER =
  /^\s*(?:[+\-×÷*/x]|plus\b|minus\b|times\b|divided\b|multiplied\b|take away\b|[<>≤≥□]|(?:more|less|fewer|greater|smaller|bigger|larger) than\b)/;

/** Only quotes, brackets, markdown or a lead-in word around the number in its sentence: "5!", "So, 5." */
const BARE = /^[\s*_"'()[\]:,]*(?:so|ok|okay|yes|yep)?[\s*_"'()[\]:,]*$/;

function asserted(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  const after = text.slice(c.end, c.end + 48);
  const sentenceBefore =
    text
      .slice(0, c.start)
      .split(/[.!?\n]/)
      .pop() ?? "";
  const sentenceAfter = text.slice(c.end).split(/[.!?\n]/)[0] ?? "";
  if (BARE.test(sentenceBefore) && BARE.test(sentenceAfter)) return true;
  if (OPERAND_AFTER.test(after)) return false;
  if (ASSERT_AFTER.test(after)) return true;
  if (QUESTION_BEFORE.test(before)) return false;
  return ASSERT_BEFORE.test(before);
}

// ---------------------------------------------------------------------------------------------
// Numeric answers (number, fraction, and choices or text answers that read as numbers).

interface NumericPlan {
  kind: "numeric";
  target: Target;
  /** The prompt, normalised: a phrase copied from it restates the question, it does not answer it. */
  prompt: string;
  /** Values and fractions the child can already see (the prompt, the choices). */
  visibleValues: number[];
  visibleFractions: { n: number; d: number }[];
}

function visible(c: Candidate, plan: NumericPlan): boolean {
  if (c.fraction && c.form === "fraction") {
    return plan.visibleFractions.some((f) => f.n === c.fraction!.n && f.d === c.fraction!.d);
  }
  return plan.visibleValues.some((v) => Math.abs(v - c.value) <= 1e-9);
}

/** The number and the words just before it appear in the prompt as they are: the question restated. */
function restated(plan: NumericPlan, text: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - 16);
  let lead = text.slice(from, c.end);
  // Drop a word cut in half by the window.
  if (from > 0 && !/\s/.test(text[from - 1] ?? " ")) lead = lead.replace(/^\S*\s*/, "");
  lead = lead.trim();
  return /\s/.test(lead) && plan.prompt.includes(lead);
}

/** Whole numbers up to ten are everyday words ("one step", "2 groups", "the 10 ones"). */
function isSmall(target: Target): boolean {
  return Number.isInteger(target.value) && target.value >= 0 && target.value <= 10;
}

function checkNumeric(plan: NumericPlan, text: string, loose: boolean): LeakCheck {
  const normal = normalise(text);
  for (const c of candidates(normal)) {
    if (!matches(c, plan.target)) continue;
    if (!visible(c, plan) && (loose || !isSmall(plan.target))) return { leaked: true, form: c.form };
    if (asserted(normal, c) && !restated(plan, normal, c)) return { leaked: true, form: "assertion" };
  }
  return { leaked: false };
}

function readNumber(text: string): Target | null {
  const normal = normalise(text).replace(/^=\s*/, "");
  const found = candidates(normal);
  if (found.length !== 1) return null;
  const only = found[0]!;
  // The whole text must be the number (a choice "12", not "12 apples and 3 pears").
  if (
    normal.slice(0, only.start).trim() !== "" ||
    normal.slice(only.end).trim().replace(/[.!]$/, "") !== ""
  ) {
    return null;
  }
  return { value: only.value, fraction: only.form === "fraction" ? only.fraction : null, tolerance: 1e-9 };
}

function numericPlan(target: Target, prompt: string, alsoVisible: readonly string[] = []): NumericPlan {
  const seen = [prompt, ...alsoVisible].flatMap((t) => candidates(normalise(t)));
  return {
    kind: "numeric",
    target,
    prompt: normalise(prompt),
    visibleValues: seen.filter((c) => c.form !== "fraction").map((c) => c.value),
    visibleFractions: seen.filter((c) => c.form === "fraction" && c.fraction).map((c) => c.fraction!),
  };
}

// ---------------------------------------------------------------------------------------------
// Words and symbols (choices, text answers, comparisons).

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface PhraseTarget {
  text: string;
  /** Any mention counts, not only an assertion (a distinctive word the child cannot see). */
  loud: boolean;
}

interface PhrasePlan {
  kind: "phrase";
  phrases: PhraseTarget[];
  /** The prompt, normalised: a phrase copied from it restates the question. */
  prompt: string;
  comparison: { left: string; right: string; symbol: "<" | ">" | "=" } | null;
}

/**
 * Naming a choice is how a tutor explains it ("a prime number has two factors"), so for choices
 * only an assertion counts: "the answer is dog", "that is a sphere", "14 is even", "dog is right".
 * Choices that are also everyday replies ("right", "yes") count only when plainly given as the
 * answer ("the answer is yes"), or "that's right" would count.
 */
const ASSERT_PHRASE_BEFORE =
  "\\banswers? (?:is|would be|should be|will be)|\\banswer:|\\bit's|\\bit is|\\bthat's|\\bthat is|\\bthis is|\\bchoose|\\bpick|\\bselect|\\bgo with|\\b(?:right|correct) (?:one|answer|choice) is|\\bshould be|\\bmust be|\\bis|\\bare|\\bmeans";
const STRONG_PHRASE_BEFORE =
  "\\banswers? (?:is|would be|should be|will be)|\\banswer:|\\bchoose|\\bpick|\\bselect|\\bgo with|\\b(?:right|correct) (?:one|answer|choice) is";
const EVERYDAY_REPLIES = new Set(["yes", "no", "right", "left", "true", "false", "ok", "okay"]);

const SYMBOL_WORDS: Record<"<" | ">" | "=", string[]> = {
  "<": ["is less than", "is smaller than", "is fewer than", "is lower than", "less than", "smaller than"],
  ">": [
    "is greater than",
    "is more than",
    "is bigger than",
    "is larger than",
    "greater than",
    "bigger than",
    "more than",
  ],
  "=": ["is equal to", "equals", "is the same as", "the same as"],
};
const FLIP: Record<"<" | ">" | "=", "<" | ">" | "="> = { "<": ">", ">": "<", "=": "=" };

function squashComparison(text: string): string {
  let s = normalise(text);
  for (const symbol of ["<", ">", "="] as const) {
    for (const words of SYMBOL_WORDS[symbol]) s = s.replaceAll(words, ` ${symbol} `);
  }
  return s.replace(/\s+/g, "");
}

function comparisonOf(prompt: string, symbol: string): PhrasePlan["comparison"] {
  if (symbol !== "<" && symbol !== ">" && symbol !== "=") return null;
  const normal = normalise(prompt);
  const at = normal.indexOf("□");
  if (at < 0) return null;
  const left = normal
    .slice(0, at)
    .replace(/^.*[:?]/, "")
    .replace(/\s+/g, "");
  const right = normal
    .slice(at + 1)
    .split(/[?:]/)[0]!
    .replace(/\s+/g, "");
  if (left === "" || right === "") return null;
  return { left, right, symbol };
}

function wordPattern(phrase: string): string {
  const edge = /^[a-z0-9]/.test(phrase) ? "\\b" : "";
  const edgeEnd = /[a-z0-9]$/.test(phrase) ? "\\b" : "";
  return `${edge}${escapeRegExp(phrase)}${edgeEnd}`;
}

function checkPhrase(plan: PhrasePlan, text: string): LeakCheck {
  const normal = normalise(text);
  if (plan.comparison) {
    const { left, right, symbol } = plan.comparison;
    const squashed = squashComparison(text);
    if (
      squashed.includes(`${left}${symbol}${right}`) ||
      squashed.includes(`${right}${FLIP[symbol]}${left}`)
    ) {
      return { leaked: true, form: "comparison" };
    }
  }
  for (const { text: phrase, loud } of plan.phrases) {
    if (phrase === "") continue;
    const word = wordPattern(phrase);
    const before = EVERYDAY_REPLIES.has(phrase) ? STRONG_PHRASE_BEFORE : ASSERT_PHRASE_BEFORE;
    const after = EVERYDAY_REPLIES.has(phrase)
      ? ""
      : `|${word}\\s*["')]?\\s*(?:is|would be|'s)\\s+(?:the\\s+)?(?:right|correct|answer)\\b`;
    // Asserted, but not listed ("pick <, = or >"), and not the prompt's own words.
    const assertion = new RegExp(
      `(?:${before})\\s*["'(]?\\s*(?:an? |the )?${word}(?!\\s*(?:,|/|\\bor\\b))${after}`,
      "g",
    );
    for (const m of normal.matchAll(assertion)) {
      if (!plan.prompt.includes(m[0].trim())) return { leaked: true, form: "choice" };
    }
    if (loud && new RegExp(word).test(normal)) return { leaked: true, form: "text" };
  }
  return { leaked: false };
}

// ---------------------------------------------------------------------------------------------

type Plan = NumericPlan | PhrasePlan;

function planFor(item: GuardedItem): Plan | null {
  const spec = item.answer;
  switch (spec.kind) {
    case "number": {
      if (!Number.isFinite(spec.value)) return null;
      const tolerance =
        spec.tolerance !== undefined && Number.isFinite(spec.tolerance) && spec.tolerance >= 0
          ? Math.max(spec.tolerance, 1e-9)
          : 1e-9 * Math.max(1, Math.abs(spec.value));
      return numericPlan({ value: spec.value, fraction: null, tolerance }, item.prompt);
    }
    case "fraction": {
      if (
        !Number.isSafeInteger(spec.numerator) ||
        !Number.isSafeInteger(spec.denominator) ||
        spec.denominator === 0
      ) {
        return null;
      }
      return numericPlan(
        {
          value: spec.numerator / spec.denominator,
          fraction: { n: spec.numerator, d: spec.denominator },
          tolerance: 1e-9,
        },
        item.prompt,
      );
    }
    case "choice": {
      const correct = spec.choices[spec.correctIndex];
      if (correct === undefined) return null;
      // The choices are on screen, so naming them is fine; asserting the right one is not.
      const asNumber = readNumber(correct);
      if (asNumber) return numericPlan(asNumber, item.prompt, spec.choices);
      return {
        kind: "phrase",
        phrases: [{ text: normalise(correct).replace(/[.!?]+$/, ""), loud: false }],
        prompt: normalise(item.prompt),
        comparison: comparisonOf(item.prompt, correct.trim()),
      };
    }
    case "text": {
      const accepted = spec.accepted.map((a) => normalise(a).replace(/[.!?]+$/, "")).filter((a) => a !== "");
      const first = accepted[0];
      if (first === undefined) return null;
      const asNumber = readNumber(first);
      if (asNumber) return numericPlan(asNumber, item.prompt);
      const prompt = normalise(item.prompt);
      return {
        kind: "phrase",
        // A distinctive answer the child cannot see is a leak wherever it appears.
        phrases: accepted.map((a) => ({ text: a, loud: a.length >= 4 && !prompt.includes(a) })),
        prompt,
        comparison: null,
      };
    }
    default:
      return null;
  }
}

const NO_LEAK: LeakCheck = { leaked: false };

const FILLER =
  /^(?:(?:i think|maybe|so|ok|okay|um+|is it|it's|it is|the answer is|my answer is|answer:|i got|i get)[\s,]*)+/;

/** The child's whole message is a number equal to the answer ("42", "is it 42?", "= 42"). */
function answersWithNumber(plan: NumericPlan, message: string): boolean {
  const normal = normalise(message)
    .replace(FILLER, "")
    .replace(/^=\s*/, "")
    .replace(/[\s?.!]+$/, "");
  const found = candidates(normal);
  const only = found[0];
  if (found.length !== 1 || only === undefined) return false;
  if (normal.slice(0, only.start).trim() !== "" || normal.slice(only.end).trim() !== "") return false;
  return matches(only, plan.target);
}

export function createAnswerGuard(item: GuardedItem): AnswerGuard {
  const plan = planFor(item);
  return {
    check(reply) {
      if (!plan) return NO_LEAK;
      return plan.kind === "numeric" ? checkNumeric(plan, reply, false) : checkPhrase(plan, reply);
    },
    childFound(message) {
      if (!plan) return false;
      if (plan.kind === "numeric")
        return answersWithNumber(plan, message) || checkNumeric(plan, message, true).leaked;
      const normal = normalise(message).replace(/[.!?]+$/, "");
      return (
        plan.phrases.some(
          ({ text: p }) => normal === p || new RegExp(`(?:^|\\s)${escapeRegExp(p)}(?:$|\\s)`).test(normal),
        ) ||
        (plan.comparison !== null && checkPhrase({ ...plan, phrases: [] }, message).leaked)
      );
    },
  };
}
