import type { Metadata } from "next";
import Link from "next/link";
import { VerifyChainForm } from "@/components/admin/verify-chain-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import {
  AUDIT_ACTIONS,
  AUDIT_ACTOR_TYPES,
  type AuditListEntry,
  type AuditSearchValues,
  DEFAULT_PAGE_SIZE,
  parseAuditSearchParams,
  viewAuditLog,
} from "@/lib/audit/query";
import { requireAdmin } from "@/lib/auth/current";
import { requestContext } from "@/lib/http/request-context";

export const metadata: Metadata = { title: "Audit log" };

const FILTER_KEYS = ["familyId", "actorType", "actorId", "action", "from", "to"] as const;

function hrefWith(path: string, values: AuditSearchValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Actions grouped by what they concern ("child.created" → "child"), in the order they are typed. */
function actionGroups(): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const action of AUDIT_ACTIONS) {
    const group = action.split(".")[0] ?? action;
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  return [...groups];
}

function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function utcTime(at: Date): string {
  return at.toISOString().slice(11, 19);
}

/** A detail as "key value" lines; arrays as comma-separated lists so long ones wrap. */
function detailLines(detail: Record<string, unknown>): [string, string][] {
  return Object.entries(detail).map(([key, value]) => [
    key,
    Array.isArray(value)
      ? value.length === 0
        ? "none"
        : value.map(String).join(", ")
      : typeof value === "object" && value !== null
        ? JSON.stringify(value)
        : String(value),
  ]);
}

