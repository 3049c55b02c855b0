import { gradeIndex } from "@/lib/learning/age";
import { isMastered } from "@/lib/learning/bkt";
import type { Curriculum, Skill, SubjectId } from "@/lib/learning/types";

export type PlanKind = "review" | "learn" | "practice";

export interface PlanStep {
  kind: PlanKind;
  skillId: string;
  /** A short, calm sentence the child (or parent) can read. */
  reason: string;
}

export interface PlanInput {
  curriculum: Curriculum;
  /** P(known) per skill id; skills absent from the map have not been started. */
  mastery: ReadonlyMap<string, number>;
  dueReviews: readonly { skillId: string; due: Date }[];
  now: Date;
  subject?: SubjectId;
  limit: number;
  /** Most reviews before new learning; defaults to half the plan, so learning always moves. */
  maxReviews?: number;
}

const REASONS = {
  review: "Time for a quick refresh, so it stays strong.",
  learnRoot: "A good place to start.",
  learn: "Ready to learn: it builds on skills you already know.",
  practice: "Nearly there: a little more practice.",
  strengthen: "Let's keep this one strong.",
  nextStep: "A good next step.",
} as const;

// Below this a skill still needs teaching; at or above it, practice will finish the job.
const PRACTICE_FROM = 0.5;

/**
 * Skill ids in an order where every skill comes after its prerequisites (Kahn's algorithm,
 * breaking ties by the curriculum's own order so the result is stable). Skills caught in a
 * cycle, which a valid curriculum never has, are appended in curriculum order rather than lost.
 */
export function topologicalOrder(skills: readonly Pick<Skill, "id" | "prerequisites">[]): string[] {
  const index = new Map(skills.map((s, i) => [s.id, i]));
  const remaining = skills.map(
    (s) => new Set(s.prerequisites.filter((p) => index.has(p) && p !== s.id)).size,
  );
  const dependents: number[][] = skills.map(() => []);
  skills.forEach((s, i) => {
    for (const p of new Set(s.prerequisites)) {
      const j = index.get(p);
      if (j !== undefined && j !== i) dependents[j]?.push(i);
    }
  });

  // A sorted ready list keeps ties in curriculum order; curricula are small enough that the
  // insertion cost does not matter.
  const ready = remaining.flatMap((r, i) => (r === 0 ? [i] : []));
  const order: number[] = [];
  const placed = new Set<number>();
  while (ready.length > 0) {
    const i = ready.shift() as number;
    order.push(i);
    placed.add(i);
    for (const j of dependents[i] ?? []) {
      const left = (remaining[j] ?? 0) - 1;
      remaining[j] = left;
      if (left === 0) {
        const at = ready.findIndex((k) => k > j);
        ready.splice(at < 0 ? ready.length : at, 0, j);
      }
    }
  }
  skills.forEach((_, i) => {
    if (!placed.has(i)) order.push(i);
  });
  return order.map((i) => skills[i]?.id ?? "");
}

function masteryOf(mastery: ReadonlyMap<string, number>, skillId: string): number | undefined {
  const p = mastery.get(skillId);
  return p !== undefined && Number.isFinite(p) ? p : undefined;
}

/** Round-robin across subjects, each subject most-overdue first, so a review set mixes subjects. */
function interleaveReviews(due: readonly { skill: Skill; due: Date }[]): { skill: Skill; due: Date }[] {
  const bySubject = new Map<SubjectId, { skill: Skill; due: Date }[]>();
  for (const r of [...due].sort((a, b) => a.due.getTime() - b.due.getTime())) {
    const queue = bySubject.get(r.skill.subject) ?? [];
    queue.push(r);
    bySubject.set(r.skill.subject, queue);
  }
  const queues = [...bySubject.values()];
  const out: { skill: Skill; due: Date }[] = [];
  for (let round = 0; out.length < due.length; round++) {
    for (const q of queues) {
      const next = q[round];
      if (next) out.push(next);
    }
  }
  return out;
}

