import path from "node:path";
import type { DbHandle } from "./types";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Applies the committed drizzle-kit migrations: the same files on PGlite, PostgreSQL and Neon,
 * in production, on start, and for every test database.
 */
export async function runMigrations(handle: DbHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const config = { migrationsFolder };
  switch (handle.kind) {
    case "pglite": {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(handle.db as Parameters<typeof migrate>[0], config);
      return;
    }
    case "postgres": {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await migrate(handle.db as Parameters<typeof migrate>[0], config);
      return;
    }
    case "neon": {
      const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
      await migrate(handle.db as Parameters<typeof migrate>[0], config);
      return;
    }
  }
}
