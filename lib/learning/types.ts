/**
 * Shared shapes of the learning engine. The engine is pure TypeScript (no React, no database):
 * the database layer stores what these functions compute.
 */

export type SubjectId = "math" | "reading" | "science";

export type GradeLevel = "K" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8";

/** One node of the curriculum graph. `id` is stable across curriculum versions. */
export interface Skill {
  id: string; // e.g. "math.3.fractions.unit-fractions"
  subject: SubjectId;
  grade: GradeLevel;
  title: string; // child-friendly title, our own words
  description: string; // one or two sentences for parents, our own words
  standardCode?: string; // e.g. Common Core "3.NF.A.1"
  prerequisites: string[]; // skill ids; the graph is a DAG
  /** BKT parameters; omitted fields fall back to DEFAULT_BKT. */
  bkt?: Partial<BktParams>;
}

export interface Subject {
  id: SubjectId;
  title: string;
}

export interface Curriculum {
  version: number; // bump when the seed data changes
  subjects: Subject[];
  skills: Skill[];
}

export interface BktParams {
  pInit: number; // P(L0)
  pLearn: number; // P(T)
  pSlip: number; // P(S)
  pGuess: number; // P(G)
}

export type AnswerSpec =
  | { kind: "number"; value: number; tolerance?: number; unit?: string }
  | {
      kind: "fraction";
      numerator: number;
      denominator: number;
      acceptDecimal?: boolean;
      requireSimplest?: boolean;
    }
  | { kind: "choice"; choices: string[]; correctIndex: number }
  | { kind: "text"; accepted: string[]; caseSensitive?: boolean };

/** A practice or assessment item, generated or authored. */
export interface Item {
  id: string; // stable: `${skillId}#${seed}` for generated items, authored id otherwise
  skillId: string;
  /** Prompt as text; maths inside `$...$` is rendered with KaTeX on the page. */
  prompt: string;
  answer: AnswerSpec;
  /** Step-by-step worked solution (each entry one step; may contain `$...$`). */
  solution: string[];
  /** Exactly four rungs: nudge, targeted hint, worked example of a similar problem, the step. */
  hints: [string, string, string, string];
  /**
   * The problem behind the item, for the answer checker only: lets a wrong answer be explained as
   * a misconception. Server-side, like `answer`; `publicItem` never sends it to a page.
   */
  checkContext?: CheckContext;
}

export type Operation = "add" | "subtract" | "multiply" | "divide";

/**
 * What the checker may know about the problem behind an item, so that a wrong answer can be
 * recognised as a common misconception. Everything is optional: without it the checker still
 * marks right and wrong, it just says less. (Lives here rather than in check-answer.ts so that
 * `Item` can carry it without an import cycle.)
 */
export interface CheckContext {
  /** Operands of a whole-number or decimal problem `a ∘ b` (wrong-operation feedback). */
  a?: number;
  b?: number;
  operation?: Operation;
  /** Operands of a fraction problem (added-tops-and-bottoms feedback). */
  operands?: { n: number; d: number }[];
}

export interface CheckResult {
  correct: boolean;
  /** Why the answer is wrong when the checker can tell (a misconception), in child-friendly words. */
  feedback?: string;
  /** The answer could not be read (e.g. "abc" for a number): not counted as an attempt. */
  unreadable?: boolean;
}
