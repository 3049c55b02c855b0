import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows } from "@/db/rows";
import { children, childSessions, families } from "@/db/schema";
import { withFamily, withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { addMs } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { GRACE_PERIOD_MS } from "@/lib/family/children";
import { log } from "@/lib/observability/logger";
import { type PurgeHook, purgeHooks } from "./purge-hooks";

/**
 * The deletion lifecycle (P19). Deleting a child or the whole family hides it at once (every
 * read filters on `deleted_at`, child sessions are revoked, the family code stops working);
 * within the 30-day grace period the parent can restore it; after it, `purgeExpired`
 * permanently removes every row that references the child or family. Only the audit trail
 * remains: it is append-only and holds ids and categories, never child content.
 *
 * Deleting a child lives in lib/family/children.ts (`deleteChild`); the rest is here.
 */

export interface LifecycleScope {
  familyId: string;
  actor: AuditActor;
  context?: AuditContext;
}

const GRACE_ENDED =
  "The 30-day grace period has ended, so this can no longer be restored. It is being permanently deleted.";

/** Postgres unique violation, through drizzle's error wrapper or straight from the driver. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

const nameClash = () =>
  new AppError(
    "conflict",
    "Another child in your family now has the same first name. Rename one of them first, then restore.",
  );

// ---------------------------------------------------------------------------------------------
// Reading the lifecycle state

export interface FamilyLifecycle {
  deletedAt: Date | null;
  purgeAfter: Date | null;
  /** Deleted and still within the grace period. */
  restorable: boolean;
}

export async function getFamilyLifecycle(
  db: Db,
  params: { familyId: string; now?: Date },
): Promise<FamilyLifecycle> {
  const now = params.now ?? new Date();
  const [family] = await withFamily(db, params.familyId, (tx) =>
    tx
      .select({ deletedAt: families.deletedAt, purgeAfter: families.purgeAfter })
      .from(families)
      .where(eq(families.id, params.familyId))
      .limit(1),
  );
  if (!family) throw notFound("That family");
  return {
    ...family,
    restorable: family.deletedAt !== null && family.purgeAfter !== null && family.purgeAfter > now,
  };
}

/**
 * Children the parent deleted one by one and can still restore. Children hidden by a family
 * deletion are not listed: they come back with the family.
 */
export async function listRestorableChildren(db: Db, params: { familyId: string; now?: Date }) {
  const now = params.now ?? new Date();
  return withFamily(db, params.familyId, (tx) =>
    tx
      .select({
        id: children.id,
        firstName: children.firstName,
        deletedAt: children.deletedAt,
        purgeAfter: children.purgeAfter,
      })
      .from(children)
      .innerJoin(families, eq(families.id, children.familyId))
      .where(
        and(
          eq(children.familyId, params.familyId),
          isNotNull(children.deletedAt),
          gt(children.purgeAfter, now),
          isNull(families.deletedAt),
        ),
      )
      .orderBy(asc(children.purgeAfter)),
  );
}

// ---------------------------------------------------------------------------------------------
// Restore a child

