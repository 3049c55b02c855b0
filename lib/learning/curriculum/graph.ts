import type { Curriculum, GradeLevel, Skill, SubjectId } from "@/lib/learning/types";
import { UnknownSkillError } from "./errors";
import { CURRICULUM } from "./index";

const GRADES: readonly GradeLevel[] = ["K", "1", "2", "3", "4", "5", "6", "7", "8"];

/** K = 0, 1 = 1, … 8 = 8, so grades can be compared and subtracted. */
export function gradeIndex(grade: GradeLevel): number {
  const index = GRADES.indexOf(grade);
  if (index < 0) throw new RangeError(`unknown grade "${grade}"`);
  return index;
}

export interface CurriculumGraph {
  readonly curriculum: Curriculum;
  getSkill(id: string): Skill | undefined;
  /** Like getSkill, but an unknown id is an error (UnknownSkillError). */
  requireSkill(id: string): Skill;
  skillsBySubject(subject: SubjectId): Skill[];
  /** Direct prerequisites, in the order the skill lists them. */
  prerequisitesOf(id: string): Skill[];
  /** Skills that list this one as a direct prerequisite. */
  dependentsOf(id: string): Skill[];
  /** Every skill reachable through prerequisites, nearest first (for the diagnostic's walk). */
  ancestorsOf(id: string): Skill[];
  /**
   * Every prerequisite before the skills that need it. Among skills that are ready at the same
   * time, lower grades come first, then the order of the seed data, so the result is stable.
   */
  topologicalOrder(subject?: SubjectId): Skill[];
}

export function createCurriculumGraph(curriculum: Curriculum): CurriculumGraph {
  const byId = new Map<string, Skill>();
  const position = new Map<string, number>();
  curriculum.skills.forEach((skill, i) => {
    if (!byId.has(skill.id)) {
      byId.set(skill.id, skill);
      position.set(skill.id, i);
    }
  });

  const dependents = new Map<string, Skill[]>();
  for (const skill of byId.values()) {
    for (const prereq of new Set(skill.prerequisites)) {
      const list = dependents.get(prereq) ?? [];
      list.push(skill);
      dependents.set(prereq, list);
    }
  }

  const requireSkill = (id: string): Skill => {
    const skill = byId.get(id);
    if (!skill) throw new UnknownSkillError(id);
    return skill;
  };

  const known = (ids: Iterable<string>): Skill[] => {
    const out: Skill[] = [];
    for (const id of ids) {
      const skill = byId.get(id);
      if (skill) out.push(skill);
    }
    return out;
  };

  const rank = (skill: Skill): [number, number] => [gradeIndex(skill.grade), position.get(skill.id) ?? 0];
  const before = (a: Skill, b: Skill): number => {
    const [ga, pa] = rank(a);
    const [gb, pb] = rank(b);
    return ga - gb || pa - pb;
  };

  return {
    curriculum,
    getSkill: (id) => byId.get(id),
    requireSkill,
    skillsBySubject: (subject) => [...byId.values()].filter((s) => s.subject === subject),
    prerequisitesOf: (id) => known(new Set(requireSkill(id).prerequisites)),
    dependentsOf: (id) => {
      requireSkill(id);
      return [...(dependents.get(id) ?? [])];
    },
    ancestorsOf: (id) => {
      const start = requireSkill(id);
      const seen = new Set<string>([start.id]);
      const out: Skill[] = [];
      let frontier = [start];
      while (frontier.length > 0) {
        const next: Skill[] = [];
        for (const skill of frontier) {
          for (const prereq of known(skill.prerequisites)) {
            if (seen.has(prereq.id)) continue;
            seen.add(prereq.id);
            out.push(prereq);
            next.push(prereq);
          }
        }
        frontier = next;
      }
      return out;
    },
    topologicalOrder: (subject) => {
      // Prerequisites in another subject still constrain the order but are not returned.
      const all = [...byId.values()];
      const indegree = new Map<string, number>();
      for (const skill of all) indegree.set(skill.id, known(new Set(skill.prerequisites)).length);
      const ready = all.filter((s) => indegree.get(s.id) === 0);
      const order: Skill[] = [];
      while (ready.length > 0) {
        ready.sort(before);
        const skill = ready.shift() as Skill;
        order.push(skill);
        for (const dependent of dependents.get(skill.id) ?? []) {
          const left = (indegree.get(dependent.id) ?? 0) - 1;
          indegree.set(dependent.id, left);
          if (left === 0) ready.push(dependent);
        }
      }
      if (order.length !== all.length) {
        throw new Error("the curriculum has a prerequisite cycle; run validateCurriculum for details");
      }
      return subject ? order.filter((s) => s.subject === subject) : order;
    },
  };
}

