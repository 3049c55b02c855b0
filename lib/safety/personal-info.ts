import "server-only";
import type { ScreenRole } from "./categories";
import { COMMON_FIRST_NAMES } from "./first-names";
import { originalSpan, type PlainView } from "./normalize";

/**
 * Personal information a child shares (P25: address, phone, school, full name; also email and
 * social handles), found in the plain view so that each match maps back to a span of the
 * original text for redaction. A first name alone, a state or a city alone are not flagged:
 * the tutor may use the child's first name (P11), and a state does not locate a child.
 *
 * For the tutor's own output only the structured kinds (phone, email, address, handle) apply:
 * a school or a full name in a reading passage ("Martin Luther King Jr. Elementary") is content,
 * not the child's data, and the child's own details were removed before the model saw them.
 */

export type PersonalInfoKind =
  | "phone"
  | "email"
  | "street_address"
  | "apartment"
  | "zip_code"
  | "school"
  | "full_name"
  | "social_handle";

export interface PersonalInfoMatch {
  kind: PersonalInfoKind;
  /** Span of the original text to replace with `[removed]`. */
  start: number;
  end: number;
}

/** A word list written as one string, one space between words. */
function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Crisis and help lines are never personal information, whoever writes them. */
const HELPLINE_DIGITS = new Set(["988", "18004224453", "8004224453", "18002738255", "741741", "911"]);

// --- phone numbers --------------------------------------------------------------------------

const DIGIT_WORDS: Record<string, string> = {
  zero: "0",
  oh: "0",
  o: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  niner: "9",
};

const DIGIT_TOKEN =
  "(?:\\d+|(?<![a-z])(?:zero|oh|o|one|two|three|four|five|six|seven|eight|niner|nine)(?![a-z])|(?<![a-z])(?:double|triple)(?![a-z]))";
const NUMBER_RUN = new RegExp(
  `(?<![\\w])(?:\\+\\s?|\\(\\s?)?${DIGIT_TOKEN}(?:(?:[\\s.,\\-()/_]|\\bdash\\b){0,4}${DIGIT_TOKEN})*`,
  "g",
);
const TOKEN_IN_RUN = new RegExp(DIGIT_TOKEN, "g");

