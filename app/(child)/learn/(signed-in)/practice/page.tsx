import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import Link from "next/link";
import { PracticeSession } from "@/components/learning/practice-session";
import { renderPracticeQuestion } from "@/components/learning/render-item";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requireChild } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { nextPracticeItem, type PracticeQuestion } from "@/lib/learning/engine/practice";

export const metadata: Metadata = { title: "Practice" };

function NothingHere({ message }: { message: string }) {
  return (
    <div className="flex flex-col items-start gap-6">
      <h1 className="text-3xl font-extrabold">Practice</h1>
      <p className="text-xl">{message}</p>
      <ButtonLink href="/learn/today">See what&apos;s on for today</ButtonLink>
    </div>
  );
}

export default async function PracticePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const child = await requireChild();
  const { skill } = await searchParams;
  const skillId = typeof skill === "string" ? skill.trim().slice(0, 200) : "";
  if (!skillId) return <NothingHere message="Pick something to practice from your page for today." />;

  let question: PracticeQuestion;
  try {
    question = await nextPracticeItem(await getDb(), {
      familyId: child.familyId,
      childId: child.childId,
      skillId,
    });
  } catch (error) {
    // A mistyped or retired skill in the address is a calm message, never an error page.
    if (isAppError(error) && (error.code === "not_found" || error.code === "unavailable")) {
      return <NothingHere message={error.message} />;
    }
    throw error;
  }
  const rendered = renderPracticeQuestion(question);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-extrabold">{question.skill.title}</h1>
        <Link
          href="/learn/today"
          className="font-semibold text-hearth-800 underline-offset-4 hover:underline"
        >
          Back to today
        </Link>
      </div>
      {/* Keyed by item: a refresh that brings a different item starts the session afresh. */}
      <PracticeSession key={rendered.item.itemId} initial={rendered} />
    </div>
  );
}
