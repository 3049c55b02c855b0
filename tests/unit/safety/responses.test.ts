import { describe, expect, it } from "vitest";
import type { FlaggedCategory } from "@/lib/safety/categories";
import { type AgeBand, safetyResponse } from "@/lib/safety/responses";

const BANDS: readonly AgeBand[] = ["under_13", "13_to_15", "16_to_17"];
const CATEGORIES: readonly FlaggedCategory[] = [
  "self_harm",
  "abuse_disclosure",
  "sexual_content",
  "personal_info",
  "violence",
];

describe("P25 age-appropriate help for a flagged exchange", () => {
  it("has a short message for every category and age band", () => {
    for (const category of CATEGORIES) {
      for (const band of BANDS) {
        const { message } = safetyResponse(category, band);
        expect(message.length, `${category}/${band}`).toBeGreaterThan(40);
        expect(message.length, `${category}/${band}`).toBeLessThanOrEqual(420);
      }
    }
  });

  it("self-harm points to a trusted grown-up and 988, with a tappable line", () => {
    for (const band of BANDS) {
      const { message, resources } = safetyResponse("self_harm", band);
      expect(message).toMatch(/trust/);
      expect(message).toContain("988");
      expect(resources.map((r) => r.href)).toContain("tel:988");
    }
  });

  it("abuse points to Childhelp 1-800-422-4453 and to trusted adults other than the parent", () => {
    for (const band of BANDS) {
      const { message, resources } = safetyResponse("abuse_disclosure", band);
      expect(message).toContain("1-800-422-4453");
      expect(message).toMatch(/not your fault/i);
      expect(message).toMatch(/teacher|counselor/);
      expect(message).not.toMatch(/\bparents?\b/);
      expect(resources.map((r) => r.href)).toContain("tel:+18004224453");
    }
  });

  it("personal information gets a gentle privacy reminder, not crisis lines", () => {
    for (const band of BANDS) {
      const { message, resources } = safetyResponse("personal_info", band);
      expect(message).toMatch(/private/);
      expect(message).not.toMatch(/988|911|1-800/);
      expect(resources).toEqual([]);
    }
  });

  it("younger children get simpler words than older ones", () => {
    const under13 = safetyResponse("self_harm", "under_13").message;
    expect(under13).toMatch(/grown-up/);
    expect(safetyResponse("self_harm", "16_to_17").message).not.toMatch(/grown-up/);
  });

  it("a flagged tutor reply is hidden as the tutor's mistake; crisis lines stay for self-harm", () => {
    const hidden = safetyResponse("self_harm", "under_13", "tutor");
    expect(hidden.message).toMatch(/my mistake/i);
    expect(hidden.resources.map((r) => r.href)).toContain("tel:988");
    expect(safetyResponse("personal_info", "under_13", "tutor").resources).toEqual([]);
  });

  it("screening unavailable gives a calm retry message, no alarm", () => {
    for (const band of BANDS) {
      const { message, resources } = safetyResponse("unknown", band);
      expect(message).toMatch(/again/);
      expect(message).not.toMatch(/988|911|danger/);
      expect(resources).toEqual([]);
    }
  });
});
