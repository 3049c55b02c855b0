import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import Link from "next/link";
import { MathText } from "@/components/tutor/math-text";
import { ModeBadge } from "@/components/tutor/mode-badge";
import { TutorChat } from "@/components/tutor/tutor-chat";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireChild } from "@/lib/auth/current";
import { serviceModes } from "@/lib/env";
import { loadTutorView } from "@/lib/tutor/view";

export const metadata: Metadata = { title: "Tutor" };

type SearchParams = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.length <= 220 ? v : undefined;
}

/**
 * The child's tutor: `?skill=<skillId>&item=<skillId#seed>` tutors on the question on screen;
 * without them it is a free conversation about a subject (`?subject=math|reading|science`).
 */
export default async function TutorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const child = await requireChild();
  const params = await searchParams;
  const view = await loadTutorView(await getDb(), child, {
    subject: one(params.subject),
    skill: one(params.skill),
    item: one(params.item),
    aiConfigured: serviceModes().tutor === "anthropic",
  });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">
        {view.item ? "Let's work on this together" : `Chat about ${view.subjectTitle}`}
      </h1>
      <ModeBadge mode={view.mode} offlineReason={view.offlineReason} />

      {view.unknownItem ? (
        <Notice tone="warning">We couldn&apos;t find that question, so this is a free chat instead.</Notice>
      ) : null}

      {view.item ? (
        <section
          aria-labelledby="item-heading"
          className="rounded-2xl border-2 border-hearth-600 bg-white p-5"
        >
          <h2 id="item-heading" className="text-sm font-bold tracking-wide text-hearth-800 uppercase">
            Your question{view.skill ? `: ${view.skill.title}` : ""}
          </h2>
          <p className="mt-2 text-2xl font-semibold" data-testid="tutor-item">
            <MathText text={view.item.prompt} />
          </p>
        </section>
      ) : (
        <nav aria-label="Subjects" className="flex flex-wrap gap-3">
          {view.subjects.map((s) => (
            <Link
              key={s.id}
              href={`/learn/tutor?subject=${s.id}`}
              aria-current={s.id === view.subject ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border-2 px-4 py-2 font-semibold ${
                s.id === view.subject
                  ? "border-hearth-700 bg-hearth-700 text-white"
                  : "border-stone-300 bg-white text-ink hover:border-hearth-600"
              }`}
            >
              {s.title}
            </Link>
          ))}
        </nav>
      )}

      <TutorChat
        key={`${view.subject}:${view.item?.id ?? ""}`}
        mode={view.mode}
        subject={view.subject}
        skillId={view.skill?.id ?? null}
        itemId={view.item?.id ?? null}
        initialConversationId={view.conversationId}
        initialMessages={view.messages}
        readAloud={view.readAloud}
      />
    </div>
  );
}
