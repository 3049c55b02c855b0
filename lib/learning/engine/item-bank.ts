import "server-only";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { authoredItemsFor, generateItem, hasGenerator } from "@/lib/learning/items";
import { hashString } from "@/lib/learning/items/random";
import type { AnswerSpec, Curriculum, Item } from "@/lib/learning/types";

/**
 * The engine's view of the item bank: generated items (maths) addressed by seed, authored items
 * (other subjects) by position in their pool, and any item found again from its id alone, so an
 * answer is always marked against the item rebuilt on the server, never against what a form sent.
 */

// Generated item ids are `${skillId}#${seed}` and the generators read seeds as 32-bit integers.
// Practice seeds live in [0, 2^30) and diagnostic/quiz seeds in [2^30, 2^31), so an item a child
// met in an assessment never comes back as "fresh" practice.
const SEED_SPACE = 2 ** 30;
const GENERATED_ID = /^(.{1,200})#(\d{1,10})$/;

export function hasItems(skillId: string): boolean {
  return hasGenerator(skillId) || authoredItemsFor(skillId).length > 0;
}

/** The curriculum cut down to skills that can be practised (every skill the planner offers must be). */
let practicable: Curriculum | undefined;
export function practicableCurriculum(): Curriculum {
  practicable ??= { ...CURRICULUM, skills: CURRICULUM.skills.filter((s) => hasItems(s.id)) };
  return practicable;
}

/**
 * The n-th practice seed of a child on any skill: a per-child offset (so siblings do not see the
 * same sequence) plus the count of answers already given on the skill. Counts only grow, so a
 * child never gets the same generated item twice for about a billion answers per skill.
 */
export function practiceSeed(childId: string, n: number): number {
  const salt = hashString(`hearth:practice:${childId}`) % SEED_SPACE;
  return (salt + Math.max(0, Math.floor(n))) % SEED_SPACE;
}

/** A random base for an assessment's seeds, with room for `count` consecutive seeds. */
export function assessmentSeedBase(count: number): number {
  const room = SEED_SPACE - Math.max(1, count);
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return SEED_SPACE + ((random[0] ?? 0) % room);
}

/** The item for a seed: generated for maths, the authored pool's item at that position otherwise. */
export function itemFor(skillId: string, seed: number): Item | null {
  try {
    return generateItem(skillId, seed);
  } catch {
    return null;
  }
}

let authoredById: Map<string, Item> | undefined;

/** Rebuilds an item from its id; null for ids that are not (or no longer) in the bank. */
export function findItem(itemId: string): Item | null {
  if (typeof itemId !== "string" || itemId.length === 0 || itemId.length > 220) return null;
  const generated = GENERATED_ID.exec(itemId);
  if (generated) {
    const skillId = generated[1] ?? "";
    const seed = Number(generated[2]);
    if (hasGenerator(skillId) && Number.isSafeInteger(seed) && seed < 2 ** 31) {
      const item = itemFor(skillId, seed);
      if (item?.id === itemId) return item;
    }
  }
  if (!authoredById) {
    authoredById = new Map();
    for (const skill of CURRICULUM.skills) {
      for (const item of authoredItemsFor(skill.id)) authoredById.set(item.id, item);
    }
  }
  return authoredById.get(itemId) ?? null;
}

/** What a page may show before the child answers: no answer, no hints, no solution. */
export interface PublicItem {
  id: string;
  skillId: string;
  prompt: string;
  kind: AnswerSpec["kind"];
  choices?: string[];
  unit?: string;
  hintCount: number;
}

export function publicItem(item: Item): PublicItem {
  const base = {
    id: item.id,
    skillId: item.skillId,
    prompt: item.prompt,
    kind: item.answer.kind,
    hintCount: item.hints.length,
  };
  if (item.answer.kind === "choice") return { ...base, choices: [...item.answer.choices] };
  if (item.answer.kind === "number" && item.answer.unit) return { ...base, unit: item.answer.unit };
  return base;
}
