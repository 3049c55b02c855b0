"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import {
  answerDiagnosticItem,
  beginDiagnostic,
  finishDiagnosticRun,
} from "@/app/(child)/learn/(signed-in)/diagnostic/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { IDLE_STATE } from "@/components/ui/idle-state";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/action-client";
import { AnswerField } from "./answer-field";
import { MathHtml } from "./math-html";
import type { DiagnosticStepData, DiagnosticSummaryView, RenderedDiagnosticQuestion } from "./rendered";

export type DiagnosticInitial =
  | { status: "none" }
  | { status: "in_progress"; question: RenderedDiagnosticQuestion }
  | { status: "done"; summary: DiagnosticSummaryView };

type View =
  | { kind: "reload" }
  | { kind: "intro"; error?: string }
  | { kind: "question"; question: RenderedDiagnosticQuestion; error?: string; moved: boolean }
  | { kind: "summary"; summary: DiagnosticSummaryView };

function initialView(initial: DiagnosticInitial): View {
  if (initial.status === "in_progress") return { kind: "question", question: initial.question, moved: false };
  if (initial.status === "done") return { kind: "summary", summary: initial.summary };
  return { kind: "intro" };
}

const idle = IDLE_STATE as ActionState<DiagnosticStepData>;

function errorOf(state: ActionState<DiagnosticStepData>): string | undefined {
  if (state.status !== "error") return undefined;
  return state.fieldErrors?.answer?.[0] ?? state.message;
}

/**
 * One step: the server action for the form's intent, folded into what the page shows. A "stale"
 * answer means another tab moved the diagnostic on (or finished it): the page reloads to show
 * where it now is, rather than guessing (starting a new one would be wrong if it was finished).
 */
async function step(prev: View, form: FormData): Promise<View> {
  const intent = form.get("intent");
  const result =
    intent === "begin"
      ? await beginDiagnostic(idle, form)
      : intent === "finish"
        ? await finishDiagnosticRun(idle, form)
        : await answerDiagnosticItem(idle, form);
  const error = errorOf(result);
  if (error !== undefined || result.status !== "ok" || !result.data) {
    const message = error ?? "Something went wrong. Please try again.";
    return prev.kind === "intro" || prev.kind === "question" ? { ...prev, error: message } : prev;
  }
  const data = result.data;
  switch (data.outcome) {
    case "next":
      return { kind: "question", question: data.question, moved: true };
    case "finished":
      return { kind: "summary", summary: data.summary };
    case "unreadable":
      return prev.kind === "question" ? { ...prev, error: data.feedback } : prev;
    case "stale":
      return { kind: "reload" };
  }
}

export function DiagnosticSession({ initial }: { initial: DiagnosticInitial }) {
  const router = useRouter();
  const [view, dispatch, pending] = useActionState(step, initialView(initial));
  useEffect(() => {
    if (view.kind === "reload") router.refresh();
  }, [view, router]);
  if (view.kind === "reload") return <p role="status">One moment…</p>;
  if (view.kind === "intro") return <Intro dispatch={dispatch} pending={pending} error={view.error} />;
  if (view.kind === "summary") return <Summary summary={view.summary} />;
  return (
    <Question
      key={view.question.item.itemId}
      question={view.question}
      error={view.error}
      dispatch={dispatch}
      pending={pending}
      focusOnMount={view.moved}
    />
  );
}

function Intro({
  dispatch,
  pending,
  error,
}: {
  dispatch: (f: FormData) => void;
  pending: boolean;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Let&apos;s find your starting place</h1>
      <div className="flex flex-col gap-3 text-xl leading-relaxed">
        <p>
          I&apos;ll ask you some math questions, one at a time. Some will feel easy, and some will be things
          you haven&apos;t learned yet. That&apos;s exactly how it should be.
        </p>
        <p>
          There&apos;s no timer, and you can take a break whenever you like. It usually takes 15 to 40
          questions.
        </p>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form action={dispatch}>
        <input type="hidden" name="intent" value="begin" />
        <Button type="submit" disabled={pending} className="text-xl">
          Let&apos;s start
        </Button>
      </form>
    </div>
  );
}

