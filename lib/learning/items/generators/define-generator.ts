import type { AnswerSpec, CheckContext, Item } from "@/lib/learning/types";
import { createRng, type Rng, seedFor } from "../random";

export type Hints = [string, string, string, string];

/**
 * A generated item plus the numbers it was built from. Tests recompute the answer from `params`
 * with their own arithmetic; the public `generateItem` strips them so `Item` stays as declared.
 */
export interface GeneratedItem extends Item {
  params: Record<string, number | string>;
}

export type Generator = (seed: number) => GeneratedItem;

export interface GeneratorEntry {
  skillId: string;
  generate: Generator;
}

export interface ItemDraft {
  prompt: string;
  answer: AnswerSpec;
  solution: string[];
  hints: Hints;
  params: Record<string, number | string>;
  /** Set from numbers already drawn (never new draws), so adding it changes no seed's item. */
  checkContext?: CheckContext;
}

/**
 * Wraps a builder so that the seed fully determines the item: the builder only ever sees an Rng
 * seeded from the skill id and the seed.
 */
export function defineGenerator(skillId: string, build: (rng: Rng) => ItemDraft): GeneratorEntry {
  return {
    skillId,
    generate: (seed) => {
      const draft = build(createRng(seedFor(skillId, seed)));
      return { id: `${skillId}#${seed}`, skillId, ...draft };
    },
  };
}

/**
 * Draws until `make` returns something that differs from the real problem, so the worked example
 * in the third hint never solves the child's own question. Gives up after a few tries because
 * some skills have tiny spaces; `fallback` must then be different by construction.
 */
export function differentFrom<T>(
  rng: Rng,
  make: (rng: Rng) => T,
  isSame: (candidate: NoInfer<T>) => boolean,
  fallback: NoInfer<T>,
): T {
  for (let i = 0; i < 30; i++) {
    const candidate = make(rng);
    if (!isSame(candidate)) return candidate;
  }
  return fallback;
}

export const numberAnswer = (value: number, unit?: string): AnswerSpec =>
  unit === undefined ? { kind: "number", value } : { kind: "number", value, unit };

export const fractionAnswer = (numerator: number, denominator: number): AnswerSpec => ({
  kind: "fraction",
  numerator,
  denominator,
});

export function choiceAnswer(choices: string[], correct: string): AnswerSpec {
  const correctIndex = choices.indexOf(correct);
  if (correctIndex < 0) throw new Error(`correct choice "${correct}" is not among the choices`);
  return { kind: "choice", choices, correctIndex };
}
