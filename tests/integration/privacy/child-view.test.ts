import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFamily } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/record";
import { parentLooksAtChild } from "@/lib/privacy/child-view";
import { createChildFor, createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe("P23 a child can see what their parent has viewed", () => {
  it("lists the parent's audited looks at this child only, newest first", async () => {
    const parent = await createParent(t.db);
    const ada = await createChildFor(t.db, parent);
    const ben = await createChildFor(t.db, parent);
    const look = (childId: string, what: string) =>
      withFamily(t.db, parent.familyId, (tx) =>
        recordAudit(tx, {
          action: "data.viewed",
          actor: { type: "parent", id: parent.parentId },
          familyId: parent.familyId,
          target: { type: "child", id: childId },
          detail: { what },
        }),
      );
    await look(ada.id, "learning_progress");
    await look(ben.id, "child_data");
    await look(ada.id, "tutor_activity");
    await withFamily(t.db, parent.familyId, (tx) =>
      recordAudit(tx, {
        action: "data.exported",
        actor: { type: "parent", id: parent.parentId },
        familyId: parent.familyId,
        target: { type: "child", id: ada.id },
        detail: { format: "pdf" },
      }),
    );
    const looks = await parentLooksAtChild(t.db, { familyId: parent.familyId, childId: ada.id });
    expect(looks.map((l) => l.what)).toEqual(["export", "tutor_activity", "learning_progress"]);
    const other = await createParent(t.db);
    expect(await parentLooksAtChild(t.db, { familyId: other.familyId, childId: ada.id })).toEqual([]);
  });
});
