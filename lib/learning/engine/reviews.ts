import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import { reviewCards } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import {
  deserializeCard,
  newReviewCard,
  type ReviewCard,
  type ReviewRating,
  reviewCard,
  serializeCard,
} from "@/lib/learning/memory";
import { assertChild, type ChildScope } from "./scope";

/**
 * Spaced repetition (FSRS) storage: one card per mastered skill ("skill") and per missed item
 * ("item"). The card's JSON is ts-fsrs state in the stored form of lib/learning/memory; `due`
 * is copied out of it into its own column so the due query is one index range scan on
 * review_cards_family_child_due_idx (family_id, child_id, due).
 */

export interface DueReview {
  id: string;
  kind: "skill" | "item";
  skillId: string;
  itemId: string | null;
  due: Date;
}

export const DUE_LIMIT_MAX = 200;

/**
 * The due query, in the one shape the (family_id, child_id, due) index answers directly:
 * equality on family and child (the family is also the row-level security policy's condition),
 * a range on due, ordered by due, with a limit: an Index Scan that reads at most `limit`
 * entries, in order, and stops.
 */
export function dueReviewsQuery(scope: ChildScope, now: Date, limit: number) {
  const n = Number.isFinite(limit) ? Math.max(1, Math.min(DUE_LIMIT_MAX, Math.floor(limit))) : 20;
  return sql`select id, kind, skill_id, item_id, due from review_cards
    where family_id = ${scope.familyId} and child_id = ${scope.childId} and due <= ${now.toISOString()}::timestamptz
    order by due limit ${n}`;
}

type DueRow = { id: string; kind: string; skill_id: string; item_id: string | null; due: string | Date };

export async function dueReviewsIn(
  tx: Db,
  scope: ChildScope,
  now: Date,
  limit: number,
): Promise<DueReview[]> {
  const rows = await queryRows<DueRow>(tx, dueReviewsQuery(scope, now, limit));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind === "item" ? "item" : "skill",
    skillId: r.skill_id,
    itemId: r.item_id,
    due: r.due instanceof Date ? r.due : new Date(r.due),
  }));
}

export async function dueReviews(
  db: Db,
  scope: ChildScope & { now?: Date; limit?: number },
): Promise<DueReview[]> {
  return withFamily(db, scope.familyId, async (tx) => {
    await assertChild(tx, scope);
    return dueReviewsIn(tx, scope, scope.now ?? new Date(), scope.limit ?? 20);
  });
}

export async function countDueReviewsIn(tx: Db, scope: ChildScope, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*)::int as n from review_cards
      where child_id = ${scope.childId} and due <= ${now.toISOString()}::timestamptz`,
  );
  return Number(row?.n ?? 0);
}

export interface StoredReviewCard {
  id: string;
  kind: "skill" | "item";
  skillId: string;
  itemId: string | null;
  card: ReviewCard;
  due: Date;
}

type CardRow = typeof reviewCards.$inferSelect;

/** A stored card, or null when its JSON is not a card (it is then rebuilt, not trusted). */
function toStored(row: CardRow): StoredReviewCard | null {
  try {
    return {
      id: row.id,
      kind: row.kind,
      skillId: row.skillId,
      itemId: row.itemId,
      card: deserializeCard(row.card),
      due: row.due,
    };
  } catch {
    return null;
  }
}

/** The child's card for a skill or an item, if there is one. */
export async function findCardIn(
  tx: Db,
  scope: ChildScope,
  key: { kind: "skill"; skillId: string } | { kind: "item"; itemId: string },
): Promise<StoredReviewCard | null> {
  const [row] = await tx
    .select()
    .from(reviewCards)
    .where(
      and(
        eq(reviewCards.childId, scope.childId),
        eq(reviewCards.familyId, scope.familyId),
        eq(reviewCards.kind, key.kind),
        key.kind === "skill" ? eq(reviewCards.skillId, key.skillId) : eq(reviewCards.itemId, key.itemId),
      ),
    )
    .limit(1);
  if (!row) return null;
  return toStored(row) ?? { ...row, card: newReviewCard(row.createdAt) };
}

/** The earliest due card of one kind for a skill. */
export async function dueCardForSkillIn(
  tx: Db,
  scope: ChildScope,
  kind: "skill" | "item",
  skillId: string,
  now: Date,
): Promise<StoredReviewCard | null> {
  const [row] = await tx
    .select()
    .from(reviewCards)
    .where(
      and(
        eq(reviewCards.childId, scope.childId),
        eq(reviewCards.familyId, scope.familyId),
        lte(reviewCards.due, now),
        eq(reviewCards.kind, kind),
        eq(reviewCards.skillId, skillId),
      ),
    )
    .orderBy(reviewCards.due)
    .limit(1);
  if (!row) return null;
  return toStored(row) ?? { ...row, card: newReviewCard(row.createdAt) };
}

export async function deleteCardIn(tx: Db, scope: ChildScope, cardId: string): Promise<void> {
  await tx
    .delete(reviewCards)
    .where(and(eq(reviewCards.id, cardId), eq(reviewCards.familyId, scope.familyId)));
}

/** Applies one review to a stored card; returns its new due date. */
export async function reviewStoredCardIn(
  tx: Db,
  scope: ChildScope,
  stored: StoredReviewCard,
  rating: ReviewRating,
  now: Date,
): Promise<Date> {
  const next = reviewCard(stored.card, rating, now);
  await tx
    .update(reviewCards)
    .set({ card: serializeCard(next), due: next.due, updatedAt: now })
    .where(and(eq(reviewCards.id, stored.id), eq(reviewCards.familyId, scope.familyId)));
  return next.due;
}

/**
 * A new card whose first review is the moment it is created: a skill just mastered was answered
 * well right now, an item just missed was forgotten right now. Either way the next review is at
 * least a day out (the scheduler has no same-day steps).
 */
export function firstReview(rating: ReviewRating, now: Date): ReviewCard {
  return reviewCard(newReviewCard(now), rating, now);
}

export async function insertCardIn(
  tx: Db,
  scope: ChildScope,
  card: { kind: "skill" | "item"; skillId: string; itemId?: string | null; state: ReviewCard; now: Date },
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insert(reviewCards).values({
    id,
    familyId: scope.familyId,
    childId: scope.childId,
    kind: card.kind,
    skillId: card.skillId,
    itemId: card.kind === "item" ? (card.itemId ?? null) : null,
    card: serializeCard(card.state),
    due: card.state.due,
    createdAt: card.now,
    updatedAt: card.now,
  });
  return id;
}

/** A skill reached mastery: it gets a card unless it has one (a re-mastered skill keeps its history). */
export async function ensureSkillCardIn(
  tx: Db,
  scope: ChildScope,
  skillId: string,
  rating: ReviewRating,
  now: Date,
): Promise<void> {
  if (await findCardIn(tx, scope, { kind: "skill", skillId })) return;
  await insertCardIn(tx, scope, { kind: "skill", skillId, state: firstReview(rating, now), now });
}

/** An item was missed: its card is created, or (missed again) reviewed as forgotten. */
export async function missedItemIn(
  tx: Db,
  scope: ChildScope,
  item: { id: string; skillId: string },
  now: Date,
): Promise<void> {
  const existing = await findCardIn(tx, scope, { kind: "item", itemId: item.id });
  if (existing) {
    await reviewStoredCardIn(tx, scope, existing, "again", now);
    return;
  }
  await insertCardIn(tx, scope, {
    kind: "item",
    skillId: item.skillId,
    itemId: item.id,
    state: firstReview("again", now),
    now,
  });
}
