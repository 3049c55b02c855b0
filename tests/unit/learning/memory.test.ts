import { describe, expect, it } from "vitest";
import { addMs, DAY_MS } from "@/lib/clock";
import {
  deserializeCard,
  fromCorrectness,
  isDue,
  newReviewCard,
  retrievability,
  reviewCard,
  serializeCard,
} from "@/lib/learning/memory";

const start = new Date("2025-03-03T16:00:00.000Z");

function goodReviews(count: number) {
  let card = newReviewCard(start);
  let now = start;
  const dues: Date[] = [];
  for (let i = 0; i < count; i++) {
    card = reviewCard(card, "good", now);
    dues.push(card.due);
    now = card.due; // reviewed on the day it falls due
  }
  return { card, dues };
}

describe("spaced repetition (FSRS)", () => {
  it("schedules a good review further out than a forgotten one", () => {
    const card = newReviewCard(start);
    const again = reviewCard(card, "again", start);
    const good = reviewCard(card, "good", start);
    expect(good.due.getTime()).toBeGreaterThan(again.due.getTime());
    // Reviews are about days: even a forgotten card comes back tomorrow, not in a minute.
    expect(again.due.getTime() - start.getTime()).toBeGreaterThanOrEqual(DAY_MS);
  });

  it("orders the four ratings", () => {
    const card = reviewCard(newReviewCard(start), "good", start);
    const now = card.due;
    const due = (["again", "hard", "good", "easy"] as const).map((r) =>
      reviewCard(card, r, now).due.getTime(),
    );
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(due[3]).toBeGreaterThan(due[0] ?? 0);
  });

  it("spaces repeated good reviews further and further apart, up to about six months", () => {
    const { dues } = goodReviews(10);
    const intervals = dues.map(
      (due, i) => due.getTime() - (i === 0 ? start : (dues[i - 1] as Date)).getTime(),
    );
    // 3, 14, 57, 180 days; then held at the cap (FSRS keeps each interval a day past the last).
    for (let i = 1; i < 4; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? 0);
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThanOrEqual(intervals[i - 1] ?? 0);
    for (const interval of intervals) expect(interval).toBeLessThanOrEqual(181 * DAY_MS);
    expect(intervals.at(-1)).toBeGreaterThanOrEqual(180 * DAY_MS);
  });

  it("maps practice answers to ratings", () => {
    expect(fromCorrectness(false)).toBe("again");
    expect(fromCorrectness(false, true)).toBe("again");
    expect(fromCorrectness(true)).toBe("good");
    expect(fromCorrectness(true, false)).toBe("good");
    expect(fromCorrectness(true, true)).toBe("hard");
    expect(fromCorrectness(true, 2)).toBe("hard");
    expect(fromCorrectness(true, 0)).toBe("good");
  });

  it("has a likelihood of remembering that decays with time", () => {
    const { card } = goodReviews(3);
    const reviewed = card.last_review as Date;
    const times = [0, 1, 5, 20, 60, 200].map((days) => addMs(reviewed, days * DAY_MS));
    const r = times.map((t) => retrievability(card, t));
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeLessThan(r[i - 1] ?? 1);
    for (const x of r) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    // Cards fall due when recall has dropped to the 90% target.
    expect(retrievability(card, card.due)).toBeCloseTo(0.9, 2);
    expect(retrievability(newReviewCard(start), start)).toBe(0);
  });

  it("knows when a card is due", () => {
    const card = reviewCard(newReviewCard(start), "good", start);
    expect(isDue(card, start)).toBe(false);
    expect(isDue(card, card.due)).toBe(true);
  });
});

describe("storing review cards", () => {
  it("round-trips a new and a reviewed card through JSON", () => {
    const fresh = newReviewCard(start);
    const { card } = goodReviews(4);
    const lapsed = reviewCard(card, "again", card.due);
    for (const original of [fresh, card, lapsed]) {
      const stored = JSON.parse(JSON.stringify(serializeCard(original)));
      const restored = deserializeCard(stored);
      expect(restored).toEqual(original);
      // The restored card schedules exactly like the original.
      expect(reviewCard(restored, "good", original.due)).toEqual(reviewCard(original, "good", original.due));
    }
  });

  it("stores dates as ISO strings and the state by name", () => {
    const stored = serializeCard(reviewCard(newReviewCard(start), "good", start));
    expect(stored.lastReview).toBe(start.toISOString());
    expect(stored.due).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(stored.state).toBe("review");
    expect(serializeCard(newReviewCard(start))).toMatchObject({ state: "new", lastReview: null, reps: 0 });
  });

  it("refuses something that is not a stored card", () => {
    expect(() => deserializeCard({})).toThrow();
    expect(() => deserializeCard({ ...serializeCard(newReviewCard(start)), due: "tomorrow" })).toThrow();
    expect(() => deserializeCard({ ...serializeCard(newReviewCard(start)), state: "sleeping" })).toThrow();
  });
});
