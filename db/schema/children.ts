import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { families } from "./families";

export const LEARNING_STYLES = ["visual", "auditory", "reading_writing", "hands_on", "mixed"] as const;
export type LearningStyle = (typeof LEARNING_STYLES)[number];

/**
 * A child profile inside a family (P1). It holds only first name, birth year, learning style
 * and a PIN hash (P4), plus the parent's AI choices and sign-in throttling state.
 */
export const children = pgTable(
  "children",
  {
    id: id(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    firstName: text("first_name").notNull(),
    birthYear: smallint("birth_year"),
    learningStyle: text("learning_style", { enum: LEARNING_STYLES }).notNull().default("mixed"),
    pinHash: text("pin_hash").notNull(),
    aiConsent: boolean("ai_consent").notNull().default(false),
    aiConsentAt: timestamptz("ai_consent_at"),
    shareFirstNameWithAi: boolean("share_first_name_with_ai").notNull().default(true),
    failedPinAttempts: integer("failed_pin_attempts").notNull().default(0),
    lastFailedPinAt: timestamptz("last_failed_pin_at"),
    lockedAt: timestamptz("locked_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamptz("deleted_at"),
    purgeAfter: timestamptz("purge_after"),
  },
  (t) => [
    index("children_family_id_idx").on(t.familyId),
    uniqueIndex("children_family_first_name_key")
      .on(t.familyId, sql`lower(${t.firstName})`)
      .where(sql`${t.deletedAt} is null`),
    check("children_first_name_length", sql`char_length(${t.firstName}) between 1 and 40`),
    check("children_birth_year_range", sql`${t.birthYear} is null or ${t.birthYear} between 1990 and 2100`),
  ],
);

/** A child's signed-in session: revocable, 8-hour absolute expiry (P16). */
export const childSessions = pgTable(
  "child_sessions",
  {
    id: id(),
    childId: uuid("child_id")
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz("expires_at").notNull(),
    revokedAt: timestamptz("revoked_at"),
    lastSeenAt: timestamptz("last_seen_at"),
  },
  (t) => [
    uniqueIndex("child_sessions_token_hash_key").on(t.tokenHash),
    index("child_sessions_child_idx").on(t.childId),
  ],
);
