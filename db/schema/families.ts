import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";

/** A family: the tenant. Every row of family data carries its `family_id`. */
export const families = pgTable(
  "families",
  {
    id: id(),
    /** Human-friendly sign-in code for children, stored normalised (no separators). */
    code: text("code").notNull(),
    timezone: text("timezone").notNull().default("America/New_York"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Set when the parent deletes the family: hidden at once, purged after `purgeAfter`. */
    deletedAt: timestamptz("deleted_at"),
    purgeAfter: timestamptz("purge_after"),
  },
  (t) => [
    uniqueIndex("families_code_key").on(t.code),
    check("families_code_format", sql`${t.code} ~ '^[A-Z2-9]{8,16}$'`),
  ],
);

/** A parent identity. Only parents authenticate (P1). */
export const parents = pgTable(
  "parents",
  {
    id: id(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    displayName: text("display_name"),
    /** bcrypt hash for local accounts; null for Clerk identities. */
    passwordHash: text("password_hash"),
    clerkUserId: text("clerk_user_id"),
    isAdmin: boolean("is_admin").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("parents_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("parents_clerk_user_id_key").on(t.clerkUserId),
    index("parents_family_id_idx").on(t.familyId),
  ],
);

/** Server-side parent sessions for local auth: the cookie holds a token whose hash is here. */
export const parentSessions = pgTable(
  "parent_sessions",
  {
    id: id(),
    parentId: uuid("parent_id")
      .notNull()
      .references(() => parents.id, { onDelete: "cascade" }),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz("expires_at").notNull(),
    revokedAt: timestamptz("revoked_at"),
  },
  (t) => [
    uniqueIndex("parent_sessions_token_hash_key").on(t.tokenHash),
    index("parent_sessions_parent_idx").on(t.parentId),
  ],
);
