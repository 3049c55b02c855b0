import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_DICTIONARY, DATA_GROUPS, TABLES_WITHOUT_FAMILY_DATA } from "@/db/data-dictionary";
import { queryRows } from "@/db/rows";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
let liveColumns: { table_name: string; column_name: string }[];

beforeAll(async () => {
  t = await createTestDatabase();
  liveColumns = await queryRows<{ table_name: string; column_name: string }>(
    t.db,
    sql`
      select c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables k
        on k.table_schema = c.table_schema and k.table_name = c.table_name and k.table_type = 'BASE TABLE'
      where c.table_schema = 'public'
      order by c.table_name, c.ordinal_position`,
  );
});
afterAll(async () => {
  await t?.close();
});

const key = (table: string, column: string) => `${table}.${column}`;

describe("P4 P7 every column holding family or child data is in the data dictionary", () => {
  it("the migrated schema has tables to compare (the scan is not empty)", () => {
    const tables = new Set(liveColumns.map((c) => c.table_name));
    expect(tables.has("children")).toBe(true);
    expect(tables.has("family_keys")).toBe(true);
    expect(liveColumns.length).toBeGreaterThan(50);
  });

  it("P4 no live column lacks an entry, and no entry names a column that does not exist", () => {
    const live = new Set(
      liveColumns
        .filter((c) => !(c.table_name in TABLES_WITHOUT_FAMILY_DATA))
        .map((c) => key(c.table_name, c.column_name)),
    );
    const documented = new Set(DATA_DICTIONARY.map((e) => key(e.table, e.column)));
    const missing = [...live].filter((k) => !documented.has(k)).sort();
    const stale = [...documented].filter((k) => !live.has(k)).sort();
    expect(missing, "columns without a data-dictionary entry (db/data-dictionary.ts)").toEqual([]);
    expect(stale, "data-dictionary entries for columns that do not exist").toEqual([]);
  });

  it("P4 the tables declared free of family data still exist and have no family or child column", () => {
    for (const table of Object.keys(TABLES_WITHOUT_FAMILY_DATA)) {
      const columns = liveColumns.filter((c) => c.table_name === table).map((c) => c.column_name);
      expect(columns.length, `${table} exists`).toBeGreaterThan(0);
      expect(columns).not.toContain("family_id");
      expect(columns).not.toContain("child_id");
    }
  });

  it("P4 each entry is complete and listed once", () => {
    const seen = new Set<string>();
    for (const e of DATA_DICTIONARY) {
      const k = key(e.table, e.column);
      expect(seen.has(k), `${k} listed twice`).toBe(false);
      seen.add(k);
      expect(e.purpose.length, `${k} purpose`).toBeGreaterThan(10);
      expect(e.retention.length, `${k} retention`).toBeGreaterThan(10);
    }
  });

  it("P4 P7 every dictionary table is in exactly one display group, and child groups hold child rows", () => {
    const tables = new Set(DATA_DICTIONARY.map((e) => e.table));
    for (const table of tables) {
      const groups = DATA_GROUPS.filter((g) => g.tables.includes(table));
      expect(groups.length, `${table} is in one group`).toBe(1);
    }
    for (const group of DATA_GROUPS) {
      for (const table of group.tables) {
        expect(tables.has(table), `${group.id} lists ${table}, which the dictionary does not`).toBe(true);
        if (group.about === "child" && table !== "children") {
          const columns = DATA_DICTIONARY.filter((e) => e.table === table).map((e) => e.column);
          expect(columns, `${table} in a child group has child_id`).toContain("child_id");
        }
      }
    }
  });

  it("P4 P7 every table with a child_id column is shown in a child group (the parent sees it, P20)", () => {
    const childTables = [
      ...new Set(liveColumns.filter((c) => c.column_name === "child_id").map((c) => c.table_name)),
    ];
    expect(childTables.length).toBeGreaterThan(0);
    const childGroupTables = DATA_GROUPS.filter((g) => g.about === "child").flatMap((g) => g.tables);
    for (const table of childTables) expect(childGroupTables).toContain(table);
  });

  it("P4 a child profile holds only first name, birth year, learning style and a PIN hash", () => {
    const allowed = [
      // The profile itself (P4).
      "first_name",
      "birth_year",
      "learning_style",
      "pin_hash",
      // Keys.
      "id",
      "family_id",
      // The parent's AI consent and choices (P11, P23).
      "ai_consent",
      "ai_consent_at",
      "share_first_name_with_ai",
      // Sign-in throttling (PRODUCT.md §4.1).
      "failed_pin_attempts",
      "last_failed_pin_at",
      "locked_at",
      // Lifecycle (P19).
      "created_at",
      "updated_at",
      "deleted_at",
      "purge_after",
    ].sort();
    const actual = liveColumns
      .filter((c) => c.table_name === "children")
      .map((c) => c.column_name)
      .sort();
    expect(actual, "a new column on children needs a privacy review, then this list").toEqual(allowed);
    const profile = DATA_DICTIONARY.filter((e) => e.table === "children" && e.piiClass === "child_profile")
      .map((e) => e.column)
      .sort();
    expect(profile).toEqual(["birth_year", "first_name", "learning_style"]);
    expect(DATA_DICTIONARY.find((e) => e.table === "children" && e.column === "pin_hash")?.piiClass).toBe(
      "secret",
    );
  });

  it("P4 columns holding child content are marked encrypted, and every *_enc column is", () => {
    for (const e of DATA_DICTIONARY) {
      if (e.piiClass === "child_content") expect(e.encrypted, `${e.table}.${e.column}`).toBe(true);
      if (e.encrypted) expect(e.column, `${e.table}.${e.column}`).toMatch(/_enc$/);
    }
    const encColumns = liveColumns.filter((c) => c.column_name.endsWith("_enc"));
    for (const c of encColumns) {
      const entry = DATA_DICTIONARY.find((e) => e.table === c.table_name && e.column === c.column_name);
      expect(entry?.encrypted, `${c.table_name}.${c.column_name} is marked encrypted`).toBe(true);
    }
  });
});
