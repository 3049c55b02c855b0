import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { families } from "./families";

/**
 * Each family's data key (256-bit), wrapped by the current master key (lib/crypto). Rotation
 * re-wraps these rows only; purging a family deletes its row, which makes every ciphertext of
 * that family unreadable, in backups too.
 */
export const familyKeys = pgTable("family_keys", {
  familyId: uuid("family_id")
    .primaryKey()
    .references(() => families.id, { onDelete: "cascade" }),
  wrappedKey: text("wrapped_key").notNull(),
  masterKeyId: text("master_key_id").notNull(),
  createdAt: createdAt(),
  rotatedAt: timestamptz("rotated_at"),
});
