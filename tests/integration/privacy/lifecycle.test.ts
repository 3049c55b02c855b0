import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows } from "@/db/rows";
import type { Db } from "@/db/types";
import { childrenForFamilyCode, resolveChildSession, signInChild } from "@/lib/auth/child-sign-in";
import { addMs, DAY_MS } from "@/lib/clock";
import { deleteChild, GRACE_PERIOD_MS, getChild, listChildren } from "@/lib/family/children";
import { getFamily } from "@/lib/family/families";
import { collectChildData } from "@/lib/privacy/child-data";
import { childExportResponse } from "@/lib/privacy/child-export";
import {
  deleteFamily,
  getFamilyLifecycle,
  listRestorableChildren,
  purgeExpired,
  restoreChild,
  restoreFamily,
} from "@/lib/privacy/lifecycle";
import { handlePurgeCron } from "@/lib/privacy/purge-cron";
import type { PurgeHook } from "@/lib/privacy/purge-hooks";
import { hitRateLimit } from "@/lib/ratelimit/limiter";
import { createChildFor, createParent } from "@/tests/support/factories";
import { familyDataTableNames, rowsMentioning, seedEveryFamilyTable } from "@/tests/support/family-data";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

let nameSeq = 0;
/** Distinctive names (no hex letters beyond a-f) so a search of the audit trail means something. */
const uniqueName = (base: string) =>
  `${base}${"xyzqvw"[nameSeq++ % 6]}${"ghijklmnop"[Math.floor(nameSeq / 6) % 10]}`;

async function family() {
  const parent = await createParent(t.db);
  const scope = { familyId: parent.familyId, actor: { type: "parent" as const, id: parent.parentId } };
  const code = (await getFamily(t.db, parent.familyId))!.code;
  return { parent, scope, code };
}

/** A child with a row in every table that holds child data, and a live session. */
async function childWithData(f: Awaited<ReturnType<typeof family>>, firstName = uniqueName("Zephyrine")) {
  const child = await createChildFor(t.db, f.parent, { firstName });
  const seeded = await seedEveryFamilyTable(t.db, { familyId: f.parent.familyId, childId: child.id });
  const signIn = await signInChild(t.db, {
    familyCode: f.code,
    childId: child.id,
    pin: child.pin,
    clientKey: `client-${child.id}`,
  });
  if (!signIn.ok) throw new Error("sign-in failed in setup");
  await hitRateLimit(t.db, { key: `general:child:${child.id}`, limit: 60, windowSeconds: 60 });
  return { child, seeded, token: signIn.token };
}

async function auditOf(familyId: string) {
  return queryRows<{ seq: number; action: string; actor_type: string; target_id: string | null }>(
    t.db,
    sql`select seq, action, actor_type, target_id, detail, ip, request_id, actor_id from audit_log
        where family_id = ${familyId} order by seq`,
  );
}

const later = (days: number) => addMs(new Date(), days * DAY_MS);

