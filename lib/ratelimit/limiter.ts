import { sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import type { Db } from "@/db/types";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter kept in Postgres: one atomic upsert per check, on the database's
 * clock, so the limit holds across any number of server instances (P14).
 */
export async function hitRateLimit(
  db: Db,
  params: { key: string; limit: number; windowSeconds: number },
): Promise<RateLimitResult> {
  const window = `${Math.trunc(params.windowSeconds)} seconds`;
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    sql`
      insert into rate_limits as r (key, window_start, count)
      values (${params.key}, now(), 1)
      on conflict (key) do update set
        count = case when r.window_start + ${window}::interval <= now() then 1 else r.count + 1 end,
        window_start = case when r.window_start + ${window}::interval <= now() then now() else r.window_start end
      returning count,
        greatest(1, ceil(extract(epoch from (window_start + ${window}::interval - now()))))::int as retry_after
    `,
  );
  const count = Number(row?.count ?? 1);
  return {
    allowed: count <= params.limit,
    count,
    limit: params.limit,
    retryAfterSeconds: Number(row?.retry_after ?? params.windowSeconds),
  };
}

/** Reads a counter without incrementing it. */
export async function peekRateLimit(db: Db, params: { key: string; windowSeconds: number }): Promise<number> {
  const window = `${Math.trunc(params.windowSeconds)} seconds`;
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count from rate_limits where key = ${params.key} and window_start + ${window}::interval > now()`,
  );
  return Number(row?.count ?? 0);
}

/** Old windows are dead weight; the cron job clears them. */
export async function pruneRateLimits(db: Db, olderThanSeconds = 7200): Promise<void> {
  await db.execute(
    sql`delete from rate_limits where window_start < now() - ${`${olderThanSeconds} seconds`}::interval`,
  );
}

export const LIMITS = {
  /** P14: everything else, per identity or client. */
  general: { limit: 60, windowSeconds: 60 },
  /** P14: AI endpoints, per child or parent. */
  ai: { limit: 15, windowSeconds: 60 },
  /** Failed PIN attempts per family and per client in an hour. */
  pinFailuresPerFamily: { limit: 30, windowSeconds: 3600 },
  pinFailuresPerClient: { limit: 20, windowSeconds: 3600 },
  /** Family-code look-ups per client (stops code enumeration). */
  familyCodeLookups: { limit: 20, windowSeconds: 600 },
  parentSignIn: { limit: 10, windowSeconds: 600 },
} as const;
