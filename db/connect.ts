import path from "node:path";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";
import { tlsOptionFor } from "./tls";
import type { Db, DbHandle } from "./types";

/** Opens an embedded PGlite database: in memory when `dataDir` is undefined. */
export async function connectPglite(dataDir?: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = dataDir ? path.resolve(dataDir) : undefined;
  const release = dir ? acquirePgliteLock(dir) : () => {};
  try {
    const client = dir ? await PGlite.create(dir) : await PGlite.create();
    const db = drizzle({ client, schema }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function connectPostgres(url: string, max = 10): Promise<DbHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, ssl: tlsOptionFor(url), max });
  // An idle client's network error must not crash the server; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => pool.end() };
}

export async function connectNeon(url: string): Promise<DbHandle> {
  const { Pool, neonConfig } = await import("@neondatabase/serverless");
  const { drizzle } = await import("drizzle-orm/neon-serverless");
  if (typeof WebSocket === "undefined") {
    const { default: ws } = await import("ws");
    neonConfig.webSocketConstructor = ws;
  }
  tlsOptionFor(url); // refuses sslmode=disable for remote hosts (P18); Neon itself is always TLS
  const pool = new Pool({ connectionString: url });
  pool.on("error", () => {});
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return { db, kind: "neon", close: () => pool.end() };
}
