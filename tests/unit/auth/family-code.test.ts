import { describe, expect, it } from "vitest";
import {
  FAMILY_CODE_ALPHABET,
  FAMILY_CODE_LENGTH,
  formatFamilyCode,
  generateFamilyCode,
  isWellFormedFamilyCode,
  normalizeFamilyCode,
} from "@/lib/family/family-code";

describe("family codes", () => {
  it("carry at least 40 bits and avoid look-alike characters", () => {
    expect(FAMILY_CODE_LENGTH * Math.log2(FAMILY_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(40);
    for (const c of "01OIL") expect(FAMILY_CODE_ALPHABET).not.toContain(c);
  });

  it("are random and well formed", () => {
    const codes = new Set(Array.from({ length: 2000 }, generateFamilyCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(isWellFormedFamilyCode(code)).toBe(true);
  });

  it("read aloud in groups and accept what people type", () => {
    expect(formatFamilyCode("ABCDEFGHJ")).toBe("ABC-DEF-GHJ");
    expect(normalizeFamilyCode(" abc-def ghj ")).toBe("ABCDEFGHJ");
    expect(isWellFormedFamilyCode(normalizeFamilyCode("ABC-DEF-GH0"))).toBe(false);
    expect(normalizeFamilyCode("x".repeat(10_000)).length).toBeLessThanOrEqual(64);
  });
});
