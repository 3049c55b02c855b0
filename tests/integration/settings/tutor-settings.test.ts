import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import {
  childTutorSettingsSchema,
  familyTutorSettingsSchema,
  getChildTutorSettings,
  getFamilyTutorSettings,
  saveChildTutorSettings,
  saveFamilyTutorSettings,
} from "@/lib/settings/tutor-settings";
import { createChildFor, createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe("tutor settings", () => {
  it("defaults apply until the parent saves; saves are audited by field name", async () => {
    const parent = await createParent(t.db);
    const child = await createChildFor(t.db, parent);
    const scope = { familyId: parent.familyId, actor: { type: "parent" as const, id: parent.parentId } };
    expect(await getFamilyTutorSettings(t.db, parent.familyId)).toEqual({
      worldview: "unspecified",
      contentFilter: "strict",
      tutorGuidance: null,
    });
    expect(await getChildTutorSettings(t.db, { familyId: parent.familyId, childId: child.id })).toEqual({
      maxHelpLevel: "worked_example",
      readAloud: false,
    });
    await saveFamilyTutorSettings(
      t.db,
      scope,
      familyTutorSettingsSchema.parse({
        worldview: "christian",
        contentFilter: "standard",
        tutorGuidance: " no dinosaurs ",
      }),
    );
    await saveChildTutorSettings(
      t.db,
      scope,
      childTutorSettingsSchema.parse({ childId: child.id, maxHelpLevel: "nudge", readAloud: "on" }),
    );
    expect(await getFamilyTutorSettings(t.db, parent.familyId)).toEqual({
      worldview: "christian",
      contentFilter: "standard",
      tutorGuidance: "no dinosaurs",
    });
    expect(await getChildTutorSettings(t.db, { familyId: parent.familyId, childId: child.id })).toEqual({
      maxHelpLevel: "nudge",
      readAloud: true,
    });
    const audit = await queryRows<{ action: string; detail: unknown }>(
      t.db,
      sql`select action, detail from audit_log where family_id = ${parent.familyId} and action in ('family.settings_changed', 'child.updated') order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(["family.settings_changed", "child.updated"]);
    expect(JSON.stringify(audit)).not.toContain("dinosaurs");
  });

  it("refuses bad input with messages", () => {
    expect(
      familyTutorSettingsSchema.safeParse({ worldview: "pirate", contentFilter: "strict", tutorGuidance: "" })
        .success,
    ).toBe(false);
    expect(
      familyTutorSettingsSchema.safeParse({
        worldview: "secular",
        contentFilter: "strict",
        tutorGuidance: "x".repeat(501),
      }).success,
    ).toBe(false);
    expect(childTutorSettingsSchema.safeParse({ childId: "nope", maxHelpLevel: "hint" }).success).toBe(false);
    expect(
      childTutorSettingsSchema.safeParse({
        childId: "8b7a25ca-2d57-4523-803e-94e961daaacf",
        maxHelpLevel: "everything",
      }).success,
    ).toBe(false);
  });
});
