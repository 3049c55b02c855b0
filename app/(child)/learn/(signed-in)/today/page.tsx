import type { Metadata } from "next";
import Link from "next/link";
import { MasteryBar } from "@/components/learning/mastery-bar";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requireChild } from "@/lib/auth/current";
import { planForToday, type TodayStep } from "@/lib/learning/engine/plan";

export const metadata: Metadata = { title: "Today" };

const SUBJECT_NAMES: Record<TodayStep["subject"], string> = {
  math: "Math",
  reading: "Reading",
  science: "Science",
};

function practiceHref(step: TodayStep): string {
  return `/learn/practice?skill=${encodeURIComponent(step.skillId)}`;
}

function StepCard({ step, action }: { step: TodayStep; action: string }) {
  return (
    <li data-testid="plan-step" className="rounded-3xl border border-stone-200 bg-white p-5 shadow-sm">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex flex-col gap-1">
          <span className="text-sm font-semibold tracking-wide text-muted uppercase">
            {SUBJECT_NAMES[step.subject]}
          </span>
          <h3 className="text-2xl font-bold">{step.title}</h3>
          <p className="text-muted">{step.reason}</p>
        </div>
        <ButtonLink
          href={practiceHref(step)}
          className="shrink-0 text-lg"
          aria-label={`${action}: ${step.title}`}
        >
          {action}
        </ButtonLink>
      </div>
      {step.mastery !== null ? (
        <div className="mt-4">
          <MasteryBar value={step.mastery} label="How strong it is" />
        </div>
      ) : null}
    </li>
  );
}

/**
 * The child's home: what is due and what is next, in calm words. No streaks, counts to beat or
 * comparisons with anyone (P24): just a few good things to pick from.
 */
export default async function TodayPage() {
  const child = await requireChild();
  const plan = await planForToday(await getDb(), { familyId: child.familyId, childId: child.childId });
  const reviews = plan.steps.filter((s) => s.kind === "review");
  const next = plan.steps.filter((s) => s.kind !== "review");
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold">Welcome back, {child.firstName}.</h1>
        <p className="text-muted">Here&apos;s what we could do today. Pick anything you like.</p>
      </div>

      {plan.diagnostic.status !== "done" ? (
        <section
          aria-labelledby="diagnostic-heading"
          data-testid="diagnostic-card"
          className="flex flex-col items-start gap-4 rounded-3xl bg-hearth-50 p-6"
        >
          <h2 id="diagnostic-heading" className="text-2xl font-bold">
            {plan.diagnostic.status === "in_progress"
              ? "Carry on finding your starting place"
              : "Let's find your starting place"}
          </h2>
          <p className="text-lg">
            A few math questions help us pick things that are just right for you: not too easy, not too hard.
          </p>
          <ButtonLink href="/learn/diagnostic" className="text-lg">
            {plan.diagnostic.status === "in_progress" ? "Carry on" : "Let's start"}
          </ButtonLink>
        </section>
      ) : null}

      {reviews.length > 0 ? (
        <section aria-labelledby="refresh-heading" className="flex flex-col gap-4">
          <h2 id="refresh-heading" className="text-2xl font-bold">
            Quick refreshers
          </h2>
          <p className="text-muted">Things you learned before. A quick go helps them stay strong.</p>
          <ul className="flex flex-col gap-4">
            {reviews.map((step) => (
              <StepCard key={step.skillId} step={step} action="Refresh" />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="next-heading" className="flex flex-col gap-4">
        <h2 id="next-heading" className="text-2xl font-bold">
          Up next
        </h2>
        {next.length > 0 ? (
          <ul className="flex flex-col gap-4">
            {next.map((step) => (
              <StepCard
                key={step.skillId}
                step={step}
                action={step.kind === "learn" ? "Start" : "Practice"}
              />
            ))}
          </ul>
        ) : (
          <p className="text-lg">The refreshers above are the best next step today.</p>
        )}
      </section>

      {plan.quiz ? (
        <section
          aria-labelledby="quiz-heading"
          data-testid="quiz-card"
          className="flex flex-col items-start gap-3 rounded-3xl border border-stone-200 bg-white p-6 shadow-sm"
        >
          <h2 id="quiz-heading" className="text-2xl font-bold">
            Show what you know
          </h2>
          <p className="text-lg">
            A short quiz on &ldquo;{plan.quiz.title}&rdquo; and skills like it. Five questions, no timer.
          </p>
          <ButtonLink
            href={`/learn/quiz?cluster=${encodeURIComponent(plan.quiz.clusterId)}`}
            variant="secondary"
            className="text-lg"
          >
            Try the quiz
          </ButtonLink>
        </section>
      ) : null}

      <section aria-labelledby="tutor-heading" className="flex flex-col gap-3 rounded-3xl bg-sage-50 p-6">
        <h2 id="tutor-heading" className="text-2xl font-bold">
          Want to talk something through?
        </h2>
        <p data-testid="ai-state">
          {child.aiConsent
            ? "Your grown-up said you can learn with the AI tutor."
            : "You're learning with the offline coach today. Your grown-up can change this."}
        </p>
        <Link
          href="/learn/tutor"
          className="font-semibold text-hearth-800 underline-offset-4 hover:underline"
        >
          {child.aiConsent ? "Ask the tutor" : "Ask the coach"}
        </Link>
      </section>
    </div>
  );
}
