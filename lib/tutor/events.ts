/**
 * What the tutor route streams to the browser: one JSON object per line (NDJSON), small and in
 * order. Shared by the service (server) and the chat component (client), so this module holds
 * types and pure helpers only.
 *
 *   start    the child's message is saved: its id, the conversation, and who answers
 *   delta    more reply text, already screened and checked (append it)
 *   replace  the reply so far is withdrawn: show this instead (answer guard, safety screen)
 *   notice   help for the child after a flagged message (calm words, crisis lines)
 *   done     the reply is complete and saved
 *   error    nothing more will come: a calm message; the child's message is kept, retry it
 */

export interface HelpLink {
  name: string;
  action: string;
  href: string;
}

export type TutorMode = "ai" | "offline";

export type TutorEvent =
  | { type: "start"; conversationId: string; childMessageId: string; mode: TutorMode }
  | { type: "delta"; text: string }
  | { type: "replace"; text: string; reason: "answer_guard" | "safety"; resources: HelpLink[] }
  | { type: "notice"; text: string; category: string; resources: HelpLink[] }
  | { type: "done"; replyId: string | null }
  | { type: "error"; message: string; retryable: boolean; childMessageId: string | null };

export const MAX_MESSAGE_CHARS = 2_000;

/** Splits a buffer of NDJSON into complete events and the unfinished rest. */
export function parseEventLines(buffer: string): { events: TutorEvent[]; rest: string } {
  const lines = buffer.split("\n");
  const rest = lines.pop() ?? "";
  const events: TutorEvent[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    try {
      events.push(JSON.parse(line) as TutorEvent);
    } catch {
      // A damaged line is skipped; the stream's own done/error still arrives.
    }
  }
  return { events, rest };
}
