import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { withFamily, withSystem } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createFamily } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function append(familyId: string, n = 1) {
  for (let i = 0; i < n; i++) {
    await withFamily(t.db, familyId, (tx) =>
      recordAudit(tx, {
        action: "data.viewed",
        actor: { type: "parent", id: "p" },
        familyId,
        detail: { what: "progress" },
      }),
    );
  }
}

describe("P3 the audit trail is append-only and tamper-evident", () => {
  it("links each entry to the previous one and verifies", async () => {
    const family = await createFamily(t.db);
    await append(family.id, 5);
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThanOrEqual(5);
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const family = await createFamily(t.db);
    await append(family.id);
    await expect(t.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it("finds a row altered behind the triggers' back", async () => {
    const family = await createFamily(t.db);
    await append(family.id, 3);
    const [target] = await queryRows<{ seq: string }>(
      t.db,
      sql`select seq::text from audit_log order by audit_log.seq desc offset 1 limit 1`,
    );
    await withSystem(t.db, async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await tx.execute(
        sql`update audit_log set detail = '{"what":"forged"}' where seq = ${Number(target!.seq)}`,
      );
      await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toEqual({ seq: Number(target!.seq), reason: "hash_mismatch" });
  });
});