/**
 * What to do next: due reviews first (capped and interleaved across subjects), then the
 * frontier (skills not yet mastered whose prerequisites all are) by grade and prerequisite
 * order. Never empty while the curriculum has skills in scope: with nothing due and no frontier,
 * it strengthens the weakest mastered skills or offers the earliest unmastered one.
 */
export function planNext(input: PlanInput): PlanStep[] {
  const { curriculum, mastery, now, subject } = input;
  const limit = Number.isFinite(input.limit) ? Math.max(1, Math.floor(input.limit)) : 1;
  const maxReviews =
    input.maxReviews !== undefined && Number.isFinite(input.maxReviews)
      ? Math.max(0, Math.floor(input.maxReviews))
      : Math.ceil(limit / 2);

  const byId = new Map(curriculum.skills.map((s) => [s.id, s]));
  const topoIndex = new Map(topologicalOrder(curriculum.skills).map((id, i) => [id, i]));
  const inScope = (s: Skill) => subject === undefined || s.subject === subject;
  const mastered = (id: string) => isMastered(masteryOf(mastery, id) ?? 0);
  const byGradeThenOrder = (a: Skill, b: Skill) =>
    gradeIndex(a.grade) - gradeIndex(b.grade) || (topoIndex.get(a.id) ?? 0) - (topoIndex.get(b.id) ?? 0);

  const plan: PlanStep[] = [];
  const planned = new Set<string>();
  const push = (kind: PlanKind, skill: Skill, reason: string) => {
    if (plan.length >= limit || planned.has(skill.id)) return;
    planned.add(skill.id);
    plan.push({ kind, skillId: skill.id, reason });
  };

  const seen = new Set<string>();
  const due: { skill: Skill; due: Date }[] = [];
  for (const r of input.dueReviews) {
    const skill = byId.get(r.skillId);
    if (!skill || !inScope(skill) || seen.has(skill.id) || !(r.due.getTime() <= now.getTime())) continue;
    seen.add(skill.id);
    due.push({ skill, due: r.due });
  }
  const reviews = interleaveReviews(due);
  for (const r of reviews.slice(0, maxReviews)) push("review", r.skill, REASONS.review);

  // Prerequisites are checked across the whole curriculum: a science skill may build on reading.
  // A prerequisite missing from the curriculum cannot be learned here, so it does not block.
  const frontier = curriculum.skills
    .filter((s) => inScope(s) && !mastered(s.id))
    .filter((s) => s.prerequisites.every((p) => !byId.has(p) || mastered(p)))
    .sort(byGradeThenOrder);
  for (const skill of frontier) {
    const p = masteryOf(mastery, skill.id);
    if (p !== undefined && p >= PRACTICE_FROM) push("practice", skill, REASONS.practice);
    else push("learn", skill, skill.prerequisites.length === 0 ? REASONS.learnRoot : REASONS.learn);
  }

  // With the frontier exhausted, the rest of the due reviews are the most useful thing left.
  for (const r of reviews.slice(maxReviews)) push("review", r.skill, REASONS.review);

  if (plan.length === 0) {
    // Only reachable when everything in scope is mastered, or what is left waits on a
    // prerequisite outside the chosen subject: offer that anyway, then keep mastered skills strong.
    const scoped = curriculum.skills.filter(inScope);
    const earliestUnmastered = scoped.filter((s) => !mastered(s.id)).sort(byGradeThenOrder);
    for (const skill of earliestUnmastered) push("learn", skill, REASONS.nextStep);
    const weakestMastered = scoped
      .filter((s) => mastered(s.id))
      .sort(
        (a, b) => (masteryOf(mastery, a.id) ?? 0) - (masteryOf(mastery, b.id) ?? 0) || byGradeThenOrder(a, b),
      );
    for (const skill of weakestMastered) push("practice", skill, REASONS.strengthen);
  }
  return plan;
}
