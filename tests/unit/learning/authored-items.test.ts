import { describe, expect, it } from "vitest";
import { skillsBySubject } from "@/lib/learning/curriculum/graph";
import { authoredItemsFor, generateItem } from "@/lib/learning/items";
import { AUTHORED_ITEMS } from "@/lib/learning/items/authored";

const AUTHORED_SKILLS = [...skillsBySubject("reading"), ...skillsBySubject("science")].map((s) => s.id);

describe("authored items", () => {
  it("exist only for curriculum skills", () => {
    for (const skillId of AUTHORED_ITEMS.keys()) expect(AUTHORED_SKILLS, skillId).toContain(skillId);
  });

  describe.each(AUTHORED_SKILLS)("%s", (skillId) => {
    const items = authoredItemsFor(skillId);

    it("has at least six items", () => {
      expect(items.length).toBeGreaterThanOrEqual(6);
    });

    it("gives every item a stable id, a prompt, a solution and four hints", () => {
      for (const item of items) {
        expect(item.skillId).toBe(skillId);
        expect(item.id.startsWith(`${skillId}/`), item.id).toBe(true);
        expect(item.id).not.toMatch(/#\d+$/); // that shape is reserved for generated items
        expect(item.prompt.trim()).not.toBe("");
        expect(item.solution.length).toBeGreaterThan(0);
        expect(item.solution.every((step) => step.trim() !== "")).toBe(true);
        expect(item.hints).toHaveLength(4);
        expect(item.hints.every((hint) => hint.trim() !== "")).toBe(true);
        expect(new Set(item.hints).size, item.id).toBe(4);
      }
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(new Set(items.map((i) => i.prompt)).size).toBe(items.length);
    });

    it("has valid answers", () => {
      for (const item of items) {
        const { answer } = item;
        expect(["choice", "text"]).toContain(answer.kind);
        if (answer.kind === "choice") {
          expect(answer.choices.length, item.id).toBeGreaterThanOrEqual(2);
          expect(new Set(answer.choices).size, item.id).toBe(answer.choices.length);
          expect(answer.choices.every((c) => c.trim() !== "")).toBe(true);
          expect(Number.isInteger(answer.correctIndex)).toBe(true);
          expect(answer.correctIndex).toBeGreaterThanOrEqual(0);
          expect(answer.correctIndex).toBeLessThan(answer.choices.length);
        }
        if (answer.kind === "text") {
          expect(answer.accepted.length, item.id).toBeGreaterThan(0);
          expect(answer.accepted.every((a) => a.trim() !== "")).toBe(true);
        }
      }
    });

    it("does not give the answer away in the last hint", () => {
      const word = (text: string) => new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
      for (const item of items) {
        const { answer } = item;
        const last = item.hints[3];
        if (answer.kind === "text") {
          for (const accepted of answer.accepted) expect(last, item.id).not.toMatch(word(accepted));
          continue;
        }
        if (answer.kind !== "choice") continue;
        // Naming every option (“is that a push or a pull?”) gives nothing away; naming only the
        // right one does.
        const named = answer.choices.filter((c) => word(c).test(last));
        const correct = answer.choices[answer.correctIndex] ?? "";
        expect(named.length === 1 && named[0] === correct, `${item.id}: ${last}`).toBe(false);
      }
    });
  });

  it("does not always put the right answer in the same position", () => {
    const positions = new Set(
      [...AUTHORED_ITEMS.values()]
        .flat()
        .flatMap((item) => (item.answer.kind === "choice" ? [item.answer.correctIndex] : [])),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it("is served by generateItem with the seed as the position in the pool", () => {
    const pool = authoredItemsFor("science.2.ps.states-of-matter");
    expect(generateItem("science.2.ps.states-of-matter", 2)).toBe(pool[2]);
    expect(generateItem("science.2.ps.states-of-matter", -1)).toBe(pool[pool.length - 1]);
  });
});
