/**
 * P17: no one can read or change another family's data. Every page with params, route handler
 * and server action is run as each actor (anonymous, child A1, sibling A2, parent A, parent B,
 * child B, admin) against each kind of id (own, sibling's, other family's, nonexistent).
 * A foreign id and a nonexistent id must get the same answer, and change nothing.
 * The meta-test at the end fails when the app gains a route or action this matrix lacks.
 */

import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/support/app-harness")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("@/tests/support/app-harness")).nextCacheMock());

import { verifyChain } from "@/app/(admin)/admin/audit/actions";
import { GET as auditExport } from "@/app/(admin)/admin/audit/export/route";
import * as authActions from "@/app/(auth)/actions";
import * as diagnosticActions from "@/app/(child)/learn/(signed-in)/diagnostic/actions";
import * as practiceActions from "@/app/(child)/learn/(signed-in)/practice/actions";
import * as tutorActions from "@/app/(child)/learn/(signed-in)/tutor/actions";
import * as childActions from "@/app/(child)/learn/actions";
import * as parentActions from "@/app/(parent)/actions";
import ChildDataPage from "@/app/(parent)/children/[id]/data/page";
import { GET as childExport } from "@/app/(parent)/children/[id]/export/route";
import ChildPage from "@/app/(parent)/children/[id]/page";
import ProgressPage from "@/app/(parent)/children/[id]/progress/page";
import ChildTutorPage from "@/app/(parent)/children/[id]/tutor/page";
import * as privacyActions from "@/app/(parent)/privacy-actions";
import { POST as tutorPost } from "@/app/api/tutor/route";
import { assessments, attempts, children, childSettings, conversations, notifications } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ActionState } from "@/lib/actions/action-client";
import { signInChild } from "@/lib/auth/child-sign-in";
import { getFamily } from "@/lib/family/families";
import { startParentSession } from "@/lib/family/parents";
import { findItem } from "@/lib/learning/engine/item-bank";
import { nextPracticeItem } from "@/lib/learning/engine/practice";
import { type Outcome, outcomeOf, signInAs, startAppDatabase } from "@/tests/support/app-harness";
import { createChildFor, createParent } from "@/tests/support/factories";
import { rightAnswer } from "@/tests/support/learning";

type ActorName = "anonymous" | "childA1" | "siblingA2" | "parentA" | "parentB" | "childB" | "admin";
const ACTORS: ActorName[] = ["anonymous", "childA1", "siblingA2", "parentA", "parentB", "childB", "admin"];
type Target = "A1" | "A2" | "B1" | "nonexistent";
const TARGETS: Target[] = ["A1", "A2", "B1", "nonexistent"];

let app: Awaited<ReturnType<typeof startAppDatabase>>;
let db: Db;
const ADMIN_EMAIL = `admin-${Date.now()}@example.test`;

beforeAll(async () => {
  process.env.ADMIN_EMAILS = ADMIN_EMAIL;
  app = await startAppDatabase();
  db = app.handle.db;
});
afterAll(async () => {
  await app?.close();
});

/** A fresh world per matrix row, so a destructive action in one cell cannot mask another. */
async function world() {
  const parentA = await createParent(db);
  const parentB = await createParent(db);
  const admin = await createParent(db, { email: ADMIN_EMAIL.replace("@", `+${randomUUID().slice(0, 6)}@`) });
  process.env.ADMIN_EMAILS = admin.email;
  const A1 = await createChildFor(db, parentA, { firstName: "Amara" });
  const A2 = await createChildFor(db, parentA, { firstName: "Arlo" });
  const B1 = await createChildFor(db, parentB, { firstName: "Bea" });
  const codeA = (await getFamily(db, parentA.familyId))!.code;
  const codeB = (await getFamily(db, parentB.familyId))!.code;
  const childToken = async (code: string, child: { id: string; pin: string }) => {
    const r = await signInChild(db, {
      familyCode: code,
      childId: child.id,
      pin: child.pin,
      clientKey: randomUUID(),
    });
    if (!r.ok) throw new Error("child sign-in failed in setup");
    return r.token;
  };
  const tokens: Record<ActorName, ["hearth_parent" | "hearth_child" | null, string?]> = {
    anonymous: [null],
    childA1: ["hearth_child", await childToken(codeA, A1)],
    siblingA2: ["hearth_child", await childToken(codeA, A2)],
    parentA: ["hearth_parent", (await startParentSession(db, parentA)).token],
    parentB: ["hearth_parent", (await startParentSession(db, parentB)).token],
    childB: ["hearth_child", await childToken(codeB, B1)],
    admin: ["hearth_parent", (await startParentSession(db, admin)).token],
  };
  const ids: Record<Target, string> = { A1: A1.id, A2: A2.id, B1: B1.id, nonexistent: randomUUID() };
  return { parentA, parentB, ids, tokens, codeA, pins: { A1: A1.pin, A2: A2.pin, B1: B1.pin } };
}
type World = Awaited<ReturnType<typeof world>>;

