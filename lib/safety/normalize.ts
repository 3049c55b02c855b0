import "server-only";

/**
 * Text normalisation for the deterministic screen. Two views of the same text:
 *
 * - the *plain* view: Unicode compatibility forms folded (fullwidth digits, ligatures), accents
 *   and zero-width characters removed, look-alike Cyrillic/Greek letters mapped to Latin, curly
 *   quotes and dashes made ASCII, lower-cased. Every character keeps the span of the original
 *   text it came from, so a match here can be redacted in the original. Personal information
 *   (phone numbers, emails, addresses) is found in this view: digits stay digits.
 *
 * - the *phrase* view: the plain view with leetspeak undone inside words ("k1ll" → "kill",
 *   "$uic1de" → "suicide", but "555" stays "555"), apostrophes dropped ("don't" → "dont"),
 *   punctuation reduced to spaces and sentence marks, letters spelled out one by one re-joined
 *   ("k i l l" → "kill"), and every run of a repeated letter collapsed to one ("diiiie" → "die",
 *   "kill" → "kil"). Phrase rules are written in ordinary spelling and compiled with `phrase()`,
 *   which collapses them the same way. An uncollapsed copy (`raw`) serves the few rules where
 *   collapsing merges two words. This view has no offsets: phrases are flagged, not redacted.
 */

export interface PlainView {
  text: string;
  /** For each character of `text`, where its source starts and ends in the original. */
  starts: number[];
  ends: number[];
}

const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
};

const PUNCTUATION_FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

/** Format characters (zero-width space/joiners, soft hyphen, BOM, bidi marks) and combining marks. */
const INVISIBLE = /[\p{Cf}\p{M}]/u;

export function plainView(original: string): PlainView {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const codePoint of original) {
    const start = index;
    index += codePoint.length;
    if (INVISIBLE.test(codePoint)) continue;
    const folded = codePoint.normalize("NFKD").replace(/\p{M}/gu, "");
    for (const ch of folded) {
      const lower = ch.toLowerCase();
      const mapped = PUNCTUATION_FOLD[lower] ?? CONFUSABLES[lower] ?? lower;
      for (const out of mapped) {
        text += out;
        starts.push(start);
        ends.push(index);
      }
    }
  }
  return { text, starts, ends };
}

/** The span of the original text behind `view.text.slice(start, end)`. */
export function originalSpan(view: PlainView, start: number, end: number): { start: number; end: number } {
  const first = view.starts[start];
  const last = view.ends[end - 1];
  if (first === undefined || last === undefined || end <= start) {
    throw new RangeError(`span ${start}..${end} is outside the normalised text`);
  }
  return { start: first, end: last };
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/** Undo leetspeak only inside tokens that also hold a letter, so plain numbers stay numbers. */
function undoLeet(text: string): string {
  return text
    .replace(/[a-z0-9@$]+/g, (token) =>
      /[a-z]/.test(token) && /[013457@$]/.test(token)
        ? token.replace(/[013457@$]/g, (c) => LEET[c] ?? c)
        : token,
    )
    .replace(/(?<=[a-z])!(?=[a-z])/g, "i")
    .replace(/(?<=[a-z])\|(?=[a-z])/g, "l");
}

/** "k i l l", "k.i.l.l", "k-i-l-l": three or more single letters with separators, re-joined. */
const SPELLED_OUT = /(?<![a-z0-9])[a-z](?:[ .\-_*]{1,3}[a-z](?![a-z0-9])){2,}/g;

export function collapseRepeats(text: string): string {
  return text.replace(/([a-z])\1+/g, "$1");
}

export interface PhraseView {
  /** The whole text, normalised for phrase rules, repeated letters collapsed. */
  text: string;
  /**
   * The same without collapsing, for the few words collapsing would confuse ("boobs" and
   * "bob's", "meet" and "met", "xxx" and "x").
   */
  raw: string;
  /** Each spelled-out run, re-joined and collapsed ("i w a n t t o d i e" → "iwantodie"). */
  spelledOut: string[];
}

export function phraseView(plain: string): PhraseView {
  const spelledOut: string[] = [];
  let text = undoLeet(plain.replace(/'/g, ""));
  text = text.replace(SPELLED_OUT, (run) => {
    const joined = run.replace(/[^a-z]/g, "");
    spelledOut.push(collapseRepeats(joined));
    return joined;
  });
  text = text
    .replace(/[^a-z0-9.!?]+/g, " ")
    .replace(/([.!?])+/g, " $1 ")
    .replace(/\s+/g, " ")
    .trim();
  return { text: collapseRepeats(text), raw: text, spelledOut };
}

/**
 * Compiles a phrase rule written in ordinary spelling: letter runs are collapsed as in the
 * phrase view ("kill myself" → /kil myself/). Escapes such as `\b` are left alone.
 */
export function phrase(source: string, flags = ""): RegExp {
  let out = "";
  let previousLetter: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      previousLetter = null;
      continue;
    }
    if (/[a-z]/.test(ch)) {
      if (ch === previousLetter) continue;
      previousLetter = ch;
    } else {
      previousLetter = null;
    }
    out += ch;
  }
  return new RegExp(out, flags);
}
