import type { Metadata } from "next";
import Link from "next/link";
import { FamilyDeletedNotice } from "@/components/parent/family-deleted-notice";
import { DeleteFamilyForm } from "@/components/parent/privacy-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { DATA_GROUPS, dictionaryFor, tableTitle } from "@/db/data-dictionary";
import { requireParent } from "@/lib/auth/current";
import { listChildren } from "@/lib/family/children";
import { columnLabel } from "@/lib/privacy/display-value";
import { getFamilyLifecycle } from "@/lib/privacy/lifecycle";

export const metadata: Metadata = { title: "Privacy and data" };

/** P4, P7, P19, P20: what Hearth keeps, each child's data and export, deleting the family. */
export default async function PrivacySettingsPage() {
  const parent = await requireParent();
  const db = await getDb();
  const [lifecycle, kids] = await Promise.all([
    getFamilyLifecycle(db, { familyId: parent.familyId }),
    listChildren(db, { familyId: parent.familyId }),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-extrabold">Privacy and data</h1>
      {lifecycle.deletedAt ? (
        lifecycle.restorable && lifecycle.purgeAfter ? (
          <FamilyDeletedNotice purgeAfter={lifecycle.purgeAfter} />
        ) : (
          <Notice tone="info">Your family account is being permanently deleted.</Notice>
        )
      ) : (
        <Card>
          <h2 className="text-xl font-bold">Your children&apos;s data</h2>
          <p className="mt-2 text-muted">
            See every record we hold about each child, and download it as PDF or JSON.
          </p>
          {kids.length === 0 ? (
            <p className="mt-4 text-muted">No children yet.</p>
          ) : (
            <ul className="mt-4 flex flex-col gap-2">
              {kids.map((child) => (
                <li key={child.id}>
                  <Link
                    href={`/children/${child.id}/data`}
                    prefetch={false}
                    className="font-semibold text-hearth-800 underline-offset-4 hover:underline"
                  >
                    {child.firstName}&apos;s data
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      <Card>
        <h2 className="text-xl font-bold">What we keep, and for how long</h2>
        <p className="mt-2 text-muted">
          This is our data dictionary: every piece of information Hearth stores about your family, why, and
          how long it is kept. Nothing else about your child is collected.
        </p>
        <div className="mt-4 flex flex-col gap-3">
          {DATA_GROUPS.map((group) => (
            <details key={group.id} className="rounded-xl border border-stone-200 px-4 py-3">
              <summary className="cursor-pointer font-semibold">
                {group.title}{" "}
                <span className="font-normal text-muted">
                  ({group.about === "child" ? "about each child" : "about your family"})
                </span>
              </summary>
              <p className="mt-2">{group.description}</p>
              {group.tables.map((table) => {
                const entries = dictionaryFor(table);
                return (
                  <div key={table} className="mt-3">
                    {group.tables.length > 1 ? <h3 className="font-semibold">{tableTitle(table)}</h3> : null}
                    <p className="text-sm text-muted">
                      <span className="font-semibold">Kept:</span> {entries[0]?.retention}
                    </p>
                    <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
                      {entries.map((e) => (
                        <div key={e.column} className="contents">
                          <dt className="font-semibold">{columnLabel(e.column)}</dt>
                          <dd className="text-muted">
                            {e.purpose}
                            {e.encrypted ? " Encrypted." : ""}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </div>
                );
              })}
            </details>
          ))}
        </div>
      </Card>
      {lifecycle.deletedAt ? null : (
        <Card className="border-red-200">
          <h2 className="mb-3 text-xl font-bold">Delete our family account</h2>
          <DeleteFamilyForm childCount={kids.length} />
        </Card>
      )}
    </div>
  );
}
