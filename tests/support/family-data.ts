import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import type { Db } from "@/db/types";

/**
 * Schema-driven helpers for the privacy tests (P19, P20): they read the live catalog, so a
 * table added by a later migration is seeded and scanned without editing the tests.
 */

interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
}

interface ForeignKey {
  table_name: string;
  column_name: string;
  ref_table: string;
  ref_column: string;
}

/** Tables the helpers never write or scan: the append-only audit trail outlives purges (P19). */
const NEVER_TOUCHED = new Set(["audit_log"]);
/** Rows of these come from the real domain functions (factories), not from the seeder. */
const FROM_FACTORIES = new Set(["families", "children", "parents"]);

async function catalog(db: Db) {
  const columns = await queryRows<ColumnInfo & Record<string, unknown>>(
    db,
    sql`
      select c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public'
      order by c.table_name, c.ordinal_position`,
  );
  const foreignKeys = await queryRows<ForeignKey & Record<string, unknown>>(
    db,
    sql`
      select src.relname as table_name, a.attname as column_name, dst.relname as ref_table, b.attname as ref_column
      from pg_constraint k
      join pg_class src on src.oid = k.conrelid
      join pg_class dst on dst.oid = k.confrelid
      join pg_namespace n on n.oid = src.relnamespace
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      join pg_attribute b on b.attrelid = k.confrelid and b.attnum = k.confkey[1]
      where k.contype = 'f' and n.nspname = 'public' and cardinality(k.conkey) = 1`,
  );
  const tables = new Map<string, ColumnInfo[]>();
  for (const c of columns) tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c]);
  return { tables, foreignKeys };
}

/** Every table with a family_id or child_id column (the family's data), audit trail excepted. */
export async function familyDataTableNames(db: Db): Promise<{ family: string[]; child: string[] }> {
  const { tables } = await catalog(db);
  const family: string[] = [];
  const child: string[] = [];
  for (const [name, columns] of tables) {
    if (NEVER_TOUCHED.has(name)) continue;
    const names = columns.map((c) => c.column_name);
    if (names.includes("child_id")) child.push(name);
    if (names.includes("family_id")) family.push(name);
  }
  return { family: family.sort(), child: child.sort() };
}

/**
 * Inserts one row into every table that holds child data (a `child_id` column) for this child,
 * and into every other family table for this family, filling each column with a plausible
 * value of its type. Foreign keys point at the child, the family, or a row of the same family
 * inserted earlier. Returns the tables written.
 */
export async function seedEveryFamilyTable(
  db: Db,
  ids: { familyId: string; childId: string },
): Promise<string[]> {
  const { tables, foreignKeys } = await catalog(db);
  const candidates = [...tables.keys()].filter((name) => {
    if (NEVER_TOUCHED.has(name) || FROM_FACTORIES.has(name)) return false;
    const names = tables.get(name)!.map((c) => c.column_name);
    return names.includes("child_id") || names.includes("family_id");
  });
  // Referenced tables first.
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const fk of foreignKeys.filter((f) => f.table_name === name)) {
      if (candidates.includes(fk.ref_table)) visit(fk.ref_table, path);
    }
    ordered.push(name);
  };
  for (const name of candidates.sort()) visit(name, new Set());

  const written: string[] = [];
  for (const name of ordered) {
    const columns = tables.get(name)!;
    const names: SQL[] = [];
    const values: SQL[] = [];
    for (const column of columns) {
      const value = await valueFor(db, column, { tables, foreignKeys }, ids);
      if (value === undefined) continue;
      names.push(sql`${sql.identifier(column.column_name)}`);
      values.push(value);
    }
    const inserted = await queryRows<{ n: number }>(
      db,
      sql`with i as (
            insert into ${sql.identifier(name)} (${sql.join(names, sql`, `)})
            values (${sql.join(values, sql`, `)})
            on conflict do nothing returning 1)
          select count(*)::int as n from i`,
    );
    if (Number(inserted[0]?.n ?? 0) > 0) written.push(name);
  }
  return written;
}

async function valueFor(
  db: Db,
  column: ColumnInfo,
  catalogue: { tables: Map<string, ColumnInfo[]>; foreignKeys: ForeignKey[] },
  ids: { familyId: string; childId: string },
): Promise<SQL | undefined> {
  const { tables, foreignKeys } = catalogue;
  if (column.column_name === "child_id") return sql`${ids.childId}`;
  if (column.column_name === "family_id") return sql`${ids.familyId}`;
  const fk = foreignKeys.find(
    (f) => f.table_name === column.table_name && f.column_name === column.column_name,
  );
  if (fk) {
    if (fk.ref_table === "children") return sql`${ids.childId}`;
    if (fk.ref_table === "families") return sql`${ids.familyId}`;
    // A row of the same child where the referenced table has one: rows never cross children.
    const sameChild = tables.get(fk.ref_table)?.some((c) => c.column_name === "child_id")
      ? sql` and child_id = ${ids.childId}`
      : sql``;
    const [row] = await queryRows<{ v: string }>(
      db,
      sql`select ${sql.identifier(fk.ref_column)}::text as v from ${sql.identifier(fk.ref_table)}
          where family_id = ${ids.familyId}${sameChild} limit 1`,
    );
    if (!row)
      throw new Error(`no ${fk.ref_table} row of the family for ${column.table_name}.${column.column_name}`);
    return sql`${row.v}`;
  }
  if (column.column_name === "id" && column.column_default !== null) return undefined;
  switch (column.data_type) {
    case "uuid":
      return sql`${randomUUID()}`;
    case "text":
    case "character varying":
      return sql`${`seed-${randomUUID()}`}`;
    case "integer":
    case "smallint":
    case "bigint":
      return sql`${"1"}`;
    case "real":
    case "double precision":
    case "numeric":
      return sql`${"0.5"}`;
    case "boolean":
      return sql`${"false"}`;
    case "timestamp with time zone":
    case "timestamp without time zone":
    case "date":
      return sql`now()`;
    case "jsonb":
    case "json":
      return sql`${'{"seeded":true}'}`;
    case "ARRAY":
      return sql`${"{}"}`;
    default:
      if (column.is_nullable === "YES" || column.column_default !== null) return undefined;
      throw new Error(`seedEveryFamilyTable: no value for ${column.table_name}.${column.column_name}`);
  }
}

/**
 * Every row in every table (audit trail excepted) that mentions one of `ids`: in a uuid column,
 * or inside a text or JSON value (rate-limit keys, dedupe keys). Returns "table.column" → count.
 */
export async function rowsMentioning(db: Db, ids: readonly string[]): Promise<Record<string, number>> {
  const { tables } = await catalog(db);
  const found: Record<string, number> = {};
  for (const [name, columns] of tables) {
    if (NEVER_TOUCHED.has(name)) continue;
    for (const column of columns) {
      const col = sql.identifier(column.column_name);
      let match: SQL;
      if (column.data_type === "uuid") {
        match = sql.join(
          ids.map((id) => sql`${col} = ${id}::uuid`),
          sql` or `,
        );
      } else if (["text", "character varying", "jsonb", "json"].includes(column.data_type)) {
        match = sql.join(
          ids.map((id) => sql`position(${id} in ${col}::text) > 0`),
          sql` or `,
        );
      } else continue;
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${sql.identifier(name)} where ${match}`,
      );
      const n = Number(row?.n ?? 0);
      if (n > 0) found[`${name}.${column.column_name}`] = n;
    }
  }
  return found;
}
