import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { QuizSession } from "@/components/learning/quiz-session";
import { renderQuizQuestion } from "@/components/learning/render-item";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requireChild } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { type QuizView, quizView } from "@/lib/learning/engine/quizzes";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const child = await requireChild();
  const { cluster } = await searchParams;
  let view: QuizView | null = null;
  try {
    if (typeof cluster === "string" && cluster.length <= 100) {
      view = await quizView(await getDb(), {
        familyId: child.familyId,
        childId: child.childId,
        clusterId: cluster,
      });
    }
  } catch (error) {
    if (!isAppError(error) || error.code !== "not_found") throw error;
  }
  if (!view) {
    return (
      <div className="flex flex-col items-start gap-6">
        <h1 className="text-3xl font-extrabold">A short quiz</h1>
        <p className="text-xl">
          We couldn&apos;t find that quiz. Your page for today suggests one when it&apos;s time.
        </p>
        <ButtonLink href="/learn/today">See what&apos;s on for today</ButtonLink>
      </div>
    );
  }
  return (
    <QuizSession
      key={view.status === "in_progress" ? view.question.item.id : view.cluster.id}
      cluster={view.cluster}
      initial={view.status === "in_progress" ? renderQuizQuestion(view.question) : null}
    />
  );
}