function Question({
  question,
  error,
  dispatch,
  pending,
  focusOnMount,
}: {
  question: RenderedDiagnosticQuestion;
  error?: string;
  dispatch: (f: FormData) => void;
  pending: boolean;
  focusOnMount: boolean;
}) {
  const [answer, setAnswer] = useState("");
  const promptRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusOnMount) promptRef.current?.focus();
  }, [focusOnMount]);
  const { item } = question;
  const number = question.answered + 1;
  const percent = Math.round(
    (Math.min(question.answered, question.maxItems) / Math.max(1, question.maxItems)) * 100,
  );
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold">Finding your starting place</h1>
        <p className="text-muted">Take your time. If you haven&apos;t learned something yet, just say so.</p>
        <div
          role="progressbar"
          aria-label="How far along you are"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`Question ${number}`}
          className="mt-2 h-3 w-full overflow-hidden rounded-full bg-sage-100"
        >
          <div className="h-full rounded-full bg-sage-700" style={{ width: `${Math.max(3, percent)}%` }} />
        </div>
      </div>

      <section
        aria-labelledby="diagnostic-question-heading"
        className="rounded-3xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8"
      >
        <h2 id="diagnostic-question-heading" className="mb-3 text-lg font-semibold text-muted">
          Question {number}
        </h2>
        <p
          ref={promptRef}
          tabIndex={-1}
          className="text-3xl leading-relaxed font-semibold whitespace-pre-line"
          data-testid="question-prompt"
        >
          <MathHtml html={item.promptHtml} />
        </p>
        <form action={dispatch} className="mt-8 flex flex-col gap-6" noValidate>
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="itemId" value={item.itemId} />
          <AnswerField
            item={item}
            value={answer}
            onChange={setAnswer}
            error={error}
            disabled={pending}
            submitLabel="That's my answer"
          />
          <div>
            <Button type="submit" name="notYet" value="1" variant="secondary" disabled={pending}>
              I haven&apos;t learned this yet
            </Button>
          </div>
        </form>
      </section>

      <div className="flex flex-wrap items-center gap-4">
        <ButtonLink href="/learn/today" variant="quiet">
          Take a break (I&apos;ll keep your place)
        </ButtonLink>
        <form action={dispatch}>
          <input type="hidden" name="intent" value="finish" />
          <Button type="submit" variant="quiet" disabled={pending}>
            Finish here
          </Button>
        </form>
      </div>
    </div>
  );
}

function Summary({ summary }: { summary: DiagnosticSummaryView }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="flex flex-col gap-6">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-extrabold">
        All done. Thank you!
      </h1>
      <p className="text-xl leading-relaxed">
        You answered {summary.answered} {summary.answered === 1 ? "question" : "questions"}, and now we know a
        good place for you to start. Every question helped, the ones you knew and the ones you didn&apos;t.
      </p>
      {summary.strengths.length > 0 ? (
        <section aria-labelledby="strengths-heading" className="rounded-3xl bg-sage-50 p-6">
          <h2 id="strengths-heading" className="text-2xl font-bold">
            Things you already know
          </h2>
          <ul className="mt-3 flex list-disc flex-col gap-1 pl-7 text-xl">
            {summary.strengths.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {summary.nextUp.length > 0 ? (
        <section aria-labelledby="next-heading" className="rounded-3xl bg-hearth-50 p-6">
          <h2 id="next-heading" className="text-2xl font-bold">
            What we&apos;ll learn next
          </h2>
          <ul className="mt-3 flex list-disc flex-col gap-1 pl-7 text-xl">
            {summary.nextUp.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div>
        <ButtonLink href="/learn/today" className="text-xl">
          See today&apos;s plan
        </ButtonLink>
      </div>
    </div>
  );
}
