/**
 * What the fake answers when nothing is scripted (unit tests that do not care, and every
 * end-to-end run through `cli.ts`). Triggers are upper-case words a spec types on purpose:
 *
 *   - a safety-screening request (its system prompt carries SCREENING_PROMPT_MARKER): a JSON
 *     verdict, category "none"; if the screened text contains SCREEN_FLAG, a self_harm/high verdict
 *   - the last user message contains "LEAK": "The answer is 42." (a tutor handing over the final
 *     answer, for the answer-leak guard)
 *   - it contains "SLOW": the reply starts after SLOW_FIRST_TOKEN_DELAY_MS
 *   - otherwise: a short Socratic reply that echoes the start of the child's message
 */
import { reply, type ScriptedReply } from "./replies";
import { lastUserText, systemText } from "./request-text";
import type { RecordedRequest } from "./server";

/**
 * Must equal the marker in `lib/safety/model-tier.ts` (a unit test checks). Duplicated rather than
 * imported because that module is `server-only` and this one also runs under plain `tsx`.
 */
export const SCREENING_PROMPT_MARKER = "hearth-safety-screen/v1";

export const SLOW_FIRST_TOKEN_DELAY_MS = 2_500;
export const DEFAULT_CHUNK_DELAY_MS = 15;

const ECHO_LIMIT = 60;

function screeningVerdict(text: string): ScriptedReply {
  const verdict = text.includes("SCREEN_FLAG")
    ? { category: "self_harm", severity: "high", confidence: 0.95, reason: "expresses a wish to self-harm" }
    : { category: "none", severity: "low", confidence: 0.9, reason: "ordinary learning conversation" };
  return reply.text(JSON.stringify(verdict));
}

export function socraticDefaultReply(request: RecordedRequest): ScriptedReply {
  const userText = lastUserText(request.body);
  if (systemText(request.body).includes(SCREENING_PROMPT_MARKER)) return screeningVerdict(userText);

  if (userText.includes("LEAK")) {
    return reply.text("The answer is 42.", { chunkDelayMs: DEFAULT_CHUNK_DELAY_MS });
  }

  const trimmed = userText.replace(/\s+/g, " ").trim();
  const echo = trimmed.length > ECHO_LIMIT ? `${trimmed.slice(0, ECHO_LIMIT)}…` : trimmed;
  const opening = echo === "" ? "Good question!" : `You said: "${echo}". Good thinking!`;
  return reply.text(
    `${opening} What do you already know that could help here? What might be a good first step to try?`,
    {
      chunkDelayMs: DEFAULT_CHUNK_DELAY_MS,
      ...(userText.includes("SLOW") ? { firstTokenDelayMs: SLOW_FIRST_TOKEN_DELAY_MS } : {}),
    },
  );
}
