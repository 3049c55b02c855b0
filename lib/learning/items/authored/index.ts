import type { Item } from "@/lib/learning/types";
import { READING_3_5_ITEMS } from "./reading-3-5";
import { READING_K_2_ITEMS } from "./reading-k-2";
import { SCIENCE_ITEMS } from "./science";

function bySkill(groups: Item[][]): ReadonlyMap<string, readonly Item[]> {
  const map = new Map<string, Item[]>();
  const ids = new Set<string>();
  for (const item of groups.flat()) {
    // Authored ids are stored with every answer; a duplicate would merge two items' histories.
    if (ids.has(item.id)) throw new Error(`duplicate authored item id ${item.id}`);
    ids.add(item.id);
    const list = map.get(item.skillId) ?? [];
    list.push(item);
    map.set(item.skillId, list);
  }
  return map;
}

/** Authored items for reading and science skills, in a fixed order per skill. */
export const AUTHORED_ITEMS: ReadonlyMap<string, readonly Item[]> = bySkill([
  ...READING_K_2_ITEMS,
  ...READING_3_5_ITEMS,
  ...SCIENCE_ITEMS,
]);
