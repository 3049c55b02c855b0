import type { Db } from "@/db/types";
import { loadCurriculum } from "@/lib/learning/engine/load-curriculum";
import type { AnswerSpec } from "@/lib/learning/types";
import { createChildFor, createParent } from "./factories";
/** What a child who knows the answer types, for any answer spec. */
export function rightAnswer(spec: AnswerSpec): string {
  switch (spec.kind) {
    case "number":
      return String(spec.value);
    case "fraction":
      return `${spec.numerator}/${spec.denominator}`;
    case "choice":
      return spec.choices[spec.correctIndex] ?? "";
    case "text":
      return spec.accepted[0] ?? "";
  }
}

/** A readable answer that is certainly wrong (so it is graded, not refused as unreadable). */
export function wrongAnswer(spec: AnswerSpec): string {
  switch (spec.kind) {
    case "number":
      return String(Math.round(spec.value) + 1000 + Math.ceil(spec.tolerance ?? 0) * 10);
    case "fraction":
      return `${spec.numerator + spec.denominator}/${spec.denominator}`;
    case "choice":
      return spec.choices[(spec.correctIndex + 1) % spec.choices.length] ?? "";
    case "text":
      return "definitely not the answer";
  }
}

/** A family with one child, and the curriculum loaded: the start of every engine test. */
export async function learningFamily(db: Db, child: { birthYear?: number | null } = {}) {
  await loadCurriculum(db);
  const parent = await createParent(db);
  const kid = await createChildFor(db, parent, { birthYear: child.birthYear ?? 2016 });
  return { parent, child: kid, scope: { familyId: parent.familyId, childId: kid.id } };
}
