import { describe, expect, it } from "vitest";
import { estimatedGrade, gradeFromIndex, gradeIndex } from "@/lib/learning/age";
import { MASTERY_THRESHOLD } from "@/lib/learning/bkt";
import {
  type DiagnosticState,
  nextSkill,
  placement,
  recordResult,
  startDiagnostic,
} from "@/lib/learning/diagnostic";
import { mulberry32 } from "@/lib/learning/items/random";
import type { Curriculum, Skill } from "@/lib/learning/types";

/**
 * A maths DAG of `grades` grades with `strands` strands of `perStrand` skills each per grade.
 * Within a strand each skill builds on the one before; the first skill of a strand in a grade
 * also builds on the next strand's last skill of the grade before, so strands interlock.
 */
function syntheticCurriculum(grades: number, strands: number, perStrand: number): Curriculum {
  const skills: Skill[] = [];
  const id = (g: number, s: number, k: number) => `math.${g}.s${s}.k${k}`;
  for (let g = 0; g < grades; g++) {
    for (let s = 0; s < strands; s++) {
      for (let k = 0; k < perStrand; k++) {
        const prerequisites =
          k > 0
            ? [id(g, s, k - 1)]
            : g > 0
              ? [...new Set([id(g - 1, s, perStrand - 1), id(g - 1, (s + 1) % strands, perStrand - 1)])]
              : [];
        const sid = id(g, s, k);
        skills.push({
          id: sid,
          subject: "math",
          grade: gradeFromIndex(g),
          title: sid,
          description: sid,
          prerequisites,
        });
      }
    }
  }
  return { version: 1, subjects: [{ id: "math", title: "Maths" }], skills };
}

// 30 skills, K–5: five a grade, in a strand of three and a strand of two (as 5 strands of 1 would
// be too easy and 1 of 5 a plain chain).
function thirtySkillCurriculum(): Curriculum {
  const skills: Skill[] = [];
  for (let g = 0; g <= 5; g++) {
    const grade = gradeFromIndex(g);
    const prev = (s: string) => (g > 0 ? [`math.${g - 1}.${s}`] : []);
    skills.push({
      id: `math.${g}.a0`,
      subject: "math",
      grade,
      title: "",
      description: "",
      prerequisites: [...prev("a2"), ...prev("b1")],
    });
    skills.push({
      id: `math.${g}.a1`,
      subject: "math",
      grade,
      title: "",
      description: "",
      prerequisites: [`math.${g}.a0`],
    });
    skills.push({
      id: `math.${g}.a2`,
      subject: "math",
      grade,
      title: "",
      description: "",
      prerequisites: [`math.${g}.a1`],
    });
    skills.push({
      id: `math.${g}.b0`,
      subject: "math",
      grade,
      title: "",
      description: "",
      prerequisites: prev("b1"),
    });
    skills.push({
      id: `math.${g}.b1`,
      subject: "math",
      grade,
      title: "",
      description: "",
      prerequisites: [`math.${g}.b0`, `math.${g}.a0`],
    });
  }
  return { version: 1, subjects: [{ id: "math", title: "Maths" }], skills };
}

function ancestorsOf(curriculum: Curriculum, skillId: string): Set<string> {
  const byId = new Map(curriculum.skills.map((s) => [s.id, s]));
  const out = new Set<string>();
  const stack = [...(byId.get(skillId)?.prerequisites ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(byId.get(id)?.prerequisites ?? []));
  }
  return out;
}

interface SimulatedChild {
  /** Highest grade index the child knows completely (−1: nothing yet). */
  knowsThrough: number;
  seed: number;
  slip?: number;
  guess?: number;
}

/** Runs a whole diagnostic against a child who knows every skill up to a grade and none above. */
function simulate(curriculum: Curriculum, child: SimulatedChild, startGrade: number, maxItems?: number) {
  const random = mulberry32(child.seed);
  const grade = new Map(curriculum.skills.map((s) => [s.id, gradeIndex(s.grade)]));
  let state = startDiagnostic({
    curriculum,
    subject: "math",
    startGrade: gradeFromIndex(startGrade),
    maxItems,
  });
  const asked: string[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const skillId = nextSkill(state);
    if (skillId === null) break;
    const knows = (grade.get(skillId) ?? 0) <= child.knowsThrough;
    const correct = random() < (knows ? 1 - (child.slip ?? 0.1) : (child.guess ?? 0.15));
    state = recordResult(state, skillId, correct);
    asked.push(skillId);
  }
  return { state, asked, result: placement(state) };
}