/** Words that say the next digits are someone's phone number (not "the number 1234567"). */
const PHONE_CONTEXT =
  /\b(?:call(?:ing)? (?:me|us|my)|text(?:ing)? (?:me|us|my)|txt me|ring me|reach me|hit me up|contact me|whatsapp|(?:phone|cell|mobile|telephone|tel)\b|(?:my|our|his|her|mom'?s|dad'?s|mum'?s|parents'?) (?:home |house |new )?(?:number|num|#|digits))/;
const MATH_CONTEXT =
  /[=+*×÷^]|\b(?:plus|minus|times|divided|multiply|multiplied|add|subtract|sum|product|equals|answer|calculate|solve|round|digits?|numbers?|biggest|largest|smallest|count|counting|place value|million|billion|thousand|how many)\b/;

interface NumberRun {
  start: number;
  end: number;
  digits: string;
  /** Lengths of the digit groups as written ("555-867-5309" → [3, 3, 4]). */
  groups: number[];
  hasWords: boolean;
  values: number[];
  leadingPlus: boolean;
}

function readRun(match: RegExpExecArray): NumberRun | null {
  const tokens = [...match[0].matchAll(TOKEN_IN_RUN)];
  // "o"/"oh" only count as zero between real digits.
  while (tokens.length > 0 && /^(?:o|oh)$/.test(tokens[0]?.[0] ?? "")) tokens.shift();
  while (tokens.length > 0 && /^(?:o|oh|double|triple)$/.test(tokens.at(-1)?.[0] ?? "")) tokens.pop();
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return null;

  let digits = "";
  const groups: number[] = [];
  const values: number[] = [];
  let hasWords = false;
  let repeat = 1;
  let previousEnd = -1;
  for (const token of tokens) {
    const word = token[0];
    const at = match.index + (token.index ?? 0);
    if (word === "double" || word === "triple") {
      repeat = word === "double" ? 2 : 3;
      hasWords = true;
      continue;
    }
    const value = /^\d+$/.test(word) ? word : (DIGIT_WORDS[word] ?? "");
    if (value !== word) hasWords = true;
    const chunk = value.repeat(repeat);
    repeat = 1;
    const adjacent = previousEnd === at;
    if (adjacent && groups.length > 0) groups[groups.length - 1] = (groups.at(-1) ?? 0) + chunk.length;
    else groups.push(chunk.length);
    digits += chunk;
    values.push(Number(chunk));
    previousEnd = at + word.length;
  }
  const start = match.index + (first.index ?? 0);
  const leadingPlus = /^\+/.test(match[0]);
  return {
    start: leadingPlus ? match.index : start,
    end: match.index + (last.index ?? 0) + last[0].length,
    digits,
    groups,
    hasWords,
    values,
    leadingPlus,
  };
}

function isProgression(values: number[]): boolean {
  if (values.length < 4) return false;
  const [a, b] = values;
  if (a === undefined || b === undefined) return false;
  const step = b - a;
  return step !== 0 && values.every((v, i) => v === a + step * i);
}

const PHONE_SHAPES = new Set(["3,3,4", "1,3,3,4", "3,7", "3,4", "5,6", "4,3,3", "3,3,3,4", "2,4,6", "1,3,7"]);

function isPhone(run: NumberRun, text: string, math: boolean): boolean {
  const d = run.digits;
  if (HELPLINE_DIGITS.has(d)) return false;
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  const context = PHONE_CONTEXT.test(before);
  const fullLength =
    d.length === 10 ||
    (d.length === 11 && (d.startsWith("1") || d.startsWith("0"))) || // US with country code; UK mobiles
    (run.leadingPlus && d.length >= 11);
  const localLength = d.length === 7;
  if (!fullLength && !localLength) return false;

  const shaped = PHONE_SHAPES.has(run.groups.join(",")) && run.groups.length > 1;
  const spelledOut = run.hasWords || run.groups.filter((g) => g === 1).length >= 7;

  if (context) return true;
  if (isProgression(run.values) || /^(\d)\1+$/.test(d)) return false;
  if (localLength) return false; // seven digits need a word like "call" or "number" before them
  if (shaped && !math) return true;
  if (spelledOut) return true;
  return run.groups.length === 1 && !math;
}

function findPhones(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const math = MATH_CONTEXT.test(text);
  for (const match of text.matchAll(NUMBER_RUN)) {
    const run = readRun(match as RegExpExecArray);
    if (run && isPhone(run, text, math)) found.push({ start: run.start, end: run.end });
  }
  return found;
}

// --- email and handles ----------------------------------------------------------------------

const AT = "(?:\\s*@\\s*|\\s*[([{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+)";
const DOT = "(?:\\s*\\.\\s*|\\s*[([{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+)";
const LOCAL = `[a-z0-9_%+-]+(?:${DOT}[a-z0-9_%+-]+)*`;
// Only names that are not also ordinary words ("meet me at live oak park" is not an email).
const PROVIDERS = "gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|aol|protonmail|msn";
const TLDS = "com|net|org|edu|gov|co|us|uk|io|me|ca|au|info|biz|app|dev";
const EMAIL = new RegExp(
  `(?<![a-z0-9_%+.-])${LOCAL}${AT}(?:[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}(?:${TLDS})\\b|(?:${PROVIDERS})\\b)`,
  "g",
);

const APPS =
  "snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|discord|roblox|minecraft|fortnite|xbox|xbox live|psn|playstation|steam|twitter|youtube|yt|kik|whatsapp|telegram|twitch|epic|epic games|among us|gamer ?tag|user ?name|screen ?name|handle|ign";
const HANDLE_STOPWORDS = words(`
  fun cool awesome broken down not the so really very banned hacked private public new old gone
  deleted blocked lagging laggy boring good bad great locked off on too also secret blank weird
  long hard easy taken working what and but because same upstairs downstairs charging dead mine
  better older newer fixed here there missing lost full empty slow fast
`);
const HANDLE_STATEMENT = new RegExp(
  `\\bmy (?:${APPS})(?:'s| s)?(?: (?:account|acount|user ?name|name|handle|id|tag|code|name is))*(?:\\s*(?:is|=|:|-)\\s*|\\s+)(@?[a-z0-9][a-z0-9._#-]{2,31})`,
  "g",
);
const HANDLE_INVITE = new RegExp(
  `\\b(?:add|follow|find|friend|message|dm|text|msg) me on (?:${APPS})\\s*(?:at|:|-|its|it's|is)?\\s*(@?[a-z0-9][a-z0-9._#-]{2,31})`,
  "g",
);
const BARE_HANDLE = /(?<![a-z0-9._%+-])@[a-z0-9_][a-z0-9_.]{2,29}\b/g;

function looksLikeHandle(candidate: string, explicit: boolean): boolean {
  if (HANDLE_STOPWORDS.has(candidate)) return false;
  if (/[\d_@#.]/.test(candidate)) return true;
  return explicit;
}

// --- addresses ------------------------------------------------------------------------------

const STREET_SUFFIX =
  "street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|circle|cir|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|crescent|cres|close|square|sq|alley|loop|pike";
/** Suffixes that are also everyday words ("there is 1 right way"): they need a capital or a reason. */
const AMBIGUOUS_SUFFIX =
  /^(?:way|place|pl|close|square|sq|loop|court|ct|circle|cir|terrace|ter|dr|pike|trail)$/;
const ADDRESS_CONTEXT = /\b(?:live|lives|living|address|adress|house|home|moved|street)\b/;
const UNIT =
  "(?:,?\\s*(?:apt|apartment|unit|suite|ste|flat|#)\\.?\\s*(?:#|no\\.?|number)?\\s*[a-z0-9-]{1,5}\\b)?";
const HOUSE_NUMBER = "\\d(?:[\\s.-]?\\d){0,5}[a-z]?";
const STREET = new RegExp(
  `(?<![\\w])(${HOUSE_NUMBER})\\s+((?:[a-z][a-z'.-]*\\s+){0,3}[a-z][a-z'.-]*)\\s+(${STREET_SUFFIX})\\b\\.?${UNIT}`,
  "g",
);
const LIVE_ON_STREET = new RegExp(
  `\\b(?:i|we) live on ((?:[a-z][a-z'.-]*\\s+){1,3})(?:${STREET_SUFFIX})\\b\\.?`,
  "g",
);
const ADDRESS_STATEMENT =
  /\b(?:my|our) (?:home |house |street )?(?:address|adress|addres|adres|addy) (?:is|=|:)\s*([^.!?\n]{3,80})/g;
const LIVE_AT_NUMBER = /\b(?:i|we) live at (\d[^.!?\n]{2,60})/g;
const APARTMENT =
  /\b(?:apt|apartment)\.?\s*(?:#|no\.?|number)?\s*\d{1,4}[a-z]?\b|\b(?:live in|my|our) (?:unit|flat|suite) #?\s*\d{1,4}[a-z]?\b/g;
const ZIP = /\bzip(?:\s?code)?(?:\s+is|\s*[:=])?\s*(\d{5}(?:-\d{4})?)\b/g;

const ADDRESS_STOPWORDS = words(`
  the a an on in at to of and or down up across along over from by with for is are was were my
  your his her their our that this these those cars houses blocks miles feet steps times more
  people kids trees apples away near off into onto crossed walked drove ran went lived live it
  then right best other easy simple good better fast quick different correct wrong same only last
  first second third next big small long short great new old whole half few many much some any
  every each all no not tens ones hundreds
`);

function isStreetName(words: string): boolean {
  const list = words.trim().split(/\s+/);
  return list.length > 0 && list.every((w) => !ADDRESS_STOPWORDS.has(w.replace(/[.']/g, "")));
}

// --- schools --------------------------------------------------------------------------------

const SCHOOL_SUFFIX =
  "elementary|elem|middle|high|junior high|jr high|primary|intermediate|academy|prep|preparatory|montessori|school|charter";
/** Words that show the phrase is not a school's name ("I go to the park after school"). */
const NOT_A_SCHOOL_NAME = words(`
  the a an my our your his her their to in at after before from with and or then near by for on
  park bed church work sleep class back
`);
/** Words that describe a kind of school without naming one ("I go to Catholic school"). */
const SCHOOL_KIND_WORDS = words(`
  public private summer home sunday night art music dance swim swimming driving boarding middle
  high elementary primary secondary grade kindergarten preschool pre new big same different
  regular normal online virtual catholic christian charter real bible language math coding chess
  football soccer dog school co-op coop homeschool junior jr local old
`);

function isSchoolName(words: string[]): boolean {
  const clean = words.map((w) => w.replace(/[.']/g, ""));
  return clean.every((w) => !NOT_A_SCHOOL_NAME.has(w)) && clean.some((w) => !SCHOOL_KIND_WORDS.has(w));
}
const SCHOOL_ATTEND = new RegExp(
  `\\b(?:i|we|i'm|im|i am) (?:go|goes|went|going|go back|used to go|am going|attend|attended|attending) (?:to )?((?:[a-z0-9.'-]+\\s+){1,5}?)(?:${SCHOOL_SUFFIX})\\b(?:\\s+school\\b)?`,
  "g",
);
const SCHOOL_AT = new RegExp(
  `\\b(?:i'm|im|i am) (?:in (?:[a-z0-9]+ grade|grade \\d+|kindergarten|[a-z.']+ (?:class|room)) )?at ((?:[a-z0-9.'-]+\\s+){1,5}?)(?:${SCHOOL_SUFFIX})\\b(?:\\s+school\\b)?`,
  "g",
);
const SCHOOL_IS =
  /\bmy school(?:'s name| name|'s| s)? is (?:called |named )?([a-z0-9.'-]+(?:\s+[a-z0-9.'-]+){0,5})/g;
const SCHOOL_IS_STOPWORDS = new Set([
  ...NOT_A_SCHOOL_NAME,
  ...SCHOOL_KIND_WORDS,
  ...words(`
  closed open fun boring small far close cool great good bad hard easy out over cancelled canceled
  starting done on so really very too kinda kind not pretty super awesome weird nice strict old
  huge tiny going having doing getting like just being near next off over still the at in is was
  making teaching letting using
`),
]);

// --- names ----------------------------------------------------------------------------------

/** Words that follow a first name without being a surname ("my name is Sam and I like maths"). */
const NAME_FOLLOWERS = words(`
  and but so i im i'm my the a lol haha hehe lmao btw too also what whats what's ok okay thanks
  thank please hi hello hey not just by from of in at to with because cuz bc cause and am was is
  are can could do does did will would should who how when where why if or for like really
  actually you your ur u jk then which that this it its it's ive i've we he she they here there
  now today again though tho yes no nope yeah yep xd age years year yrs grade btw nice whats right
  sir miss ma'am friend buddy pls plz thx ty lets let's can help tutor not only even said guys
  everyone mom dad speaking typing writing talking back online ready done home bored sad happy
  tired sorry confused stuck lost fine good great excited hungry sleepy scared new learning doing
  going trying playing working
`);

/** Titles and nicknames that follow "I'm" with a capital ("I'm Captain Awesome"). */
const NOT_A_NAME = words(`
  captain super awesome mister mr mrs ms miss doctor dr king queen princess prince lord lady sir
  agent professor master the a big little baby mega ultra lil team player iron spider bat not so
  very really just always never still ok okay from in on at
`);
const NAME_WORD = "[a-z][a-z'-]{1,24}";
const NAME_STATEMENT = new RegExp(
  `\\bmy (?:full |real |whole |complete |first and last )?name(?: is|'s|s| s|\\s*[:=])\\s+(${NAME_WORD})((?:\\s+${NAME_WORD}){1,2})`,
  "g",
);
const SURNAME_STATEMENT = new RegExp(
  `\\bmy (?:last|sur|family) ?name(?: is|'s| s|\\s*[:=])\\s+(${NAME_WORD})`,
  "g",
);
const RELATIVE_FULL_NAME = new RegExp(
  `\\bmy (?:mom|mum|mother|dad|father|brother|sister|grandma|grandpa|teacher|best friend)(?:'s| s)? (?:full |real )?name is (${NAME_WORD})((?:\\s+${NAME_WORD}){1,2})`,
  "g",
);
const SURNAME_STOPWORDS = new Set([
  ...NAME_FOLLOWERS,
  ...words(`
  hard long weird funny secret private spelled difficult very same different cool complicated
  short easy
`),
]);
/**
 * "I'm Jane Smith": written with capitals, or in lower case when the first word is a common first
 * name ("i'm lily parker"), since "i'm super tired" has no name in it.
 */
const INTRODUCTION = /\b(?:I am|I'm|Im|I’m) ([A-Z][a-z'-]{1,24}) ([A-Z][a-z'-]{1,24})\b/g;
const LOWERCASE_INTRODUCTION = new RegExp(`\\b(?:i am|i'm|im|this is) (${NAME_WORD}) (${NAME_WORD})\\b`, "g");

function surnameSpan(
  view: PlainView,
  match: RegExpExecArray,
  restGroup: string,
): { start: number; end: number } | null {
  // Keep the words up to the first one that is clearly not part of a name.
  const base = match.index + match[0].length - restGroup.length;
  let start = -1;
  let end = -1;
  for (const word of restGroup.matchAll(/\S+/g)) {
    if (NAME_FOLLOWERS.has(word[0])) break;
    if (start < 0) start = base + word.index;
    end = base + word.index + word[0].length;
  }
  return start < 0 ? null : originalSpan(view, start, end);
}

// --- the detector ---------------------------------------------------------------------------

function groupSpan(view: PlainView, match: RegExpExecArray, group: string): { start: number; end: number } {
  const offset = match[0].lastIndexOf(group);
  const start = match.index + offset;
  return originalSpan(view, start, start + group.length);
}

export function findPersonalInfo(view: PlainView, original: string, role: ScreenRole): PersonalInfoMatch[] {
  const text = view.text;
  const found: PersonalInfoMatch[] = [];
  const add = (kind: PersonalInfoKind, span: { start: number; end: number } | null) => {
    if (span && span.end > span.start) found.push({ kind, ...span });
  };

  for (const phone of findPhones(text)) add("phone", originalSpan(view, phone.start, phone.end));
  for (const m of text.matchAll(EMAIL)) add("email", originalSpan(view, m.index, m.index + m[0].length));

  for (const m of text.matchAll(STREET)) {
    if (!isStreetName(m[2] ?? "")) continue;
    const span = originalSpan(view, m.index, m.index + m[0].length);
    if (AMBIGUOUS_SUFFIX.test(m[3] ?? "")) {
      const nameStart = m.index + m[0].indexOf(m[2] ?? "", (m[1] ?? "").length);
      const capitalised = /^[A-Z]/.test(original.slice(originalSpan(view, nameStart, nameStart + 1).start));
      if (!capitalised && !ADDRESS_CONTEXT.test(text)) continue;
    }
    add("street_address", span);
  }
  for (const m of text.matchAll(ADDRESS_STATEMENT)) {
    const rest = (m[1] ?? "").trim();
    if (/\d/.test(rest) || new RegExp(`\\b(?:${STREET_SUFFIX})\\b`).test(rest)) {
      add("street_address", groupSpan(view, m, m[1] ?? ""));
    }
  }
  for (const m of text.matchAll(LIVE_AT_NUMBER)) add("street_address", groupSpan(view, m, m[1] ?? ""));
  for (const m of text.matchAll(APARTMENT))
    add("apartment", originalSpan(view, m.index, m.index + m[0].length));
  for (const m of text.matchAll(ZIP)) add("zip_code", groupSpan(view, m, m[1] ?? ""));

  const handleMatches = [...text.matchAll(HANDLE_STATEMENT), ...text.matchAll(HANDLE_INVITE)];
  for (const m of handleMatches) {
    const candidate = m[1] ?? "";
    const explicit =
      /\b(?:is|=|:)\s*@?[a-z0-9]/.test(m[0]) || /user ?name|gamer ?tag|handle|\bign\b/.test(m[0]);
    if (looksLikeHandle(candidate.replace(/^@/, ""), explicit))
      add("social_handle", groupSpan(view, m, candidate));
  }

  if (role === "tutor") return dedupe(found);

  for (const m of text.matchAll(BARE_HANDLE))
    add("social_handle", originalSpan(view, m.index, m.index + m[0].length));

  for (const m of text.matchAll(LIVE_ON_STREET)) {
    if (isStreetName(m[1] ?? "")) add("street_address", groupSpan(view, m, m[1] ?? ""));
  }

  for (const pattern of [SCHOOL_ATTEND, SCHOOL_AT]) {
    for (const m of text.matchAll(pattern)) {
      if (isSchoolName((m[1] ?? "").trim().split(/\s+/))) {
        add("school", groupSpan(view, m, m[0].slice(m[0].indexOf(m[1] ?? ""))));
      }
    }
  }
  for (const m of text.matchAll(SCHOOL_IS)) {
    const name = m[1] ?? "";
    const firstWord = name.split(/\s+/)[0] ?? "";
    if (!SCHOOL_IS_STOPWORDS.has(firstWord)) add("school", groupSpan(view, m, name));
  }

  for (const pattern of [NAME_STATEMENT, RELATIVE_FULL_NAME]) {
    for (const m of text.matchAll(pattern)) add("full_name", surnameSpan(view, m, m[2] ?? ""));
  }
  for (const m of text.matchAll(SURNAME_STATEMENT)) {
    const surname = m[1] ?? "";
    if (!SURNAME_STOPWORDS.has(surname)) add("full_name", groupSpan(view, m, surname));
  }
  for (const m of text.matchAll(LOWERCASE_INTRODUCTION)) {
    const [, first, last] = m;
    if (first && last && COMMON_FIRST_NAMES.has(first) && !SURNAME_STOPWORDS.has(last)) {
      add("full_name", groupSpan(view, m, last));
    }
  }
  for (const m of original.matchAll(INTRODUCTION)) {
    const [, first, last] = m;
    const words = [first?.toLowerCase() ?? "", last?.toLowerCase() ?? ""];
    if (first && last && words.every((w) => !NAME_FOLLOWERS.has(w) && !NOT_A_NAME.has(w))) {
      const start = m.index + m[0].length - last.length;
      found.push({ kind: "full_name", start, end: start + last.length });
    }
  }

  return dedupe(found);
}

function dedupe(matches: PersonalInfoMatch[]): PersonalInfoMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.kind}:${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const REDACTION = "[removed]";

/** Replaces every span with `[removed]`, merging overlaps. */
export function redactSpans(original: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    out += original.slice(cursor, start) + REDACTION;
    cursor = span.end;
  }
  return out + original.slice(cursor);
}
