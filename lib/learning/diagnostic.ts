import { AppError } from "@/lib/errors";
import { DEFAULT_GRADE, GRADE_LEVELS, gradeFromIndex, gradeIndex } from "@/lib/learning/age";
import { bktParamsFor, MASTERY_THRESHOLD } from "@/lib/learning/bkt";
import { topologicalOrder } from "@/lib/learning/planner";
import type { Curriculum, GradeLevel, SubjectId } from "@/lib/learning/types";

/**
 * Diagnostic placement: an adaptive walk over one subject's prerequisite graph.
 *
 * Each probed skill gets two items (a third when they disagree). A pass moves the walk up to the
 * skill's dependents and counts as evidence that its prerequisites are known; a fail moves it
 * down to the prerequisites and counts against its dependents. Alongside the graph, a "level"
 * model (the child knows roughly everything up to some grade) pools all the answers, so skills
 * in strands that were never probed still get a sensible estimate and the walk can stop once
 * the boundary between known and unknown is found, in minutes rather than hours.
 *
 * The state is plain JSON holding a snapshot of the subject's graph and the answers so far;
 * every belief is recomputed from it, so the state can be stored between requests and a
 * curriculum change mid-diagnostic cannot corrupt it.
 */

export interface DiagnosticSkill {
  id: string;
  /** Grade index, K = 0. */
  grade: number;
  /** Indices into `DiagnosticState.skills` of this skill's nearest prerequisites in the subject. */
  prerequisites: number[];
  /** Present only when the skill's BKT parameters differ from the defaults. */
  slip?: number;
  guess?: number;
}

export interface DiagnosticResponse {
  skillId: string;
  correct: boolean;
}

export interface DiagnosticState {
  version: 1;
  subject: SubjectId;
  startGrade: GradeLevel;
  maxItems: number;
  /** The subject's skills in prerequisite order. */
  skills: DiagnosticSkill[];
  responses: DiagnosticResponse[];
}

export interface Placement {
  /** Starting P(known) for every skill of the subject, to seed mastery. */
  masteryBySkill: Record<string, number>;
  /** The grade to start learning at: the lowest grade most of whose skills are not yet known. */
  placedGrade: GradeLevel;
  finished: boolean;
}

export const DEFAULT_MAX_ITEMS = 40;

const ITEMS_PER_PROBE = 2;
const MAX_ITEMS_PER_PROBE = 3;
// How much a pass on a dependent (or a fail on a prerequisite) counts towards a skill, relative
// to answering the skill itself. Below 1 so that direct answers outweigh inference, which keeps
// one lucky guess high in the graph from overruling what the child showed lower down.
const INFERENCE_WEIGHT = 0.8;
// The level model pools every answer but treats each skill as a sample of its grade; it is
// weighted down and capped so only graph evidence or direct answers can be near-certain.
const LEVEL_PRIOR_WEIGHT = 0.5;
const LEVEL_PRIOR_CAP = 0.98;
// Children's knowledge is patchy: one in ten skills is assumed not to follow the level.
const PATCHINESS = 0.1;
// Before any answers, levels near the age-based estimate are a little more likely.
const LEVEL_PRIOR_DECAY = 0.25;
// A skill is settled (no need to ask) once P(known) leaves [0.15, 0.85].
const SETTLED_LOG_ODDS = Math.log(0.85 / 0.15);
const FLOOR = 0.01;
const CEILING = 0.99;

// ---------------------------------------------------------------------------------------------
// Starting.

/** Nearest in-subject prerequisites, looking through skills of other subjects on the way. */
function subjectPrerequisites(curriculum: Curriculum, subject: SubjectId): Map<string, string[]> {
  const byId = new Map(curriculum.skills.map((s) => [s.id, s]));
  const result = new Map<string, string[]>();
  for (const skill of curriculum.skills) {
    if (skill.subject !== subject) continue;
    const found = new Set<string>();
    const visited = new Set<string>([skill.id]);
    const stack = [...skill.prerequisites];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (visited.has(id)) continue;
      visited.add(id);
      const p = byId.get(id);
      if (!p) continue;
      if (p.subject === subject) found.add(id);
      else stack.push(...p.prerequisites);
    }
    result.set(skill.id, [...found]);
  }
  return result;
}