function as(w: World, actor: ActorName) {
  const [cookie, token] = w.tokens[actor];
  signInAs(cookie, token);
}

/** Which ids an actor may act on through parent pages and actions. */
function allowed(actor: ActorName, target: Target): boolean {
  if (actor === "parentA") return target === "A1" || target === "A2";
  if (actor === "parentB") return target === "B1";
  return false;
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** What a refusal looks like, without the echo of what was typed. */
function refusal(outcome: Outcome): unknown {
  if (outcome.kind !== "ok") return outcome;
  const { values: _values, ...rest } = outcome.value as ActionState & { values?: unknown };
  return rest;
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === "error")
    return String((outcome.error as Error)?.stack ?? outcome.error).slice(0, 2000);
  if (outcome.kind === "ok") {
    try {
      return JSON.stringify(outcome);
    } catch {
      return "ok (a value that does not serialise)";
    }
  }
  return JSON.stringify(outcome);
}

async function snapshotChildren() {
  return {
    children: await db.select().from(children).orderBy(children.id),
    settings: await db.select().from(childSettings).orderBy(childSettings.childId),
  };
}

interface Row {
  name: string; // file#export or a page path, as the meta-test enumerates them
  invoke: (w: World, id: string) => Promise<unknown>;
  /** What success looks like for an allowed actor. */
  succeeds: (o: Outcome) => boolean;
}

const okState = (o: Outcome) => o.kind === "ok" && (o.value as ActionState).status === "ok";

/** A route's answer as status and body, so two refusals compare by what the client sees. */
async function seen(response: Response) {
  return { status: response.status, body: response.status === 200 ? "(content)" : await response.text() };
}
const responseOk = (o: Outcome) => o.kind === "ok" && (o.value as { status: number }).status === 200;

