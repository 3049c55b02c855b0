import { describe, expect, it } from "vitest";
import { hashPin, pinProblem, verifyPin } from "@/lib/auth/pin";

describe("P2 PIN policy", () => {
  it.each([
    ["12a4", "format"],
    ["123", "format"],
    ["1234567", "format"],
    ["", "format"],
    ["١٢٣٤", "format"], // Arabic-Indic digits are not ASCII digits
    ["0000", "repeated"],
    ["1212", "repeated"],
    ["123123", "repeated"],
    ["1234", "sequence"],
    ["9876", "sequence"],
    ["890123", "sequence"],
    ["2580", "common"],
    ["1998", "year"],
    ["2016", "year"],
  ])("refuses %s (%s)", (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each(["3851", "4729", "70461", "938215"])("accepts %s", (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });
});

describe("PIN hashing", () => {
  it("stores bcrypt over a peppered HMAC: verifiable, never the PIN itself", async () => {
    const hash = await hashPin("3851");
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(hash).not.toContain("3851");
    expect(await verifyPin("3851", hash)).toBe(true);
    expect(await verifyPin("3852", hash)).toBe(false);
  });
});
