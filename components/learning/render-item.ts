import "server-only";
import { gradeIndex } from "@/lib/learning/age";
import { getSkill } from "@/lib/learning/curriculum/graph";
import type { DiagnosticQuestion } from "@/lib/learning/engine/diagnostic-runs";
import type { PublicItem } from "@/lib/learning/engine/item-bank";
import type { PracticeQuestion } from "@/lib/learning/engine/practice";
import type { QuizQuestion } from "@/lib/learning/engine/quizzes";
import { renderMathHtml } from "./render-math";
import type {
  RenderedDiagnosticQuestion,
  RenderedItem,
  RenderedPracticeQuestion,
  RenderedQuizQuestion,
} from "./rendered";

// Negative numbers arrive in grade 6; a number pad without a minus key would trap the child.
const NUMBER_PAD_UP_TO_GRADE = 5;

function keypadFor(item: PublicItem): RenderedItem["keypad"] {
  const skill = getSkill(item.skillId);
  if (item.kind !== "number" || !skill) return "text";
  return gradeIndex(skill.grade) <= NUMBER_PAD_UP_TO_GRADE ? "decimal" : "text";
}

export function renderItem(item: PublicItem): RenderedItem {
  return {
    itemId: item.id,
    kind: item.kind,
    promptHtml: renderMathHtml(item.prompt),
    ...(item.choices
      ? { choices: item.choices.map((value) => ({ value, html: renderMathHtml(value) })) }
      : {}),
    ...(item.unit ? { unit: item.unit } : {}),
    keypad: keypadFor(item),
    hintCount: item.hintCount,
  };
}

export function renderPracticeQuestion(question: PracticeQuestion): RenderedPracticeQuestion {
  return {
    item: renderItem(question.item),
    skillTitle: question.skill.title,
    mastery: question.mastery,
    review: question.review,
  };
}

export function renderDiagnosticQuestion(question: DiagnosticQuestion): RenderedDiagnosticQuestion {
  return { item: renderItem(question.item), answered: question.answered, maxItems: question.maxItems };
}

export function renderQuizQuestion(question: QuizQuestion): RenderedQuizQuestion {
  return {
    clusterId: question.clusterId,
    item: renderItem(question.item),
    number: question.number,
    total: question.total,
  };
}
