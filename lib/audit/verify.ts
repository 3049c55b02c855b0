import { sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import type { Db } from "@/db/types";

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose own hash or link to its predecessor does not match. */
  brokenAt: { seq: number; reason: "hash_mismatch" | "link_mismatch" } | null;
}

const GENESIS = "0".repeat(64);

/**
 * Walks the whole chain in sequence order and names the first broken entry. The hash is
 * recomputed by the same SQL function the append trigger uses, over a UTC rendering of the
 * time, so the session time zone cannot change the outcome.
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  const rows = await queryRows<{ seq: string; hash_ok: boolean; link_ok: boolean; total: string }>(
    db,
    sql`
    with walked as (
      select seq,
             hash = audit_entry_hash(a) as hash_ok,
             prev_hash = coalesce(lag(hash) over (order by seq), ${GENESIS}) as link_ok
      from audit_log a
    )
    select seq::text, hash_ok, link_ok, (select count(*) from audit_log)::text as total
    from walked
    where not hash_ok or not link_ok
    order by walked.seq
    limit 1
  `,
  );
  const broken = rows[0];
  if (!broken) {
    const countRows = await queryRows<{ total: string }>(
      db,
      sql`select count(*)::text as total from audit_log`,
    );
    return { ok: true, entries: Number(countRows[0]?.total ?? 0), brokenAt: null };
  }
  return {
    ok: false,
    entries: Number(broken.total),
    brokenAt: { seq: Number(broken.seq), reason: broken.hash_ok ? "link_mismatch" : "hash_mismatch" },
  };
}
