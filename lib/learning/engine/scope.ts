import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { children } from "@/db/schema";
import type { Db } from "@/db/types";
import { notFound } from "@/lib/errors";

/**
 * Every engine service acts for one child of one family. Both ids come from the signed-in
 * session (a child's own, or a parent's family plus a child id checked here), never from input.
 */
export interface ChildScope {
  familyId: string;
  childId: string;
}

const uuid = z.uuid();

/**
 * Inside a family transaction: the child exists, belongs to the family and is not deleted.
 * Row-level security already hides other families' rows, but foreign keys do not consult it,
 * so without this a wrong child id could still be written next to this family's id.
 */
export async function assertChild(tx: Db, scope: ChildScope): Promise<void> {
  if (!uuid.safeParse(scope.childId).success || !uuid.safeParse(scope.familyId).success) {
    throw notFound("That child profile");
  }
  const [row] = await tx
    .select({ id: children.id })
    .from(children)
    .where(
      and(eq(children.id, scope.childId), eq(children.familyId, scope.familyId), isNull(children.deletedAt)),
    )
    .limit(1);
  if (!row) throw notFound("That child profile");
}

/**
 * Serialises a child's learning writes for the rest of the transaction. A double-tapped submit
 * or two open tabs would otherwise both grade the same item, both count it, and both open a
 * learning session.
 */
export async function lockChild(tx: Db, childId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`hearth:learning:${childId}`}, 0))`);
}