const DEFAULT_GRAPH = createCurriculumGraph(CURRICULUM);

export const getSkill = (id: string): Skill | undefined => DEFAULT_GRAPH.getSkill(id);
export const requireSkill = (id: string): Skill => DEFAULT_GRAPH.requireSkill(id);
export const skillsBySubject = (subject: SubjectId): Skill[] => DEFAULT_GRAPH.skillsBySubject(subject);
export const prerequisitesOf = (id: string): Skill[] => DEFAULT_GRAPH.prerequisitesOf(id);
export const dependentsOf = (id: string): Skill[] => DEFAULT_GRAPH.dependentsOf(id);
export const ancestorsOf = (id: string): Skill[] => DEFAULT_GRAPH.ancestorsOf(id);
export const topologicalOrder = (subject?: SubjectId): Skill[] => DEFAULT_GRAPH.topologicalOrder(subject);

// ---------------------------------------------------------------------------------------------
// Validation

export type CurriculumProblemKind =
  | "duplicate-subject"
  | "duplicate-id"
  | "malformed-id"
  | "id-mismatch"
  | "unknown-subject"
  | "unknown-grade"
  | "empty-text"
  | "unknown-prerequisite"
  | "self-prerequisite"
  | "duplicate-prerequisite"
  | "prerequisite-above-grade"
  | "cycle"
  | "missing-standard-code"
  | "malformed-standard-code"
  | "standard-code-mismatch"
  | "bad-bkt";

export interface CurriculumProblem {
  kind: CurriculumProblemKind;
  skillId?: string;
  message: string;
}

/**
 * Every K–8 math topic maps to a Common Core standard, so a math skill without one is a data
 * mistake. Reading and science starters may legitimately sit between standards.
 */
const STANDARD_CODE_REQUIRED: Record<SubjectId, boolean> = { math: true, reading: false, science: false };

// Common Core math domains by grade: a code like "2.NF.A.1" is a typo, not a standard.
const MATH_DOMAINS: Record<GradeLevel, readonly string[]> = {
  K: ["CC", "OA", "NBT", "MD", "G"],
  "1": ["OA", "NBT", "MD", "G"],
  "2": ["OA", "NBT", "MD", "G"],
  "3": ["OA", "NBT", "NF", "MD", "G"],
  "4": ["OA", "NBT", "NF", "MD", "G"],
  "5": ["OA", "NBT", "NF", "MD", "G"],
  "6": ["RP", "NS", "EE", "G", "SP"],
  "7": ["RP", "NS", "EE", "G", "SP"],
  "8": ["NS", "EE", "F", "G", "SP"],
};

const ID_PATTERN = /^(math|reading|science)\.(k|[1-8])\.([a-z]+)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const MATH_CODE = /^(K|[1-8])\.([A-Z]{1,3})\.([A-D])\.(\d{1,2})([a-e])?$/;
const ELA_CODE = /^(RL|RI|RF|L|W|SL)\.(K|[1-8])\.(\d{1,2})([a-f])?$/;
// NGSS: "K-PS2-1", "3-LS1-1"; middle school uses "MS-…" for grades 6–8.
const NGSS_CODE = /^(K|[1-5]|MS)-(PS|LS|ESS|ETS)(\d)-(\d{1,2})$/;

interface ParsedCode {
  grade: string;
  domain: string;
}

function parseStandardCode(subject: SubjectId, code: string): ParsedCode | undefined {
  const pattern = subject === "math" ? MATH_CODE : subject === "reading" ? ELA_CODE : NGSS_CODE;
  const match = pattern.exec(code);
  if (!match) return undefined;
  return {
    grade: match[subject === "reading" ? 2 : 1] ?? "",
    domain: match[subject === "reading" ? 1 : 2] ?? "",
  };
}

function checkStandardCode(skill: Skill, add: (p: CurriculumProblem) => void): void {
  const code = skill.standardCode;
  if (code === undefined || code.trim() === "") {
    if (STANDARD_CODE_REQUIRED[skill.subject]) {
      add({ kind: "missing-standard-code", skillId: skill.id, message: `${skill.id} needs a standard code` });
    }
    return;
  }
  const parsed = parseStandardCode(skill.subject, code);
  if (!parsed) {
    add({
      kind: "malformed-standard-code",
      skillId: skill.id,
      message: `${skill.id}: "${code}" is not a well-formed ${skill.subject} standard code`,
    });
    return;
  }
  const gradeMatches =
    skill.subject === "science" && parsed.grade === "MS"
      ? gradeIndex(skill.grade) >= 6
      : parsed.grade === skill.grade;
  if (!gradeMatches) {
    add({
      kind: "standard-code-mismatch",
      skillId: skill.id,
      message: `${skill.id} is grade ${skill.grade} but "${code}" is for grade ${parsed.grade}`,
    });
  }
  if (skill.subject === "math" && !MATH_DOMAINS[skill.grade].includes(parsed.domain)) {
    add({
      kind: "standard-code-mismatch",
      skillId: skill.id,
      message: `${skill.id}: domain ${parsed.domain} does not exist in grade ${skill.grade}`,
    });
  }
  const idDomain = skill.id.split(".")[2];
  if (idDomain !== undefined && parsed.domain.toLowerCase() !== idDomain) {
    add({
      kind: "id-mismatch",
      skillId: skill.id,
      message: `${skill.id}: the id's domain "${idDomain}" does not match standard "${code}"`,
    });
  }
}

