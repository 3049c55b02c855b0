import type { SQL } from "drizzle-orm";
import type { Db } from "./types";

/** Runs raw SQL and returns its rows; every driver's result carries `rows`. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
