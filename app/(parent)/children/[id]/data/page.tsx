import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { tableTitle } from "@/db/data-dictionary";
import { requireParent } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { requestContext } from "@/lib/http/request-context";
import { type ChildDataSection, viewChildData } from "@/lib/privacy/child-data";
import { columnLabel, displayValue } from "@/lib/privacy/display-value";

export const metadata: Metadata = { title: "Data we hold" };

/** Rows shown per table on the page; the exports hold every row. */
const PAGE_ROWS = 50;
/** Same on every row of a child's table: said once in the intro instead. */
const HIDDEN_COLUMNS = new Set(["family_id", "child_id"]);

const downloadLink =
  "inline-flex min-h-12 items-center justify-center rounded-xl px-5 py-3 text-base font-semibold transition-colors";

function Section({ section, showTitle }: { section: ChildDataSection; showTitle: boolean }) {
  const columns = section.columns.filter((c) => !HIDDEN_COLUMNS.has(c.column));
  const rows = section.rows.slice(-PAGE_ROWS).reverse();
  const single = section.table === "children" && section.rows.length === 1;
  return (
    <div className="flex flex-col gap-3">
      {showTitle ? <h3 className="text-lg font-bold">{tableTitle(section.table)}</h3> : null}
      {section.rows.length === 0 ? (
        <p className="text-muted">No records.</p>
      ) : single ? (
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
          {columns.map((c) => (
            <div key={c.column} className="contents">
              <dt className="font-semibold">{columnLabel(c.column)}</dt>
              <dd>
                <span className="block break-words">{displayValue(section.rows[0]![c.column] ?? null)}</span>
                <span className="block text-sm text-muted">{c.purpose}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <>
          <p className="text-sm text-muted">
            {section.rows.length} record{section.rows.length === 1 ? "" : "s"}
            {section.rows.length > PAGE_ROWS
              ? `; the latest ${PAGE_ROWS} are shown here, the downloads hold all of them.`
              : "."}
          </p>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b-2 border-stone-300">
                  {columns.map((c) => (
                    <th key={c.column} scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
                      {columnLabel(c.column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={typeof row.id === "string" ? row.id : i} className="border-b border-stone-200">
                    {columns.map((c) => (
                      <td key={c.column} className="px-2 py-1.5 align-top whitespace-nowrap">
                        {displayValue(row[c.column] ?? null, { shortIds: true })}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details>
            <summary className="cursor-pointer font-semibold">What each column means</summary>
            <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
              {columns.map((c) => (
                <div key={c.column} className="contents">
                  <dt className="font-semibold">{columnLabel(c.column)}</dt>
                  <dd className="text-muted">{c.purpose}</dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
    </div>
  );
}

export default async function ChildDataPage({ params }: { params: Promise<{ id: string }> }) {
  const parent = await requireParent();
  const { id } = await params;
  const db = await getDb();
  const request = await requestContext();
  // The view is audited (data.viewed) in the transaction that reads the data (P3, P20).
  const data = await viewChildData(
    db,
    {
      familyId: parent.familyId,
      actor: { type: "parent", id: parent.parentId },
      context: { ip: request.ip, requestId: request.requestId },
    },
    { childId: id },
  ).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const name = data.child.firstName;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <Link href={`/children/${data.child.id}`} className="font-semibold text-hearth-800 hover:underline">
          ← {name}&apos;s profile
        </Link>
        <h1 className="text-3xl font-extrabold">Everything we hold about {name}</h1>
      </div>
      <Card>
        <div className="flex flex-col gap-3">
          {data.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
        {/* Plain links, not next/link: a prefetch must never produce an (audited) export. */}
        <div className="mt-5 flex flex-wrap gap-3">
          <a
            href={`/children/${data.child.id}/export?format=pdf`}
            className={`${downloadLink} bg-hearth-700 text-white hover:bg-hearth-800`}
          >
            Download as PDF
          </a>
          <a
            href={`/children/${data.child.id}/export?format=json`}
            className={`${downloadLink} border-2 border-hearth-700 bg-white text-hearth-800 hover:bg-hearth-50`}
          >
            Download as JSON
          </a>
        </div>
      </Card>
      {data.groups.map((group) => (
        <Card key={group.id}>
          <section aria-labelledby={`group-${group.id}`} className="flex flex-col gap-4">
            <div>
              <h2 id={`group-${group.id}`} className="text-xl font-bold">
                {group.title}
              </h2>
              <p className="mt-1 text-muted">{group.description}</p>
              <p className="mt-1 text-sm text-muted">
                <span className="font-semibold">Kept:</span> {group.retention}
              </p>
            </div>
            {group.sections.map((section) => (
              <Section key={section.table} section={section} showTitle={group.sections.length > 1} />
            ))}
          </section>
        </Card>
      ))}
    </div>
  );
}