function findCycles(skills: Map<string, Skill>): string[][] {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string): void => {
    state.set(id, "visiting");
    stack.push(id);
    for (const prereq of skills.get(id)?.prerequisites ?? []) {
      if (!skills.has(prereq) || prereq === id) continue;
      const s = state.get(prereq);
      if (s === "visiting") cycles.push([...stack.slice(stack.indexOf(prereq)), prereq]);
      else if (s === undefined) visit(prereq);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of skills.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

/** Returns every problem found; an empty list means the curriculum is safe to seed. */
export function validateCurriculum(curriculum: Curriculum): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  const add = (p: CurriculumProblem) => problems.push(p);

  const subjectIds = new Set<string>();
  for (const subject of curriculum.subjects) {
    if (subjectIds.has(subject.id)) {
      add({ kind: "duplicate-subject", message: `subject "${subject.id}" is listed twice` });
    }
    subjectIds.add(subject.id);
  }

  const byId = new Map<string, Skill>();
  for (const skill of curriculum.skills) {
    if (byId.has(skill.id)) {
      add({ kind: "duplicate-id", skillId: skill.id, message: `skill id "${skill.id}" is used twice` });
      continue;
    }
    byId.set(skill.id, skill);
  }

  for (const skill of byId.values()) {
    const id = skill.id;
    if (!subjectIds.has(skill.subject)) {
      add({
        kind: "unknown-subject",
        skillId: id,
        message: `${id} belongs to unknown subject "${skill.subject}"`,
      });
    }
    if (!GRADES.includes(skill.grade)) {
      add({ kind: "unknown-grade", skillId: id, message: `${id} has unknown grade "${skill.grade}"` });
      continue;
    }
    const match = ID_PATTERN.exec(id);
    if (!match) {
      add({
        kind: "malformed-id",
        skillId: id,
        message: `"${id}" is not of the form subject.grade.domain.slug in lower-case kebab-case`,
      });
    } else if (match[1] !== skill.subject || match[2] !== skill.grade.toLowerCase()) {
      add({ kind: "id-mismatch", skillId: id, message: `${id} does not match its subject or grade` });
    }
    if (skill.title.trim() === "" || skill.description.trim() === "") {
      add({ kind: "empty-text", skillId: id, message: `${id} needs a title and a description` });
    }

    const seen = new Set<string>();
    for (const prereqId of skill.prerequisites) {
      if (seen.has(prereqId)) {
        add({ kind: "duplicate-prerequisite", skillId: id, message: `${id} lists ${prereqId} twice` });
      }
      seen.add(prereqId);
      if (prereqId === id) {
        add({ kind: "self-prerequisite", skillId: id, message: `${id} lists itself as a prerequisite` });
        continue;
      }
      const prereq = byId.get(prereqId);
      if (!prereq) {
        add({
          kind: "unknown-prerequisite",
          skillId: id,
          message: `${id} needs unknown skill "${prereqId}"`,
        });
      } else if (GRADES.includes(prereq.grade) && gradeIndex(prereq.grade) > gradeIndex(skill.grade)) {
        add({
          kind: "prerequisite-above-grade",
          skillId: id,
          message: `${id} (grade ${skill.grade}) needs ${prereqId} from a later grade (${prereq.grade})`,
        });
      }
    }

    checkStandardCode(skill, add);

    for (const [key, value] of Object.entries(skill.bkt ?? {})) {
      if (typeof value !== "number" || !(value > 0 && value < 1)) {
        add({ kind: "bad-bkt", skillId: id, message: `${id}: bkt.${key} must be strictly between 0 and 1` });
      }
    }
    const { pGuess, pSlip } = skill.bkt ?? {};
    if (pGuess !== undefined && pSlip !== undefined && pGuess + pSlip >= 1) {
      add({ kind: "bad-bkt", skillId: id, message: `${id}: pGuess + pSlip must be below 1` });
    }
  }

  for (const cycle of findCycles(byId)) {
    add({ kind: "cycle", skillId: cycle[0], message: `prerequisite cycle: ${cycle.join(" → ")}` });
  }
  return problems;
}
