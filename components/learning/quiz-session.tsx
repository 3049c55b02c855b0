"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { answerQuizItem, beginQuiz } from "@/app/(child)/learn/(signed-in)/quiz/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { IDLE_STATE } from "@/components/ui/idle-state";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/action-client";
import { AnswerField } from "./answer-field";
import { MathHtml } from "./math-html";
import type { QuizFeedbackView, QuizStepData, RenderedQuizQuestion } from "./rendered";

type View =
  | { kind: "reload" }
  | { kind: "intro"; error?: string }
  | { kind: "question"; question: RenderedQuizQuestion; error?: string; moved: boolean }
  | { kind: "done"; feedback: QuizFeedbackView };

const idle = IDLE_STATE as ActionState<QuizStepData>;

/** A short quiz: one question at a time, no marks shown along the way, a gentle summary at the end. */
export function QuizSession({
  cluster,
  initial,
}: {
  cluster: { id: string; title: string };
  initial: RenderedQuizQuestion | null;
}) {
  const router = useRouter();
  const [view, dispatch, pending] = useActionState(
    async (prev: View, form: FormData): Promise<View> => {
      const result =
        form.get("intent") === "begin" ? await beginQuiz(idle, form) : await answerQuizItem(idle, form);
      if (result.status === "error") {
        const message = result.fieldErrors?.answer?.[0] ?? result.message;
        return prev.kind === "intro" || prev.kind === "question" ? { ...prev, error: message } : prev;
      }
      const data = result.status === "ok" ? result.data : undefined;
      if (!data) return prev;
      if (data.outcome === "next") return { kind: "question", question: data.question, moved: true };
      if (data.outcome === "finished") return { kind: "done", feedback: data.feedback };
      if (data.outcome === "unreadable")
        return prev.kind === "question" ? { ...prev, error: data.feedback } : prev;
      // Stale: another tab moved the quiz on (or finished it); reload to show where it now is.
      return { kind: "reload" };
    },
    initial ? { kind: "question", question: initial, moved: false } : { kind: "intro" },
  );

  useEffect(() => {
    if (view.kind === "reload") router.refresh();
  }, [view, router]);
  if (view.kind === "reload") return <p role="status">One moment…</p>;
  if (view.kind === "done") return <QuizDone feedback={view.feedback} />;
  if (view.kind === "intro") {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-extrabold">A short quiz</h1>
        <p className="text-xl leading-relaxed">
          Five questions on &ldquo;{cluster.title}&rdquo; and skills like it. It&apos;s a chance to show what
          you know, and to find what&apos;s worth more practice. No timer.
        </p>
        {view.error ? <Notice tone="error">{view.error}</Notice> : null}
        <form action={dispatch}>
          <input type="hidden" name="intent" value="begin" />
          <input type="hidden" name="clusterId" value={cluster.id} />
          <Button type="submit" disabled={pending} className="text-xl">
            Start the quiz
          </Button>
        </form>
      </div>
    );
  }
  return (
    <QuizQuestion
      key={view.question.item.itemId}
      question={view.question}
      error={view.error}
      dispatch={dispatch}
      pending={pending}
      focusOnMount={view.moved}
    />
  );
}

function QuizQuestion({
  question,
  error,
  dispatch,
  pending,
  focusOnMount,
}: {
  question: RenderedQuizQuestion;
  error?: string;
  dispatch: (form: FormData) => void;
  pending: boolean;
  focusOnMount: boolean;
}) {
  const [answer, setAnswer] = useState("");
  const promptRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusOnMount) promptRef.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">A short quiz</h1>
      <section
        aria-labelledby="quiz-question-heading"
        className="rounded-3xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8"
      >
        <h2 id="quiz-question-heading" className="mb-3 text-lg font-semibold text-muted">
          Question {question.number} of {question.total}
        </h2>
        <p
          ref={promptRef}
          tabIndex={-1}
          className="text-3xl leading-relaxed font-semibold whitespace-pre-line"
          data-testid="question-prompt"
        >
          <MathHtml html={question.item.promptHtml} />
        </p>
        <form action={dispatch} className="mt-8" noValidate>
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="clusterId" value={question.clusterId} />
          <input type="hidden" name="itemId" value={question.item.itemId} />
          <AnswerField
            item={question.item}
            value={answer}
            onChange={setAnswer}
            error={error}
            disabled={pending}
            submitLabel="That's my answer"
          />
        </form>
      </section>
      <Link href="/learn/today" className="font-semibold text-hearth-800 underline-offset-4 hover:underline">
        Take a break (I&apos;ll keep your place)
      </Link>
    </div>
  );
}

function QuizDone({ feedback }: { feedback: QuizFeedbackView }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="flex flex-col gap-6">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-extrabold">
        Quiz done. Well worked!
      </h1>
      {feedback.strong.length > 0 ? (
        <section aria-labelledby="strong-heading" className="rounded-3xl bg-sage-50 p-6">
          <h2 id="strong-heading" className="text-2xl font-bold">
            Looking strong
          </h2>
          <ul className="mt-3 flex list-disc flex-col gap-1 pl-7 text-xl">
            {feedback.strong.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {feedback.practiceMore.length > 0 ? (
        <section aria-labelledby="more-heading" className="rounded-3xl bg-hearth-50 p-6">
          <h2 id="more-heading" className="text-2xl font-bold">
            Worth a little more practice
          </h2>
          <ul className="mt-3 flex flex-col gap-3 text-xl">
            {feedback.practiceMore.map((s) => (
              <li key={s.id}>
                <Link
                  href={`/learn/practice?skill=${encodeURIComponent(s.id)}`}
                  className="font-semibold text-hearth-800 underline underline-offset-4"
                >
                  Practice {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div>
        <ButtonLink href="/learn/today" className="text-xl">
          Back to today
        </ButtonLink>
      </div>
    </div>
  );
}
