"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { requestHint, submitPracticeAnswer } from "@/app/(child)/learn/(signed-in)/practice/actions";
import { Button } from "@/components/ui/button";
import { IDLE_STATE } from "@/components/ui/idle-state";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/action-client";
import { AnswerField } from "./answer-field";
import { MasteryBar } from "./mastery-bar";
import { MathHtml } from "./math-html";
import type { HintData, PracticeAnswerData, RenderedPracticeQuestion } from "./rendered";

const HINT_LABELS = ["A nudge", "A hint", "A similar example", "The next step"];

/** Practice, one item at a time. Each new item remounts PracticeItem, so its state starts fresh. */
export function PracticeSession({ initial }: { initial: RenderedPracticeQuestion }) {
  const [question, setQuestion] = useState(initial);
  const [moved, setMoved] = useState(false);
  return (
    <PracticeItem
      key={question.item.itemId}
      question={question}
      focusOnMount={moved}
      onNext={(next) => {
        setMoved(true);
        setQuestion(next);
      }}
    />
  );
}

function PracticeItem({
  question,
  focusOnMount,
  onNext,
}: {
  question: RenderedPracticeQuestion;
  focusOnMount: boolean;
  onNext: (next: RenderedPracticeQuestion) => void;
}) {
  const router = useRouter();
  const { item } = question;
  const [state, answerAction, answering] = useActionState(
    submitPracticeAnswer,
    IDLE_STATE as ActionState<PracticeAnswerData>,
  );
  const [hintState, hintAction, hinting] = useActionState(requestHint, IDLE_STATE as ActionState<HintData>);
  const [answer, setAnswer] = useState("");
  const promptRef = useRef<HTMLParagraphElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const hintsRef = useRef<HTMLOListElement>(null);

  const data = state.status === "ok" ? state.data : undefined;
  const graded = data && (data.outcome === "correct" || data.outcome === "wrong") ? data : null;
  const hints =
    hintState.status === "ok" && hintState.data?.itemId === item.itemId ? hintState.data.hintsHtml : [];
  const mastery = graded ? graded.mastery : question.mastery;
  const error =
    state.status === "error"
      ? (state.fieldErrors?.answer?.[0] ?? state.message)
      : data?.outcome === "unreadable"
        ? data.feedback
        : undefined;

  useEffect(() => {
    if (focusOnMount) promptRef.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    // Feedback is where the child's attention (and a screen reader) should go next.
    if (graded) feedbackRef.current?.focus();
  }, [graded]);
  useEffect(() => {
    // Someone answered this item elsewhere (another tab, a double tap): load what is owed now.
    if (data?.outcome === "stale") router.refresh();
  }, [data, router]);
  useEffect(() => {
    if (hints.length > 0) (hintsRef.current?.lastElementChild as HTMLElement | null)?.focus();
  }, [hints.length]);

  return (
    <div className="flex flex-col gap-8">
      <MasteryBar value={mastery} />

      <section
        aria-labelledby="question-heading"
        className="rounded-3xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8"
      >
        <h2 id="question-heading" className="mb-3 text-lg font-semibold text-muted">
          {question.review === "item" ? "A question from before, to help it stick" : "Question"}
        </h2>
        <p
          ref={promptRef}
          tabIndex={-1}
          className="text-3xl leading-relaxed font-semibold whitespace-pre-line"
          data-testid="question-prompt"
        >
          <MathHtml html={item.promptHtml} />
        </p>

        {graded ? null : (
          <form action={answerAction} className="mt-8" noValidate>
            <input type="hidden" name="itemId" value={item.itemId} />
            <input type="hidden" name="hintsUsed" value={String(hints.length)} />
            <AnswerField
              item={item}
              value={answer}
              onChange={setAnswer}
              error={error}
              disabled={answering}
              submitLabel="Check my answer"
            />
          </form>
        )}
      </section>

      {graded ? (
        <section
          aria-labelledby="feedback-heading"
          className={`rounded-3xl border-l-8 p-6 sm:p-8 ${graded.outcome === "correct" ? "border-sage-700 bg-sage-50" : "border-hearth-600 bg-hearth-50"}`}
        >
          <h2 id="feedback-heading" ref={feedbackRef} tabIndex={-1} className="text-2xl font-bold">
            {graded.outcome === "correct" ? "Yes, that's right!" : "Not quite. Let's look at it together."}
          </h2>
          {graded.feedback ? <p className="mt-3 text-xl">{graded.feedback}</p> : null}
          {graded.masteredNow ? (
            <p className="mt-3 text-xl">
              You&apos;ve got this skill now. It will pop up now and then, so it stays fresh.
            </p>
          ) : null}
          {graded.solutionHtml && graded.solutionHtml.length > 0 ? (
            <div className="mt-5">
              <h3 className="text-xl font-bold">Here&apos;s one way to solve it</h3>
              <ol className="mt-3 flex list-decimal flex-col gap-2 pl-7 text-xl leading-relaxed">
                {graded.solutionHtml.map((step, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: steps are fixed for the item
                  <li key={i}>
                    <MathHtml html={step} />
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          <div className="mt-6 flex flex-wrap gap-4">
            <Button type="button" onClick={() => onNext(graded.next)} className="text-xl">
              Next question
            </Button>
            <Link
              href="/learn/today"
              className="inline-flex min-h-12 items-center px-2 font-semibold text-hearth-800 underline-offset-4 hover:underline"
            >
              Back to today
            </Link>
          </div>
        </section>
      ) : (
        <section aria-labelledby="hints-heading" className="flex flex-col gap-4">
          <h2 id="hints-heading" className="text-xl font-bold">
            Hints
          </h2>
          {hints.length > 0 ? (
            <ol ref={hintsRef} className="flex flex-col gap-3" data-testid="hints">
              {hints.map((hint, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rungs are fixed for the item
                <li key={i} tabIndex={-1} className="rounded-2xl bg-sage-50 p-4 text-xl leading-relaxed">
                  <span className="block font-semibold text-sage-800">
                    {HINT_LABELS[i] ?? `Hint ${i + 1}`}
                  </span>
                  <MathHtml html={hint} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-muted">Stuck? A hint can help. Take as many as you like.</p>
          )}
          {hintState.status === "error" ? <Notice tone="error">{hintState.message}</Notice> : null}
          {hints.length < item.hintCount ? (
            <form action={hintAction}>
              <input type="hidden" name="itemId" value={item.itemId} />
              <input type="hidden" name="rung" value={String(hints.length + 1)} />
              <Button type="submit" variant="secondary" disabled={hinting}>
                {hints.length === 0 ? "Show a hint" : "Show another hint"}
              </Button>
            </form>
          ) : null}
        </section>
      )}
    </div>
  );
}
