import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/**
 * The database handle every query function takes. The three drivers (PGlite, node-postgres,
 * Neon) share this shape, and a transaction is one too, so queries run standalone or inside a
 * transaction alike.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DriverKind = "pglite" | "postgres" | "neon";

export interface DbHandle {
  db: Db;
  kind: DriverKind;
  close(): Promise<void>;
}
