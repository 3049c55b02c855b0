import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { withFamily, withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditAction, AuditActor } from "@/lib/audit/actions";
import { AUDIT_CSV_COLUMNS, csvCell, csvRow, startAuditCsvExport } from "@/lib/audit/csv";
import {
  type AuditListEntry,
  type AuditQuery,
  listAuditEntries,
  parseAuditSearchParams,
  viewAuditLog,
} from "@/lib/audit/query";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { createFamily } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const ADMIN = { type: "admin", id: "00000000-0000-4000-8000-00000000a0a0" } as const;

/** Appends one entry the way the application does: inside its family's transaction. */
async function record(
  familyId: string | null,
  options: { action?: "data.viewed" | "child.updated" | "data.exported"; actor?: AuditActor } = {},
): Promise<number> {
  const action = options.action ?? "data.viewed";
  const actor = options.actor ?? { type: "parent", id: "parent-1" };
  const write = async (tx: Db) => {
    if (action === "child.updated") {
      await recordAudit(tx, { action, actor, familyId, detail: { fields: ["firstName"] } });
    } else if (action === "data.exported") {
      await recordAudit(tx, { action, actor, familyId, detail: { format: "json" } });
    } else {
      await recordAudit(tx, { action, actor, familyId, detail: { what: "progress" } });
    }
    const [row] = await queryRows<{ seq: string }>(tx, sql`select max(seq)::text as seq from audit_log`);
    return Number(row!.seq);
  };
  return familyId ? withFamily(t.db, familyId, write) : withSystem(t.db, write);
}

async function recordMany(familyId: string, n: number, options: Parameters<typeof record>[1] = {}) {
  const seqs: number[] = [];
  for (let i = 0; i < n; i++) seqs.push(await record(familyId, options));
  return seqs;
}

/** Every page, following `nextCursor` until it runs out. */
async function allPages(query: Omit<AuditQuery, "after">): Promise<AuditListEntry[][]> {
  const pages: AuditListEntry[][] = [];
  let after: number | undefined;
  for (;;) {
    const page = await listAuditEntries(t.db, { ...query, after });
    pages.push(page.entries);
    if (page.nextCursor === null) return pages;
    after = page.nextCursor;
  }
}

async function dbNow(): Promise<Date> {
  const [row] = await queryRows<{ now: string }>(
    t.db,
    sql`select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as now`,
  );
  return new Date(row!.now);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function countActions(action: AuditAction): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    t.db,
    sql`select count(*)::text as n from audit_log where action = ${action}`,
  );
  return Number(row!.n);
}

async function badInput(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("bad_input");
  return error as AppError;
}

