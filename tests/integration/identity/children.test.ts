import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { addMs, HOUR_MS } from "@/lib/clock";
import { childCreateSchema, getChild, listChildren, updateChild } from "@/lib/family/children";
import {
  authenticateLocalParent,
  endParentSession,
  resolveParentSession,
  startParentSession,
} from "@/lib/family/parents";
import { createChildFor, createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe("parents", () => {
  it("P1 P3 sign-up creates the family and its code, audited; email is unique ignoring case", async () => {
    const parent = await createParent(t.db, { email: "Case.Test@Example.test" });
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_log where family_id = ${parent.familyId} order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual(["family.created", "parent.signed_up"]);
    await expect(createParent(t.db, { email: "case.test@example.TEST" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(
      await authenticateLocalParent(t.db, { email: "CASE.test@example.test", password: parent.password }),
    ).toMatchObject({ familyId: parent.familyId });
    expect(
      await authenticateLocalParent(t.db, { email: "case.test@example.test", password: "wrong password" }),
    ).toBeNull();
    expect(
      await authenticateLocalParent(t.db, { email: "nobody@example.test", password: "whatever" }),
    ).toBeNull();
  });

  it("P16 parent sessions end after 8 hours or on sign-out", async () => {
    const parent = await createParent(t.db);
    const now = new Date();
    const { token } = await startParentSession(t.db, parent, { now });
    expect(await resolveParentSession(t.db, token, addMs(now, 8 * HOUR_MS - 1))).not.toBeNull();
    expect(await resolveParentSession(t.db, token, addMs(now, 8 * HOUR_MS))).toBeNull();
    const second = await startParentSession(t.db, parent);
    await endParentSession(t.db, second.token);
    expect(await resolveParentSession(t.db, second.token)).toBeNull();
  });
});

describe("P4 child profiles", () => {
  it("P3 creating and changing a child is audited with field names only, never content", async () => {
    const parent = await createParent(t.db);
    const child = await createChildFor(t.db, parent, { firstName: "Quilla" });
    await updateChild(
      t.db,
      { familyId: parent.familyId, actor: { type: "parent", id: parent.parentId } },
      {
        childId: child.id,
        firstName: "Quinn",
        birthYear: 2015,
        learningStyle: "visual",
        shareFirstNameWithAi: false,
      },
    );
    const rows = await queryRows<{ action: string; detail: unknown }>(
      t.db,
      sql`select action, detail from audit_log where family_id = ${parent.familyId} and action like 'child.%' order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(["child.created", "child.updated"]);
    expect(rows[1]!.detail).toEqual({
      fields: ["first_name", "birth_year", "learning_style", "share_first_name_with_ai"],
    });
    expect(JSON.stringify(rows)).not.toMatch(/Quilla|Quinn/);
  });

  it("refuses a first name a sibling already has, with a clear message", async () => {
    const parent = await createParent(t.db);
    await createChildFor(t.db, parent, { firstName: "Rosa" });
    const other = await createChildFor(t.db, parent, { firstName: "Remy" });
    await expect(
      updateChild(
        t.db,
        { familyId: parent.familyId, actor: { type: "parent", id: parent.parentId } },
        {
          childId: other.id,
          firstName: "rosa",
          birthYear: null,
          learningStyle: "mixed",
          shareFirstNameWithAi: true,
        },
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await getChild(t.db, { familyId: parent.familyId, childId: other.id })).firstName).toBe("Remy");
  });

  it("the profile read back never includes the PIN hash", async () => {
    const parent = await createParent(t.db);
    await createChildFor(t.db, parent);
    const [child] = await listChildren(t.db, { familyId: parent.familyId });
    expect(Object.keys(child!)).not.toContain("pinHash");
  });

  it.each([
    [{ firstName: "" }, "firstName"],
    [{ firstName: "<script>" }, "firstName"],
    [{ firstName: "A".repeat(41) }, "firstName"],
    [{ birthYear: "1850" }, "birthYear"],
    [{ birthYear: "soon" }, "birthYear"],
    [{ pin: "1111" }, "pin"],
    [{ pin: "12" }, "pin"],
    [{ learningStyle: "telepathic" }, "learningStyle"],
    [{ aiConsent: "maybe" }, "aiConsent"],
  ])("rejects bad input %j with a message on %s", (override, field) => {
    const base = {
      firstName: "Ada",
      birthYear: "2016",
      learningStyle: "mixed",
      pin: "3851",
      aiConsent: "yes",
    };
    const result = childCreateSchema.safeParse({ ...base, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it("accepts names from many languages", () => {
    for (const firstName of ["Zoë", "José", "Nguyễn", "Åsa", "O'Brien", "Mary-Jane", "李", "Ngozi"]) {
      const r = childCreateSchema.safeParse({
        firstName,
        birthYear: "",
        learningStyle: "mixed",
        pin: "3851",
        aiConsent: "no",
      });
      expect(r.success, firstName).toBe(true);
    }
  });
});
