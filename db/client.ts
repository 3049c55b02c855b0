import { env, serviceModes } from "@/lib/env";
import { connectNeon, connectPglite, connectPostgres } from "./connect";
import { runMigrations } from "./migrate";
import type { Db, DbHandle } from "./types";

/**
 * The process-wide database, chosen by DATABASE_URL (PRODUCT.md §2): unset → PGlite in
 * HEARTH_DATA_DIR; a Neon host → the Neon pool; any other Postgres URL → `pg`.
 * Kept on globalThis because Next bundles some entry points separately and PGlite must have
 * exactly one instance per process and data folder. Migrations run once, on first use.
 */
const GLOBAL_KEY = Symbol.for("hearth.db");
type Holder = { [GLOBAL_KEY]?: Promise<DbHandle> };

export async function openConfiguredDatabase(): Promise<DbHandle> {
  const e = env();
  const mode = serviceModes(e).database;
  if (mode === "pglite") return connectPglite(e.HEARTH_DATA_DIR + "/pglite");
  if (mode === "neon") return connectNeon(e.DATABASE_URL!);
  return connectPostgres(e.DATABASE_URL!);
}

export function getDbHandle(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  holder[GLOBAL_KEY] ??= (async () => {
    const handle = await openConfiguredDatabase();
    await runMigrations(handle);
    return handle;
  })().catch((error: unknown) => {
    delete holder[GLOBAL_KEY];
    throw error;
  });
  return holder[GLOBAL_KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[GLOBAL_KEY];
  delete holder[GLOBAL_KEY];
  if (pending) await (await pending).close();
}
