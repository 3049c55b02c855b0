import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { familyRef } from "./refs";

/** Family-wide settings a parent controls: worldview and content filter for the tutor, quiet hours. */
export const familySettings = pgTable("family_settings", {
  familyId: familyRef().primaryKey(),
  worldview: text("worldview", {
    enum: ["secular", "faith_friendly", "christian", "jewish", "muslim", "unspecified"],
  })
    .notNull()
    .default("unspecified"),
  contentFilter: text("content_filter", { enum: ["strict", "standard"] })
    .notNull()
    .default("strict"),
  /** Free-text guidance for the tutor from the parent (e.g. topics to avoid), at most 500 characters. */
  tutorGuidance: text("tutor_guidance"),
  updatedAt: updatedAt(),
});

/** Dashboard notifications for parents (safety alerts, milestones, notices). No child content. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    familyId: familyRef(),
    /** The child the notice is about, if any; the text never names the child. */
    childId: uuid("child_id"),
    type: text("type", {
      enum: ["safety_alert", "pin_locked", "milestone", "session_summary", "deletion", "policy"],
    }).notNull(),
    /** Deduplication key, e.g. a conversation id for safety alerts. */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    readAt: timestamptz("read_at"),
  },
  (t) => [index("notifications_family_idx").on(t.familyId, t.createdAt)],
);

/** Outgoing email to parents (P12). Without Resend configured it stays here for the dev mailbox. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    familyId: familyRef(),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
    sentAt: timestamptz("sent_at"),
    providerId: text("provider_id"),
    updatedAt: updatedAt(),
  },
  (t) => [index("email_outbox_family_idx").on(t.familyId, t.createdAt)],
);
