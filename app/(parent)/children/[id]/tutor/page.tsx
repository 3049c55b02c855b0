import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChildTutorSettingsForm } from "@/components/parent/tutor-settings-forms";
import { UsageSummary } from "@/components/tutor/usage-summary";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireParent } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { getChild } from "@/lib/family/children";
import { requestContext } from "@/lib/http/request-context";
import { getChildTutorSettings } from "@/lib/settings/tutor-settings";
import { viewTutorActivity } from "@/lib/tutor/activity";

export const metadata: Metadata = { title: "Tutor activity" };

/** A child's AI usage and safety alerts, for their parent (P8, P25). Foreign ids get a 404 (P17). */
export default async function ChildTutorPage({ params }: { params: Promise<{ id: string }> }) {
  const parent = await requireParent();
  const { id } = await params;
  const db = await getDb();
  const child = await getChild(db, { familyId: parent.familyId, childId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const request = await requestContext();
  const tutorSettings = await getChildTutorSettings(db, { familyId: parent.familyId, childId: child.id });
  const activity = await viewTutorActivity(db, {
    familyId: parent.familyId,
    childId: child.id,
    actor: { type: "parent", id: parent.parentId },
    context: { ip: request.ip, requestId: request.requestId },
  });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link
          href={`/children/${child.id}`}
          className="font-semibold text-hearth-800 underline-offset-4 hover:underline"
        >
          ← {child.firstName}&apos;s profile
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold">{child.firstName}&apos;s tutor activity</h1>
      <p className="text-muted">
        {child.aiConsent
          ? `${child.firstName} may use the AI tutor. You can change this on the profile page.`
          : `${child.firstName} uses the offline coach: nothing is sent to an AI provider.`}
      </p>
      <UsageSummary activity={activity} firstName={child.firstName} />
      <Card>
        <h2 className="mb-4 text-xl font-bold">Tutor settings for {child.firstName}</h2>
        <ChildTutorSettingsForm childId={child.id} settings={tutorSettings} />
      </Card>
    </div>
  );
}
