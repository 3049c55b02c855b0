import { describe, expect, it } from "vitest";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { UnknownSkillError } from "@/lib/learning/curriculum/errors";
import {
  ancestorsOf,
  createCurriculumGraph,
  dependentsOf,
  getSkill,
  gradeIndex,
  prerequisitesOf,
  skillsBySubject,
  topologicalOrder,
  validateCurriculum,
} from "@/lib/learning/curriculum/graph";
import { hasGenerator, ITEM_BANK_SKILLS } from "@/lib/learning/items";
import type { Curriculum, Skill } from "@/lib/learning/types";

const skill = (overrides: Partial<Skill> & Pick<Skill, "id">): Skill => ({
  subject: "math",
  grade: "3",
  title: "A skill",
  description: "Something to learn.",
  standardCode: "3.OA.A.1",
  prerequisites: [],
  ...overrides,
});

const curriculumOf = (skills: Skill[]): Curriculum => ({
  version: 1,
  subjects: [
    { id: "math", title: "Math" },
    { id: "reading", title: "Reading" },
    { id: "science", title: "Science" },
  ],
  skills,
});

const kinds = (c: Curriculum) => validateCurriculum(c).map((p) => p.kind);

describe("seed curriculum", () => {
  it("has no validation problems", () => {
    expect(validateCurriculum(CURRICULUM)).toEqual([]);
  });

  it("has at least 60 math skills from kindergarten to grade 5, and middle-school starters", () => {
    const math = skillsBySubject("math");
    expect(math.filter((s) => gradeIndex(s.grade) <= 5).length).toBeGreaterThanOrEqual(60);
    expect(math.filter((s) => gradeIndex(s.grade) >= 6).length).toBeGreaterThanOrEqual(15);
  });

  it("has reading and science starters", () => {
    expect(skillsBySubject("reading").length).toBeGreaterThanOrEqual(8);
    expect(skillsBySubject("science").length).toBeGreaterThanOrEqual(8);
  });

  it("gives every math skill a generator and every skill some items", () => {
    for (const s of skillsBySubject("math")) expect(hasGenerator(s.id), s.id).toBe(true);
    expect(new Set(ITEM_BANK_SKILLS)).toEqual(new Set(CURRICULUM.skills.map((s) => s.id)));
  });

  it("uses unique ids", () => {
    const ids = CURRICULUM.skills.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is acyclic: the topological order puts every prerequisite first", () => {
    const order = topologicalOrder();
    expect(order).toHaveLength(CURRICULUM.skills.length);
    const position = new Map(order.map((s, i) => [s.id, i]));
    for (const s of CURRICULUM.skills) {
      for (const p of s.prerequisites) {
        expect(position.get(p), `${p} before ${s.id}`).toBeLessThan(position.get(s.id) ?? -1);
      }
    }
  });

  it("never needs a skill from a later grade", () => {
    for (const s of CURRICULUM.skills) {
      for (const p of prerequisitesOf(s.id)) {
        expect(gradeIndex(p.grade), `${s.id} needs ${p.id}`).toBeLessThanOrEqual(gradeIndex(s.grade));
      }
    }
  });

  it("links grades: third-grade multiplication facts rest on second-grade skip counting", () => {
    const ancestors = ancestorsOf("math.3.oa.multiplication-facts").map((s) => s.id);
    expect(ancestors).toContain("math.2.nbt.skip-count");
    expect(ancestors).toContain("math.2.oa.arrays");
  });

  it("puts a math standard code on every math skill", () => {
    for (const s of skillsBySubject("math"))
      expect(s.standardCode, s.id).toMatch(/^(K|[1-8])\.[A-Z]+\.[A-D]\.\d+[a-e]?$/);
  });

  it("is frozen, so no module can reorder the shared seed data", () => {
    expect(Object.isFrozen(CURRICULUM.skills)).toBe(true);
    expect(Object.isFrozen(CURRICULUM.skills[0]?.prerequisites)).toBe(true);
  });
});

describe("graph helpers", () => {
  it("maps grades to indexes", () => {
    expect(gradeIndex("K")).toBe(0);
    expect(gradeIndex("5")).toBe(5);
    expect(gradeIndex("8")).toBe(8);
  });

  it("finds skills, prerequisites and dependents", () => {
    expect(getSkill("math.3.nf.unit-fractions")?.standardCode).toBe("3.NF.A.1");
    expect(getSkill("math.9.nope")).toBeUndefined();
    expect(prerequisitesOf("math.3.nf.number-line").map((s) => s.id)).toEqual(["math.3.nf.unit-fractions"]);
    expect(dependentsOf("math.3.nf.unit-fractions").map((s) => s.id)).toContain("math.3.nf.number-line");
  });

  it("rejects unknown ids with a typed error", () => {
    expect(() => prerequisitesOf("math.9.nope")).toThrow(UnknownSkillError);
    expect(() => dependentsOf("math.9.nope")).toThrow(UnknownSkillError);
  });

  it("filters the topological order by subject", () => {
    const reading = topologicalOrder("reading");
    expect(reading.every((s) => s.subject === "reading")).toBe(true);
    expect(reading.length).toBe(skillsBySubject("reading").length);
    expect(reading[0]?.id).toBe("reading.k.rf.rhyming-words");
  });

  it("refuses to order a graph with a cycle", () => {
    const graph = createCurriculumGraph(
      curriculumOf([
        skill({ id: "math.3.oa.a", prerequisites: ["math.3.oa.b"] }),
        skill({ id: "math.3.oa.b", prerequisites: ["math.3.oa.a"] }),
      ]),
    );
    expect(() => graph.topologicalOrder()).toThrow(/cycle/);
  });
});

