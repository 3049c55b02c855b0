import { describe, expect, it } from "vitest";
import { CURRICULUM } from "@/lib/learning/curriculum";
import {
  assessmentSeedBase,
  findItem,
  hasItems,
  itemFor,
  practicableCurriculum,
  practiceSeed,
  publicItem,
} from "@/lib/learning/engine/item-bank";

describe("the engine's view of the item bank", () => {
  it("every skill in the curriculum can be practised, so the planner never offers a dead end", () => {
    expect(CURRICULUM.skills.filter((s) => !hasItems(s.id)).map((s) => s.id)).toEqual([]);
    expect(practicableCurriculum().skills).toHaveLength(CURRICULUM.skills.length);
  });

  it("practice seeds differ per child and never repeat as the count grows; assessment seeds are a separate range", () => {
    const a = Array.from({ length: 5000 }, (_, n) => practiceSeed("child-a", n));
    expect(new Set(a).size).toBe(a.length);
    expect(practiceSeed("child-a", 0)).not.toBe(practiceSeed("child-b", 0));
    expect(a.every((s) => s >= 0 && s < 2 ** 30)).toBe(true);
    for (let i = 0; i < 100; i++) {
      const base = assessmentSeedBase(41);
      expect(base).toBeGreaterThanOrEqual(2 ** 30);
      expect(base + 41).toBeLessThanOrEqual(2 ** 31);
    }
  });

  it("finds any generated or authored item again from its id alone, and nothing from a made-up id", () => {
    for (const skill of CURRICULUM.skills) {
      const item = itemFor(skill.id, practiceSeed("child", 3));
      expect(item, skill.id).not.toBeNull();
      expect(findItem(item!.id)).toEqual(item);
    }
    for (const id of [
      "",
      "#",
      "math.k.cc.count-forward#",
      "math.k.cc.count-forward#abc",
      "nope#1",
      "reading.k.x/y",
    ]) {
      expect(findItem(id), id).toBeNull();
    }
    expect(findItem("math.k.cc.count-forward#4294967296")).toBeNull();
  });

  it("what a page gets before the answer holds no answer, hint or solution", () => {
    for (const skill of CURRICULUM.skills.slice(0, 40)) {
      const shown = publicItem(itemFor(skill.id, 11)!);
      expect(Object.keys(shown).sort()).toEqual(
        expect.arrayContaining(["hintCount", "id", "kind", "prompt", "skillId"]),
      );
      expect(shown).not.toHaveProperty("answer");
      expect(shown).not.toHaveProperty("hints");
      expect(shown).not.toHaveProperty("solution");
    }
  });
});
