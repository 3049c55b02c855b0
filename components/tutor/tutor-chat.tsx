"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { SubjectId } from "@/lib/learning/types";
import {
  type HelpLink,
  MAX_MESSAGE_CHARS,
  parseEventLines,
  type TutorEvent,
  type TutorMode,
} from "@/lib/tutor/events";
import type { ChatMessage } from "@/lib/tutor/view";
import { MathText } from "./math-text";
import { ReadAloudButton } from "./read-aloud-button";
import { TellGrownUp } from "./tell-grown-up";

/**
 * The chat itself: sends the child's message to /api/tutor and shows the reply as it streams
 * (lib/tutor/events.ts). Nothing typed is lost: when the request never reached the server the
 * text goes back into the box; when the server saved it and the tutor failed, the message stays
 * and "Try again" answers it without sending it twice.
 */

interface Bubble extends ChatMessage {
  pending?: boolean;
  resources?: HelpLink[];
}

interface Failure {
  message: string;
  /** The saved message to answer again, when the server kept it. */
  retry: { childMessageId: string; text: string } | null;
}

let localCounter = 0;
const localId = (prefix: string) => `${prefix}-local-${++localCounter}`;

function speakerName(role: Bubble["role"], mode: TutorMode): string {
  if (role === "child") return "You";
  if (role === "notice") return "Hearth";
  if (role === "coach") return "Offline coach";
  return mode === "ai" ? "AI tutor" : "Tutor";
}

