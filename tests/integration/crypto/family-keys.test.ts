import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { withFamily } from "@/db/tenant";
import {
  countUnderRetiredKeys,
  familyDataKey,
  openField,
  rotateFamilyKeys,
  sealField,
} from "@/lib/crypto/family-keys";
import { createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
const original = process.env.HEARTH_MASTER_KEYS;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  if (original === undefined) delete process.env.HEARTH_MASTER_KEYS;
  else process.env.HEARTH_MASTER_KEYS = original;
});

const key = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;
const M1 = key("m1");

describe("P5 P6 family data keys", () => {
  it("each family gets its own data key, stored only in wrapped form", async () => {
    process.env.HEARTH_MASTER_KEYS = M1;
    const a = await createParent(t.db);
    const b = await createParent(t.db);
    const dekA = await withFamily(t.db, a.familyId, (tx) => familyDataKey(tx, a.familyId));
    const dekB = await withFamily(t.db, b.familyId, (tx) => familyDataKey(tx, b.familyId));
    expect(dekA.equals(dekB)).toBe(false);
    expect((await withFamily(t.db, a.familyId, (tx) => familyDataKey(tx, a.familyId))).equals(dekA)).toBe(
      true,
    );
    const rows = await queryRows<{ wrapped_key: string }>(t.db, sql`select wrapped_key from family_keys`);
    for (const row of rows) {
      expect(row.wrapped_key).not.toContain(dekA.toString("base64"));
      expect(row.wrapped_key).not.toContain(dekA.toString("hex"));
    }
  });

  it("a ciphertext of one family does not open under another family's id", async () => {
    process.env.HEARTH_MASTER_KEYS = M1;
    const a = await createParent(t.db);
    const b = await createParent(t.db);
    const rowId = randomUUID();
    const sealed = await withFamily(t.db, a.familyId, (tx) =>
      sealField(tx, { table: "messages", column: "content_enc", rowId, familyId: a.familyId }, "secret sum"),
    );
    await expect(
      withFamily(t.db, b.familyId, (tx) =>
        openField(tx, { table: "messages", column: "content_enc", rowId, familyId: b.familyId }, sealed),
      ),
    ).rejects.toThrow();
    expect(
      await withFamily(t.db, a.familyId, (tx) =>
        openField(tx, { table: "messages", column: "content_enc", rowId, familyId: a.familyId }, sealed),
      ),
    ).toBe("secret sum");
  });

  it("rotation re-wraps every data key under the new master key; old data still reads", async () => {
    const old = M1;
    process.env.HEARTH_MASTER_KEYS = old;
    const parent = await createParent(t.db);
    const ctx = {
      table: "assessments",
      column: "result_enc",
      rowId: randomUUID(),
      familyId: parent.familyId,
    };
    const sealed = await withFamily(t.db, parent.familyId, (tx) => sealField(tx, ctx, "score 9/10"));

    const fresh = key("new");
    process.env.HEARTH_MASTER_KEYS = `${fresh},${old}`;
    expect(await countUnderRetiredKeys(t.db)).toBeGreaterThan(0);
    const result = await rotateFamilyKeys(t.db);
    expect(result.remainingUnderRetired).toBe(0);
    const [row] = await queryRows<{ master_key_id: string }>(
      t.db,
      sql`select master_key_id from family_keys where family_id = ${parent.familyId}`,
    );
    expect(row?.master_key_id).toBe("new");

    // The retired key can now go: data still opens with the new master key alone.
    process.env.HEARTH_MASTER_KEYS = fresh;
    expect(await withFamily(t.db, parent.familyId, (tx) => openField(tx, ctx, sealed))).toBe("score 9/10");
  });
});
