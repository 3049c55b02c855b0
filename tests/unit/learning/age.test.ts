import { describe, expect, it } from "vitest";
import { ageBand, estimatedGrade, GRADE_LEVELS, gradeFromIndex, gradeIndex } from "@/lib/learning/age";

const at = (iso: string) => new Date(iso);

describe("ageBand", () => {
  it("treats an unknown or implausible birth year as under 13", () => {
    const now = at("2025-06-01T12:00:00Z");
    for (const year of [null, Number.NaN, 2030, 1800, 2012.5]) expect(ageBand(year, now)).toBe("under_13");
  });

  it("takes the younger reading of a birth year: still under 13 in the year of the 13th birthday", () => {
    // Born in 2012, a child is 12 or 13 during 2025; we never assume the birthday has passed.
    expect(ageBand(2012, at("2025-01-01T12:00:00Z"))).toBe("under_13");
    expect(ageBand(2012, at("2025-12-31T12:00:00Z"))).toBe("under_13");
    expect(ageBand(2012, at("2026-01-01T12:00:00Z"))).toBe("13_to_15");
  });

  it("changes band at the last new year on Earth, never early because of the server's time zone", () => {
    // 2026 begins at UTC−12 only at 12:00 UTC on 1 January.
    expect(ageBand(2012, at("2026-01-01T11:59:59Z"))).toBe("under_13");
    expect(ageBand(2012, at("2026-01-01T12:00:00Z"))).toBe("13_to_15");
  });

  it("places 13–15 and 16–17 at their boundaries", () => {
    const now = at("2025-06-01T12:00:00Z");
    expect(ageBand(2011, now)).toBe("13_to_15"); // 13 or 14
    expect(ageBand(2009, now)).toBe("13_to_15"); // 15 or 16
    expect(ageBand(2008, now)).toBe("16_to_17"); // 16 or 17
    expect(ageBand(2000, now)).toBe("16_to_17");
  });
});

describe("estimatedGrade", () => {
  it("starts a child who turns 5 this school year in Kindergarten", () => {
    // Born 2020: the 2025–26 school year starts in August 2025, when they are 5.
    expect(estimatedGrade(2020, at("2025-09-15T12:00:00Z"))).toBe("K");
    expect(estimatedGrade(2020, at("2026-05-15T12:00:00Z"))).toBe("K");
    expect(estimatedGrade(2019, at("2025-09-15T12:00:00Z"))).toBe("1");
  });

  it("moves up a grade when the school year turns over in August", () => {
    expect(estimatedGrade(2017, at("2025-07-31T12:00:00Z"))).toBe("2");
    expect(estimatedGrade(2017, at("2025-08-01T12:00:00Z"))).toBe("3");
  });

  it("clamps to K–8", () => {
    expect(estimatedGrade(2023, at("2025-09-15T12:00:00Z"))).toBe("K");
    expect(estimatedGrade(2005, at("2025-09-15T12:00:00Z"))).toBe("8");
  });

  it("starts around grade 2 without a birth year", () => {
    expect(estimatedGrade(null, at("2025-09-15T12:00:00Z"))).toBe("2");
  });
});

describe("grade indices", () => {
  it("count from Kindergarten and clamp", () => {
    expect(gradeIndex("K")).toBe(0);
    expect(gradeIndex("8")).toBe(8);
    expect(GRADE_LEVELS.map((g) => gradeFromIndex(gradeIndex(g)))).toEqual(GRADE_LEVELS);
    expect(gradeFromIndex(-3)).toBe("K");
    expect(gradeFromIndex(12)).toBe("8");
    expect(gradeFromIndex(Number.NaN)).toBe("K");
  });
});
