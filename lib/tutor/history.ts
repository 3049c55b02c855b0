import type { ConversationTurn } from "@/lib/safety/categories";
import type { StoredMessage } from "./store";

/**
 * Turning a stored conversation into what the provider sees and what the screens read.
 *
 * - Withdrawn messages (a flagged child message, a reply that leaked an answer or was flagged)
 *   and safety notices never go back to the model.
 * - Names: a brother's or sister's first name typed by the child is replaced before the text
 *   leaves Hearth (P11: never another child's data), and so is the child's own first name when
 *   the parent has switched sharing it off. What is stored keeps them: it is the family's own.
 * - The Messages API wants user and assistant turns alternating, starting with the user: runs
 *   are merged, and a leading tutor turn is dropped.
 * - The turn before the new message carries a cache marker, so a long conversation is read from
 *   the prompt cache instead of being paid for in full on every turn.
 */

export interface TextBlock {
  type: "text";
  text: string;
  cache_control?: { type: "ephemeral" };
}

export interface ModelTurn {
  role: "user" | "assistant";
  content: TextBlock[];
}

export const MAX_MODEL_TURNS = 24;

/** Words that are also names: replaced only when written with a capital letter. */
const EVERYDAY_WORDS = new Set([
  "will",
  "may",
  "hope",
  "faith",
  "joy",
  "grace",
  "rose",
  "mark",
  "bill",
  "art",
  "sunny",
  "summer",
  "autumn",
  "june",
  "april",
  "august",
  "eve",
  "pat",
  "sky",
  "river",
  "jack",
  "max",
  "ray",
  "dawn",
  "ivy",
  "holly",
  "lily",
  "iris",
  "jade",
  "ruby",
  "pearl",
  "amber",
  "sage",
  "rowan",
  "reed",
  "brook",
  "cliff",
  "dale",
  "glen",
  "frank",
  "grant",
  "guy",
  "miles",
  "page",
  "wade",
  "young",
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A function that replaces each of `names` with "[name]", as a whole word. */
export function nameRedactor(names: readonly string[]): (text: string) => string {
  const patterns = names
    .map((n) => n.trim())
    .filter((n) => n.length >= 2)
    .map((name) => {
      const everyday = EVERYDAY_WORDS.has(name.toLowerCase());
      const body = escapeRegExp(name);
      // Unicode-aware word edges: "Zoë" and "Ana-Maria" are names too.
      return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, everyday ? "gu" : "giu");
    });
  if (patterns.length === 0) return (text) => text;
  return (text) => patterns.reduce((out, pattern) => out.replace(pattern, "[name]"), text);
}

function usable(message: StoredMessage): boolean {
  return !message.withdrawn && message.status === "complete" && message.role !== "notice";
}

/**
 * Earlier turns for the safety screens, oldest first: the last few are what patterns such as
 * grooming are read from, and screening every sentence against a whole long conversation would
 * cost the child time before each sentence appears.
 */
export const SCREENING_TURNS = 12;

export function screeningHistory(
  history: readonly StoredMessage[],
  limit = SCREENING_TURNS,
): ConversationTurn[] {
  return history
    .filter(usable)
    .slice(-limit)
    .map((m) => ({ role: m.role === "child" ? "child" : "tutor", text: m.text }));
}

export function toModelMessages(
  history: readonly StoredMessage[],
  current: string,
  redact: (text: string) => string,
): ModelTurn[] {
  const turns: { role: "user" | "assistant"; text: string }[] = [];
  for (const message of history.filter(usable)) {
    const role = message.role === "child" ? "user" : "assistant";
    const text = redact(message.text);
    const last = turns.at(-1);
    if (last && last.role === role) last.text = `${last.text}\n\n${text}`;
    else turns.push({ role, text });
  }
  while (turns[0]?.role === "assistant") turns.shift();
  const recent = turns.slice(-MAX_MODEL_TURNS);
  while (recent[0]?.role === "assistant") recent.shift();

  const out: ModelTurn[] = recent.map((t) => ({ role: t.role, content: [{ type: "text", text: t.text }] }));
  const currentText = redact(current);
  const last = out.at(-1);
  if (last && last.role === "user") {
    // The previous child message got no reply (a failure, then a new message): keep both.
    last.content.push({ type: "text", text: currentText });
  } else {
    const before = out.at(-1)?.content.at(-1);
    if (before) before.cache_control = { type: "ephemeral" };
    out.push({ role: "user", content: [{ type: "text", text: currentText }] });
  }
  return out;
}
