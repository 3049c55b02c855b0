import { sql } from "drizzle-orm";
import { curriculumSkills } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import { CURRICULUM } from "@/lib/learning/curriculum";
import type { Curriculum } from "@/lib/learning/types";

/**
 * Upserts the curriculum seed data into `curriculum_skills` (shared reference data, so it runs
 * with the owner's privileges). Ids are stable across versions, so mastery, history and review
 * cards keep pointing at the same skills after an update. Skills dropped from the seed data are
 * kept: a child's history may refer to them. A row written by a newer build is never downgraded
 * by an older one (a rolling deploy runs both for a while). Safe to run on every start.
 */
export async function loadCurriculum(
  db: Db,
  curriculum: Curriculum = CURRICULUM,
): Promise<{ skills: number }> {
  if (curriculum.skills.length === 0) return { skills: 0 };
  const rows = curriculum.skills.map((skill) => ({
    id: skill.id,
    subject: skill.subject,
    grade: skill.grade,
    title: skill.title,
    description: skill.description,
    standardCode: skill.standardCode ?? null,
    prerequisites: [...skill.prerequisites],
    version: curriculum.version,
  }));
  await withSystem(db, (tx) =>
    tx
      .insert(curriculumSkills)
      .values(rows)
      .onConflictDoUpdate({
        target: curriculumSkills.id,
        set: {
          subject: sql`excluded.subject`,
          grade: sql`excluded.grade`,
          title: sql`excluded.title`,
          description: sql`excluded.description`,
          standardCode: sql`excluded.standard_code`,
          prerequisites: sql`excluded.prerequisites`,
          version: sql`excluded.version`,
        },
        setWhere: sql`${curriculumSkills.version} <= excluded.version`,
      }),
  );
  return { skills: rows.length };
}
