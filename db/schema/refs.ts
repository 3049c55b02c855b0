import { uuid } from "drizzle-orm/pg-core";
import { children } from "./children";
import { families } from "./families";

/**
 * The two references every table of family data carries. Deleting a family or child row
 * cascades, but the purge job (lib/privacy/lifecycle.ts) deletes explicitly and does not rely
 * on it.
 */
export const familyRef = () =>
  uuid("family_id")
    .notNull()
    .references(() => families.id, { onDelete: "cascade" });

export const childRef = () =>
  uuid("child_id")
    .notNull()
    .references(() => children.id, { onDelete: "cascade" });