async function rowsOfChildTables(db: Db, childId: string) {
  const { child } = await familyDataTableNames(db);
  const counts: Record<string, number> = {};
  for (const table of child) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where child_id = ${childId}`,
    );
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

describe("P19 deleting a child hides it at once, restores within 30 days, then purges everything", () => {
  it("the setup writes a row for the child in every table with a child_id column", async () => {
    const f = await family();
    const { child } = await childWithData(f);
    const counts = await rowsOfChildTables(t.db, child.id);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(6);
    for (const [table, n] of Object.entries(counts)) expect(n, table).toBeGreaterThan(0);
  });

  it("P19 deletion hides the child at once: no sign-in, no session, not listed, no data, no export", async () => {
    const f = await family();
    const { child, token } = await childWithData(f);
    expect(await resolveChildSession(t.db, token)).not.toBeNull();

    await deleteChild(t.db, f.scope, { childId: child.id });

    expect(await resolveChildSession(t.db, token)).toBeNull();
    const names = await childrenForFamilyCode(t.db, f.code);
    expect(names?.children.map((c) => c.id)).not.toContain(child.id);
    const signIn = await signInChild(t.db, {
      familyCode: f.code,
      childId: child.id,
      pin: child.pin,
      clientKey: "after-delete",
    });
    expect(signIn.ok).toBe(false);
    expect((await listChildren(t.db, { familyId: f.parent.familyId })).map((c) => c.id)).not.toContain(
      child.id,
    );
    await expect(getChild(t.db, { familyId: f.parent.familyId, childId: child.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      collectChildData(t.db, { familyId: f.parent.familyId, childId: child.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    for (const format of ["json", "pdf"]) {
      const response = await childExportResponse(t.db, f.parent, { childId: child.id, format });
      expect(response.status).toBe(404);
    }
    const restorable = await listRestorableChildren(t.db, { familyId: f.parent.familyId });
    expect(restorable.map((c) => c.id)).toEqual([child.id]);
  });

  it("P19 restore within the grace period brings the child and all its data back", async () => {
    const f = await family();
    const { child } = await childWithData(f);
    const before = await rowsOfChildTables(t.db, child.id);
    await deleteChild(t.db, f.scope, { childId: child.id });

    const restored = await restoreChild(t.db, f.scope, { childId: child.id, now: later(29) });
    expect(restored.id).toBe(child.id);

    expect((await getChild(t.db, { familyId: f.parent.familyId, childId: child.id })).firstName).toBe(
      child.firstName,
    );
    expect(await rowsOfChildTables(t.db, child.id)).toEqual(before);
    const signIn = await signInChild(t.db, {
      familyCode: f.code,
      childId: child.id,
      pin: child.pin,
      clientKey: "after-restore",
    });
    expect(signIn.ok).toBe(true);
    const actions = (await auditOf(f.parent.familyId)).map((a) => a.action);
    expect(actions).toContain("child.restored");
    // A later purge run leaves it alone: it is no longer deleted.
    const restoredRows = await rowsMentioning(t.db, [child.id]);
    await purgeExpired(t.db, { now: later(31) });
    expect(await rowsMentioning(t.db, [child.id])).toEqual(restoredRows);
  });

  it("P19 restore after the grace period is refused, and restoring needs the family's own child", async () => {
    const f = await family();
    const other = await family();
    const { child } = await childWithData(f);
    await deleteChild(t.db, f.scope, { childId: child.id });

    await expect(restoreChild(t.db, f.scope, { childId: child.id, now: later(31) })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(restoreChild(t.db, other.scope, { childId: child.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(restoreChild(t.db, f.scope, { childId: "not-a-uuid" })).rejects.toMatchObject({
      code: "not_found",
    });
    const actions = (await auditOf(f.parent.familyId)).map((a) => a.action);
    expect(actions).not.toContain("child.restored");
  });

  it("P19 restore is refused when another child took the name meanwhile, with a clear message", async () => {
    const f = await family();
    const name = uniqueName("Quillon");
    const { child } = await childWithData(f, name);
    await deleteChild(t.db, f.scope, { childId: child.id });
    await createChildFor(t.db, f.parent, { firstName: name });
    await expect(restoreChild(t.db, f.scope, { childId: child.id })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/same first name/),
    });
  });

  it("P19 purge 31 days later removes every row referencing the child, leaves the sibling and other families, keeps the audit", async () => {
    const f = await family();
    const gone = await childWithData(f);
    const sibling = await childWithData(f);
    const other = await family();
    const stranger = await childWithData(other);
    await deleteChild(t.db, f.scope, { childId: gone.child.id });

    // Before the purge the child is referenced across the schema (so the scan can find rows).
    const referencedBefore = await rowsMentioning(t.db, [gone.child.id]);
    const { child: childTables } = await familyDataTableNames(t.db);
    for (const table of [...childTables, "children"]) {
      expect(
        Object.keys(referencedBefore).some((k) => k.startsWith(`${table}.`)),
        table,
      ).toBe(true);
    }
    expect(Object.keys(referencedBefore)).toContain("rate_limits.key");
    const siblingBefore = await rowsMentioning(t.db, [sibling.child.id]);
    const strangerBefore = await rowsMentioning(t.db, [stranger.child.id, other.parent.familyId]);
    const auditBefore = await auditOf(f.parent.familyId);

    // Not yet: day 29 purges nothing of it.
    await purgeExpired(t.db, { now: later(29) });
    expect(await rowsMentioning(t.db, [gone.child.id])).toEqual(referencedBefore);

    const result = await purgeExpired(t.db, { now: later(31) });
    expect(result.children).toBeGreaterThanOrEqual(1);
    expect(result.failed).toBe(0);

    expect(await rowsMentioning(t.db, [gone.child.id])).toEqual({});
    expect(await rowsMentioning(t.db, [sibling.child.id])).toEqual(siblingBefore);
    expect(await rowsMentioning(t.db, [stranger.child.id, other.parent.familyId])).toEqual(strangerBefore);
    expect(await getChild(t.db, { familyId: f.parent.familyId, childId: sibling.child.id })).toBeTruthy();

    // The audit trail keeps every earlier entry, adds the purge, and never holds the name.
    const auditAfter = await auditOf(f.parent.familyId);
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    const purged = auditAfter.filter((a) => a.action === "child.purged");
    expect(purged).toEqual([
      expect.objectContaining({ actor_type: "system", target_id: gone.child.id, action: "child.purged" }),
    ]);
    expect(JSON.stringify(auditAfter)).not.toContain(gone.child.firstName);

    await expect(restoreChild(t.db, f.scope, { childId: gone.child.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("P19 purging twice, or twice at once, is safe and purges once", async () => {
    const f = await family();
    const a = await childWithData(f);
    const b = await childWithData(f);
    await deleteChild(t.db, f.scope, { childId: a.child.id });
    await deleteChild(t.db, f.scope, { childId: b.child.id });
    const now = later(31);

    const [first, second] = await Promise.all([purgeExpired(t.db, { now }), purgeExpired(t.db, { now })]);
    expect(first.failed + second.failed).toBe(0);
    const again = await purgeExpired(t.db, { now });
    expect(again.failed).toBe(0);

    expect(await rowsMentioning(t.db, [a.child.id, b.child.id])).toEqual({});
    const purges = (await auditOf(f.parent.familyId)).filter((e) => e.action === "child.purged");
    expect(purges.map((p) => p.target_id).sort()).toEqual([a.child.id, b.child.id].sort());
    // What the concurrent runs report adds up to exactly one purge per child.
    const counted = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where action = 'child.purged'
          and target_id in (${a.child.id}, ${b.child.id})`,
    );
    expect(counted[0]?.n).toBe(2);
  });

  it("P19 a purge hook that fails leaves the child's data for the next run; hooks see the unit", async () => {
    const f = await family();
    const { child } = await childWithData(f);
    await deleteChild(t.db, f.scope, { childId: child.id });
    const before = await rowsMentioning(t.db, [child.id]);
    const failing: PurgeHook = {
      name: "storage-down",
      purge: async () => {
        throw new Error("storage unavailable");
      },
    };
    // The failure is logged (by id, never by name); keep the expected line out of the output.
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const failed = await purgeExpired(t.db, { now: later(31), hooks: [failing] }).finally(() =>
      stderr.mockRestore(),
    );
    expect(written.join("")).toContain(child.id);
    expect(written.join("")).not.toContain(child.firstName);
    expect(failed.failed).toBeGreaterThanOrEqual(1);
    expect(await rowsMentioning(t.db, [child.id])).toEqual(before);

    const seen: { kind: string; childIds: readonly string[] }[] = [];
    const recording: PurgeHook = {
      name: "record",
      purge: async (unit) => {
        seen.push({ kind: unit.kind, childIds: unit.childIds });
      },
    };
    await purgeExpired(t.db, { now: later(31), hooks: [recording] });
    expect(seen).toContainEqual({ kind: "child", childIds: [child.id] });
    expect(await rowsMentioning(t.db, [child.id])).toEqual({});
  });
});

