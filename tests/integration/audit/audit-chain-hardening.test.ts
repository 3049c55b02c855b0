import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { withFamily, withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { type ChainVerification, verifyAuditChain } from "@/lib/audit/verify";
import { createFamily } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const GENESIS = "0".repeat(64);

async function append(db: Db, familyId: string, n = 1) {
  for (let i = 0; i < n; i++) {
    await withFamily(db, familyId, (tx) =>
      recordAudit(tx, {
        action: "data.viewed",
        actor: { type: "parent", id: "p" },
        familyId,
        detail: { what: "progress" },
      }),
    );
  }
}

/** Runs `fn` in a transaction whose session time zone is `zone` (and proves it took effect). */
async function inZone<T>(db: Db, zone: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return withSystem(db, async (tx) => {
    await tx.execute(sql.raw(`set local time zone '${zone}'`));
    const [row] = await queryRows<{ zone: string }>(tx, sql`select current_setting('TimeZone') as zone`);
    expect(row!.zone).toBe(zone);
    return fn(tx);
  });
}

async function chain(db: Db) {
  return queryRows<{ seq: string; prev_hash: string; hash: string; at: string }>(
    db,
    sql`select seq::text, prev_hash, hash,
               to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at
        from audit_log a order by a.seq`,
  );
}

describe("P3 the audit chain holds across time zones, concurrent writers and deletions", () => {
  it("verifies the same way whatever the session time zone, including entries written in another zone", async () => {
    const family = await createFamily(t.db);
    await append(t.db, family.id, 3);
    // Entries appended by a session in Auckland (UTC+12/+13) hash the same instant as UTC ones.
    await inZone(t.db, "Pacific/Auckland", async (tx) => {
      for (let i = 0; i < 3; i++) {
        await recordAudit(tx, {
          action: "child.updated",
          actor: { type: "parent", id: "p" },
          familyId: family.id,
          detail: { fields: ["learningStyle"] },
        });
      }
    });
    await append(t.db, family.id, 2);

    const utc = await inZone(t.db, "UTC", (tx) => verifyAuditChain(tx));
    const auckland = await inZone(t.db, "Pacific/Auckland", (tx) => verifyAuditChain(tx));
    const honolulu = await inZone(t.db, "Pacific/Honolulu", (tx) => verifyAuditChain(tx));
    expect(utc).toEqual<ChainVerification>({ ok: true, entries: 8, brokenAt: null });
    expect(auckland).toEqual(utc);
    expect(honolulu).toEqual(utc);

    // The canonical form (what the hash covers) is byte-identical in every zone.
    const canonical = (zone: string) =>
      inZone(t.db, zone, (tx) =>
        queryRows<{ c: string }>(
          tx,
          sql`select audit_entry_canonical(a) as c from audit_log a order by a.seq`,
        ),
      );
    const inUtc = await canonical("UTC");
    expect(inUtc).toHaveLength(8);
    expect(await canonical("Pacific/Auckland")).toEqual(inUtc);
    expect(inUtc[0]!.c).toMatch(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z"/);
  });

  it("200 concurrent appends from separate transactions leave one valid, unforked chain", async () => {
    const families = await Promise.all(Array.from({ length: 8 }, () => createFamily(t.db)));
    const [before] = await queryRows<{ n: string }>(t.db, sql`select count(*)::text as n from audit_log`);

    const backends = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const familyId = families[i % families.length]!.id;
        return withFamily(t.db, familyId, async (tx) => {
          const [row] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
          await recordAudit(tx, {
            action: "child.sessions_ended",
            actor: { type: "parent", id: `writer-${i}` },
            familyId,
            detail: { count: i },
          });
          return Number(row!.pid);
        });
      }),
    );
    if (t.label === "postgres") {
      // Real parallel connections from the pool (max 20), not one connection taking turns.
      expect(new Set(backends).size).toBeGreaterThan(1);
    }

    const rows = await chain(t.db);
    expect(rows).toHaveLength(Number(before!.n) + 200);
    expect(rows[0]!.prev_hash).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) {
      const [prev, cur] = [rows[i - 1]!, rows[i]!];
      expect(cur.prev_hash, `entry #${cur.seq} links to #${prev.seq}`).toBe(prev.hash);
      expect(Number(cur.seq)).toBeGreaterThan(Number(prev.seq));
      // Sequence and time are taken under the same lock: chain order is time order.
      expect(cur.at >= prev.at, `entry #${cur.seq} is not older than #${prev.seq}`).toBe(true);
    }
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(rows.length);

    const writers = await queryRows<{ n: string }>(
      t.db,
      sql`select count(distinct actor_id)::text as n from audit_log where action = 'child.sessions_ended'`,
    );
    expect(Number(writers[0]!.n)).toBe(200);
    const verdict = await verifyAuditChain(t.db);
    expect(verdict).toEqual<ChainVerification>({ ok: true, entries: rows.length, brokenAt: null });
  });

  describe("tampering behind the triggers' back", () => {
    // A database of its own: a broken chain stays broken (the log cannot be repaired).
    let own: TestDatabase;
    let entries: Awaited<ReturnType<typeof chain>>;
    beforeAll(async () => {
      own = await createTestDatabase();
      const family = await createFamily(own.db);
      // Enough entries that the later sequence numbers have more digits than the earlier ones.
      await append(own.db, family.id, 12);
      entries = await chain(own.db);
    });
    afterAll(async () => {
      await own?.close();
    });

    it("detects a deleted entry as a link mismatch at the entry after it, in any time zone", async () => {
      const victim = entries[2]!;
      const next = entries[3]!;
      await withSystem(own.db, async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
        await tx.execute(sql`delete from audit_log where seq = ${Number(victim.seq)}`);
        await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
      });
      // The triggers are back: the log refuses deletion again.
      await expect(
        own.db.execute(sql`delete from audit_log where seq = ${Number(next.seq)}`),
      ).rejects.toThrow();

      const expected: ChainVerification = {
        ok: false,
        entries: entries.length - 1,
        brokenAt: { seq: Number(next.seq), reason: "link_mismatch" },
      };
      expect(await verifyAuditChain(own.db)).toEqual(expected);
      expect(await inZone(own.db, "Pacific/Auckland", (tx) => verifyAuditChain(tx))).toEqual(expected);
    });

    it("still names the first break when a later entry is altered too", async () => {
      const first = entries[3]!; // the entry after the deleted one
      const later = entries.at(-1)!;
      expect(later.seq.length).toBeGreaterThan(first.seq.length);
      await withSystem(own.db, async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
        await tx.execute(
          sql`update audit_log set detail = '{"what":"forged"}' where seq = ${Number(later.seq)}`,
        );
        await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
      });
      expect((await verifyAuditChain(own.db)).brokenAt).toEqual({
        seq: Number(first.seq),
        reason: "link_mismatch",
      });
    });
  });
});
