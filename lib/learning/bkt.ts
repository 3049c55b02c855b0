import type { BktParams, Skill } from "@/lib/learning/types";

/**
 * Defaults for skills that do not carry their own fitted parameters. They sit in the ranges
 * reported for fitted BKT models of K–8 maths practice (Corbett & Anderson 1995; Baker et al.
 * 2008; ASSISTments fits), leaning cautious:
 * - pInit 0.2: a skill the diagnostic has not placed is more likely new than known.
 * - pLearn 0.15: each practised item has a modest chance of producing learning.
 * - pSlip 0.1: young children mistype and mis-tap even when they know the skill.
 * - pGuess 0.2: most items are typed answers, which are hard to guess; multiple choice with four
 *   options would be 0.25, so skills built on choices should set their own.
 * With these, three correct answers in a row take a new skill from 0.2 past 0.95.
 */
export const DEFAULT_BKT: BktParams = { pInit: 0.2, pLearn: 0.15, pSlip: 0.1, pGuess: 0.2 };

/** Corbett & Anderson's conventional mastery criterion. */
export const MASTERY_THRESHOLD = 0.95;

// Posteriors are kept strictly inside (0, 1): at exactly 0 or 1 no later evidence could move
// them, and a child who once looked certain must still be able to show otherwise.
const FLOOR = 0.001;
const CEILING = 0.999;

function clamp(p: number): number {
  return Math.min(CEILING, Math.max(FLOOR, p));
}

/**
 * Parameters are usable when pInit, pSlip and pGuess are probabilities strictly between 0 and 1,
 * pLearn is in [0, 1) (0 models a skill practice does not teach), and pSlip + pGuess < 1: knowing
 * the skill must make a correct answer more likely, or a correct answer could lower mastery.
 */
export function isValidBktParams(p: BktParams): boolean {
  const open = (x: number) => Number.isFinite(x) && x > 0 && x < 1;
  const learn = Number.isFinite(p.pLearn) && p.pLearn >= 0 && p.pLearn < 1;
  return open(p.pInit) && open(p.pSlip) && open(p.pGuess) && learn && p.pSlip + p.pGuess < 1;
}

/** A skill's parameters with DEFAULT_BKT for anything it leaves out; invalid sets fall back whole. */
export function bktParamsFor(skill: Pick<Skill, "bkt"> | undefined): BktParams {
  const merged = { ...DEFAULT_BKT, ...(skill?.bkt ?? {}) };
  return isValidBktParams(merged) ? merged : DEFAULT_BKT;
}

/** P(correct answer) given the current belief that the skill is known. */
export function probabilityCorrect(pKnown: number, params: BktParams = DEFAULT_BKT): number {
  const p = clamp(pKnown);
  return p * (1 - params.pSlip) + (1 - p) * params.pGuess;
}

/**
 * One step of Bayesian Knowledge Tracing: the posterior that the skill was known given this
 * answer, then the chance it was learned while practising.
 *   correct: P(L|✓) = P(L)(1−S) / (P(L)(1−S) + (1−P(L))G)
 *   wrong:   P(L|✗) = P(L)S / (P(L)S + (1−P(L))(1−G))
 *   next:    P(L') = P(L|obs) + (1 − P(L|obs)) T
 */
export function updateMastery(pKnown: number, correct: boolean, params: BktParams = DEFAULT_BKT): number {
  const { pLearn, pSlip, pGuess } = isValidBktParams(params) ? params : DEFAULT_BKT;
  const p = clamp(Number.isFinite(pKnown) ? pKnown : DEFAULT_BKT.pInit);
  const known = correct ? p * (1 - pSlip) : p * pSlip;
  const unknown = correct ? (1 - p) * pGuess : (1 - p) * (1 - pGuess);
  const posterior = known / (known + unknown);
  return clamp(posterior + (1 - posterior) * pLearn);
}

export function isMastered(pKnown: number): boolean {
  return pKnown >= MASTERY_THRESHOLD;
}
