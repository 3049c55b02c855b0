import type { Metadata } from "next";
import Link from "next/link";
import { AddChildForm, NewFamilyCodeForm } from "@/components/parent/child-forms";
import { FamilyDeletedNotice } from "@/components/parent/family-deleted-notice";
import { Notices } from "@/components/parent/notices";
import { RestoreChildForm } from "@/components/parent/privacy-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { withFamily } from "@/db/tenant";
import { requireParent } from "@/lib/auth/current";
import { listChildren } from "@/lib/family/children";
import { getFamily } from "@/lib/family/families";
import { formatFamilyCode } from "@/lib/family/family-code";
import { listUnreadNotices } from "@/lib/notifications/notify";
import { getFamilyLifecycle, listRestorableChildren } from "@/lib/privacy/lifecycle";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parent = await requireParent();
  const params = await searchParams;
  const db = await getDb();
  const [family, kids, lifecycle, deletedKids, notices] = await Promise.all([
    withFamily(db, parent.familyId, (tx) => getFamily(tx, parent.familyId)),
    listChildren(db, { familyId: parent.familyId }),
    getFamilyLifecycle(db, { familyId: parent.familyId }),
    listRestorableChildren(db, { familyId: parent.familyId }),
    withFamily(db, parent.familyId, (tx) => listUnreadNotices(tx, parent.familyId)),
  ]);
  const names = Object.fromEntries(kids.map((k) => [k.id, k.firstName]));
  if (lifecycle.deletedAt) {
    // P19: a deleted family shows nothing but the way back.
    return (
      <div className="flex flex-col gap-8">
        <h1 className="text-3xl font-extrabold">Your family</h1>
        {lifecycle.restorable && lifecycle.purgeAfter ? (
          <FamilyDeletedNotice purgeAfter={lifecycle.purgeAfter} />
        ) : (
          <Notice tone="info">Your family account is being permanently deleted.</Notice>
        )}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-extrabold">Your family</h1>
      {params.welcome ? (
        <Notice tone="success">Welcome to Hearth. Add your first child below to get started.</Notice>
      ) : null}
      {params.restored === "child" ? (
        <Notice tone="success">The profile is back, with all its learning data.</Notice>
      ) : null}
      {params.restored === "family" ? (
        <Notice tone="success">
          Your family account is back, with your children&apos;s profiles and data.
        </Notice>
      ) : null}
      {params.deleted ? (
        <Notice tone="info">The profile is hidden now and will be permanently deleted after 30 days.</Notice>
      ) : null}
      <Notices
        notices={notices
          .filter((n) => !n.childId || names[n.childId])
          .map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }))}
        names={names}
      />
      <Card>
        <h2 className="text-xl font-bold">Family code</h2>
        <p className="mt-1 text-muted">
          Your children type this on Hearth&apos;s learner sign-in page (/learn), then pick their name and
          enter their PIN.
        </p>
        <p className="mt-4 font-mono text-3xl font-bold tracking-widest" data-testid="family-code">
          {family ? formatFamilyCode(family.code) : "—"}
        </p>
        <div className="mt-2">
          <NewFamilyCodeForm />
        </div>
      </Card>
      <section aria-labelledby="children-heading" className="flex flex-col gap-4">
        <h2 id="children-heading" className="text-2xl font-bold">
          Children
        </h2>
        {kids.length === 0 ? (
          <p className="text-muted">No children yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {kids.map((child) => (
              <li key={child.id}>
                <Link
                  href={`/children/${child.id}`}
                  className="block rounded-2xl border border-stone-200 bg-white p-5 hover:border-hearth-600"
                >
                  <span className="text-xl font-bold">{child.firstName}</span>
                  <span className="mt-1 block text-muted">
                    {child.aiConsent ? "AI tutor allowed" : "Offline coach only"}
                    {child.lockedAt ? " · PIN sign-in locked" : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {deletedKids.length > 0 ? (
        <section aria-labelledby="deleted-heading" className="flex flex-col gap-4">
          <h2 id="deleted-heading" className="text-2xl font-bold">
            Recently deleted
          </h2>
          <p className="text-muted">
            These profiles are hidden and can&apos;t sign in. Each is permanently deleted on the date shown
            unless you restore it.
          </p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {deletedKids.map((child) => (
              <li key={child.id} className="rounded-2xl border border-stone-200 bg-white p-5">
                <span className="text-xl font-bold">{child.firstName}</span>
                <span className="mt-1 mb-3 block text-muted">
                  Deleted for good on{" "}
                  {child.purgeAfter?.toLocaleDateString("en-US", { dateStyle: "medium" }) ?? "—"}
                </span>
                <RestoreChildForm childId={child.id} firstName={child.firstName} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Card>
        <h2 className="mb-4 text-xl font-bold">Add a child</h2>
        <AddChildForm />
      </Card>
    </div>
  );
}
