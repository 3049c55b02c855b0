import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters, Rating, State } from "ts-fsrs";
import { z } from "zod";

/** A spaced-repetition card (one per mastered skill or missed item). */
export type ReviewCard = Card;

export type ReviewRating = "again" | "hard" | "good" | "easy";

/**
 * - 90% retention is FSRS's recommended target: reviews come back when a skill is about 90%
 *   likely to be remembered.
 * - No short-term (minutes-apart) learning steps: re-asking a missed item within a session is the
 *   practice loop's job; review cards are about days, so the first interval is at least a day.
 * - Intervals are capped at 180 days so every mastered skill comes back at least twice a school
 *   year; children's schedules (and memories) change faster than an adult's flashcard deck.
 * - No fuzz: due dates are a pure function of the answers, which keeps schedules reproducible.
 */
const scheduler = fsrs(
  generatorParameters({
    request_retention: 0.9,
    maximum_interval: 180,
    enable_short_term: false,
    enable_fuzz: false,
  }),
);

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function newReviewCard(now: Date): ReviewCard {
  return createEmptyCard(now);
}

/**
 * How a practice answer becomes an FSRS rating. A wrong answer was forgotten; a right answer
 * that needed hints was remembered with effort. We never rate "easy" from correctness alone:
 * speed is not a signal we collect (P7), and over-rating pushes reviews too far out.
 */
export function fromCorrectness(correct: boolean, usedHints: boolean | number = false): ReviewRating {
  if (!correct) return "again";
  const hinted = typeof usedHints === "number" ? usedHints > 0 : usedHints;
  return hinted ? "hard" : "good";
}

/** The card after a review at `now`; its `due` is when to ask again. */
export function reviewCard(card: ReviewCard, rating: ReviewRating, now: Date): ReviewCard {
  return scheduler.next(card, now, GRADES[rating]).card;
}

/** Probability the skill is remembered at `now` (0 for a card never reviewed). */
export function retrievability(card: ReviewCard, now: Date): number {
  if (card.state === State.New) return 0;
  return scheduler.get_retrievability(card, now, false);
}

export function isDue(card: ReviewCard, now: Date): boolean {
  return card.due.getTime() <= now.getTime();
}

// ---------------------------------------------------------------------------------------------
// Storage: a plain JSON object with ISO dates and a named state, so a stored card reads on its
// own and does not depend on ts-fsrs's enum numbering.

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
type StateName = (typeof STATE_NAMES)[number];

const STATE_BY_NAME: Record<StateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const isoDate = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();

export const storedCardSchema = z.object({
  due: isoDate,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.enum(STATE_NAMES),
  lastReview: isoDate.nullable(),
});

export type StoredCard = z.infer<typeof storedCardSchema>;

export function serializeCard(card: ReviewCard): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state] ?? "new",
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** Reads a stored card back; throws a ZodError if the stored value is not a card. */
export function deserializeCard(value: unknown): ReviewCard {
  const stored = storedCardSchema.parse(value);
  const card: ReviewCard = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: STATE_BY_NAME[stored.state],
  };
  if (stored.lastReview !== null) card.last_review = new Date(stored.lastReview);
  return card;
}