const mono = "font-mono text-sm";
const cell = "px-3 py-3";
/** Ids wrap at their hyphens, two lines for a UUID, instead of one character column. */
const id = "block min-w-[8.75rem] break-words font-mono text-xs text-muted";

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireAdmin();
  const search = parseAuditSearchParams(await searchParams);
  const values = search.values;
  const errors = search.ok ? {} : search.fieldErrors;
  const page = search.ok
    ? await viewAuditLog(await getDb(), {
        actor: { type: "admin", id: admin.parentId },
        query: { filters: search.filters, after: search.after, limit: DEFAULT_PAGE_SIZE },
        context: await requestContext(),
      })
    : null;
  const filtered = FILTER_KEYS.some((key) => values[key]);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-extrabold">Audit log</h1>
        <p className="mt-2 max-w-prose text-muted">
          Every COPPA-relevant action across all families, newest first. Entries carry ids, actions and field
          names, never child content. The log is append-only and each entry carries the hash of the one before
          it. Times are in UTC.
        </p>
      </div>

      <Card>
        <h2 className="text-xl font-bold">Chain integrity</h2>
        <p className="mt-1 mb-4 max-w-prose text-muted">
          Recomputes every entry&apos;s hash and checks each link to the entry before it. Your check is
          recorded in the log.
        </p>
        <VerifyChainForm />
      </Card>

      <Card>
        <h2 id="filters-heading" className="mb-4 text-xl font-bold">
          Filters
        </h2>
        <form
          method="get"
          action="/admin/audit"
          aria-labelledby="filters-heading"
          className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3"
          noValidate
        >
          <Field label="Family id" name="familyId" errors={errors.familyId}>
            {(p) => (
              <TextInput
                {...p}
                name="familyId"
                defaultValue={values.familyId}
                autoComplete="off"
                spellCheck={false}
                className={mono}
              />
            )}
          </Field>
          <Field label="Actor type" name="actorType" errors={errors.actorType}>
            {(p) => (
              <Select {...p} name="actorType" defaultValue={values.actorType ?? ""}>
                <option value="">Any actor</option>
                {AUDIT_ACTOR_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Actor id" name="actorId" errors={errors.actorId}>
            {(p) => (
              <TextInput
                {...p}
                name="actorId"
                defaultValue={values.actorId}
                autoComplete="off"
                spellCheck={false}
                className={mono}
              />
            )}
          </Field>
          <Field label="Action" name="action" errors={errors.action}>
            {(p) => (
              <Select {...p} name="action" defaultValue={values.action ?? ""}>
                <option value="">Any action</option>
                {actionGroups().map(([group, actions]) => (
                  <optgroup key={group} label={group}>
                    {actions.map((action) => (
                      <option key={action} value={action}>
                        {action}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            )}
          </Field>
          <Field label="From (UTC)" name="from" errors={errors.from}>
            {(p) => <TextInput {...p} name="from" type="date" defaultValue={values.from} />}
          </Field>
          <Field label="To (UTC, inclusive)" name="to" errors={errors.to}>
            {(p) => <TextInput {...p} name="to" type="date" defaultValue={values.to} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
            <Button type="submit">Apply filters</Button>
            {filtered ? (
              <ButtonLink href="/admin/audit" prefetch={false} variant="quiet">
                Clear filters
              </ButtonLink>
            ) : null}
          </div>
        </form>
      </Card>

      {search.ok && page ? (
        <section aria-labelledby="entries-heading" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-4">
            <h2 id="entries-heading" className="text-2xl font-bold">
              Entries
            </h2>
            {/* A plain link: the export is a file download from a route handler, not a page. */}
            <a
              href={hrefWith("/admin/audit/export", values)}
              download
              className="inline-flex min-h-12 items-center justify-center rounded-xl border-2 border-hearth-700 bg-white px-5 py-3 font-semibold text-hearth-800 hover:bg-hearth-50"
            >
              Export CSV
            </a>
          </div>
          {page.entries.length === 0 ? (
            <p className="text-muted">
              {search.after ? "No older entries match these filters." : "No entries match these filters."}
            </p>
          ) : (
            <EntriesTable entries={page.entries} values={values} filtered={filtered} />
          )}
          <nav aria-label="Audit log pages" className="flex flex-wrap justify-between gap-4">
            {search.after ? (
              <Link
                href={hrefWith("/admin/audit", values)}
                prefetch={false}
                className="font-semibold underline"
              >
                ← Newest
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor !== null ? (
              <Link
                href={hrefWith("/admin/audit", values, { after: String(page.nextCursor) })}
                prefetch={false}
                className="font-semibold underline"
              >
                Older →
              </Link>
            ) : null}
          </nav>
        </section>
      ) : null}
      {search.ok ? null : <Notice tone="error">{search.message}</Notice>}
    </div>
  );
}

function EntriesTable({
  entries,
  values,
  filtered,
}: {
  entries: AuditListEntry[];
  values: AuditSearchValues;
  filtered: boolean;
}) {
  const summary = `${filtered ? "Matching audit entries" : "Audit entries"}, newest first: #${entries[0]?.seq} to #${entries.at(-1)?.seq} (${entries.length} on this page)`;
  return (
    <>
      {/* Outside the scrolling region so it stays in view on a phone; the caption names the table. */}
      <p className="text-muted">{summary}</p>
      <section
        aria-labelledby="entries-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways on a phone must be reachable by keyboard (WCAG 2.1.1).
        tabIndex={0}
        className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white shadow-sm"
      >
        <table className="w-full min-w-[64rem] border-collapse text-left align-top">
          <caption id="entries-caption" className="sr-only">
            {summary}
          </caption>
          <thead className="bg-stone-50">
            <tr>
              {["#", "Time (UTC)", "Action", "Actor", "Family", "Target", "Detail", "Origin"].map((label) => (
                <th key={label} scope="col" className={`${cell} border-b border-stone-200 font-semibold`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq} className="border-b border-stone-100 align-top last:border-b-0">
                <th scope="row" className={`${cell} font-mono text-sm font-semibold`}>
                  {entry.seq}
                </th>
                <td className={`${cell} whitespace-nowrap font-mono text-sm`}>
                  <time dateTime={entry.at.toISOString()}>
                    <span className="block">{utcDate(entry.at)}</span>
                    <span className="block text-muted">{utcTime(entry.at)}</span>
                  </time>
                </td>
                <td className={`${cell} font-semibold`} data-testid="audit-action">
                  {entry.action}
                </td>
                <td className={cell}>
                  {entry.actor.type}
                  {entry.actor.id ? <span className={id}>{entry.actor.id}</span> : null}
                </td>
                <td className={cell}>
                  {entry.familyId ? (
                    <Link
                      href={hrefWith("/admin/audit", { ...values, familyId: entry.familyId })}
                      prefetch={false}
                      className={`${id} text-hearth-800 underline`}
                    >
                      <span className="sr-only">Show only family </span>
                      {entry.familyId}
                    </Link>
                  ) : (
                    <span className="text-muted">none</span>
                  )}
                </td>
                <td className={cell}>
                  {entry.target ? (
                    <>
                      {entry.target.type}
                      {entry.target.id ? <span className={id}>{entry.target.id}</span> : null}
                    </>
                  ) : (
                    <span className="text-muted">none</span>
                  )}
                </td>
                <td className={`${cell} min-w-[9rem] text-sm`}>
                  {Object.keys(entry.detail).length === 0 ? (
                    <span className="text-muted">none</span>
                  ) : (
                    detailLines(entry.detail).map(([key, value]) => (
                      <span key={key} className="block break-words">
                        <span className="text-muted">{key}</span>{" "}
                        <span className="font-mono text-xs">{value}</span>
                      </span>
                    ))
                  )}
                </td>
                <td className={cell}>
                  {entry.ip ? (
                    <span className={`${id} text-ink`}>{entry.ip}</span>
                  ) : (
                    <span className="text-muted">no ip</span>
                  )}
                  {entry.requestId ? <span className={id}>{entry.requestId}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
