import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { children, families, parents } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { createChildFor, createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function twoFamilies() {
  const a = await createParent(t.db);
  const b = await createParent(t.db);
  const childA = await createChildFor(t.db, a);
  const childB = await createChildFor(t.db, b);
  return { a, b, childA, childB };
}

describe("P17 family isolation in the database (row-level security)", () => {
  it("a query that forgets its where clause still sees only its own family", async () => {
    const { a, childA } = await twoFamilies();
    const rows = await withFamily(t.db, a.familyId, (tx) => tx.select({ id: children.id }).from(children));
    expect(rows).toEqual([{ id: childA.id }]);
    const fams = await withFamily(t.db, a.familyId, (tx) => tx.select({ id: families.id }).from(families));
    expect(fams).toEqual([{ id: a.familyId }]);
  });

  it("with no family set, the application role sees nothing", async () => {
    await twoFamilies();
    const rows = await t.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'hearth_app', true)`);
      return tx.select({ id: children.id }).from(children);
    });
    expect(rows).toEqual([]);
  });

  it("family A cannot write B's rows, or move a row into B", async () => {
    const { a, b, childB, childA } = await twoFamilies();
    const updated = await withFamily(t.db, a.familyId, (tx) =>
      tx.update(children).set({ firstName: "Hacked" }).where(eq(children.id, childB.id)).returning(),
    );
    expect(updated).toEqual([]);
    await expect(
      withFamily(t.db, a.familyId, (tx) =>
        tx.update(children).set({ familyId: b.familyId }).where(eq(children.id, childA.id)),
      ),
    ).rejects.toThrow();
    await expect(
      withFamily(t.db, a.familyId, (tx) =>
        tx.insert(parents).values({ familyId: b.familyId, email: `x${Date.now()}@example.test` }),
      ),
    ).rejects.toThrow();
    const deleted = await withFamily(t.db, a.familyId, (tx) =>
      tx.delete(children).where(eq(children.id, childB.id)).returning(),
    );
    expect(deleted).toEqual([]);
  });

  it("the family setting does not leak to the next user of a pooled connection", async () => {
    const { a } = await twoFamilies();
    if (!t.url) {
      // PGlite has a single connection: the same check on it, back to back.
      await withFamily(t.db, a.familyId, async () => {});
      const [row] = await queryRows<{ family: string | null; role: string }>(
        t.db,
        sql`select nullif(current_setting('app.family_id', true), '') as family, current_user as role`,
      );
      expect(row?.family).toBeNull();
      expect(row?.role).not.toBe("hearth_app");
      return;
    }
    const pool = new pg.Pool({ connectionString: t.url, max: 1 });
    const client = await pool.connect();
    await client.query("begin");
    await client.query(
      "select set_config('app.family_id', $1, true), set_config('role', 'hearth_app', true)",
      [a.familyId],
    );
    await client.query("commit");
    const { rows } = await client.query(
      "select nullif(current_setting('app.family_id', true), '') as family, current_user as role",
    );
    client.release();
    await pool.end();
    expect(rows[0].family).toBeNull();
    expect(rows[0].role).not.toBe("hearth_app");
  });

  it("every table with a family_id column has forced row-level security and a policy", async () => {
    const unprotected = await queryRows<{ table_name: string }>(
      t.db,
      sql`
        select c.table_name
        from information_schema.columns c
        join pg_class k on k.relname = c.table_name and k.relkind = 'r'
        join pg_namespace n on n.oid = k.relnamespace and n.nspname = c.table_schema
        where c.table_schema = 'public' and c.column_name = 'family_id'
          and (not k.relrowsecurity or not k.relforcerowsecurity
               or not exists (select 1 from pg_policy p where p.polrelid = k.oid))
        order by 1`,
    );
    expect(unprotected).toEqual([]);
    const [familiesTable] = await queryRows<{ rls: boolean }>(
      t.db,
      sql`select relrowsecurity and relforcerowsecurity as rls from pg_class where relname = 'families'`,
    );
    expect(familiesTable?.rls).toBe(true);
  });
});
