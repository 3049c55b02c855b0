import type { GradeLevel } from "@/lib/learning/types";

/** Grades in teaching order; a grade's index is its distance from Kindergarten (K = 0). */
export const GRADE_LEVELS: readonly GradeLevel[] = ["K", "1", "2", "3", "4", "5", "6", "7", "8"];

export function gradeIndex(grade: GradeLevel): number {
  return GRADE_LEVELS.indexOf(grade);
}

/** The grade at `index`, clamped to K–8 so arithmetic on grades can never produce a non-grade. */
export function gradeFromIndex(index: number): GradeLevel {
  const i = Number.isFinite(index) ? Math.min(GRADE_LEVELS.length - 1, Math.max(0, Math.round(index))) : 0;
  return GRADE_LEVELS[i] ?? "K";
}

export type AgeBand = "under_13" | "13_to_15" | "16_to_17";

/** Where the diagnostic starts when the parent gave no birth year: early enough to feel easy. */
export const DEFAULT_GRADE: GradeLevel = "2";

/**
 * The calendar year at UTC−12, the last place on Earth to reach a new year. Reading the year
 * there means a server whose clock is already in January never ages a child whose family is
 * still in December.
 */
function earliestCalendarDate(now: Date): Date {
  return new Date(now.getTime() - 12 * 3_600_000);
}

function plausibleBirthYear(birthYear: number | null, currentYear: number): birthYear is number {
  return (
    birthYear !== null &&
    Number.isInteger(birthYear) &&
    birthYear <= currentYear &&
    birthYear > currentYear - 120
  );
}

/**
 * The youngest age a child born in `birthYear` can be at `now`: we only know the year, so we
 * assume the birthday has not come yet. A child is never treated as older than they are.
 */
export function youngestPossibleAge(birthYear: number, now: Date): number {
  return earliestCalendarDate(now).getUTCFullYear() - birthYear - 1;
}

/**
 * The age band used wherever a child's age matters (tutor tone, P11). Unknown or implausible
 * birth years count as under 13, the most protective band; so does anyone who could still be 12.
 */
export function ageBand(birthYear: number | null, now: Date): AgeBand {
  const currentYear = earliestCalendarDate(now).getUTCFullYear();
  if (!plausibleBirthYear(birthYear, currentYear)) return "under_13";
  const age = youngestPossibleAge(birthYear, now);
  if (age < 13) return "under_13";
  if (age < 16) return "13_to_15";
  // Hearth is a K–8 product; an older learner still gets the oldest band we define.
  return "16_to_17";
}

/**
 * A starting grade for the diagnostic, not a label for the child. US schools mostly start
 * Kindergarten for children who are 5 by 1 September, and the school year turns over in
 * August, so a child born in year B is in grade (schoolYearStart − B − 5): Kindergarten at age
 * 5–6. The diagnostic starts a grade below this and moves from the answers, so an estimate that
 * is one year off costs only a couple of questions.
 */
export function estimatedGrade(birthYear: number | null, now: Date): GradeLevel {
  const today = earliestCalendarDate(now);
  const year = today.getUTCFullYear();
  if (!plausibleBirthYear(birthYear, year)) return DEFAULT_GRADE;
  const AUGUST = 7;
  const schoolYearStart = today.getUTCMonth() >= AUGUST ? year : year - 1;
  return gradeFromIndex(schoolYearStart - birthYear - 5);
}
