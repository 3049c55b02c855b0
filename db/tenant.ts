import { sql } from "drizzle-orm";
import type { Db } from "./types";

/**
 * Runs `fn` in a transaction confined to one family: the transaction switches to the
 * non-owner `hearth_app` role and sets `app.family_id`, so row-level security hides every
 * other family's rows even from a query that forgets its `where` (defence in depth; queries
 * still scope by family themselves). Both settings are transaction-local, so nothing leaks to
 * the next user of a pooled connection.
 */
export async function withFamily<T>(db: Db, familyId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.family_id', ${familyId}, true), set_config('role', 'hearth_app', true)`,
    );
    return fn(tx as unknown as Db);
  });
}

/**
 * A transaction with the owner's privileges, for work that must cross families: sign-in
 * lookups by family code or email, the purge job, the admin audit viewer. Callers are few and
 * named; each one scopes what it reads.
 */
export async function withSystem<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => fn(tx as unknown as Db));
}
