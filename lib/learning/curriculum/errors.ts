/**
 * Thrown when a skill id is not in the curriculum (or, from the item bank, has no items). Skill
 * ids arrive from URLs and stored rows, so callers map this to a calm "not found" rather than a 500.
 */
export class UnknownSkillError extends Error {
  readonly code = "unknown_skill" as const;
  readonly skillId: string;

  constructor(skillId: string, detail = "is not in the curriculum") {
    super(`Skill "${skillId}" ${detail}`);
    this.name = "UnknownSkillError";
    this.skillId = skillId;
  }
}
