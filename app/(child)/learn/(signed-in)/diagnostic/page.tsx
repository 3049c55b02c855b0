import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { type DiagnosticInitial, DiagnosticSession } from "@/components/learning/diagnostic-session";
import { renderDiagnosticQuestion } from "@/components/learning/render-item";
import { getDb } from "@/db/client";
import { requireChild } from "@/lib/auth/current";
import { diagnosticView } from "@/lib/learning/engine/diagnostic-runs";

export const metadata: Metadata = { title: "Starting place" };

export default async function DiagnosticPage() {
  const child = await requireChild();
  const view = await diagnosticView(await getDb(), { familyId: child.familyId, childId: child.childId });
  const initial: DiagnosticInitial =
    view.status === "in_progress"
      ? { status: "in_progress", question: renderDiagnosticQuestion(view.question) }
      : view.status === "done"
        ? { status: "done", summary: view.summary }
        : { status: "none" };
  // Keyed by where the diagnostic is, so a refresh after another tab moved it on starts afresh.
  const key = initial.status === "in_progress" ? initial.question.item.itemId : initial.status;
  return <DiagnosticSession key={key} initial={initial} />;
}
