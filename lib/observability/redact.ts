/**
 * Redaction shared by the Sentry scrubber and the application logger (P9).
 *
 * Two tools, used together:
 * - by key: a field whose name says it holds a person's words or a secret (`firstName`, `pin`,
 *   `message`, `authorization`, …) is replaced whole, whatever its value looks like. This is
 *   the only defence against a child's name, which no pattern can recognise.
 * - by pattern: any string that is kept is searched for things that look like emails, phone
 *   numbers, bearer tokens, long random tokens, PINs after the word "pin", family codes and
 *   URL query strings, and those are replaced with a marker naming what was removed.
 *
 * Over-redaction is the accepted failure mode: a lost digit in an error report costs a little
 * debugging; a leaked PIN costs a child's account.
 *
 * This module is imported by the browser Sentry init too, so it must stay free of Node APIs
 * and of `server-only`.
 */

export const REDACTED = "[redacted]";

/**
 * Field names (compared without case, `_` or `-`) whose values are always replaced. A key is
 * also sensitive when it ends with one of these, so `childFirstName`, `accessToken` and
 * `parentEmail` are caught; so are `skillName` and `fileName` (log the id instead).
 */
const SENSITIVE_KEY_SUFFIXES = [
  "name",
  "pin",
  "pinhash",
  "token",
  "password",
  "passwordhash",
  "passcode",
  "secret",
  "email",
  "phone",
  "address",
  "familycode",
  "message",
  "messages",
  "content",
  "text",
  "body",
  "prompt",
  "transcript",
  "cookie",
  "cookies",
  "setcookie",
  "authorization",
  "apikey",
  "birthyear",
  "answer",
  "answers",
];

/** Matched whole: as suffixes these would catch `zip` or `tooltip`. */
const SENSITIVE_KEYS_EXACT = new Set(["ip", "clientip"]);
/** Suffix matches that hold no personal data. */
const NOT_SENSITIVE_KEYS = new Set(["context", "hostname", "pathname"]);

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[_\-\s.]/g, "");
}

/** True when a field with this name must never be written out with its value. */
export function isSensitiveKey(key: string): boolean {
  const k = normalizeKey(key);
  if (SENSITIVE_KEYS_EXACT.has(k)) return true;
  if (NOT_SENSITIVE_KEYS.has(k)) return false;
  return SENSITIVE_KEY_SUFFIXES.some((suffix) => k.endsWith(suffix));
}

// ---- patterns -------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `https://host/path?query#fragment` and `/path?query` → the part before `?` or `#`. */
const URL_WITH_QUERY =
  /((?:\b[a-z][a-z0-9+.-]{0,30}:\/\/|(?<![\w/])\/)[^\s?#"'<>`]{0,2048})[?#][^\s"'<>`]*/gi;

const SECRET_ASSIGNMENT =
  /\b(password|passwd|pwd|passcode|secret|token|access[_-]?token|refresh[_-]?token|id[_-]?token|api[_-]?key|client[_-]?secret|session(?:[_-]?id)?|sig|signature|family[_ -]?code)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&,;"'}]+)/gi;

const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi;

const EMAIL =
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/g;

/**
 * "pin" (also "PIN", "childPin", "pin_code") followed within a few non-digit characters by 4–6
 * digits: `PIN 4821`, `pin: "482193"`, `pin=4821`, `PIN is 4821`.
 */
const PIN_AFTER_WORD = /(pins?(?:[\s_-]?(?:code|number)s?)?(?![a-z])[^\d\n]{0,16}?)(?<!\d)\d{4,6}(?!\d)/gi;

/**
 * Family codes (lib/family/family-code.ts): 9 characters from an alphabet without look-alikes,
 * shown as `K7Q-M3X-PR9`. Caught grouped (with dashes or spaces), compact, and in the longer
 * `K7QM-3XPR-9HT2` style should the format grow.
 */
const FAMILY_CODE_GROUPED = /(?<![\w-])[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){1,3}(?![\w-])/g;
const FAMILY_CODE_SPACED = /(?<!\w)[A-Z0-9]{3} [A-Z0-9]{3} [A-Z0-9]{3}(?!\w)/g;
const FAMILY_CODE_COMPACT = /(?<!\w)[2-9A-HJKMNP-TV-Z]{9}(?!\w)/g;
/** Upper-case letters mixed with digits, 8–16 long: codes, references, typed-in keys. */
const UPPER_ALNUM_CODE = /(?<!\w)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,16}(?!\w)/g;

/** Phone numbers: `+1 (555) 010-9999`, `555-010-9999`, `555 0199`, `+44 20 7946 0958`, `5550109999`. */
const PHONE =
  /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])?\d{3,4}[\s.-]?\d{4}(?!\w)|(?<![\w+])\+\d[\d\s().-]{7,20}\d(?!\w)|(?<![\w+])1?\d{10}(?!\w)/g;

const HEX_TOKEN = /(?<![A-Za-z0-9])[0-9a-f]{32,}(?![A-Za-z0-9])/gi;

/**
 * Long runs of base64url characters (session tokens, signatures, ids from a CSPRNG). `/` is left
 * out so that a path such as `/children/<uuid>` is judged part by part, and UUIDs (our row ids,
 * which carry no personal data and are needed to debug) are kept.
 */
