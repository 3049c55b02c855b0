import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRIVACY_PROMISES } from "@/lib/privacy/promises";
import { PROOFS } from "@/lib/privacy/proofs.generated";
import { renderProofsModule, scanProofs } from "@/lib/privacy/scan-proofs";

describe("/trust lists the tests that prove each promise", () => {
  it("the generated list matches the test files (run npm run trust:generate after adding a proof)", () => {
    expect(readFileSync("lib/privacy/proofs.generated.ts", "utf8")).toBe(
      renderProofsModule(scanProofs(process.cwd())),
    );
  });

  it("names only promises that exist", () => {
    const ids = new Set(PRIVACY_PROMISES.map((p) => p.id));
    expect(Object.keys(PROOFS).filter((id) => !ids.has(id))).toEqual([]);
    expect(PRIVACY_PROMISES).toHaveLength(25);
  });
});
