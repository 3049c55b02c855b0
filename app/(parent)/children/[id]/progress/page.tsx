import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MasterySummary } from "@/components/learning/mastery-summary";
import { getDb } from "@/db/client";
import { requireParent } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { getChild } from "@/lib/family/children";
import { requestContext } from "@/lib/http/request-context";
import { viewChildProgress } from "@/lib/learning/engine/progress";

export const metadata: Metadata = { title: "Progress" };

export default async function ChildProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const parent = await requireParent();
  const { id } = await params;
  const db = await getDb();
  // Foreign, unknown and deleted ids all end here, as the same 404 (P17).
  const orNotFound = (error: unknown): never => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  };
  const child = await getChild(db, { familyId: parent.familyId, childId: id }).catch(orNotFound);
  const progress = await viewChildProgress(db, {
    familyId: parent.familyId,
    childId: child.id,
    actor: { type: "parent", id: parent.parentId },
    context: await requestContext(),
  }).catch(orNotFound);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-extrabold">{child.firstName}&apos;s progress</h1>
        <Link
          href={`/children/${child.id}`}
          className="font-semibold text-hearth-800 underline-offset-4 hover:underline"
        >
          Back to {child.firstName}&apos;s profile
        </Link>
      </div>
      <MasterySummary progress={progress} firstName={child.firstName} />
    </div>
  );
}
