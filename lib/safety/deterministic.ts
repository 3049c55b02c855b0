import "server-only";
import {
  CATEGORY_PRIORITY,
  type ConversationTurn,
  type FlaggedCategory,
  type SafetyCategory,
  type ScreenRole,
  SEVERITY_RANK,
  type Severity,
} from "./categories";
import { assessGrooming } from "./grooming";
import { phraseView, plainView } from "./normalize";
import { findPersonalInfo, redactSpans } from "./personal-info";
import { PHRASE_RULES, SPELLED_OUT_RULES } from "./phrase-rules";

/**
 * The deterministic tier of the P25 screen: fast, offline, explainable. It runs on every child
 * message before anything else sees it (the redacted text is what goes to the model and to
 * storage) and on every tutor reply before it is shown.
 *
 * Decisions (see the authored cases in tests/unit/safety/cases.ts):
 * - Hyperbole is not flagged: "this level is killing me", "I could die of boredom lol" →
 *   category "none". First-person intent ("I want to die", "kms", "kill myself") is, with lol
 *   or without: for self-harm a false alarm costs less than a miss.
 * - A first name alone, a state or a city alone are not personal information; a full name, a
 *   street address, a phone number, an email, a school name or a social handle are.
 * - For the tutor's output, a school or a historical full name is content (a reading passage
 *   about "Martin Luther King Jr. Elementary"); phone numbers, emails and addresses are still
 *   redacted (the child's own were removed before the model saw them, so these are invented or
 *   leaked) and reported with severity "low"; the tutor asking for personal details is "medium".
 * - Crisis lines (988, Childhelp 1-800-422-4453, 911) are never redacted.
 * - `flagged` is true exactly when `category` is not "none"; `severity` ranks how urgent the
 *   help is (high: crisis help at once), and is "low" when nothing was found.
 */

export interface ScreenOptions {
  /** Who wrote `text`. Defaults to "child". */
  role?: ScreenRole;
  /** Earlier turns of the conversation, oldest first, for patterns such as grooming. */
  history?: readonly ConversationTurn[];
}

export interface ScreenMatch {
  category: FlaggedCategory;
  /** What matched, by name (e.g. "phone", "self_harm_intent", "grooming_pattern"); never the text. */
  kind: string;
  severity: Severity;
}

export interface ScreenResult {
  flagged: boolean;
  category: SafetyCategory;
  severity: Severity;
  /** The text with personal information replaced by `[removed]`. */
  redacted: string;
  matches: ScreenMatch[];
}

function strongest(matches: readonly ScreenMatch[]): ScreenMatch | undefined {
  let best: ScreenMatch | undefined;
  for (const match of matches) {
    if (
      best === undefined ||
      SEVERITY_RANK[match.severity] > SEVERITY_RANK[best.severity] ||
      (SEVERITY_RANK[match.severity] === SEVERITY_RANK[best.severity] &&
        CATEGORY_PRIORITY[match.category] > CATEGORY_PRIORITY[best.category])
    ) {
      best = match;
    }
  }
  return best;
}

/** Only the redaction: for text that is stored or sent on but needs no verdict. */
export function redactPersonalInfo(text: string, role: ScreenRole = "child"): string {
  const plain = plainView(text);
  return redactSpans(text, findPersonalInfo(plain, text, role));
}

export function screenText(text: string, options: ScreenOptions = {}): ScreenResult {
  const role = options.role ?? "child";
  const plain = plainView(text);
  const phrases = phraseView(plain.text);
  const matches: ScreenMatch[] = [];
  const seen = new Set<string>();
  const add = (match: ScreenMatch) => {
    const key = `${match.category}:${match.kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    matches.push(match);
  };

  const personalInfo = findPersonalInfo(plain, text, role);
  for (const found of personalInfo) {
    add({ category: "personal_info", kind: found.kind, severity: role === "tutor" ? "low" : "medium" });
  }

  for (const rule of PHRASE_RULES) {
    if (rule.roles.includes(role) && rule.pattern.test(rule.raw ? phrases.raw : phrases.text)) {
      add({ category: rule.category, kind: rule.kind, severity: rule.severity });
    }
  }
  if (role === "child") {
    for (const run of phrases.spelledOut) {
      for (const rule of SPELLED_OUT_RULES) {
        if (run.includes(rule.needle)) add({ category: rule.category, kind: rule.kind, severity: "high" });
      }
    }
  }

  const history = (options.history ?? []).map((turn) => phraseView(plainView(turn.text).text).raw);
  for (const finding of assessGrooming(phrases.raw, role, history)) {
    add({ category: "abuse_disclosure", kind: finding.kind, severity: finding.severity });
  }

  const top = strongest(matches);
  return {
    flagged: top !== undefined,
    category: top?.category ?? "none",
    severity: top?.severity ?? "low",
    redacted: redactSpans(text, personalInfo),
    matches,
  };
}