describe("diagnostic placement: simulated children", () => {
  it("places within one grade of the truth in at least 90% of 50 runs, never over the item limit", () => {
    for (const curriculum of [thirtySkillCurriculum(), syntheticCurriculum(9, 4, 3)]) {
      const top = Math.max(...curriculum.skills.map((s) => gradeIndex(s.grade)));
      const setup = mulberry32(2024);
      let within = 0;
      for (let run = 0; run < 50; run++) {
        const knowsThrough = Math.floor(setup() * (top + 2)) - 1; // −1 (nothing) … top (everything)
        const startGrade = Math.floor(setup() * (top + 1)); // the age estimate may be far off
        const { asked, result } = simulate(curriculum, { knowsThrough, seed: 100 + run }, startGrade);
        // The right placement is the first grade not yet known.
        const truth = Math.min(top, knowsThrough + 1);
        if (Math.abs(gradeIndex(result.placedGrade) - truth) <= 1) within += 1;
        expect(asked.length).toBeLessThanOrEqual(40);
        expect(result.finished).toBe(true);
      }
      expect(within / 50).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("places a child who knows nothing yet at K, quickly", () => {
    const curriculum = thirtySkillCurriculum();
    const start = gradeIndex(estimatedGrade(null, new Date("2025-09-15T12:00:00Z")));
    const runs = Array.from({ length: 10 }, (_, i) =>
      simulate(curriculum, { knowsThrough: -1, seed: 500 + i }, start),
    );
    for (const { result } of runs) expect(result.placedGrade).toBe("K");
    const meanItems = runs.reduce((sum, r) => sum + r.asked.length, 0) / runs.length;
    expect(meanItems).toBeLessThanOrEqual(12);
  });

  it("finishes at the top grade for a child who knows everything", () => {
    for (const curriculum of [thirtySkillCurriculum(), syntheticCurriculum(9, 4, 3)]) {
      const top = gradeFromIndex(Math.max(...curriculum.skills.map((s) => gradeIndex(s.grade))));
      for (let i = 0; i < 10; i++) {
        const { result } = simulate(curriculum, { knowsThrough: 99, seed: 900 + i }, 2);
        expect(result).toMatchObject({ placedGrade: top, finished: true });
      }
    }
  });

  it("stops at maxItems", () => {
    const curriculum = syntheticCurriculum(9, 4, 3);
    const { asked, result } = simulate(curriculum, { knowsThrough: 4, seed: 3, slip: 0.3, guess: 0.3 }, 0, 7);
    expect(asked).toHaveLength(7);
    expect(result.finished).toBe(true);
  });
});

describe("diagnostic placement: the walk", () => {
  const curriculum = thirtySkillCurriculum();

  it("starts a grade below the age-based estimate", () => {
    const first = (grade: string) =>
      nextSkill(startDiagnostic({ curriculum, subject: "math", startGrade: grade as "K" }))?.split(".")[1];
    expect(first("3")).toBe("2");
    expect(first("1")).toBe("0");
    expect(first("K")).toBe("0");
    expect(first("8")).toBe("5"); // the highest grade this curriculum has
  });

  it("asks two items per skill, and a third when they disagree", () => {
    let state = startDiagnostic({ curriculum, subject: "math", startGrade: "3" });
    const first = nextSkill(state) as string;
    state = recordResult(state, first, true);
    expect(nextSkill(state)).toBe(first);
    state = recordResult(state, first, false);
    expect(nextSkill(state)).toBe(first);
    state = recordResult(state, first, true);
    expect(nextSkill(state)).not.toBe(first);
  });

  it("walks up to dependents after a pass and down to prerequisites after a fail", () => {
    let state = startDiagnostic({ curriculum, subject: "math", startGrade: "3" });
    const first = nextSkill(state) as string;
    state = recordResult(recordResult(state, first, true), first, true);
    const up = nextSkill(state) as string;
    expect(ancestorsOf(curriculum, up).has(first)).toBe(true);

    state = recordResult(recordResult(state, up, false), up, false);
    const down = nextSkill(state) as string;
    expect(ancestorsOf(curriculum, up).has(down)).toBe(true);
    expect(down).not.toBe(first);
  });

  it("infers: a pass raises what the skill builds on, a fail lowers what builds on it", () => {
    const start = startDiagnostic({ curriculum, subject: "math", startGrade: "3" });
    const before = placement(start).masteryBySkill;
    const passed = placement(
      recordResult(recordResult(start, "math.3.b1", true), "math.3.b1", true),
    ).masteryBySkill;
    for (const id of ancestorsOf(curriculum, "math.3.b1"))
      expect(passed[id]).toBeGreaterThan(before[id] ?? 1);

    const failed = placement(
      recordResult(recordResult(start, "math.2.a0", false), "math.2.a0", false),
    ).masteryBySkill;
    const dependents = curriculum.skills.filter((s) => ancestorsOf(curriculum, s.id).has("math.2.a0"));
    expect(dependents.length).toBeGreaterThan(10);
    for (const s of dependents) expect(failed[s.id]).toBeLessThan(before[s.id] ?? 0);
  });

  it("seeds mastery for every skill, treating settled knowledge as mastered", () => {
    const { result } = simulate(curriculum, { knowsThrough: 3, seed: 11, slip: 0, guess: 0 }, 3);
    expect(Object.keys(result.masteryBySkill).sort()).toEqual(curriculum.skills.map((s) => s.id).sort());
    for (const p of Object.values(result.masteryBySkill)) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
    expect(result.placedGrade).toBe("4");
    for (const s of curriculum.skills) {
      const p = result.masteryBySkill[s.id] ?? 0;
      if (gradeIndex(s.grade) <= 2) expect(p).toBeGreaterThanOrEqual(MASTERY_THRESHOLD);
      if (gradeIndex(s.grade) >= 5) expect(p).toBeLessThan(0.5);
    }
  });
});

describe("diagnostic state", () => {
  const curriculum = thirtySkillCurriculum();

  it("is plain JSON: a stored state continues exactly where it left off", () => {
    const { state } = simulate(curriculum, { knowsThrough: 2, seed: 5 }, 2, 9);
    const stored: DiagnosticState = JSON.parse(JSON.stringify(state));
    expect(stored).toEqual(state);
    const more = { ...stored, maxItems: 40 };
    const original = { ...state, maxItems: 40 };
    expect(nextSkill(more)).toBe(nextSkill(original));
    expect(placement(more)).toEqual(placement(original));
  });

  it("does not change the state it is given", () => {
    const start = startDiagnostic({ curriculum, subject: "math", startGrade: "2" });
    const copy = JSON.parse(JSON.stringify(start));
    recordResult(start, "math.1.a0", true);
    expect(start).toEqual(copy);
  });

  it("refuses a skill outside the diagnostic and ignores answers past the limit", () => {
    let state = startDiagnostic({ curriculum, subject: "math", startGrade: "2", maxItems: 1 });
    expect(() => recordResult(state, "reading.K.letters", true)).toThrow(/not part of this diagnostic/);
    state = recordResult(state, "math.1.a0", true);
    expect(nextSkill(state)).toBeNull();
    expect(recordResult(state, "math.1.a0", false)).toBe(state);
  });

  it("finishes at once for a subject with no skills", () => {
    const state = startDiagnostic({ curriculum, subject: "science", startGrade: "2" });
    expect(nextSkill(state)).toBeNull();
    expect(placement(state)).toEqual({ masteryBySkill: {}, placedGrade: "K", finished: true });
  });

  it("follows prerequisites that pass through another subject", () => {
    const mixed: Curriculum = {
      version: 1,
      subjects: [
        { id: "math", title: "Maths" },
        { id: "reading", title: "Reading" },
      ],
      skills: [
        { id: "math.K.count", subject: "math", grade: "K", title: "", description: "", prerequisites: [] },
        {
          id: "reading.1.words",
          subject: "reading",
          grade: "1",
          title: "",
          description: "",
          prerequisites: ["math.K.count"],
        },
        {
          id: "math.2.story",
          subject: "math",
          grade: "2",
          title: "",
          description: "",
          prerequisites: ["reading.1.words"],
        },
      ],
    };
    const state = startDiagnostic({ curriculum: mixed, subject: "math", startGrade: "2" });
    expect(state.skills.map((s) => s.id)).toEqual(["math.K.count", "math.2.story"]);
    expect(state.skills[1]?.prerequisites).toEqual([0]);
  });
});