function HelpLinks({ resources }: { resources: HelpLink[] }) {
  if (resources.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-col gap-2">
      {resources.map((r) => (
        <li key={r.href}>
          <a
            href={r.href}
            className="inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded-lg bg-white px-3 py-2 font-semibold text-hearth-800 underline underline-offset-4"
          >
            {r.action}
            <span className="font-normal text-ink">({r.name})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function TutorChat({
  mode,
  subject,
  skillId,
  itemId,
  initialConversationId,
  initialMessages,
  readAloud,
}: {
  mode: TutorMode;
  subject: SubjectId;
  skillId: string | null;
  itemId: string | null;
  initialConversationId: string | null;
  initialMessages: ChatMessage[];
  readAloud: boolean;
}) {
  const [messages, setMessages] = useState<Bubble[]>(initialMessages);
  const [conversationId, setConversationId] = useState<string | null>(initialConversationId);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState("");
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const inputId = useId();
  const hintId = useId();

  // Keep the newest message in view as it streams.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever the messages change
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [messages]);

  const update = (id: string, change: (b: Bubble) => Bubble | null) =>
    setMessages((all) =>
      all.flatMap((b) => (b.id === id ? [change(b)].filter((x): x is Bubble => x !== null) : [b])),
    );

  async function send(text: string, retry?: { childMessageId: string }) {
    const trimmed = text.trim();
    if (trimmed === "" || busy) return;
    setBusy(true);
    setFailure(null);
    setStatus(mode === "ai" ? "The tutor is thinking…" : "The coach is thinking…");

    let childId = retry?.childMessageId ?? localId("child");
    const replyId = localId("reply");
    if (!retry) {
      setMessages((all) => [...all, { id: childId, role: "child", text: trimmed }]);
      setDraft("");
    }
    setMessages((all) => [
      ...all,
      { id: replyId, role: mode === "ai" ? "tutor" : "coach", text: "", pending: true },
    ]);

    let saved: string | null = retry?.childMessageId ?? null;
    let finished = false;
    const giveBack = () => {
      // Nothing reached the server: put the words back so nothing is lost.
      if (!retry) {
        setMessages((all) => all.filter((b) => b.id !== childId));
        setDraft(trimmed);
      }
    };
    const fail = (message: string) => {
      update(replyId, () => null);
      if (saved) setFailure({ message, retry: { childMessageId: saved, text: trimmed } });
      else {
        giveBack();
        setFailure({ message, retry: null });
      }
    };

    try {
      const response = await fetch("/api/tutor", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          conversationId,
          subject,
          skillId,
          itemId,
          message: trimmed,
          retryOf: retry?.childMessageId,
        }),
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        fail(
          response.status === 429
            ? "That's a lot of messages in a short time. Take a breath and try again in a minute."
            : (body.error ?? "Something went wrong. Please try again."),
        );
        finished = true;
        return;
      }

      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      const handle = (event: TutorEvent) => {
        switch (event.type) {
          case "start": {
            setConversationId(event.conversationId);
            saved = event.childMessageId;
            const previous = childId;
            childId = event.childMessageId;
            if (previous !== childId) update(previous, (b) => ({ ...b, id: event.childMessageId }));
            break;
          }
          case "delta":
            setStatus("");
            update(replyId, (b) => ({ ...b, text: b.text + event.text }));
            break;
          case "replace":
            update(replyId, (b) => ({ ...b, text: event.text, resources: event.resources, pending: false }));
            break;
          case "notice":
            setMessages((all) => {
              const at = all.findIndex((b) => b.id === replyId);
              const notice: Bubble = {
                id: localId("notice"),
                role: "notice",
                text: event.text,
                resources: event.resources,
              };
              return at < 0 ? [...all, notice] : [...all.slice(0, at), notice, ...all.slice(at)];
            });
            break;
          case "done":
            finished = true;
            update(replyId, (b) =>
              b.text.trim() === "" ? null : { ...b, id: event.replyId ?? b.id, pending: false },
            );
            setStatus(mode === "ai" ? "The tutor replied." : "The coach replied.");
            break;
          case "error":
            finished = true;
            fail(event.message);
            break;
        }
      };
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseEventLines(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) handle(event);
      }
      for (const event of parseEventLines(`${buffer}\n`).events) handle(event);
    } catch {
      // The connection dropped: handled below as an unfinished reply.
    } finally {
      if (!finished) fail("The connection was lost. Your message is safe; tap \u201cTry again\u201d.");
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send(draft);
    }
  }

  const near = draft.length > MAX_MESSAGE_CHARS - 200;

  return (
    <div className="flex flex-col gap-4">
      <div
        ref={logRef}
        role="log"
        aria-label="Conversation"
        aria-busy={busy}
        // A scrollable region must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
        tabIndex={0}
        className="flex max-h-[60vh] min-h-48 flex-col gap-3 overflow-y-auto rounded-2xl border border-stone-200 bg-white p-4"
      >
        {messages.length === 0 ? (
          <p className="text-muted">
            {mode === "ai"
              ? "Ask a question, or tell the tutor what you tried. It will help you think it through."
              : "Type your answer to check it, or type \u201chint\u201d for a hint."}
          </p>
        ) : null}
        {messages.map((m) => (
          <div
            key={m.id}
            data-testid={`message-${m.role}`}
            className={`max-w-[90%] rounded-2xl px-4 py-3 ${
              m.role === "child"
                ? "self-end bg-hearth-100"
                : m.role === "notice"
                  ? "self-stretch border-l-4 border-sage-700 bg-sage-50"
                  : "self-start bg-stone-100"
            }`}
          >
            <p className="mb-1 text-sm font-bold">{speakerName(m.role, mode)}</p>
            {m.pending && m.text === "" ? (
              <p className="text-muted">
                <span aria-hidden="true">…</span>
                <span className="sr-only">Writing a reply</span>
              </p>
            ) : (
              <p className="text-lg leading-relaxed">
                <MathText text={m.text} />
              </p>
            )}
            {m.resources ? <HelpLinks resources={m.resources} /> : null}
            {readAloud && m.role !== "child" && !m.pending ? <ReadAloudButton text={m.text} /> : null}
          </div>
        ))}
      </div>

      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>

      {failure ? (
        <div
          role="alert"
          className="flex flex-col gap-3 rounded-xl border-l-4 border-amber-700 bg-amber-50 px-4 py-3"
        >
          <p className="text-amber-900">{failure.message}</p>
          {failure.retry ? (
            <div>
              <button
                type="button"
                disabled={busy}
                onClick={() => failure.retry && void send(failure.retry.text, failure.retry)}
                className="inline-flex min-h-12 items-center justify-center rounded-xl bg-hearth-700 px-5 py-3 font-semibold text-white hover:bg-hearth-800 disabled:opacity-60"
              >
                Try again
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      <form onSubmit={onSubmit} className="flex flex-col gap-2">
        <label htmlFor={inputId} className="font-semibold">
          Your message
        </label>
        <textarea
          id={inputId}
          ref={inputRef}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={MAX_MESSAGE_CHARS}
          rows={3}
          aria-describedby={hintId}
          className="w-full rounded-xl border-2 border-stone-300 bg-white px-4 py-3 text-lg text-ink focus:border-hearth-600"
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p id={hintId} className="text-sm text-muted">
            {near
              ? `${draft.length.toLocaleString("en-US")} of ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters.`
              : "Press Enter to send, Shift + Enter for a new line. Keep your full name, address and school private."}
          </p>
          <button
            type="submit"
            disabled={busy || draft.trim() === ""}
            className="inline-flex min-h-12 items-center justify-center rounded-xl bg-hearth-700 px-6 py-3 text-base font-semibold text-white hover:bg-hearth-800 disabled:cursor-not-allowed disabled:opacity-60"
          >
            {busy ? "Sending…" : "Send"}
          </button>
        </div>
      </form>

      <div className="rounded-2xl border border-stone-200 bg-white p-4">
        <TellGrownUp conversationId={conversationId} />
      </div>
    </div>
  );
}