describe("P19 deleting the family hides it at once, restores within 30 days, then purges everything", () => {
  it("P19 family deletion hides every child and the family code at once; restore brings back those deleted with it", async () => {
    const f = await family();
    const a = await childWithData(f);
    const b = await childWithData(f);
    const earlier = await childWithData(f);
    await deleteChild(t.db, f.scope, { childId: earlier.child.id });

    await deleteFamily(t.db, f.scope);

    expect(await childrenForFamilyCode(t.db, f.code)).toBeNull();
    expect(await resolveChildSession(t.db, a.token)).toBeNull();
    expect(await resolveChildSession(t.db, b.token)).toBeNull();
    expect(await listChildren(t.db, { familyId: f.parent.familyId })).toEqual([]);
    expect(await listRestorableChildren(t.db, { familyId: f.parent.familyId })).toEqual([]);
    expect((await childExportResponse(t.db, f.parent, { childId: a.child.id, format: "json" })).status).toBe(
      404,
    );
    const lifecycle = await getFamilyLifecycle(t.db, { familyId: f.parent.familyId });
    expect(lifecycle.restorable).toBe(true);
    await expect(restoreChild(t.db, f.scope, { childId: a.child.id })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(createChildFor(t.db, f.parent)).rejects.toMatchObject({ code: "conflict" });
    await expect(deleteFamily(t.db, f.scope)).rejects.toMatchObject({ code: "conflict" });

    const restored = await restoreFamily(t.db, f.scope, { now: later(29) });
    expect(restored.children).toBe(2);
    expect(await childrenForFamilyCode(t.db, f.code)).not.toBeNull();
    expect((await listChildren(t.db, { familyId: f.parent.familyId })).map((c) => c.id).sort()).toEqual(
      [a.child.id, b.child.id].sort(),
    );
    // The child deleted on its own stays deleted, still restorable on its own.
    expect((await listRestorableChildren(t.db, { familyId: f.parent.familyId })).map((c) => c.id)).toEqual([
      earlier.child.id,
    ]);
    const actions = (await auditOf(f.parent.familyId)).map((e) => e.action);
    expect(actions).toContain("family.deleted");
    expect(actions).toContain("family.restored");
  });

  it("P19 family restore after the grace period is refused", async () => {
    const f = await family();
    await childWithData(f);
    await deleteFamily(t.db, f.scope);
    await expect(restoreFamily(t.db, f.scope, { now: later(31) })).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await getFamilyLifecycle(t.db, { familyId: f.parent.familyId, now: later(31) })).restorable).toBe(
      false,
    );
  });

  it("P19 purging a deleted family removes its key and every row of the family; others stay; audit remains", async () => {
    const f = await family();
    const a = await childWithData(f);
    const b = await childWithData(f);
    const other = await family();
    const stranger = await childWithData(other);
    const ids = [f.parent.familyId, f.parent.parentId, a.child.id, b.child.id];
    const before = await rowsMentioning(t.db, ids);
    expect(before["family_keys.family_id"]).toBe(1);
    const { family: familyTables } = await familyDataTableNames(t.db);
    for (const table of familyTables) {
      expect(
        Object.keys(before).some((k) => k.startsWith(`${table}.`)),
        table,
      ).toBe(true);
    }
    const strangerBefore = await rowsMentioning(t.db, [other.parent.familyId, stranger.child.id]);

    await deleteFamily(t.db, f.scope);
    const auditBefore = await auditOf(f.parent.familyId);
    const result = await purgeExpired(t.db, { now: later(GRACE_PERIOD_MS / DAY_MS + 1) });
    expect(result.failed).toBe(0);
    expect(result.families).toBeGreaterThanOrEqual(1);

    expect(await rowsMentioning(t.db, ids)).toEqual({});
    expect(await rowsMentioning(t.db, [other.parent.familyId, stranger.child.id])).toEqual(strangerBefore);

    const auditAfter = await auditOf(f.parent.familyId);
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    const purgeEntries = auditAfter.slice(auditBefore.length).map((e) => [e.action, e.target_id]);
    expect(purgeEntries).toEqual(
      expect.arrayContaining([
        ["family.purged", f.parent.familyId],
        ["child.purged", a.child.id],
        ["child.purged", b.child.id],
      ]),
    );
    expect(JSON.stringify(auditAfter)).not.toContain(a.child.firstName);
    expect(JSON.stringify(auditAfter)).not.toContain(b.child.firstName);

    const again = await purgeExpired(t.db, { now: later(GRACE_PERIOD_MS / DAY_MS + 1) });
    expect(again).toMatchObject({ families: 0, failed: 0 });
  });
});

describe("P19 the purge cron endpoint", () => {
  const run = () => purgeExpired(t.db, { now: later(-1) });

  it("does not exist without CRON_SECRET, refuses a wrong or missing bearer, returns counts otherwise", async () => {
    const url = "http://localhost/api/cron/purge";
    expect((await handlePurgeCron(new Request(url), { secret: undefined, run })).status).toBe(404);
    const secret = "s".repeat(24);
    expect((await handlePurgeCron(new Request(url), { secret, run })).status).toBe(401);
    const wrong = new Request(url, { headers: { authorization: `Bearer ${"t".repeat(24)}` } });
    expect((await handlePurgeCron(wrong, { secret, run })).status).toBe(401);
    const right = new Request(url, { method: "POST", headers: { authorization: `Bearer ${secret}` } });
    const response = await handlePurgeCron(right, { secret, run });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, families: 0, children: 0, failed: 0 });
  });
});