describe("the admin audit viewer's query", () => {
  it("filters by family, newest first, and shows ids and actions", async () => {
    const a = await createFamily(t.db);
    const b = await createFamily(t.db);
    const ofA = await recordMany(a.id, 4);
    await recordMany(b.id, 3);
    const page = await listAuditEntries(t.db, { filters: { familyId: a.id }, limit: 50 });
    expect(page.entries.map((e) => e.seq)).toEqual([...ofA].reverse());
    expect(page.nextCursor).toBeNull();
    expect(page.entries[0]).toMatchObject({
      familyId: a.id,
      action: "data.viewed",
      actor: { type: "parent", id: "parent-1" },
      detail: { what: "progress" },
      target: null,
      ip: null,
      requestId: null,
    });
    expect(page.entries[0]!.at).toBeInstanceOf(Date);
  });

  it("filters by actor type and actor id", async () => {
    const family = await createFamily(t.db);
    const childId = randomUUID();
    const byChild = await recordMany(family.id, 2, { actor: { type: "child", id: childId } });
    await recordMany(family.id, 2, { actor: { type: "parent", id: childId } });
    await recordMany(family.id, 2, { actor: { type: "child", id: randomUUID() } });

    const page = await listAuditEntries(t.db, {
      filters: { actorType: "child", actorId: childId },
      limit: 50,
    });
    expect(page.entries.map((e) => e.seq)).toEqual([...byChild].reverse());

    const anyType = await listAuditEntries(t.db, { filters: { actorId: childId }, limit: 50 });
    expect(anyType.entries).toHaveLength(4);
    const children = await listAuditEntries(t.db, {
      filters: { familyId: family.id, actorType: "child" },
      limit: 50,
    });
    expect(children.entries).toHaveLength(4);
    expect(children.entries.every((e) => e.actor.type === "child")).toBe(true);
  });

  it("filters by action", async () => {
    const family = await createFamily(t.db);
    const updated = await recordMany(family.id, 3, { action: "child.updated" });
    const viewed = await recordMany(family.id, 2, { action: "data.viewed" });
    const page = await listAuditEntries(t.db, { filters: { action: "child.updated" }, limit: 500 });
    const seqs = page.entries.map((e) => e.seq);
    expect(page.entries.every((e) => e.action === "child.updated")).toBe(true);
    for (const seq of updated) expect(seqs).toContain(seq);
    for (const seq of viewed) expect(seqs).not.toContain(seq);
    const both = await listAuditEntries(t.db, {
      filters: { familyId: family.id, action: "child.updated" },
      limit: 50,
    });
    expect(both.entries.map((e) => e.seq)).toEqual([...updated].reverse());
    expect(both.entries[0]!.detail).toEqual({ fields: ["firstName"] });
  });

  it("filters by date: from is inclusive, to is exclusive", async () => {
    const family = await createFamily(t.db);
    const before = await recordMany(family.id, 2);
    await pause(25);
    const start = await dbNow();
    await pause(25);
    const during = await recordMany(family.id, 3);
    await pause(25);
    const end = await dbNow();
    await pause(25);
    const after = await recordMany(family.id, 2);

    const inRange = await listAuditEntries(t.db, {
      filters: { familyId: family.id, from: start, to: end },
      limit: 50,
    });
    expect(inRange.entries.map((e) => e.seq)).toEqual([...during].reverse());
    for (const e of inRange.entries) {
      expect(e.at.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(e.at.getTime()).toBeLessThan(end.getTime());
    }
    const sinceStart = await listAuditEntries(t.db, {
      filters: { familyId: family.id, from: start },
      limit: 50,
    });
    expect(sinceStart.entries.map((e) => e.seq)).toEqual([...during, ...after].reverse());
    const untilEnd = await listAuditEntries(t.db, { filters: { familyId: family.id, to: end }, limit: 50 });
    expect(untilEnd.entries.map((e) => e.seq)).toEqual([...before, ...during].reverse());
  });

  it("keyset pagination returns every entry exactly once, in order, while entries keep arriving", async () => {
    const family = await createFamily(t.db);
    const original = await recordMany(family.id, 23);

    const seen: number[] = [];
    let after: number | undefined;
    let pages = 0;
    for (;;) {
      const page = await listAuditEntries(t.db, { filters: { familyId: family.id }, after, limit: 5 });
      pages += 1;
      seen.push(...page.entries.map((e) => e.seq));
      // Appends between page loads land above the cursor: no duplicates, no shifted pages.
      if (pages === 1) await recordMany(family.id, 3);
      if (page.nextCursor === null) break;
      expect(page.entries).toHaveLength(5);
      after = page.nextCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual([...original].reverse());

    const everything = (await allPages({ filters: {}, limit: 7 })).flat().map((e) => e.seq);
    const [row] = await queryRows<{ n: string }>(t.db, sql`select count(*)::text as n from audit_log`);
    expect(new Set(everything).size).toBe(everything.length);
    expect(everything).toHaveLength(Number(row!.n));
    expect(everything).toEqual([...everything].sort((x, y) => y - x));
  });

  it("a page that ends exactly at the last entry has no next cursor", async () => {
    const family = await createFamily(t.db);
    await recordMany(family.id, 4);
    const first = await listAuditEntries(t.db, { filters: { familyId: family.id }, limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEntries(t.db, {
      filters: { familyId: family.id },
      after: first.nextCursor!,
      limit: 2,
    });
    expect(second.entries).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses bad filters with a typed error before they reach the database", async () => {
    const cases: [AuditQuery, string][] = [
      [{ filters: { familyId: "'; drop table audit_log; --" }, limit: 10 }, "familyId"],
      [{ filters: { actorType: "robot" as never }, limit: 10 }, "actorType"],
      [{ filters: { action: "audit.deleted" as never }, limit: 10 }, "action"],
      [{ filters: { from: new Date("not a date") }, limit: 10 }, "from"],
      [{ filters: { from: new Date("2025-03-02"), to: new Date("2025-03-01") }, limit: 10 }, "to"],
      [{ filters: {}, after: -1, limit: 10 }, "after"],
      [{ filters: {}, limit: 0 }, "limit"],
      [{ filters: {}, limit: 100_000 }, "limit"],
    ];
    for (const [query, field] of cases) {
      const error = await badInput(listAuditEntries(t.db, query));
      expect(Object.keys(error.options.fieldErrors ?? {}), field).toContain(field);
    }
  });
});

describe("reading the viewer's filters from the query string", () => {
  it("accepts good filters, ignores empty ones and reads a repeated one once", () => {
    const familyId = randomUUID();
    const parsed = parseAuditSearchParams({
      familyId: ` ${familyId} `,
      actorType: "",
      action: ["child.created", "data.viewed"],
      from: "2025-03-14",
      to: "2025-03-14",
      after: "120",
    });
    expect(parsed).toMatchObject({
      ok: true,
      filters: {
        familyId,
        action: "child.created",
        from: new Date("2025-03-14T00:00:00.000Z"),
        // A day as the end of a range means the whole of that day.
        to: new Date("2025-03-15T00:00:00.000Z"),
      },
      after: 120,
    });
    if (!parsed.ok) throw new Error("unreachable");
    expect(parsed.filters.actorType).toBeUndefined();
  });

  it("accepts URLSearchParams and ISO date-times with an offset", () => {
    const parsed = parseAuditSearchParams(
      new URLSearchParams("from=2025-03-14T10:00:00%2B02:00&actorType=admin&actorId=abc"),
    );
    expect(parsed).toMatchObject({
      ok: true,
      filters: { from: new Date("2025-03-14T08:00:00.000Z"), actorType: "admin", actorId: "abc" },
    });
  });

  it("gives a clear message per bad field and keeps what was typed", () => {
    const parsed = parseAuditSearchParams({
      familyId: "family-7",
      actorType: "robot",
      action: "drop table",
      from: "2025-02-30",
      to: "yesterday",
      after: "-3",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) throw new Error("unreachable");
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(
      ["action", "actorType", "after", "familyId", "from", "to"].sort(),
    );
    expect(parsed.fieldErrors.familyId).toEqual(["A family id looks like 3f2b8c1e-… (a UUID)."]);
    expect(parsed.fieldErrors.from).toEqual(["Use a date like 2025-03-14."]);
    expect(parsed.message).toMatch(/^Please check the filters:/);
    expect(parsed.values).toMatchObject({ familyId: "family-7", from: "2025-02-30", after: "-3" });
  });

  it("refuses a range that ends before it starts", () => {
    const parsed = parseAuditSearchParams({ from: "2025-03-15", to: "2025-03-14" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) throw new Error("unreachable");
    expect(parsed.fieldErrors.to).toEqual(["The end date must be on or after the start date."]);
  });

  it.each(["abc", "0", "1.5", "1e400", "99999999999999999999"])("refuses the page cursor %s", (after) => {
    const parsed = parseAuditSearchParams({ after });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) throw new Error("unreachable");
    expect(parsed.fieldErrors.after).toBeDefined();
  });
});

describe("P3 admin access to the audit trail is itself audited", () => {
  it("records one admin.audit_viewed per page load, with the filter names and never their values", async () => {
    const family = await createFamily(t.db);
    await recordMany(family.id, 3);
    const before = await countActions("admin.audit_viewed");
    const page = await viewAuditLog(t.db, {
      actor: ADMIN,
      query: { filters: { familyId: family.id, action: "data.viewed" }, limit: 2 },
      context: { ip: "203.0.113.9", requestId: "req-view-1" },
    });
    expect(page.entries).toHaveLength(2);
    expect(page.entries.some((e) => e.action === "admin.audit_viewed")).toBe(false);
    expect(await countActions("admin.audit_viewed")).toBe(before + 1);

    const [viewed] = (await listAuditEntries(t.db, { filters: { action: "admin.audit_viewed" }, limit: 1 }))
      .entries;
    expect(viewed).toMatchObject({
      familyId: null,
      actor: { type: "admin", id: ADMIN.id },
      target: { type: "family", id: family.id },
      detail: { filters: ["familyId", "action"] },
      ip: "203.0.113.9",
      requestId: "req-view-1",
    });
    expect(JSON.stringify(viewed!.detail)).not.toContain("data.viewed");
  });

  it("records a view without filters as an empty list, and no view at all for bad filters", async () => {
    const before = await countActions("admin.audit_viewed");
    await viewAuditLog(t.db, { actor: ADMIN, query: { filters: {}, limit: 5 } });
    const [viewed] = (await listAuditEntries(t.db, { filters: { action: "admin.audit_viewed" }, limit: 1 }))
      .entries;
    expect(viewed).toMatchObject({ detail: { filters: [] }, target: null });
    await badInput(viewAuditLog(t.db, { actor: ADMIN, query: { filters: { familyId: "nope" }, limit: 5 } }));
    expect(await countActions("admin.audit_viewed")).toBe(before + 1);
  });
});

/** A strict RFC 4180 reader: a quoting mistake shows up as a wrong cell count. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) throw new Error("the CSV does not end with CRLF");
  return rows;
}

describe("CSV export", () => {
  it("quotes per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvRow(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });

  it("guards cells that a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+41 79 000")).toBe("'+41 79 000");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    expect(csvCell("\r=cmd")).toBe('"\'\r=cmd"');
    expect(csvCell('=HYPERLINK("http://evil.test","open")')).toBe(
      '"\'=HYPERLINK(""http://evil.test"",""open"")"',
    );
    expect(csvCell("a=1")).toBe("a=1");
  });

  it("exports exactly the filtered entries in keyset batches, hostile text guarded, and records the export", async () => {
    const family = await createFamily(t.db);
    const hostile = ["=cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", 'a,"b"\nc', "+1"];
    const seqs: number[] = [];
    for (const id of hostile) seqs.push(await record(family.id, { actor: { type: "system", id } }));
    seqs.push(...(await recordMany(family.id, 4, { action: "data.exported" })));
    const other = await createFamily(t.db);
    await recordMany(other.id, 2);

    const before = await countActions("admin.audit_exported");
    const exported = await startAuditCsvExport(t.db, {
      filters: { familyId: family.id },
      actor: ADMIN,
      context: { ip: "198.51.100.4", requestId: "req-export-1" },
      batchSize: 2,
      now: new Date("2025-03-14T09:08:07Z"),
    });
    // Appended after the export began: not part of this file.
    const late = await recordMany(family.id, 2);
    const text = await new Response(exported.stream).text();

    expect(exported.filename).toBe("hearth-audit-20250314-090807.csv");
    expect(exported.rows).toBe(seqs.length);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows).toHaveLength(seqs.length);
    for (const row of rows) expect(row).toHaveLength(AUDIT_CSV_COLUMNS.length);
    const col = (name: (typeof AUDIT_CSV_COLUMNS)[number]) => AUDIT_CSV_COLUMNS.indexOf(name);
    expect(rows.map((r) => Number(r[col("seq")]))).toEqual([...seqs].reverse());
    for (const seq of late) expect(rows.map((r) => Number(r[col("seq")]))).not.toContain(seq);
    expect(new Set(rows.map((r) => r[col("family_id")]))).toEqual(new Set([family.id]));

    const actorIds = rows.map((r) => r[col("actor_id")]);
    for (const id of hostile) expect(actorIds).toContain(/^[=+\-@]/.test(id) ? `'${id}` : id);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const exportedRow = rows.find((r) => r[col("action")] === "data.exported")!;
    expect(JSON.parse(exportedRow[col("detail")]!)).toEqual({ format: "json" });
    expect(new Date(exportedRow[col("at")]!).toISOString()).toBe(exportedRow[col("at")]);

    expect(await countActions("admin.audit_exported")).toBe(before + 1);
    const [entry] = (await listAuditEntries(t.db, { filters: { action: "admin.audit_exported" }, limit: 1 }))
      .entries;
    expect(entry).toMatchObject({
      familyId: null,
      actor: { type: "admin", id: ADMIN.id },
      target: { type: "family", id: family.id },
      detail: { rows: seqs.length },
      ip: "198.51.100.4",
      requestId: "req-export-1",
    });
  });

  it("exports a header alone when nothing matches", async () => {
    const family = await createFamily(t.db);
    const exported = await startAuditCsvExport(t.db, { filters: { familyId: family.id }, actor: ADMIN });
    expect(exported.rows).toBe(0);
    expect(await new Response(exported.stream).text()).toBe(`${AUDIT_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("refuses bad filters without exporting or recording anything", async () => {
    const before = await countActions("admin.audit_exported");
    await badInput(startAuditCsvExport(t.db, { filters: { familyId: "not-a-uuid" }, actor: ADMIN }));
    expect(await countActions("admin.audit_exported")).toBe(before);
  });
});
