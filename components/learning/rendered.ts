/**
 * What the learning pages hand their client components: items with their maths already rendered
 * to HTML on the server (render-item.ts). Types only, so client bundles import nothing else.
 */

export interface RenderedItem {
  itemId: string;
  kind: "number" | "fraction" | "choice" | "text";
  promptHtml: string;
  /** Choice items: the value sent back, and its label as HTML. */
  choices?: { value: string; html: string }[];
  unit?: string;
  /** Which on-screen keyboard suits the answer: a number pad, unless a minus sign may be needed. */
  keypad: "decimal" | "text";
  hintCount: number;
}

export interface RenderedPracticeQuestion {
  item: RenderedItem;
  skillTitle: string;
  mastery: number;
  review: "item" | "skill" | null;
}

export type PracticeAnswerData =
  | { outcome: "stale" }
  | { outcome: "unreadable"; feedback: string }
  | {
      outcome: "correct" | "wrong";
      feedback?: string;
      solutionHtml?: string[];
      mastery: number;
      masteredNow: boolean;
      next: RenderedPracticeQuestion;
    };

export interface HintData {
  itemId: string;
  /** Every rung revealed so far, as HTML, first rung first. */
  hintsHtml: string[];
}

export interface RenderedDiagnosticQuestion {
  item: RenderedItem;
  answered: number;
  maxItems: number;
}

export interface DiagnosticSummaryView {
  answered: number;
  strengths: string[];
  nextUp: string[];
}

export type DiagnosticStepData =
  | { outcome: "stale" }
  | { outcome: "unreadable"; feedback: string }
  | { outcome: "next"; question: RenderedDiagnosticQuestion }
  | { outcome: "finished"; summary: DiagnosticSummaryView };

export interface RenderedQuizQuestion {
  clusterId: string;
  item: RenderedItem;
  number: number;
  total: number;
}

export interface QuizFeedbackView {
  strong: { id: string; title: string }[];
  practiceMore: { id: string; title: string }[];
}

export type QuizStepData =
  | { outcome: "stale" }
  | { outcome: "unreadable"; feedback: string }
  | { outcome: "next"; question: RenderedQuizQuestion }
  | { outcome: "finished"; feedback: QuizFeedbackView };