const CHILD_ID_ROWS: Row[] = [
  {
    name: "app/(parent)/children/[id]/data/page.tsx",
    invoke: (_w, id) => ChildDataPage({ params: Promise.resolve({ id }) }),
    succeeds: (o) => o.kind === "ok",
  },
  {
    name: "app/(parent)/children/[id]/export/route.ts",
    invoke: async (_w, id) =>
      seen(
        await childExport(new Request(`http://localhost/children/${id}/export?format=json`), {
          params: Promise.resolve({ id }),
        }),
      ),
    succeeds: responseOk,
  },
  {
    name: "app/(parent)/children/[id]/page.tsx",
    invoke: (_w, id) => ChildPage({ params: Promise.resolve({ id }) }),
    succeeds: (o) => o.kind === "ok",
  },
  {
    name: "app/(parent)/children/[id]/tutor/page.tsx",
    invoke: (_w, id) => ChildTutorPage({ params: Promise.resolve({ id }) }),
    succeeds: (o) => o.kind === "ok",
  },
  {
    name: "app/(parent)/children/[id]/progress/page.tsx",
    invoke: (_w, id) => ProgressPage({ params: Promise.resolve({ id }) }),
    succeeds: (o) => o.kind === "ok",
  },
  {
    name: "app/(parent)/actions.ts#editChild",
    invoke: (_w, id) =>
      parentActions.editChild(
        { status: "idle" },
        form({
          childId: id,
          firstName: `Renamed ${id.slice(0, 8)}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!),
          birthYear: "2015",
          learningStyle: "visual",
        }),
      ),
    succeeds: okState,
  },
  {
    name: "app/(parent)/actions.ts#saveChildTutorSettingsAction",
    invoke: (_w, id) =>
      parentActions.saveChildTutorSettingsAction(
        { status: "idle" },
        form({ childId: id, maxHelpLevel: "hint" }),
      ),
    succeeds: okState,
  },
  {
    name: "app/(parent)/actions.ts#changePin",
    invoke: (_w, id) => parentActions.changePin({ status: "idle" }, form({ childId: id, pin: "6284" })),
    succeeds: okState,
  },
  {
    name: "app/(parent)/actions.ts#changeAiConsent",
    invoke: (_w, id) =>
      parentActions.changeAiConsent({ status: "idle" }, form({ childId: id, aiConsent: "no" })),
    succeeds: okState,
  },
  {
    name: "app/(parent)/actions.ts#unlock",
    invoke: (_w, id) => parentActions.unlock({ status: "idle" }, form({ childId: id })),
    succeeds: okState,
  },
  {
    name: "app/(parent)/actions.ts#endSessions",
    invoke: (_w, id) => parentActions.endSessions({ status: "idle" }, form({ childId: id })),
    succeeds: okState,
  },
  {
    name: "app/(parent)/actions.ts#removeChild",
    invoke: (_w, id) =>
      parentActions.removeChild({ status: "idle" }, form({ childId: id, confirm: "delete" })),
    succeeds: (o) => o.kind === "redirect" && o.to.startsWith("/dashboard"),
  },
];

describe("P17 every route and action refuses other families' ids", () => {
  for (const row of CHILD_ID_ROWS) {
    it(`P17 ${row.name}`, async () => {
      for (const actor of ACTORS) {
        // Allowed targets last: a successful destructive call must not hide a refusal.
        const w = await world();
        const order = [...TARGETS].sort((a, b) => Number(allowed(actor, a)) - Number(allowed(actor, b)));
        const refusals: Record<string, unknown> = {};
        for (const target of order) {
          const before = await snapshotChildren();
          as(w, actor);
          const outcome = await outcomeOf(() => row.invoke(w, w.ids[target]));
          const label = `${row.name} as ${actor} on ${target}`;
          if (allowed(actor, target)) {
            // A page's outcome is a React element, which may not serialise: describe failures only.
            if (!row.succeeds(outcome)) expect.fail(`${label}: ${describeOutcome(outcome)}`);
            continue;
          }
          expect(row.succeeds(outcome), label).toBe(false);
          expect(outcome.kind, label).not.toBe("error");
          expect(await snapshotChildren(), `${label} changed data`).toEqual(before);
          refusals[target] = refusal(outcome);
        }
        // A foreign id and a nonexistent id are indistinguishable.
        const foreign = actor === "parentB" ? "A1" : "B1";
        if (refusals[foreign] !== undefined)
          expect(refusals[foreign], `${row.name} as ${actor}`).toEqual(refusals.nonexistent);
      }
    });
  }

  it("P17 app/(parent)/actions.ts#addChild and #newFamilyCode act on the session's family only", async () => {
    const w = await world();
    as(w, "parentA");
    const added = await parentActions.addChild(
      { status: "idle" },
      form({
        familyId: w.parentB.familyId,
        firstName: "Cyrus",
        birthYear: "",
        learningStyle: "mixed",
        pin: "7394",
        aiConsent: "no",
      }),
    );
    expect(added.status).toBe("ok");
    const [row] = await db.select().from(children).where(eq(children.firstName, "Cyrus"));
    expect(row?.familyId).toBe(w.parentA.familyId);

    const codeB = (await getFamily(db, w.parentB.familyId))!.code;
    expect(
      (await parentActions.newFamilyCode({ status: "idle" }, form({ familyId: w.parentB.familyId }))).status,
    ).toBe("ok");
    expect((await getFamily(db, w.parentB.familyId))!.code).toBe(codeB);
    expect((await getFamily(db, w.parentA.familyId))!.code).not.toBe(w.codeA);

    for (const actor of ["anonymous", "childA1", "childB"] as const) {
      as(w, actor);
      const o = await parentActions.newFamilyCode({ status: "idle" }, form({}));
      expect(o.status, actor).toBe("error");
    }
  });

  it("P17 app/(child)/learn/actions.ts#childSignIn cannot sign in another family's child", async () => {
    const w = await world();
    as(w, "anonymous");
    const o = await outcomeOf(() =>
      childActions.childSignIn(
        { status: "idle" },
        form({ familyCode: w.codeA, childId: w.ids.B1, pin: w.pins.B1 }),
      ),
    );
    const unknown = await outcomeOf(() =>
      childActions.childSignIn(
        { status: "idle" },
        form({ familyCode: w.codeA, childId: w.ids.nonexistent, pin: "7394" }),
      ),
    );
    expect(o.kind).toBe("ok");
    expect(refusal(o)).toEqual(refusal(unknown));
    const own = await outcomeOf(() =>
      childActions.childSignIn(
        { status: "idle" },
        form({ familyCode: w.codeA, childId: w.ids.A1, pin: w.pins.A1 }),
      ),
    );
    expect(own).toEqual({ kind: "redirect", to: "/learn/today" });
  });

  it("P17 learning actions act on the signed-in child only", async () => {
    const w = await world();
    const idle = { status: "idle" } as const;
    const skillId = "math.k.cc.count-forward";
    const owed = await nextPracticeItem(db, { familyId: w.parentA.familyId, childId: w.ids.A1, skillId });
    const item = findItem(owed.item.id)!;
    const answer = form({ itemId: item.id, answer: rightAnswer(item.answer), hintsUsed: "0" });
    const learningRows = async () => ({
      attempts: await db.select().from(attempts),
      assessments: await db.select().from(assessments),
    });

    // A1's item, sent by anyone else, is not theirs to answer and changes nothing.
    for (const actor of ["siblingA2", "childB"] as const) {
      as(w, actor);
      expect(await practiceActions.submitPracticeAnswer(idle, answer), actor).toMatchObject({
        status: "ok",
        data: { outcome: "stale" },
      });
      expect(await diagnosticActions.answerDiagnosticItem(idle, answer), actor).toMatchObject({
        status: "ok",
        data: { outcome: "stale" },
      });
    }
    for (const actor of ["anonymous", "parentA", "admin"] as const) {
      as(w, actor);
      for (const run of [
        () => practiceActions.submitPracticeAnswer(idle, answer),
        () => practiceActions.requestHint(idle, form({ itemId: item.id, rung: "1" })),
        () => diagnosticActions.beginDiagnostic(idle, form({})),
        () => diagnosticActions.answerDiagnosticItem(idle, answer),
        () => diagnosticActions.finishDiagnosticRun(idle, form({})),
      ]) {
        expect((await run()).status, actor).toBe("error");
      }
    }
    expect(await learningRows()).toEqual({ attempts: [], assessments: [] });

    as(w, "childA1");
    expect(await practiceActions.submitPracticeAnswer(idle, answer)).toMatchObject({
      status: "ok",
      data: { outcome: "correct" },
    });
    expect((await diagnosticActions.beginDiagnostic(idle, form({}))).status).toBe("ok");
    const rows = await learningRows();
    expect(rows.attempts.map((r) => [r.familyId, r.childId])).toEqual([[w.parentA.familyId, w.ids.A1]]);
    expect(rows.assessments.map((r) => [r.familyId, r.childId])).toEqual([[w.parentA.familyId, w.ids.A1]]);
  });

  it("P17 app/api/tutor/route.ts and tutor/actions.ts#reportConcern refuse another child's conversation", async () => {
    const w = await world();
    const post = (body: Record<string, unknown>) =>
      tutorPost(
        new Request("http://localhost/api/tutor", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ subject: "math", ...body }),
        }),
      );
    as(w, "childA1");
    const started = await post({ message: "hello" });
    expect(started.status).toBe(200);
    const first = JSON.parse((await started.text()).split("\n")[0]!) as { conversationId: string };
    const snapshot = async () => ({
      conversations: await db.select().from(conversations).orderBy(conversations.id),
      notifications: await db.select().from(notifications).orderBy(notifications.id),
    });
    const before = await snapshot();

    for (const actor of ["siblingA2", "childB"] as const) {
      as(w, actor);
      const foreign = await post({ conversationId: first.conversationId, message: "hi" });
      const madeUp = await post({ conversationId: randomUUID(), message: "hi" });
      expect(foreign.status, actor).toBe(404);
      expect(await foreign.json(), actor).toEqual(await madeUp.json());
      const report = (conversationId: string) =>
        tutorActions.reportConcern({ status: "idle" }, form({ conversationId }));
      const foreignReport = await report(first.conversationId);
      expect(foreignReport.status, actor).toBe("error");
      expect(refusal({ kind: "ok", value: foreignReport })).toEqual(
        refusal({ kind: "ok", value: await report(randomUUID()) }),
      );
    }
    for (const actor of ["anonymous", "parentA", "parentB", "admin"] as const) {
      as(w, actor);
      expect((await post({ conversationId: first.conversationId, message: "hi" })).status, actor).toBe(401);
      const o = await tutorActions.reportConcern(
        { status: "idle" },
        form({ conversationId: first.conversationId }),
      );
      expect(o.status, actor).toBe("error");
    }
    expect(await snapshot()).toEqual(before);

    as(w, "childA1");
    const own = await tutorActions.reportConcern(
      { status: "idle" },
      form({ conversationId: first.conversationId }),
    );
    expect(own.status).toBe("ok");
  });

  it("P17 app/(parent)/privacy-actions.ts: restoring and deleting act on the session's family only", async () => {
    const w = await world();
    as(w, "parentA");
    const removed = await outcomeOf(() =>
      parentActions.removeChild({ status: "idle" }, form({ childId: w.ids.A1, confirm: "delete" })),
    );
    expect(removed.kind).toBe("redirect");
    const before = await snapshotChildren();
    for (const actor of ["anonymous", "childA1", "parentB", "childB", "admin"] as const) {
      as(w, actor);
      const foreign = await outcomeOf(() =>
        privacyActions.restoreDeletedChild({ status: "idle" }, form({ childId: w.ids.A1 })),
      );
      const unknown = await outcomeOf(() =>
        privacyActions.restoreDeletedChild({ status: "idle" }, form({ childId: w.ids.nonexistent })),
      );
      expect(refusal(foreign), actor).toEqual(refusal(unknown));
      expect(foreign.kind === "redirect", actor).toBe(false);
    }
    expect(await snapshotChildren()).toEqual(before);
    as(w, "parentA");
    const restored = await outcomeOf(() =>
      privacyActions.restoreDeletedChild({ status: "idle" }, form({ childId: w.ids.A1 })),
    );
    expect(restored.kind).toBe("redirect");

    // Deleting "our family" with another family's id in the body deletes only the caller's.
    as(w, "parentB");
    await outcomeOf(() =>
      privacyActions.deleteOurFamily(
        { status: "idle" },
        form({ familyId: w.parentA.familyId, confirm: "delete our family" }),
      ),
    );
    expect((await getFamily(db, w.parentA.familyId))?.deletedAt).toBeNull();
    expect((await getFamily(db, w.parentB.familyId))?.deletedAt).not.toBeNull();
  });

  it("P17 app/(parent)/actions.ts#dismissNotice marks only the family's own notices", async () => {
    const w = await world();
    const [notice] = await db
      .insert(notifications)
      .values({ familyId: w.parentA.familyId, childId: w.ids.A1, type: "pin_locked" })
      .returning();
    for (const actor of ["anonymous", "childA1", "parentB", "childB", "admin"] as const) {
      as(w, actor);
      const foreign = await outcomeOf(() =>
        parentActions.dismissNotice({ status: "idle" }, form({ noticeId: notice!.id })),
      );
      const unknown = await outcomeOf(() =>
        parentActions.dismissNotice({ status: "idle" }, form({ noticeId: w.ids.nonexistent })),
      );
      expect(refusal(foreign), actor).toEqual(refusal(unknown));
    }
    const [still] = await db.select().from(notifications).where(eq(notifications.id, notice!.id));
    expect(still?.readAt).toBeNull();
    as(w, "parentA");
    expect(
      (await parentActions.dismissNotice({ status: "idle" }, form({ noticeId: notice!.id }))).status,
    ).toBe("ok");
  });

  it("P17 the admin audit viewer's verify action and export answer admins only", async () => {
    const w = await world();
    for (const actor of ACTORS) {
      as(w, actor);
      const verified = await outcomeOf(() => verifyChain({ status: "idle" }, form({})));
      const exported = await outcomeOf(() =>
        auditExport(new NextRequest("http://localhost/admin/audit/export")),
      );
      const isAdmin = actor === "admin";
      expect(verified.kind === "ok" && (verified.value as ActionState).status === "ok", actor).toBe(isAdmin);
      expect(exported.kind === "ok" && (exported.value as Response).status === 200, actor).toBe(isAdmin);
    }
  });

  it("P17 app/(child)/learn/actions.ts#findFamily lists only the family of the code", async () => {
    const w = await world();
    as(w, "anonymous");
    const found = await childActions.findFamily({ status: "idle" }, form({ familyCode: w.codeA }));
    const names = (found as { data?: { children: { id: string }[] } }).data?.children.map((c) => c.id);
    expect(names?.sort()).toEqual([w.ids.A1, w.ids.A2].sort());
  });
});

/** Entries that carry no id of their own: scoped by the session, or public by design. */
const SESSION_SCOPED: Record<string, string> = {
  "app/(auth)/actions.ts#signUp": "public: creates a new family",
  "app/(auth)/actions.ts#signIn": "public: email and password",
  "app/(auth)/actions.ts#signOut": "ends the caller's own session",
  "app/(child)/learn/actions.ts#childSignOut": "ends the caller's own session",
  "app/(parent)/actions.ts#addChild": "family from the session (tested above)",
  "app/(parent)/actions.ts#newFamilyCode": "family from the session (tested above)",
  "app/(child)/learn/actions.ts#findFamily": "public: by family code (tested above)",
  "app/(child)/learn/actions.ts#childSignIn": "public: by family code, child id and PIN (tested above)",
  "app/(child)/learn/(signed-in)/practice/actions.ts#submitPracticeAnswer":
    "the signed-in child's own practice; an item id is not owned and is checked against what that child is owed (tested above)",
  "app/(child)/learn/(signed-in)/practice/actions.ts#requestHint":
    "hints only for the practice item the signed-in child is owed",
  "app/(child)/learn/(signed-in)/diagnostic/actions.ts#beginDiagnostic":
    "the signed-in child's own diagnostic (tested above)",
  "app/(child)/learn/(signed-in)/diagnostic/actions.ts#answerDiagnosticItem":
    "the signed-in child's own diagnostic, by its current item (tested above)",
  "app/(child)/learn/(signed-in)/diagnostic/actions.ts#finishDiagnosticRun":
    "the signed-in child's own diagnostic",
  "app/(child)/learn/(signed-in)/quiz/actions.ts#beginQuiz":
    "the signed-in child's own quiz; a cluster id names curriculum, not a record",
  "app/(child)/learn/(signed-in)/quiz/actions.ts#answerQuizItem":
    "the signed-in child's own quiz, by its current item (as answerDiagnosticItem, tested above)",
  "app/api/tutor/route.ts": "the signed-in child's own conversations; a foreign id is a 404 (tested above)",
  "app/(child)/learn/(signed-in)/tutor/actions.ts#reportConcern":
    "the signed-in child's own conversations; a foreign id is refused (tested above)",
  "app/(parent)/actions.ts#saveFamilyTutorSettingsAction": "the session's own family settings; no ids",
  "app/(parent)/actions.ts#dismissNotice": "a notice id: refused for other families (tested above)",
  "app/(parent)/privacy-actions.ts#restoreDeletedChild":
    "a deleted child's id: refused for other families (tested above)",
  "app/(parent)/privacy-actions.ts#deleteOurFamily": "the session's own family; no ids (tested above)",
  "app/(parent)/privacy-actions.ts#restoreOurFamily": "the session's own family; no ids",
  "app/(admin)/admin/audit/actions.ts#verifyChain": "admins only; the whole chain by design (tested above)",
  "app/(admin)/admin/audit/export/route.ts":
    "admins only; ids and actions, never child content (tested above)",
  "app/api/cron/purge/route.ts":
    "machine to machine: Bearer CRON_SECRET, no session (tests/integration/privacy)",
  "app/(auth)/sign-in/[[...rest]]/page.tsx": "catch-all for Clerk's sign-in steps; no ids",
  "app/(auth)/sign-up/[[...rest]]/page.tsx": "catch-all for Clerk's sign-up steps; no ids",
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe("P17 the matrix covers the whole app", () => {
  it("every page with params, route handler and server action is in the matrix", () => {
    const files = walk("app").map((f) => f.split(path.sep).join("/"));
    const surfaces: string[] = [];
    for (const file of files) {
      if (/\/(page|route)\.tsx?$/.test(file) && (/\[/.test(file) || file.endsWith("route.ts")))
        surfaces.push(file);
      if (/(^|\/)([a-z-]*actions)\.ts$/.test(file)) {
        const source = readFileSync(file, "utf8");
        for (const m of source.matchAll(/export (?:const|async function|function) (\w+)/g))
          surfaces.push(`${file}#${m[1]}`);
      }
    }
    const covered = new Set([...CHILD_ID_ROWS.map((r) => r.name), ...Object.keys(SESSION_SCOPED)]);
    expect(surfaces.filter((s) => !covered.has(s))).toEqual([]);
    expect([...covered].filter((c) => !surfaces.includes(c))).toEqual([]);
  });
});

// Keep `and` referenced for future rows that filter by family and id together.
void and;
