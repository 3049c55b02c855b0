import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  AiConsentForm,
  ChangePinForm,
  ChildIdButton,
  DeleteChildForm,
  EditChildForm,
} from "@/components/parent/child-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireParent } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { getChild, listActiveChildSessions } from "@/lib/family/children";

export const metadata: Metadata = { title: "Child profile" };

export default async function ChildPage({ params }: { params: Promise<{ id: string }> }) {
  const parent = await requireParent();
  const { id } = await params;
  const db = await getDb();
  const child = await getChild(db, { familyId: parent.familyId, childId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const sessions = await listActiveChildSessions(db, { familyId: parent.familyId, childId: child.id });
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-extrabold">{child.firstName}</h1>
      {child.lockedAt ? (
        <Notice tone="warning">
          PIN sign-in is locked after too many wrong PINs. Unlock it below when you&apos;re ready; you may
          want to change the PIN too.
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-xl font-bold">Profile</h2>
          <EditChildForm child={child} />
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="text-xl font-bold">AI tutor</h2>
            <p className="mt-2 text-muted" data-testid="ai-consent-state">
              {child.aiConsent
                ? "Allowed. Your child learns with the AI tutor (Claude)."
                : "Not allowed. Your child uses the offline coach."}
              {child.aiConsentAt
                ? ` Last changed ${child.aiConsentAt.toLocaleDateString("en-US", { dateStyle: "medium" })}.`
                : ""}
            </p>
            <div className="mt-4">
              <AiConsentForm childId={child.id} aiConsent={child.aiConsent} />
            </div>
          </Card>
          <Card>
            <h2 className="text-xl font-bold">Sign-in</h2>
            <p className="mt-2 text-muted">
              {sessions.length === 0
                ? "Not signed in on any device."
                : `Signed in on ${sessions.length} device${sessions.length === 1 ? "" : "s"}. Sessions end by themselves after 8 hours.`}
            </p>
            <div className="mt-4 flex flex-col gap-4">
              {sessions.length > 0 ? <ChildIdButton childId={child.id} kind="endSessions" /> : null}
              {child.lockedAt ? <ChildIdButton childId={child.id} kind="unlock" /> : null}
              <ChangePinForm childId={child.id} />
            </div>
          </Card>
        </div>
      </div>
      <nav aria-label={`${child.firstName}'s pages`} className="flex flex-wrap gap-4">
        <Link
          href={`/children/${child.id}/progress`}
          className="rounded-xl border-2 border-hearth-700 bg-white px-4 py-2 font-semibold text-hearth-800 hover:bg-hearth-50"
        >
          Progress and time
        </Link>
        <Link
          href={`/children/${child.id}/tutor`}
          className="rounded-xl border-2 border-hearth-700 bg-white px-4 py-2 font-semibold text-hearth-800 hover:bg-hearth-50"
        >
          Tutor use and safety
        </Link>
      </nav>
      <Card>
        <h2 className="text-xl font-bold">Data we hold</h2>
        <p className="mt-2 text-muted">
          See every record Hearth keeps about {child.firstName}, with what each is for and how long it is
          kept, and download it all as JSON or PDF.
        </p>
        <Link
          href={`/children/${child.id}/data`}
          prefetch={false}
          className="mt-4 inline-block font-semibold text-hearth-800 underline-offset-4 hover:underline"
        >
          See and export {child.firstName}&apos;s data
        </Link>
      </Card>
      <Card className="border-red-200">
        <h2 className="mb-3 text-xl font-bold">Delete profile</h2>
        <DeleteChildForm childId={child.id} firstName={child.firstName} />
      </Card>
    </div>
  );
}