export function startDiagnostic(options: {
  curriculum: Curriculum;
  subject: SubjectId;
  startGrade: GradeLevel;
  maxItems?: number;
}): DiagnosticState {
  const { curriculum, subject } = options;
  const maxItems =
    options.maxItems !== undefined && Number.isFinite(options.maxItems)
      ? Math.max(1, Math.floor(options.maxItems))
      : DEFAULT_MAX_ITEMS;
  const prerequisites = subjectPrerequisites(curriculum, subject);
  const subjectSkills = curriculum.skills.filter((s) => s.subject === subject);
  const ordered = topologicalOrder(
    subjectSkills.map((s) => ({ id: s.id, prerequisites: prerequisites.get(s.id) ?? [] })),
  );
  const position = new Map(ordered.map((id, i) => [id, i]));
  const byId = new Map(subjectSkills.map((s) => [s.id, s]));

  const skills = ordered.flatMap((id): DiagnosticSkill[] => {
    const skill = byId.get(id);
    if (!skill) return [];
    const entry: DiagnosticSkill = {
      id,
      grade: Math.max(0, gradeIndex(skill.grade)),
      prerequisites: (prerequisites.get(id) ?? []).flatMap((p) => {
        const i = position.get(p);
        return i === undefined ? [] : [i];
      }),
    };
    if (skill.bkt?.pSlip !== undefined || skill.bkt?.pGuess !== undefined) {
      const params = bktParamsFor(skill);
      entry.slip = params.pSlip;
      entry.guess = params.pGuess;
    }
    return [entry];
  });

  const startGrade = GRADE_LEVELS.includes(options.startGrade) ? options.startGrade : DEFAULT_GRADE;
  return { version: 1, subject, startGrade, maxItems, skills, responses: [] };
}

// ---------------------------------------------------------------------------------------------
// The graph behind a state, computed once per `skills` array (states share it between steps).

interface Graph {
  index: Map<string, number>;
  /** ancestors[i]: every skill i builds on, directly or not. */
  ancestors: number[][];
  descendants: number[][];
  isAncestor: Uint8Array[]; // isAncestor[i][j] = 1 when j is a prerequisite (transitive) of i
  grades: number[];
  minGrade: number;
  maxGrade: number;
}

const graphs = new WeakMap<DiagnosticSkill[], Graph>();

function graphOf(skills: DiagnosticSkill[]): Graph {
  const cached = graphs.get(skills);
  if (cached) return cached;
  const n = skills.length;
  const isAncestor = skills.map(() => new Uint8Array(n));
  // Skills are stored in prerequisite order, so each skill's prerequisites are complete before
  // it is reached; the cycle-tolerant order of a broken curriculum only loses some inference.
  skills.forEach((skill, i) => {
    const row = isAncestor[i] as Uint8Array;
    for (const p of skill.prerequisites) {
      if (p < 0 || p >= n || p === i) continue;
      row[p] = 1;
      const inherited = isAncestor[p] as Uint8Array;
      for (let j = 0; j < n; j++) if (inherited[j]) row[j] = 1;
    }
    row[i] = 0;
  });
  const ancestors = isAncestor.map((row) => {
    const list: number[] = [];
    row.forEach((v, j) => {
      if (v) list.push(j);
    });
    return list;
  });
  const descendants: number[][] = skills.map(() => []);
  ancestors.forEach((list, i) => {
    for (const a of list) descendants[a]?.push(i);
  });
  const grades = skills.map((s) => s.grade);
  const graph: Graph = {
    index: new Map(skills.map((s, i) => [s.id, i])),
    ancestors,
    descendants,
    isAncestor,
    grades,
    minGrade: grades.length > 0 ? Math.min(...grades) : 0,
    maxGrade: grades.length > 0 ? Math.max(...grades) : 0,
  };
  graphs.set(skills, graph);
  return graph;
}

