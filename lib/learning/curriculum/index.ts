import type { Curriculum, Skill, Subject } from "@/lib/learning/types";
import { MATH_3_5 } from "./math-3-5";
import { MATH_6_8 } from "./math-6-8";
import { MATH_K_2 } from "./math-k-2";
import { READING_K_5 } from "./reading";
import { SCIENCE_K_5 } from "./science";

/**
 * Bump whenever skills, prerequisites or standard codes change, so the seed script can tell a
 * stored curriculum from this one. Skill ids themselves must stay stable across versions.
 */
export const CURRICULUM_VERSION = 1;

const SUBJECTS: Subject[] = [
  { id: "math", title: "Math" },
  { id: "reading", title: "Reading and Language" },
  { id: "science", title: "Science" },
];

// Frozen because every module shares these objects: an accidental in-place sort or push would
// silently change the graph for everyone else.
function freezeSkill(skill: Skill): Skill {
  Object.freeze(skill.prerequisites);
  if (skill.bkt) Object.freeze(skill.bkt);
  return Object.freeze(skill);
}

export const CURRICULUM: Curriculum = Object.freeze({
  version: CURRICULUM_VERSION,
  subjects: Object.freeze(SUBJECTS.map((s) => Object.freeze(s))) as Subject[],
  skills: Object.freeze(
    [...MATH_K_2, ...MATH_3_5, ...MATH_6_8, ...READING_K_5, ...SCIENCE_K_5].map(freezeSkill),
  ) as Skill[],
});
