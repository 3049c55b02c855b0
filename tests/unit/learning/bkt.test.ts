import { describe, expect, it } from "vitest";
import {
  bktParamsFor,
  DEFAULT_BKT,
  isMastered,
  isValidBktParams,
  MASTERY_THRESHOLD,
  probabilityCorrect,
  updateMastery,
} from "@/lib/learning/bkt";
import type { BktParams } from "@/lib/learning/types";

// pInit 0.2, pLearn 0.15, pSlip 0.1, pGuess 0.2
const P = DEFAULT_BKT;

describe("updateMastery (Bayesian Knowledge Tracing)", () => {
  it("matches hand-computed values", () => {
    // Correct from 0.2: posterior 0.2·0.9 / (0.2·0.9 + 0.8·0.2) = 0.18 / 0.34 = 0.529412;
    // learning: 0.529412 + 0.470588·0.15 = 0.6.
    expect(updateMastery(0.2, true, P)).toBeCloseTo(0.6, 10);
    // Wrong from 0.2: posterior 0.2·0.1 / (0.2·0.1 + 0.8·0.8) = 0.02 / 0.66 = 0.030303;
    // learning: 0.030303 + 0.969697·0.15 = 0.175758.
    expect(updateMastery(0.2, false, P)).toBeCloseTo(0.175758, 6);
    // Correct from 0.6: 0.54 / (0.54 + 0.4·0.2) = 0.54 / 0.62 = 0.870968;
    // learning: 0.870968 + 0.129032·0.15 = 0.890323.
    expect(updateMastery(0.6, true, P)).toBeCloseTo(0.890323, 6);
    // Wrong from 0.9: 0.09 / (0.09 + 0.1·0.8) = 0.09 / 0.17 = 0.529412;
    // learning: 0.529412 + 0.470588·0.15 = 0.6.
    expect(updateMastery(0.9, false, P)).toBeCloseTo(0.6, 10);
  });

  it("uses a skill's own parameters", () => {
    const params: BktParams = { pInit: 0.5, pLearn: 0, pSlip: 0.2, pGuess: 0.25 };
    // No learning: 0.5·0.8 / (0.5·0.8 + 0.5·0.25) = 0.4 / 0.525 = 0.761905.
    expect(updateMastery(0.5, true, params)).toBeCloseTo(0.761905, 6);
  });

  it("rates a correct answer above a wrong one, and is increasing in the prior", () => {
    let previous = { right: 0, wrong: 0 };
    for (let p = 0.01; p < 1; p += 0.01) {
      const right = updateMastery(p, true, P);
      const wrong = updateMastery(p, false, P);
      expect(right).toBeGreaterThan(wrong);
      expect(right).toBeGreaterThanOrEqual(previous.right);
      expect(wrong).toBeGreaterThanOrEqual(previous.wrong);
      previous = { right, wrong };
    }
  });

  it("raises mastery after a correct answer and lowers it after a wrong one once it is high", () => {
    for (const p of [0.05, 0.2, 0.5, 0.8, 0.95]) expect(updateMastery(p, true, P)).toBeGreaterThan(p);
    for (const p of [0.3, 0.5, 0.8, 0.95, 0.99]) expect(updateMastery(p, false, P)).toBeLessThan(p);
  });

  it("stays strictly inside (0, 1) for any input, so later answers can always move it", () => {
    const params: BktParams[] = [
      P,
      { pInit: 0.01, pLearn: 0.99, pSlip: 0.01, pGuess: 0.01 },
      { pInit: 0.5, pLearn: 0.01, pSlip: 0.45, pGuess: 0.45 },
    ];
    for (const q of params) {
      for (const p of [0, 1e-12, 0.3, 1 - 1e-12, 1, Number.NaN, -4, 7]) {
        for (const correct of [true, false]) {
          const next = updateMastery(p, correct, q);
          expect(next).toBeGreaterThan(0);
          expect(next).toBeLessThan(1);
        }
      }
    }
  });

  it("converges: three correct answers master a new skill, and long runs stay below 1", () => {
    let p = P.pInit;
    const path = [p];
    for (let i = 0; i < 3; i++) {
      p = updateMastery(p, true, P);
      path.push(p);
    }
    // 0.2 → 0.6 → 0.890323 → 0.977 (posterior 0.801290 / 0.823226 = 0.973354, + 0.026646·0.15)
    expect(path[3]).toBeCloseTo(0.977351, 5);
    expect(isMastered(path[2] ?? 0)).toBe(false);
    expect(isMastered(p)).toBe(true);
    for (let i = 0; i < 100; i++) p = updateMastery(p, true, P);
    expect(p).toBeLessThan(1);
    expect(isMastered(p)).toBe(true);
  });

  it("does not master a skill answered wrongly again and again", () => {
    let p = 0.9;
    for (let i = 0; i < 50; i++) p = updateMastery(p, false, P);
    // The learning transition keeps a floor near pLearn: practice is never hopeless.
    expect(p).toBeLessThan(0.2);
    expect(p).toBeGreaterThan(0.1);
  });

  it("falls back to the defaults for unusable parameters", () => {
    const broken: BktParams = { pInit: 0.2, pLearn: 0.1, pSlip: 0.6, pGuess: 0.5 };
    expect(isValidBktParams(broken)).toBe(false);
    expect(updateMastery(0.2, true, broken)).toBeCloseTo(0.6, 10);
  });
});

describe("mastery helpers", () => {
  it("masters at the conventional 0.95", () => {
    expect(MASTERY_THRESHOLD).toBe(0.95);
    expect(isMastered(0.95)).toBe(true);
    expect(isMastered(0.9499)).toBe(false);
  });

  it("merges a skill's partial parameters over the defaults", () => {
    expect(bktParamsFor({ bkt: { pGuess: 0.25 } })).toEqual({ ...DEFAULT_BKT, pGuess: 0.25 });
    expect(bktParamsFor(undefined)).toEqual(DEFAULT_BKT);
    expect(bktParamsFor({ bkt: { pSlip: 2 } })).toEqual(DEFAULT_BKT);
  });

  it("predicts the chance of a correct answer", () => {
    // 0.5·0.9 + 0.5·0.2 = 0.55
    expect(probabilityCorrect(0.5)).toBeCloseTo(0.55, 10);
  });
});
