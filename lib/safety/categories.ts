import "server-only";
import { z } from "zod";

/**
 * What the screening tiers can find in a child's message or a tutor's reply (P25).
 *
 * Grooming (secrecy, photo requests, meeting, moving to another app) has no category of its own:
 * it is reported as `abuse_disclosure` with a `grooming_*` match kind, because the child needs
 * the same help (tell a trusted grown-up, Childhelp) and the parent the same alert.
 */
export const SAFETY_CATEGORIES = [
  "self_harm",
  "abuse_disclosure",
  "sexual_content",
  "personal_info",
  "violence",
  "none",
] as const;

export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** The categories that flag an exchange. */
export type FlaggedCategory = Exclude<SafetyCategory, "none">;

export const SEVERITIES = ["low", "medium", "high"] as const;

export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * When two categories match with the same severity, the one a child most needs help with wins:
 * the help shown is chosen from the winning category.
 */
export const CATEGORY_PRIORITY: Record<SafetyCategory, number> = {
  self_harm: 5,
  abuse_disclosure: 4,
  sexual_content: 3,
  violence: 2,
  personal_info: 1,
  none: 0,
};

export const REASON_MAX_LENGTH = 160;

/**
 * The verdict the model tier must return. `reason` is a short description in the screener's own
 * words: it may be shown to the parent in a safety alert, so it never quotes the child.
 */
export const ScreenVerdictSchema = z.object({
  category: z.enum(SAFETY_CATEGORIES),
  severity: z.enum(SEVERITIES),
  confidence: z.number().min(0).max(1),
  reason: z.string().trim().min(1).max(REASON_MAX_LENGTH),
});

export type ScreenVerdict = z.infer<typeof ScreenVerdictSchema>;

/** Who wrote the text being screened. */
export type ScreenRole = "child" | "tutor";

/** One earlier turn of the conversation, oldest first. */
export interface ConversationTurn {
  role: ScreenRole;
  text: string;
}
