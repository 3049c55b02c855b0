import { describe, expect, it } from "vitest";
import type { Skill } from "@/lib/learning/types";

describe("toolchain", () => {
  it("resolves the @ alias", () => {
    const s: Pick<Skill, "id"> = { id: "x" };
    expect(s.id).toBe("x");
  });
});