describe("validateCurriculum", () => {
  it("accepts a small well-formed curriculum", () => {
    const ok = curriculumOf([
      skill({ id: "math.2.oa.arrays", grade: "2", standardCode: "2.OA.C.4" }),
      skill({ id: "math.3.oa.groups", prerequisites: ["math.2.oa.arrays"] }),
      skill({ id: "reading.1.rl.details", subject: "reading", grade: "1", standardCode: "RL.1.1" }),
      skill({ id: "science.3.ls.cycles", subject: "science", grade: "3", standardCode: undefined }),
    ]);
    expect(validateCurriculum(ok)).toEqual([]);
  });

  it("reports unknown prerequisites, self-references and duplicates", () => {
    const bad = curriculumOf([
      skill({ id: "math.3.oa.a", prerequisites: ["math.3.oa.missing", "math.3.oa.a"] }),
      skill({ id: "math.3.oa.a" }),
      skill({ id: "math.3.oa.b", prerequisites: ["math.3.oa.a", "math.3.oa.a"] }),
    ]);
    expect(kinds(bad)).toEqual(
      expect.arrayContaining([
        "unknown-prerequisite",
        "self-prerequisite",
        "duplicate-id",
        "duplicate-prerequisite",
      ]),
    );
  });

  it("reports each cycle", () => {
    const bad = curriculumOf([
      skill({ id: "math.3.oa.a", prerequisites: ["math.3.oa.c"] }),
      skill({ id: "math.3.oa.b", prerequisites: ["math.3.oa.a"] }),
      skill({ id: "math.3.oa.c", prerequisites: ["math.3.oa.b"] }),
    ]);
    const cycles = validateCurriculum(bad).filter((p) => p.kind === "cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.message).toMatch(/math\.3\.oa\.a.*math\.3\.oa\.c.*math\.3\.oa\.b.*math\.3\.oa\.a/);
  });

  it("reports a prerequisite from a later grade", () => {
    const bad = curriculumOf([
      skill({ id: "math.4.oa.later", grade: "4", standardCode: "4.OA.A.1" }),
      skill({ id: "math.3.oa.early", prerequisites: ["math.4.oa.later"] }),
    ]);
    expect(kinds(bad)).toEqual(["prerequisite-above-grade"]);
  });

  it("requires a well-formed, grade-matching standard code on math skills", () => {
    const bad = curriculumOf([
      skill({ id: "math.3.oa.none", standardCode: undefined }),
      skill({ id: "math.3.oa.typo", standardCode: "3-OA-A-1" }),
      skill({ id: "math.3.oa.wrong-grade", standardCode: "4.OA.A.1" }),
      skill({ id: "math.2.nf.no-such-domain", grade: "2", standardCode: "2.NF.A.1" }),
    ]);
    expect(kinds(bad)).toEqual([
      "missing-standard-code",
      "malformed-standard-code",
      "standard-code-mismatch",
      "standard-code-mismatch",
    ]);
  });

  it("checks reading and science codes when they are given", () => {
    const bad = curriculumOf([
      skill({ id: "reading.2.rl.x", subject: "reading", grade: "2", standardCode: "RL.3.1" }),
      skill({ id: "science.k.ps.x", subject: "science", grade: "K", standardCode: "K-PS2" }),
    ]);
    expect(kinds(bad)).toEqual(["standard-code-mismatch", "malformed-standard-code"]);
  });

  it("reports ids that do not match their subject, grade or format", () => {
    const bad = curriculumOf([
      skill({ id: "math.4.oa.wrong-grade", standardCode: "3.OA.A.1" }),
      skill({ id: "Math 3 stuff" }),
    ]);
    expect(kinds(bad)).toEqual(["id-mismatch", "malformed-id"]);
  });

  it("reports unknown subjects, empty text and impossible BKT parameters", () => {
    const bad: Curriculum = {
      ...curriculumOf([skill({ id: "math.3.oa.x", title: " ", bkt: { pGuess: 0.6, pSlip: 0.5 } })]),
      subjects: [{ id: "reading", title: "Reading" }],
    };
    expect(kinds(bad)).toEqual(["unknown-subject", "empty-text", "bad-bkt"]);
  });
});
