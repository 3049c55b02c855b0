import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempts, learningSessions } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { findItem } from "@/lib/learning/engine/item-bank";
import { answerPracticeItem, nextPracticeItem } from "@/lib/learning/engine/practice";
import { endLearningSessions, recordActivity } from "@/lib/learning/engine/sessions";
import { learningFamily, rightAnswer } from "@/tests/support/learning";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const T0 = new Date("2025-05-12T14:00:00Z");
const s = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
type Scope = { familyId: string; childId: string };

async function sessionsOf(scope: Scope) {
  return withFamily(t.db, scope.familyId, (tx) =>
    tx
      .select()
      .from(learningSessions)
      .where(eq(learningSessions.childId, scope.childId))
      .orderBy(asc(learningSessions.startedAt), asc(learningSessions.subject)),
  );
}

describe("P7 learning sessions: active time per subject, idle time left out", () => {
  it("counts the time between answers, leaves out gaps over two minutes, and ends at sign-out", async () => {
    const { scope } = await learningFamily(t.db);
    const beats = [0, 30, 60, /* 5 minutes away */ 360, 405];
    for (const at of beats) await recordActivity(t.db, { ...scope, subject: "math", now: s(at) });
    let [session] = await sessionsOf(scope);
    expect(session).toMatchObject({ subject: "math", activeSeconds: 30 + 30 + 45, endedAt: null });
    expect(session!.startedAt).toEqual(s(0));
    expect(session!.lastActivityAt).toEqual(s(405));

    // Exactly two minutes still counts; a second more does not.
    await recordActivity(t.db, { ...scope, subject: "math", now: s(525) });
    await recordActivity(t.db, { ...scope, subject: "math", now: s(646) });
    [session] = await sessionsOf(scope);
    expect(session!.activeSeconds).toBe(105 + 120);

    // Signing out 20 seconds after the last answer: the last question's time counts.
    expect(await endLearningSessions(t.db, { ...scope, now: s(666) })).toBe(1);
    [session] = await sessionsOf(scope);
    expect(session).toMatchObject({ activeSeconds: 245, endedAt: s(666) });
  });

  it("a long idle spell ends the session at its last activity; the next answer starts a new one", async () => {
    const { scope } = await learningFamily(t.db);
    await recordActivity(t.db, { ...scope, subject: "math", now: s(0) });
    await recordActivity(t.db, { ...scope, subject: "math", now: s(50) });
    await recordActivity(t.db, { ...scope, subject: "math", now: s(50 + 45 * 60) });
    const sessions = await sessionsOf(scope);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ activeSeconds: 50, endedAt: s(50) });
    expect(sessions[1]).toMatchObject({ activeSeconds: 0, endedAt: null, startedAt: s(50 + 45 * 60) });
  });

  it("keeps subjects apart, and a clock that steps back adds no time", async () => {
    const { scope } = await learningFamily(t.db);
    await recordActivity(t.db, { ...scope, subject: "math", now: s(0) });
    await recordActivity(t.db, { ...scope, subject: "reading", now: s(10) });
    await recordActivity(t.db, { ...scope, subject: "math", now: s(70) });
    await recordActivity(t.db, { ...scope, subject: "math", now: s(40) });
    const sessions = await sessionsOf(scope);
    expect(sessions.map((x) => [x.subject, x.activeSeconds])).toEqual([
      ["math", 70],
      ["reading", 0],
    ]);
    expect(sessions[0]!.lastActivityAt).toEqual(s(70));
  });

  it("each practice answer is a heartbeat, and attempts point at their session", async () => {
    const { scope } = await learningFamily(t.db);
    for (const at of [0, 25, 55]) {
      const q = await nextPracticeItem(t.db, { ...scope, skillId: "math.k.cc.count-forward", now: s(at) });
      const item = findItem(q.item.id)!;
      await answerPracticeItem(t.db, {
        ...scope,
        itemId: item.id,
        answer: rightAnswer(item.answer),
        now: s(at),
      });
    }
    const [session] = await sessionsOf(scope);
    expect(session).toMatchObject({ subject: "math", activeSeconds: 55 });
    const rows = await withFamily(t.db, scope.familyId, (tx) =>
      tx.select().from(attempts).where(eq(attempts.childId, scope.childId)),
    );
    expect(rows.map((r) => r.sessionId)).toEqual([session!.id, session!.id, session!.id]);
  });
});