/** Brings a deleted child back, with all its data, while the grace period lasts. */
export async function restoreChild(db: Db, scope: LifecycleScope, input: { childId: string; now?: Date }) {
  if (!z.uuid().safeParse(input.childId).success) throw notFound("That deleted profile");
  const now = input.now ?? new Date();
  try {
    return await withFamily(db, scope.familyId, async (tx) => {
      const [child] = await tx
        .select({
          firstName: children.firstName,
          purgeAfter: children.purgeAfter,
          familyDeletedAt: families.deletedAt,
        })
        .from(children)
        .innerJoin(families, eq(families.id, children.familyId))
        .where(
          and(
            eq(children.id, input.childId),
            eq(children.familyId, scope.familyId),
            isNotNull(children.deletedAt),
          ),
        )
        .limit(1);
      if (!child) throw notFound("That deleted profile");
      if (child.familyDeletedAt) {
        throw new AppError(
          "conflict",
          "Your family account is scheduled for deletion. Restore the family first; its children come back with it.",
        );
      }
      if (!child.purgeAfter || child.purgeAfter <= now) throw new AppError("conflict", GRACE_ENDED);
      const clash = await tx
        .select({ id: children.id })
        .from(children)
        .where(
          and(
            eq(children.familyId, scope.familyId),
            isNull(children.deletedAt),
            sql`lower(${children.firstName}) = lower(${child.firstName})`,
          ),
        )
        .limit(1);
      if (clash.length > 0) throw nameClash();
      // The grace check is repeated in the update itself: a purge that got there first has
      // removed the row (or holds its lock until it has), and then nothing is restored.
      const [restored] = await tx
        .update(children)
        .set({ deletedAt: null, purgeAfter: null, updatedAt: now })
        .where(
          and(
            eq(children.id, input.childId),
            eq(children.familyId, scope.familyId),
            isNotNull(children.deletedAt),
            gt(children.purgeAfter, now),
          ),
        )
        .returning({ id: children.id, firstName: children.firstName });
      if (!restored) throw new AppError("conflict", GRACE_ENDED);
      await recordAudit(tx, {
        action: "child.restored",
        actor: scope.actor,
        familyId: scope.familyId,
        target: { type: "child", id: restored.id },
        detail: {},
        context: scope.context,
      });
      return restored;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameClash();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Delete and restore the family

/**
 * Hides the family and all its children at once: the family code stops working, child
 * sessions end, every child drops out of every list. Parents can still sign in, and see only
 * the restore banner. Children the parent had already deleted keep their own (earlier) purge
 * date; the others share the family's, which is how `restoreFamily` knows which to bring back.
 */
export async function deleteFamily(db: Db, scope: LifecycleScope, input: { now?: Date } = {}) {
  const now = input.now ?? new Date();
  const purgeAfter = addMs(now, GRACE_PERIOD_MS);
  return withFamily(db, scope.familyId, async (tx) => {
    const [family] = await tx
      .update(families)
      .set({ deletedAt: now, purgeAfter, updatedAt: now })
      .where(and(eq(families.id, scope.familyId), isNull(families.deletedAt)))
      .returning({ id: families.id });
    if (!family) throw new AppError("conflict", "Your family account is already scheduled for deletion.");
    const hidden = await tx
      .update(children)
      .set({ deletedAt: now, purgeAfter })
      .where(and(eq(children.familyId, scope.familyId), isNull(children.deletedAt)))
      .returning({ id: children.id });
    await tx
      .update(childSessions)
      .set({ revokedAt: now })
      .where(and(eq(childSessions.familyId, scope.familyId), isNull(childSessions.revokedAt)));
    await recordAudit(tx, {
      action: "family.deleted",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "family", id: scope.familyId },
      detail: { purgeAfter: purgeAfter.toISOString() },
      context: scope.context,
    });
    for (const child of hidden) {
      await recordAudit(tx, {
        action: "child.deleted",
        actor: scope.actor,
        familyId: scope.familyId,
        target: { type: "child", id: child.id },
        detail: { purgeAfter: purgeAfter.toISOString() },
        context: scope.context,
      });
    }
    return { purgeAfter, children: hidden.length };
  });
}

/** Undoes `deleteFamily` within the grace period: the family and the children hidden with it. */
export async function restoreFamily(db: Db, scope: LifecycleScope, input: { now?: Date } = {}) {
  const now = input.now ?? new Date();
  try {
    return await withFamily(db, scope.familyId, async (tx) => {
      const [family] = await tx
        .select({ deletedAt: families.deletedAt, purgeAfter: families.purgeAfter })
        .from(families)
        .where(eq(families.id, scope.familyId))
        .limit(1);
      if (!family) throw notFound("That family");
      if (!family.deletedAt || !family.purgeAfter) {
        throw new AppError("conflict", "Your family account is not scheduled for deletion.");
      }
      if (family.purgeAfter <= now) throw new AppError("conflict", GRACE_ENDED);
      const [restored] = await tx
        .update(families)
        .set({ deletedAt: null, purgeAfter: null, updatedAt: now })
        .where(
          and(eq(families.id, scope.familyId), isNotNull(families.deletedAt), gt(families.purgeAfter, now)),
        )
        .returning({ id: families.id });
      if (!restored) throw new AppError("conflict", GRACE_ENDED);
      const back = await tx
        .update(children)
        .set({ deletedAt: null, purgeAfter: null, updatedAt: now })
        .where(
          and(
            eq(children.familyId, scope.familyId),
            eq(children.deletedAt, family.deletedAt),
            eq(children.purgeAfter, family.purgeAfter),
          ),
        )
        .returning({ id: children.id });
      await recordAudit(tx, {
        action: "family.restored",
        actor: scope.actor,
        familyId: scope.familyId,
        target: { type: "family", id: scope.familyId },
        detail: {},
        context: scope.context,
      });
      for (const child of back) {
        await recordAudit(tx, {
          action: "child.restored",
          actor: scope.actor,
          familyId: scope.familyId,
          target: { type: "child", id: child.id },
          detail: {},
          context: scope.context,
        });
      }
      return { children: back.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameClash();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The purge job

/**
 * Tables kept on purge. The audit trail outlives deletion (P3, P19); it holds ids and
 * categories only, and the database refuses to delete from it anyway.
 */
export const RETAINED_TABLES: readonly string[] = ["audit_log"];

interface FamilyDataTable {
  name: string;
  hasFamilyId: boolean;
  hasChildId: boolean;
}

/**
 * Every table holding family or child data, found in the live catalog (a `family_id` or
 * `child_id` column), so a table added later is purged without touching this file. Ordered so
 * that a table is emptied before any table its foreign keys point to: a future table whose
 * foreign key does not cascade still purges cleanly. `families` comes last.
 */
async function familyDataTables(tx: Db): Promise<FamilyDataTable[]> {
  const rows = await queryRows<{ name: string; has_family_id: boolean; has_child_id: boolean }>(
    tx,
    sql`
      select c.table_name as name,
             bool_or(c.column_name = 'family_id') as has_family_id,
             bool_or(c.column_name = 'child_id') as has_child_id
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.column_name in ('family_id', 'child_id')
      group by c.table_name`,
  );
  const tables = new Map<string, FamilyDataTable>();
  for (const r of rows) {
    if (RETAINED_TABLES.includes(r.name)) continue;
    tables.set(r.name, { name: r.name, hasFamilyId: r.has_family_id, hasChildId: r.has_child_id });
  }
  const edges = await queryRows<{ referencing: string; referenced: string }>(
    tx,
    sql`
      select src.relname as referencing, dst.relname as referenced
      from pg_constraint k
      join pg_class src on src.oid = k.conrelid
      join pg_class dst on dst.oid = k.confrelid
      join pg_namespace n on n.oid = src.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and src.oid <> dst.oid`,
  );
  // Depth-first: emit every table that references T before T itself.
  const referencedBy = new Map<string, string[]>();
  for (const e of edges) {
    if (!tables.has(e.referencing) || !tables.has(e.referenced)) continue;
    referencedBy.set(e.referenced, [...(referencedBy.get(e.referenced) ?? []), e.referencing]);
  }
  const ordered: FamilyDataTable[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.has(name)) return; // done, or a cycle: cascading keys resolve those
    state.set(name, "visiting");
    for (const ref of (referencedBy.get(name) ?? []).sort()) visit(ref);
    state.set(name, "done");
    ordered.push(tables.get(name)!);
  };
  for (const name of [...tables.keys()].sort()) visit(name);
  ordered.push({ name: "families", hasFamilyId: false, hasChildId: false });
  return ordered;
}

async function deleteCounted(tx: Db, table: string, where: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with d as (delete from ${sql.identifier(table)} where ${where} returning 1) select count(*)::int as n from d`,
  );
  return Number(row?.n ?? 0);
}

const inList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** Request counters keyed by a purged id (`…:child:<id>`, `…:family:<id>`, `…:parent:<id>`). */
async function deleteRateLimitKeys(tx: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with d as (delete from rate_limits where ${sql.join(
      ids.map((id) => sql`key like ${`%:${id}`}`),
      sql` or `,
    )} returning 1) select count(*)::int as n from d`,
  );
  return Number(row?.n ?? 0);
}

export interface PurgeResult {
  /** Families permanently removed, with everything in them. */
  families: number;
  /** Children permanently removed (including those of purged families). */
  children: number;
  /** Rows deleted, across every table. */
  rows: number;
  /** Units that failed and stay for the next run (details in the log, by id). */
  failed: number;
}

interface PurgeOptions {
  now?: Date;
  hooks?: readonly PurgeHook[];
}

async function purgeFamilyUnit(
  db: Db,
  familyId: string,
  now: Date,
  hooks: readonly PurgeHook[],
): Promise<{ children: number; rows: number } | null> {
  return withSystem(db, async (tx) => {
    // The lock makes concurrent runs safe: another purge skips this family, and a restore
    // waits for the lock and then finds nothing to restore.
    const locked = await queryRows<{ id: string }>(
      tx,
      sql`select id from families
          where id = ${familyId} and deleted_at is not null and purge_after <= ${now.toISOString()}::timestamptz
          for update skip locked`,
    );
    if (locked.length === 0) return null;
    const kids = await queryRows<{ id: string }>(
      tx,
      sql`select id from children where family_id = ${familyId} order by id for update`,
    );
    const childIds = kids.map((k) => k.id);
    const parentIds = (
      await queryRows<{ id: string }>(tx, sql`select id from parents where family_id = ${familyId}`)
    ).map((p) => p.id);
    for (const hook of hooks) await hook.purge({ tx, kind: "family", familyId, childIds, now });
    let rows = 0;
    for (const table of await familyDataTables(tx)) {
      if (table.name === "families") rows += await deleteCounted(tx, "families", sql`id = ${familyId}`);
      else if (table.hasFamilyId) rows += await deleteCounted(tx, table.name, sql`family_id = ${familyId}`);
      else if (table.hasChildId && childIds.length > 0)
        rows += await deleteCounted(tx, table.name, sql`child_id in (${inList(childIds)})`);
    }
    rows += await deleteRateLimitKeys(tx, [familyId, ...childIds, ...parentIds]);
    // Audit entries last: appending takes the chain's global lock until commit, and holding it
    // while waiting for row locks could deadlock with a concurrent purge.
    for (const childId of childIds) {
      await recordAudit(tx, {
        action: "child.purged",
        actor: { type: "system", id: "purge" },
        familyId,
        target: { type: "child", id: childId },
        detail: {},
      });
    }
    await recordAudit(tx, {
      action: "family.purged",
      actor: { type: "system", id: "purge" },
      familyId,
      target: { type: "family", id: familyId },
      detail: {},
    });
    return { children: childIds.length, rows };
  });
}

async function purgeChildUnit(
  db: Db,
  target: { id: string; familyId: string },
  now: Date,
  hooks: readonly PurgeHook[],
): Promise<{ rows: number } | null> {
  return withSystem(db, async (tx) => {
    const locked = await queryRows<{ id: string }>(
      tx,
      sql`select id from children
          where id = ${target.id} and family_id = ${target.familyId}
            and deleted_at is not null and purge_after <= ${now.toISOString()}::timestamptz
          for update skip locked`,
    );
    if (locked.length === 0) return null;
    for (const hook of hooks) {
      await hook.purge({ tx, kind: "child", familyId: target.familyId, childIds: [target.id], now });
    }
    let rows = 0;
    for (const table of await familyDataTables(tx)) {
      if (table.name === "children") rows += await deleteCounted(tx, "children", sql`id = ${target.id}`);
      else if (table.hasChildId) rows += await deleteCounted(tx, table.name, sql`child_id = ${target.id}`);
    }
    rows += await deleteRateLimitKeys(tx, [target.id]);
    await recordAudit(tx, {
      action: "child.purged",
      actor: { type: "system", id: "purge" },
      familyId: target.familyId,
      target: { type: "child", id: target.id },
      detail: {},
    });
    return { rows };
  });
}

/**
 * P19, last step: permanently removes every family and every child whose grace period has
 * ended (`purge_after <= now`), with every row that references them in every table and the
 * family's data key (crypto-shredding whatever remains in backups). Each family and each child
 * is its own transaction, so one failure leaves the others done and itself intact for the next
 * run. Idempotent, and safe to run concurrently: units are claimed with `for update skip locked`.
 */
export async function purgeExpired(db: Db, options: PurgeOptions = {}): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const hooks = options.hooks ?? purgeHooks;
  const result: PurgeResult = { families: 0, children: 0, rows: 0, failed: 0 };
  const at = now.toISOString();

  const dueFamilies = await withSystem(db, (tx) =>
    queryRows<{ id: string }>(
      tx,
      sql`select id from families
          where deleted_at is not null and purge_after <= ${at}::timestamptz
          order by purge_after, id`,
    ),
  );
  for (const { id } of dueFamilies) {
    try {
      const done = await purgeFamilyUnit(db, id, now, hooks);
      if (!done) continue;
      result.families += 1;
      result.children += done.children;
      result.rows += done.rows;
    } catch (error) {
      result.failed += 1;
      log.error("purge of a family failed; it stays for the next run", { familyId: id, error });
    }
  }

  // Children whose own grace period ended; those of a family due for purge went with it.
  const dueChildren = await withSystem(db, (tx) =>
    queryRows<{ id: string; family_id: string }>(
      tx,
      sql`select c.id, c.family_id from children c
          where c.deleted_at is not null and c.purge_after <= ${at}::timestamptz
            and not exists (
              select 1 from families f
              where f.id = c.family_id and f.deleted_at is not null and f.purge_after <= ${at}::timestamptz)
          order by c.purge_after, c.id`,
    ),
  );
  for (const child of dueChildren) {
    try {
      const done = await purgeChildUnit(db, { id: child.id, familyId: child.family_id }, now, hooks);
      if (!done) continue;
      result.children += 1;
      result.rows += done.rows;
    } catch (error) {
      result.failed += 1;
      log.error("purge of a child failed; it stays for the next run", { childId: child.id, error });
    }
  }
  return result;
}