// ---------------------------------------------------------------------------------------------
// Beliefs.

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

interface Beliefs {
  graph: Graph;
  /** Log-odds that each skill is known. */
  logOdds: number[];
  /** Answers on each skill. */
  asked: number[];
  /** Summed log-likelihood ratio of each skill's own answers (0 when not asked). */
  evidence: number[];
}

function slipGuess(skill: DiagnosticSkill | undefined): { slip: number; guess: number } {
  const defaults = bktParamsFor(undefined);
  return { slip: skill?.slip ?? defaults.pSlip, guess: skill?.guess ?? defaults.pGuess };
}

function beliefsOf(state: DiagnosticState): Beliefs {
  const graph = graphOf(state.skills);
  const n = state.skills.length;
  const asked = new Array<number>(n).fill(0);
  const evidence = new Array<number>(n).fill(0);

  // Level λ = the highest grade the child knows, from (lowest grade − 1) = "none yet" upwards.
  const lowest = graph.minGrade - 1;
  const levels = Array.from({ length: graph.maxGrade - lowest + 1 }, (_, k) => lowest + k);
  const expected = gradeIndex(state.startGrade) - 1;
  const logPosterior = levels.map((level) => -LEVEL_PRIOR_DECAY * Math.abs(level - expected));

  for (const response of state.responses) {
    const i = graph.index.get(response.skillId);
    if (i === undefined) continue;
    const { slip, guess } = slipGuess(state.skills[i]);
    asked[i] = (asked[i] ?? 0) + 1;
    evidence[i] =
      (evidence[i] ?? 0) + (response.correct ? Math.log((1 - slip) / guess) : Math.log(slip / (1 - guess)));
    const pKnown = (1 - PATCHINESS) * (1 - slip) + PATCHINESS * guess;
    const pUnknown = (1 - PATCHINESS) * guess + PATCHINESS * (1 - slip);
    const grade = graph.grades[i] ?? 0;
    levels.forEach((level, k) => {
      const p = grade <= level ? pKnown : pUnknown;
      logPosterior[k] = (logPosterior[k] ?? 0) + Math.log(response.correct ? p : 1 - p);
    });
  }
  const top = Math.max(...logPosterior);
  const weights = logPosterior.map((l) => Math.exp(l - top));
  const total = weights.reduce((a, b) => a + b, 0);
  const atLeast = (grade: number) =>
    levels.reduce((sum, level, k) => (level >= grade ? sum + (weights[k] ?? 0) : sum), 0) / total;

  const passed = evidence.flatMap((e, i) => ((asked[i] ?? 0) > 0 && e > 0 ? [i] : []));
  const failed = evidence.flatMap((e, i) => ((asked[i] ?? 0) > 0 && e < 0 ? [i] : []));
  const isAncestor = (of: number, j: number) => graph.isAncestor[of]?.[j] === 1;
  const logOdds = state.skills.map((_, s) => {
    const fromLevel = Math.min(LEVEL_PRIOR_CAP, Math.max(1 - LEVEL_PRIOR_CAP, atLeast(graph.grades[s] ?? 0)));
    let l = LEVEL_PRIOR_WEIGHT * logit(fromLevel) + (evidence[s] ?? 0);
    // Knowing a skill means knowing what it builds on, and not knowing one means not knowing its
    // dependents; but only along paths the answers do not contradict. A pass above a fail (one
    // of them noise) says nothing about the skills beyond the fail.
    for (const d of passed) {
      if (!isAncestor(d, s)) continue;
      if (failed.some((m) => isAncestor(d, m) && isAncestor(m, s))) continue;
      l += INFERENCE_WEIGHT * (evidence[d] ?? 0);
    }
    for (const a of failed) {
      if (!isAncestor(s, a)) continue;
      if (passed.some((m) => isAncestor(m, a) && isAncestor(s, m))) continue;
      l += INFERENCE_WEIGHT * (evidence[a] ?? 0);
    }
    return l;
  });
  return { graph, logOdds, asked, evidence };
}

