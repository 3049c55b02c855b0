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
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/support/app-harness")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("@/tests/support/app-harness")).nextCacheMock());

import * as authActions from "@/app/(auth)/actions";
import * as childActions from "@/app/(child)/learn/actions";
import * as parentActions from "@/app/(parent)/actions";
import ChildPage from "@/app/(parent)/children/[id]/page";
import { children } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ActionState } from "@/lib/actions/action-client";
import { signInChild } from "@/lib/auth/child-sign-in";
import { getFamily } from "@/lib/family/families";
import { startParentSession } from "@/lib/family/parents";
import { type Outcome, outcomeOf, signInAs, startAppDatabase } from "@/tests/support/app-harness";
import { createChildFor, createParent } from "@/tests/support/factories";

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

async function snapshotChildren() {
  return db.select().from(children).orderBy(children.id);
}

interface Row {
  name: string; // file#export or a page path, as the meta-test enumerates them
  invoke: (w: World, id: string) => Promise<unknown>;
  /** What success looks like for an allowed actor. */
  succeeds: (o: Outcome) => boolean;
}

const okState = (o: Outcome) => o.kind === "ok" && (o.value as ActionState).status === "ok";

const CHILD_ID_ROWS: Row[] = [
  {
    name: "app/(parent)/children/[id]/page.tsx",
    invoke: (_w, id) => ChildPage({ params: Promise.resolve({ id }) }),
    succeeds: (o) => o.kind === "ok",
  },
  {
    name: "app/(parent)/actions.ts#editChild",
    invoke: (_w, id) =>
      parentActions.editChild(
        { status: "idle" },
        form({
          childId: id,
          firstName: `Renamed ${id.slice(0, 4)}`.replace(/\d/g, "x"),
          birthYear: "2015",
          learningStyle: "visual",
        }),
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
            expect(row.succeeds(outcome), `${label}: ${JSON.stringify(outcome)}`).toBe(true);
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
