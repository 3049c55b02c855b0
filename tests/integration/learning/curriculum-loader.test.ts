import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { curriculumSkills } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { loadCurriculum } from "@/lib/learning/engine/load-curriculum";
import { createParent } from "@/tests/support/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe("curriculum loader", () => {
  it("upserts every skill with its version, is idempotent, and the app role can read it", async () => {
    expect(await loadCurriculum(t.db)).toEqual({ skills: CURRICULUM.skills.length });
    expect(await loadCurriculum(t.db)).toEqual({ skills: CURRICULUM.skills.length });
    const rows = await t.db.select().from(curriculumSkills);
    expect(rows).toHaveLength(CURRICULUM.skills.length);
    const sample = CURRICULUM.skills.find((s) => s.prerequisites.length > 0 && s.standardCode)!;
    expect(rows.find((r) => r.id === sample.id)).toMatchObject({
      subject: sample.subject,
      grade: sample.grade,
      title: sample.title,
      standardCode: sample.standardCode,
      prerequisites: [...sample.prerequisites],
      version: CURRICULUM.version,
    });
    const parent = await createParent(t.db);
    const [seen] = await withFamily(t.db, parent.familyId, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from curriculum_skills`),
    );
    expect(seen?.n).toBe(CURRICULUM.skills.length);
  });

  it("updates a changed skill under the same id, keeps retired ones, and never lets an older build downgrade", async () => {
    await loadCurriculum(t.db);
    const [first, ...rest] = CURRICULUM.skills;
    const newer = {
      ...CURRICULUM,
      version: CURRICULUM.version + 1,
      skills: [{ ...first!, title: "A clearer title" }, ...rest.slice(1)],
    };
    await loadCurriculum(t.db, newer);
    const [updated] = await t.db.select().from(curriculumSkills).where(eq(curriculumSkills.id, first!.id));
    expect(updated).toMatchObject({ title: "A clearer title", version: CURRICULUM.version + 1 });
    // The skill left out of the newer seed is still there: children's history points at it.
    expect(
      await t.db.select().from(curriculumSkills).where(eq(curriculumSkills.id, rest[0]!.id)),
    ).toHaveLength(1);

    await loadCurriculum(t.db, CURRICULUM);
    const [kept] = await t.db.select().from(curriculumSkills).where(eq(curriculumSkills.id, first!.id));
    expect(kept).toMatchObject({ title: "A clearer title", version: CURRICULUM.version + 1 });
  });
});