// ---------------------------------------------------------------------------------------------
// Stepping.

/** The skill still being probed: the last one asked, until it has its two (or three) answers. */
function probeInProgress(state: DiagnosticState, beliefs: Beliefs): number | null {
  const last = state.responses.at(-1);
  if (!last) return null;
  const i = beliefs.graph.index.get(last.skillId);
  if (i === undefined) return null;
  const answers = state.responses.filter((r) => r.skillId === last.skillId);
  if (answers.length < ITEMS_PER_PROBE) return i;
  const split = answers.some((r) => r.correct) && answers.some((r) => !r.correct);
  if (answers.length < MAX_ITEMS_PER_PROBE && split) return i;
  return null;
}

function chooseProbe(state: DiagnosticState, beliefs: Beliefs): number | null {
  const { graph, logOdds, asked, evidence } = beliefs;
  const unsettled = new Set(
    logOdds.flatMap((l, i) => ((asked[i] ?? 0) === 0 && Math.abs(l) < SETTLED_LOG_ODDS ? [i] : [])),
  );
  if (unsettled.size === 0) return confirmationProbe(beliefs);

  let candidates: number[];
  const last = state.responses.at(-1);
  const lastIndex = last ? graph.index.get(last.skillId) : undefined;
  if (lastIndex === undefined) {
    // Start a grade below the age-based estimate, so the first questions are likely successes.
    const target = gradeIndex(state.startGrade) - 1;
    const grades = [...new Set(graph.grades)];
    const anchor = grades.reduce(
      (best, g) =>
        Math.abs(g - target) < Math.abs(best - target) ||
        (Math.abs(g - target) === Math.abs(best - target) && g < best)
          ? g
          : best,
      grades[0] ?? 0,
    );
    candidates = [...unsettled].filter((i) => graph.grades[i] === anchor);
  } else {
    // Up to what builds on a passed skill, down to what a failed one builds on.
    const passed = (evidence[lastIndex] ?? 0) > 0;
    const near = passed ? graph.descendants[lastIndex] : graph.ancestors[lastIndex];
    candidates = (near ?? []).filter((i) => unsettled.has(i));
  }
  if (candidates.length === 0) candidates = [...unsettled];

  // Binary search on the graph: a probe is worth what it settles in its less likely outcome.
  let best: number | null = null;
  let bestScore = -1;
  for (const i of candidates) {
    const below = 1 + (graph.ancestors[i] ?? []).filter((j) => unsettled.has(j)).length;
    const above = 1 + (graph.descendants[i] ?? []).filter((j) => unsettled.has(j)).length;
    const p = sigmoid(logOdds[i] ?? 0);
    const score = Math.min(below, above) * (1 - Math.abs(2 * p - 1));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Before finishing, the boundary must rest on more than one probe each side: two passes in the
 * highest grade judged known and two fails in the placed grade. One lucky guess (or one slip)
 * would otherwise decide the placement, since inference settles everything around it.
 */
function confirmationProbe(beliefs: Beliefs): number | null {
  const { graph, logOdds, asked, evidence } = beliefs;
  const unasked = (grade: number) =>
    graph.grades.flatMap((g, i) => (g === grade && (asked[i] ?? 0) === 0 ? [i] : []));
  const probedWith = (grade: number, outcome: "pass" | "fail") =>
    graph.grades.filter((g, i) => {
      if (g !== grade || (asked[i] ?? 0) === 0) return false;
      return outcome === "pass" ? (evidence[i] ?? 0) > 0 : (evidence[i] ?? 0) < 0;
    }).length;

  const open = firstOpenGrade(beliefs);
  const knownUpTo =
    open === undefined ? graph.maxGrade : graph.grades.filter((g) => g < open).sort((a, b) => b - a)[0];
  if (knownUpTo !== undefined && probedWith(knownUpTo, "pass") < 2) {
    // The skill that looks least known is the most useful check of a pass.
    const pick = unasked(knownUpTo).sort((a, b) => (logOdds[a] ?? 0) - (logOdds[b] ?? 0))[0];
    if (pick !== undefined) return pick;
  }
  if (open !== undefined && probedWith(open, "fail") < 2) {
    const pick = unasked(open).sort((a, b) => (logOdds[b] ?? 0) - (logOdds[a] ?? 0))[0];
    if (pick !== undefined) return pick;
  }
  return null;
}

/** Per grade, how many skills look more known than not. */
function gradeTallies(beliefs: Beliefs): Map<number, { known: number; total: number }> {
  const byGrade = new Map<number, { known: number; total: number }>();
  beliefs.graph.grades.forEach((grade, i) => {
    const tally = byGrade.get(grade) ?? { known: 0, total: 0 };
    tally.total += 1;
    if ((beliefs.logOdds[i] ?? 0) >= 0) tally.known += 1;
    byGrade.set(grade, tally);
  });
  return byGrade;
}

function firstOpenGrade(beliefs: Beliefs): number | undefined {
  const tallies = gradeTallies(beliefs);
  return [...tallies.keys()]
    .sort((a, b) => a - b)
    .find((g) => {
      const t = tallies.get(g);
      return t !== undefined && t.known * 2 < t.total;
    });
}

/** The lowest grade most of whose skills are not known yet; the top grade if there is none. */
function placedGradeIndex(beliefs: Beliefs): number {
  return firstOpenGrade(beliefs) ?? beliefs.graph.maxGrade;
}

function nextIndex(state: DiagnosticState, beliefs: Beliefs): number | null {
  if (state.responses.length >= state.maxItems || state.skills.length === 0) return null;
  return probeInProgress(state, beliefs) ?? chooseProbe(state, beliefs);
}

/** The skill to ask about next, or null when the diagnostic is finished. */
export function nextSkill(state: DiagnosticState): string | null {
  const i = nextIndex(state, beliefsOf(state));
  return i === null ? null : (state.skills[i]?.id ?? null);
}

/**
 * Records one answer. Answers after the item limit are ignored, so a double submit at the end
 * is harmless; an id outside the diagnostic's subject is a caller bug and is refused.
 */
export function recordResult(state: DiagnosticState, skillId: string, correct: boolean): DiagnosticState {
  if (!graphOf(state.skills).index.has(skillId)) {
    throw new AppError("bad_input", "That skill is not part of this diagnostic.");
  }
  if (state.responses.length >= state.maxItems) return state;
  return { ...state, responses: [...state.responses, { skillId, correct: correct === true }] };
}

export function placement(state: DiagnosticState): Placement {
  const beliefs = beliefsOf(state);
  const masteryBySkill: Record<string, number> = {};
  state.skills.forEach((skill, i) => {
    const l = beliefs.logOdds[i] ?? 0;
    // A skill the diagnostic settled as known counts as mastered, so practice starts at the
    // frontier instead of re-teaching it; its FSRS reviews will catch any that is not.
    const seeded = l >= SETTLED_LOG_ODDS ? Math.max(sigmoid(l), MASTERY_THRESHOLD) : sigmoid(l);
    masteryBySkill[skill.id] = Math.min(CEILING, Math.max(FLOOR, seeded));
  });
  return {
    masteryBySkill,
    placedGrade: gradeFromIndex(placedGradeIndex(beliefs)),
    finished: nextIndex(state, beliefs) === null,
  };
}
