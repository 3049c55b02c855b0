import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectPglite, connectPostgres } from "@/db/connect";
import { runMigrations } from "@/db/migrate";
import type { DbHandle } from "@/db/types";

/**
 * A fresh database with the real migrations applied: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export interface TestDatabase extends DbHandle {
  label: string;
  /** A second, independent connection pool to the same database (server mode only). */
  url?: string;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await connectPglite();
    await runMigrations(handle);
    return { ...handle, label: "pglite" };
  }
  const name = `hearth_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await connectPostgres(url.toString(), 20);
  await runMigrations(handle);
  return {
    ...handle,
    label: "postgres",
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