const B64URL_CANDIDATE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])/g;
/** Standard base64 is recognised by its padding or a `+` (a path has neither). */
const B64_CANDIDATE = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=_-])/g;

function hasDigitAndLetter(candidate: string): boolean {
  return /\d/.test(candidate) && /[A-Za-z]/.test(candidate);
}

function redactB64Url(candidate: string): string {
  return !UUID.test(candidate) && hasDigitAndLetter(candidate) ? "[redacted-token]" : candidate;
}

function redactB64(candidate: string): string {
  return (candidate.endsWith("=") || candidate.includes("+")) && hasDigitAndLetter(candidate)
    ? "[redacted-token]"
    : candidate;
}

/** Removes the query string and fragment from a URL (absolute, relative or a bare path). */
export function stripUrlQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** Longer strings are cut before redaction: logs and error reports need no more, and it bounds the cost. */
export const MAX_TEXT_LENGTH = 16_384;

/** Redacts everything in free text that looks like personal data or a secret. */
export function redactText(input: string): string {
  if (input === "") return input;
  const text =
    input.length > MAX_TEXT_LENGTH
      ? `${input.slice(0, MAX_TEXT_LENGTH)}…[truncated ${input.length - MAX_TEXT_LENGTH} characters]`
      : input;
  // Row ids (UUIDs) carry no personal data and are what an operator needs to debug; set them
  // aside so the digit patterns below (phone numbers) cannot bite pieces out of them.
  const kept: string[] = [];
  const shielded = text.replace(UUID_ANYWHERE, (id) => `\uE000${"k".repeat(kept.push(id))}\uE000`);
  return redactPatterns(shielded).replace(
    /\uE000(k+)\uE000/g,
    (_m, marks: string) => kept[marks.length - 1] ?? "",
  );
}

const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function redactPatterns(text: string): string {
  return text
    .replace(URL_WITH_QUERY, "$1")
    .replace(SECRET_ASSIGNMENT, (_m, key: string, sep: string) => `${key}${sep}[redacted-secret]`)
    .replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} [redacted-token]`)
    .replace(EMAIL, "[redacted-email]")
    .replace(PIN_AFTER_WORD, "$1[redacted-pin]")
    .replace(PHONE, "[redacted-phone]")
    .replace(HEX_TOKEN, "[redacted-token]")
    .replace(B64_CANDIDATE, redactB64)
    .replace(B64URL_CANDIDATE, redactB64Url)
    .replace(FAMILY_CODE_GROUPED, "[redacted-code]")
    .replace(FAMILY_CODE_SPACED, "[redacted-code]")
    .replace(FAMILY_CODE_COMPACT, "[redacted-code]")
    .replace(UPPER_ALNUM_CODE, "[redacted-code]");
}

// ---- structured values ----------------------------------------------------------------------

const MAX_DEPTH = 6;
const MAX_ITEMS = 100;

/**
 * A JSON-safe copy of `value` with sensitive keys replaced by `[redacted]` and every string run
 * through `redactText`. Errors keep their name, code and a redacted message. Cycles, depth and
 * width are bounded, so any value can be passed.
 */
export function redactValue(value: unknown): unknown {
  return walk(value, 0, new WeakSet());
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || value === undefined) return value ?? null;
  switch (typeof value) {
    case "string":
      return redactText(value);
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "boolean":
      return value;
    case "bigint":
      return value.toString();
    case "symbol":
    case "function":
      return undefined;
  }
  const obj = value as object;
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? null : obj.toISOString();
  if (obj instanceof Error) return describeError(obj, depth, seen);
  if (ArrayBuffer.isView(obj) || obj instanceof ArrayBuffer) return "[binary]";
  if (seen.has(obj)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[truncated]";
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return obj.slice(0, MAX_ITEMS).map((item) => walk(item, depth + 1, seen));
    if (obj instanceof Map) return walk(Object.fromEntries(obj), depth, seen);
    if (obj instanceof Set) return walk([...obj], depth, seen);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(obj).slice(0, MAX_ITEMS)) {
      if (isSensitiveKey(key)) {
        out[key] = REDACTED;
        continue;
      }
      const walked = walk(item, depth + 1, seen);
      if (walked !== undefined) out[key] = walked;
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}

export interface DescribedError {
  name: string;
  code?: string | number;
  message: string;
  stack?: string;
  cause?: unknown;
}

/**
 * An error as it may be logged: its name and code, its message with personal data redacted, and
 * its stack frames without the first line (which repeats the unredacted message).
 */
export function describeError(
  error: Error,
  depth = 0,
  seen: WeakSet<object> = new WeakSet(),
): DescribedError {
  const out: DescribedError = { name: error.name, message: redactText(error.message) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number")
    out.code = typeof code === "string" ? redactText(code) : code;
  if (typeof error.stack === "string") {
    const frames = error.stack
      .split("\n")
      .filter((line) => /^\s+at\s/.test(line))
      .slice(0, 20)
      .map((line) => redactText(line.trim()));
    if (frames.length > 0) out.stack = frames.join("\n");
  }
  if (error.cause !== undefined && depth < MAX_DEPTH && !seen.has(error)) {
    seen.add(error);
    out.cause = walk(error.cause, depth + 1, seen);
    seen.delete(error);
  }
  return out;
}
