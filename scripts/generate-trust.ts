/**
 * Writes lib/privacy/proofs.generated.ts: for each privacy promise, the tests whose titles name
 * it (`describe("P6 …")`, `it("P6 …")`). Run before every build; tests/unit/privacy/trust-page
 * fails when the committed file differs from a fresh scan, so /trust cannot drift.
 */
import { writeFileSync } from "node:fs";
import { renderProofsModule, scanProofs } from "@/lib/privacy/scan-proofs";

const target = "lib/privacy/proofs.generated.ts";
writeFileSync(target, renderProofsModule(scanProofs(process.cwd())));
console.log(`wrote ${target}`);
