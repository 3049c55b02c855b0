import { UnknownSkillError } from "@/lib/learning/curriculum/errors";
import type { Item } from "@/lib/learning/types";
import { AUTHORED_ITEMS } from "./authored";
import { GENERATORS } from "./generators";

export { UnknownSkillError } from "@/lib/learning/curriculum/errors";

/** Skills with practice items: every math skill has a generator, the rest have authored items. */
export const ITEM_BANK_SKILLS: readonly string[] = Object.freeze([
  ...GENERATORS.keys(),
  ...AUTHORED_ITEMS.keys(),
]);

export const hasGenerator = (skillId: string): boolean => GENERATORS.has(skillId);

/** The authored pool of a skill, in its fixed order; empty for generated (math) skills. */
export const authoredItemsFor = (skillId: string): readonly Item[] => AUTHORED_ITEMS.get(skillId) ?? [];

const DEFAULT_BATCH = 10;

// Seeds index authored pools too, so one call shape serves every subject. Negative seeds wrap.
const poolIndex = (seed: number, size: number): number => ((Math.trunc(seed) % size) + size) % size;

/**
 * The item for a skill and seed. Generated ids are `${skillId}#${seed}`; the same seed always
 * rebuilds the same item. Authored skills return the item at `seed` (mod the pool size).
 * Throws UnknownSkillError when the skill has no items.
 */
export function generateItem(skillId: string, seed: number): Item {
  const generate = GENERATORS.get(skillId);
  if (generate) {
    // `params` only exists so tests can recompute answers; it is not part of Item.
    const { params: _params, ...item } = generate(seed);
    return item;
  }
  const pool = AUTHORED_ITEMS.get(skillId);
  const item = pool?.[poolIndex(seed, pool.length)];
  if (!item) throw new UnknownSkillError(skillId, "has no items in the item bank");
  return item;
}

/**
 * `count` items starting at `startSeed`: consecutive seeds for math, and the authored pool from
 * position `startSeed`, wrapping round, for other subjects. Without `count`, authored skills
 * return their whole pool and math skills a batch of ten.
 */
export function itemsForSkill(skillId: string, count?: number, startSeed = 0): Item[] {
  if (!hasGenerator(skillId) && !AUTHORED_ITEMS.has(skillId)) {
    throw new UnknownSkillError(skillId, "has no items in the item bank");
  }
  const n = count ?? (AUTHORED_ITEMS.get(skillId)?.length || DEFAULT_BATCH);
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  return Array.from({ length: n }, (_, i) => generateItem(skillId, startSeed + i));
}
