import type { Db } from "@/db/types";

/**
 * Work a purge must do outside the tables it deletes from (P19): objects in file storage,
 * anything held by an external service. The purge job (lib/privacy/lifecycle.ts) calls every
 * hook inside the purge's transaction, after it has locked the family or child and before it
 * deletes any row, so a hook can still read what it needs (e.g. the storage keys of uploads).
 * A hook that throws rolls the whole unit back: the data stays and the next run retries, so a
 * storage outage can delay a purge but never leave rows pointing at deleted files.
 * Hooks must be idempotent (a retried unit calls them again).
 */
export interface PurgeUnit {
  /** The transaction of the purge, with system privileges. */
  tx: Db;
  kind: "family" | "child";
  familyId: string;
  /** The children being purged: one for a child purge, all of them for a family purge. */
  childIds: readonly string[];
  now: Date;
}

export interface PurgeHook {
  name: string;
  purge(unit: PurgeUnit): Promise<void>;
}

/**
 * The hooks every purge runs, listed here explicitly (no import-time registration, so the
 * purge script and the cron route always run the same set).
 *
 * TODO(storage): when lib/storage lands, add its hook here. It must delete the family's
 * uploaded curriculum files (local folder and S3/R2 objects) on a family purge, and any
 * object tied to one child on a child purge. Until then no files exist to delete.
 */
export const purgeHooks: readonly PurgeHook[] = [];
