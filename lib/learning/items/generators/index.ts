import { ADDITION_SUBTRACTION_GENERATORS } from "./addition-subtraction";
import { COUNTING_GENERATORS } from "./counting";
import { DATA_GENERATORS } from "./data";
import { DECIMAL_GENERATORS } from "./decimals";
import type { Generator, GeneratorEntry } from "./define-generator";
import { FRACTION_GENERATORS } from "./fractions";
import { GEOMETRY_GENERATORS } from "./geometry";
import { MEASUREMENT_GENERATORS } from "./measurement";
import { MIDDLE_SCHOOL_GENERATORS } from "./middle-school";
import { MULTIPLICATION_DIVISION_GENERATORS } from "./multiplication-division";
import { PLACE_VALUE_GENERATORS } from "./place-value";

export type { GeneratedItem, Generator } from "./define-generator";

const ALL: GeneratorEntry[] = [
  ...COUNTING_GENERATORS,
  ...PLACE_VALUE_GENERATORS,
  ...ADDITION_SUBTRACTION_GENERATORS,
  ...MULTIPLICATION_DIVISION_GENERATORS,
  ...FRACTION_GENERATORS,
  ...DECIMAL_GENERATORS,
  ...MEASUREMENT_GENERATORS,
  ...GEOMETRY_GENERATORS,
  ...DATA_GENERATORS,
  ...MIDDLE_SCHOOL_GENERATORS,
];

function byId(entries: GeneratorEntry[]): ReadonlyMap<string, Generator> {
  const map = new Map<string, Generator>();
  for (const { skillId, generate } of entries) {
    // Two generators for one skill would make item ids ambiguous; fail at import, not in a lesson.
    if (map.has(skillId)) throw new Error(`two generators registered for ${skillId}`);
    map.set(skillId, generate);
  }
  return map;
}

/** Every math generator, keyed by skill id. Items keep their `params` here (tests use them). */
export const GENERATORS: ReadonlyMap<string, Generator> = byId(ALL);
