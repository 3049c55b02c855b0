import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import {
  childrenForFamilyCode,
  delayAfterFailures,
  FREE_ATTEMPTS,
  LOCK_AFTER,
  resolveChildSession,
  signInChild,
} from "@/lib/auth/child-sign-in";
import { addMs, HOUR_MS } from "@/lib/clock";
import { deleteChild, endChildSessions, getChild, setAiConsent, unlockChild } from "@/lib/family/children";
import { getFamily } from "@/lib/family/families";
import { createChildFor, createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function setup() {
  const parent = await createParent(t.db);
  const child = await createChildFor(t.db, parent);
  const family = await getFamily(t.db, parent.familyId);
  const scope = { familyId: parent.familyId, actor: { type: "parent" as const, id: parent.parentId } };
  return { parent, child, code: family!.code, scope };
}

let clientSeq = 0;
const client = () => `client-${clientSeq++}`;

async function auditActions(familyId: string) {
  const rows = await queryRows<{ action: string; detail: Record<string, unknown> }>(
    t.db,
    sql`select action, detail from audit_log where family_id = ${familyId} order by seq`,
  );
  return rows;
}

describe("P2 children sign in with family code and PIN only", () => {
  it("lists the family's first names for a correct code, typed loosely", async () => {
    const { child, code } = await setup();
    const loose = `${code.slice(0, 3).toLowerCase()} ${code.slice(3, 6)}-${code.slice(6)}`;
    const found = await childrenForFamilyCode(t.db, loose);
    expect(found?.children).toEqual([{ id: child.id, firstName: child.firstName }]);
  });

  it("a correct PIN starts a session that resolves to the child; the sign-in is audited", async () => {
    const { child, code, parent } = await setup();
    const result = await signInChild(t.db, {
      familyCode: code,
      childId: child.id,
      pin: child.pin,
      clientKey: client(),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const identity = await resolveChildSession(t.db, result.token);
    expect(identity).toMatchObject({ childId: child.id, familyId: parent.familyId });
    expect((await auditActions(parent.familyId)).map((r) => r.action)).toContain("child.signed_in");
  });

  it("an unknown family code and a wrong PIN get the same answer", async () => {
    const { child, code } = await setup();
    const wrongPin = await signInChild(t.db, {
      familyCode: code,
      childId: child.id,
      pin: "9090",
      clientKey: client(),
    });
    const unknownCode = await signInChild(t.db, {
      familyCode: "ZZZ-ZZZ-ZZZ",
      childId: child.id,
      pin: child.pin,
      clientKey: client(),
    });
    expect(wrongPin).toEqual({ ok: false, reason: "mismatch" });
    expect(unknownCode).toEqual(wrongPin);
  });

  it("a child of another family cannot be signed in with this family's code", async () => {
    const a = await setup();
    const b = await setup();
    const result = await signInChild(t.db, {
      familyCode: a.code,
      childId: b.child.id,
      pin: b.child.pin,
      clientKey: client(),
    });
    expect(result).toEqual({ ok: false, reason: "mismatch" });
  });
});

describe("P12 PIN throttling", () => {
  it("gives free attempts, then asks to wait with growing delays", async () => {
    const { child, code } = await setup();
    const start = new Date("2026-03-01T10:00:00Z");
    const key = client();
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      const r = await signInChild(
        t.db,
        { familyCode: code, childId: child.id, pin: "9090", clientKey: key },
        { now: start },
      );
      expect(r).toEqual({ ok: false, reason: "mismatch" });
    }
    const tooSoon = await signInChild(
      t.db,
      { familyCode: code, childId: child.id, pin: child.pin, clientKey: key },
      { now: addMs(start, 500) },
    );
    expect(tooSoon).toMatchObject({ ok: false, reason: "wait" });
    // Even the right PIN is not checked while waiting: the wait is not a free guess.
    const afterDelay = await signInChild(
      t.db,
      { familyCode: code, childId: child.id, pin: child.pin, clientKey: key },
      { now: addMs(start, delayAfterFailures(FREE_ATTEMPTS) * 1000 + 1000) },
    );
    expect(afterDelay.ok).toBe(true);
    expect(delayAfterFailures(FREE_ATTEMPTS + 1)).toBeGreaterThan(delayAfterFailures(FREE_ATTEMPTS));
  });

  it("locks after 10 consecutive failures until the parent unlocks, audited", async () => {
    const { child, code, scope, parent } = await setup();
    let now = new Date("2026-03-02T10:00:00Z");
    const key = client();
    let last: Awaited<ReturnType<typeof signInChild>> | undefined;
    for (let i = 0; i < LOCK_AFTER; i++) {
      now = addMs(now, 10 * 60 * 1000); // past any delay
      last = await signInChild(
        t.db,
        { familyCode: code, childId: child.id, pin: "9090", clientKey: `${key}-${i}` },
        { now },
      );
    }
    expect(last).toEqual({ ok: false, reason: "locked" });
    const locked = await signInChild(
      t.db,
      { familyCode: code, childId: child.id, pin: child.pin, clientKey: client() },
      { now: addMs(now, 24 * HOUR_MS) },
    );
    expect(locked).toEqual({ ok: false, reason: "locked" });
    expect((await getChild(t.db, { familyId: parent.familyId, childId: child.id })).lockedAt).not.toBeNull();

    await unlockChild(t.db, scope, { childId: child.id });
    const after = await signInChild(
      t.db,
      { familyCode: code, childId: child.id, pin: child.pin, clientKey: client() },
      { now: addMs(now, 25 * HOUR_MS) },
    );
    expect(after.ok).toBe(true);
    const actions = (await auditActions(parent.familyId)).map((r) => r.action);
    expect(actions).toContain("child.locked");
    expect(actions).toContain("child.unlocked");
    // P12: the parent is told, in general words that name no child.
    const notices = await queryRows<{ type: string }>(
      t.db,
      sql`select type from notifications where family_id = ${parent.familyId}`,
    );
    expect(notices).toEqual([{ type: "pin_locked" }]);
    const mail = await queryRows<{ to_email: string; subject: string; text: string; html: string }>(
      t.db,
      sql`select to_email, subject, text, html from email_outbox where family_id = ${parent.familyId}`,
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to_email).toBe(parent.email);
    expect(JSON.stringify(mail)).not.toContain(child.firstName);
    expect(mail[0]!.text).toContain("/dashboard");
  });

  it("parallel guesses are reserved atomically and get no free tries", async () => {
    const { child, code } = await setup();
    const now = new Date("2026-03-03T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signInChild(
          t.db,
          { familyCode: code, childId: child.id, pin: String(5000 + i), clientKey: `par-${i}` },
          { now },
        ),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "mismatch").length;
    expect(checked).toBeLessThanOrEqual(FREE_ATTEMPTS);
    expect(results.filter((r) => !r.ok && r.reason === "wait").length).toBe(12 - checked);
  });

  it("caps failures per client across children and families", async () => {
    const key = client();
    let now = new Date("2026-03-04T10:00:00Z");
    let waited = false;
    for (let i = 0; i < 25 && !waited; i++) {
      const { child, code } = await setup();
      now = addMs(now, 1000);
      const r = await signInChild(
        t.db,
        { familyCode: code, childId: child.id, pin: "9090", clientKey: key },
        { now },
      );
      waited = !r.ok && r.reason === "wait";
    }
    expect(waited).toBe(true);
  });
});

describe("P16 child sessions expire after 8 hours and a parent can end them", () => {
  it("a session stops resolving 8 hours after sign-in", async () => {
    const { child, code } = await setup();
    const now = new Date();
    const r = await signInChild(
      t.db,
      { familyCode: code, childId: child.id, pin: child.pin, clientKey: client() },
      { now },
    );
    if (!r.ok) throw new Error("sign-in failed");
    expect(await resolveChildSession(t.db, r.token, addMs(now, 8 * HOUR_MS - 1000))).not.toBeNull();
    expect(await resolveChildSession(t.db, r.token, addMs(now, 8 * HOUR_MS))).toBeNull();
  });

  it("the parent ends every session of a child at once", async () => {
    const { child, code, scope } = await setup();
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await signInChild(t.db, {
        familyCode: code,
        childId: child.id,
        pin: child.pin,
        clientKey: client(),
      });
      if (r.ok) tokens.push(r.token);
    }
    expect(await endChildSessions(t.db, scope, { childId: child.id })).toBe(2);
    for (const token of tokens) expect(await resolveChildSession(t.db, token)).toBeNull();
  });

  it("P23 revoking AI consent ends the child's sessions", async () => {
    const { child, code, scope } = await setup();
    const r = await signInChild(t.db, {
      familyCode: code,
      childId: child.id,
      pin: child.pin,
      clientKey: client(),
    });
    if (!r.ok) throw new Error("sign-in failed");
    await setAiConsent(t.db, scope, { childId: child.id, aiConsent: false });
    expect(await resolveChildSession(t.db, r.token)).toBeNull();
  });

  it("P19 deleting a child ends its sessions and blocks sign-in at once", async () => {
    const { child, code, scope } = await setup();
    const r = await signInChild(t.db, {
      familyCode: code,
      childId: child.id,
      pin: child.pin,
      clientKey: client(),
    });
    if (!r.ok) throw new Error("sign-in failed");
    await deleteChild(t.db, scope, { childId: child.id });
    expect(await resolveChildSession(t.db, r.token)).toBeNull();
    const again = await signInChild(t.db, {
      familyCode: code,
      childId: child.id,
      pin: child.pin,
      clientKey: client(),
    });
    expect(again).toEqual({ ok: false, reason: "mismatch" });
    expect((await childrenForFamilyCode(t.db, code))?.children ?? []).toEqual([]);
  });
});

describe("P12 the dev mailbox shows a family only its own email", () => {
  it("lists the outbox of the family, not another's", async () => {
    const { familyOutbox } = await import("@/lib/notifications/outbox");
    const a = await setup();
    const b = await setup();
    let now = new Date("2026-04-02T10:00:00Z");
    for (let i = 0; i < LOCK_AFTER; i++) {
      now = addMs(now, 10 * 60 * 1000);
      await signInChild(
        t.db,
        { familyCode: a.code, childId: a.child.id, pin: "9090", clientKey: `mb-${i}` },
        { now },
      );
    }
    const mine = await familyOutbox(t.db, { familyId: a.parent.familyId });
    expect(mine).toHaveLength(1);
    expect(mine[0]!.toEmail).toBe(a.parent.email);
    expect(await familyOutbox(t.db, { familyId: b.parent.familyId })).toEqual([]);
  });
});
