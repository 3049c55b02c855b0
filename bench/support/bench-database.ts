import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectPglite, connectPostgres } from "@/db/connect";
import { runMigrations } from "@/db/migrate";
import type { DbHandle } from "@/db/types";

/**
 * A throwaway database for a benchmark, with the real migrations: a new database on the
 * PostgreSQL server named by BENCH_DATABASE_URL (or TEST_DATABASE_URL), dropped afterwards, or
 * in-memory PGlite when neither is set (benchmarks then say they ran at a smaller scale).
 */
export interface BenchDatabase extends DbHandle {
  label: string;
}

export function benchServerUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = benchServerUrl();
  if (!serverUrl) {
    const handle = await connectPglite();
    await runMigrations(handle);
    return { ...handle, label: "PGlite (in-memory, embedded)" };
  }
  const name = `hearth_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const { rows } = await admin.query<{ server_version: string }>("show server_version");
  const version = rows[0]?.server_version ?? "?";
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await connectPostgres(url.toString(), 4);
  await runMigrations(handle);
  return {
    ...handle,
    label: `PostgreSQL ${version} (${url.host})`,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
