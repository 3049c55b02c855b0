/**
 * The data dictionary (P4, P7): every column of every table that holds family or child data,
 * with why it exists, what kind of data it is and how long it is kept. It is checked against
 * the live schema by tests/integration/privacy/data-dictionary.test.ts: a column added without
 * an entry (or an entry for a column that no longer exists) fails the build. The parent's
 * "all data about my child" page and export (P20) are grouped and labelled from it.
 *
 * Client-safe: plain data, no database imports.
 */

export type PiiClass =
  /** Random ids and keys that link rows together; meaningless outside Hearth. */
  | "identifier"
  /** The child profile a parent typed: first name, birth year, learning style (P4). */
  | "child_profile"
  /** What the child wrote or was assessed on: always encrypted at rest (P5, P6). */
  | "child_content"
  /** How a parent is reached: email, display name. */
  | "parent_contact"
  /** Password, PIN and token hashes, wrapped keys: never shown, never exported in the clear. */
  | "secret"
  /** Mastery, history, attempts, schedules, time on task (P7). */
  | "learning_data"
  /** Consent flags, timestamps, throttling and lifecycle state the service needs to run. */
  | "operational"
  /** Fixed values with no personal meaning (enums, versions). */
  | "none";

export interface DataDictionaryEntry {
  table: string;
  column: string;
  purpose: string;
  piiClass: PiiClass;
  retention: string;
  /** The column holds AES-256-GCM ciphertext (lib/crypto/field.ts), never plaintext. */
  encrypted?: true;
}

export type DataGroupId =
  | "profile"
  | "child_sessions"
  | "mastery"
  | "mastery_history"
  | "attempts"
  | "review_cards"
  | "assessments"
  | "learning_sessions"
  | "tutor"
  | "safety_events"
  | "token_usage"
  | "notifications"
  | "family"
  | "parents"
  | "email"
  | "audit";

export interface DataGroup {
  id: DataGroupId;
  title: string;
  /** Plain words for a parent: what this is and why Hearth keeps it. */
  description: string;
  /** Whose data the group is: a child's groups appear in that child's data page and export. */
  about: "child" | "family";
  tables: readonly string[];
}

/** Display grouping, in the order the parent sees it. Each table belongs to exactly one group. */
export const DATA_GROUPS: readonly DataGroup[] = [
  {
    id: "profile",
    title: "Profile and settings",
    description:
      "What you told us about your child: first name, birth year and how they like to learn, plus your AI tutor choices, tutoring settings and sign-in safety state. The PIN itself is never stored, only a one-way hash of it.",
    about: "child",
    tables: ["children", "child_settings"],
  },
  {
    id: "child_sessions",
    title: "Sign-in sessions",
    description:
      "Each time your child signs in: when it started, when it ends (after 8 hours at most) and whether it was ended early.",
    about: "child",
    tables: ["child_sessions"],
  },
  {
    id: "mastery",
    title: "Skill mastery",
    description:
      "Our current estimate of how well your child knows each skill they have worked on, used to choose what comes next.",
    about: "child",
    tables: ["skill_mastery"],
  },
  {
    id: "mastery_history",
    title: "Mastery history",
    description: "Every change of a mastery estimate and what caused it, for the progress charts.",
    about: "child",
    tables: ["mastery_history"],
  },
  {
    id: "attempts",
    title: "Practice answers",
    description:
      "Each practice or review answer: the skill and item, whether it was right and how many hints were used. The typed answer is encrypted.",
    about: "child",
    tables: ["attempts"],
  },
  {
    id: "review_cards",
    title: "Review schedule",
    description: "The spaced-repetition schedule: which skills and items come back for review, and when.",
    about: "child",
    tables: ["review_cards"],
  },
  {
    id: "assessments",
    title: "Assessments and diagnostics",
    description: "Quizzes and placement diagnostics: when they ran and their results, which are encrypted.",
    about: "child",
    tables: ["assessments"],
  },
  {
    id: "learning_sessions",
    title: "Time on task",
    description:
      "Learning time per subject (idle time excluded), the basis of hours logs for your state's records.",
    about: "child",
    tables: ["learning_sessions"],
  },
  {
    id: "tutor",
    title: "Tutor conversations",
    description:
      "Conversations with the tutor (the AI tutor or the offline coach): subject, skill and when. Every message is encrypted.",
    about: "child",
    tables: ["conversations", "messages"],
  },
  {
    id: "safety_events",
    title: "Safety events",
    description:
      "Exchanges the safety screening flagged (for example personal information or a worry to follow up): the category and severity only, never the text. You get an alert for each.",
    about: "child",
    tables: ["safety_events"],
  },
  {
    id: "token_usage",
    title: "AI usage",
    description:
      "How much of the AI model each subject and purpose used (tokens and estimated cost). It holds no content.",
    about: "child",
    tables: ["token_usage"],
  },
  {
    id: "notifications",
    title: "Notifications to you",
    description:
      "Dashboard notices to you that concern this child (safety alerts, milestones, sign-in locks): their type and when, never any content.",
    about: "child",
    tables: ["notifications"],
  },
  {
    id: "family",
    title: "Family account",
    description:
      "The family itself: its sign-in code for children, its time zone (for quiet hours), your tutor settings (worldview, content filter, guidance) and its encryption key, stored only wrapped by our master key.",
    about: "family",
    tables: ["families", "family_keys", "family_settings"],
  },
  {
    id: "parents",
    title: "Parents",
    description: "Parent accounts and their signed-in sessions.",
    about: "family",
    tables: ["parents", "parent_sessions"],
  },
  {
    id: "email",
    title: "Emails to parents",
    description:
      "Emails we send you (notices, alerts, policy changes). They say what happened in general words and never carry your child's information (P12).",
    about: "family",
    tables: ["email_outbox"],
  },
  {
    id: "audit",
    title: "Audit trail",
    description:
      "A tamper-evident record of who did what and when (sign-ins, profile changes, data views, exports, deletions). It holds ids and categories, never your child's name, answers or messages, and is kept after deletion as COPPA requires.",
    about: "family",
    tables: ["audit_log"],
  },
];

/** Tables in db/schema that hold no family or child data, and why. */
export const TABLES_WITHOUT_FAMILY_DATA: Readonly<Record<string, string>> = {
  curriculum_skills: "Shared curriculum reference data, the same for every family.",
  rate_limits:
    "Short-lived request counters keyed by an opaque id or a hashed address; windows expire within hours and the purge job removes a purged family's or child's counters.",
};

export const RETENTION = {
  child:
    "While the child's profile exists. Deleting the child (or the family) hides it at once; it is permanently purged 30 days later unless restored (P19).",
  childSession:
    "Usable for 8 hours at most (P16); the row is kept as sign-in history until the child is purged (P19).",
  family:
    "While the family account exists. Deleting the family hides it at once; it is permanently purged 30 days later unless restored (P19).",
  parentSession:
    "Usable for 8 hours at most (P16); the row is kept as sign-in history until the family is purged (P19).",
  familyKey:
    "While the family exists; deleted when the family is purged, which makes every encrypted record of the family unreadable, in backups too (P19).",
  audit:
    "Kept permanently: the audit trail is append-only (P3) and outlives deletion; it holds ids and categories, never child content (P19).",
} as const;

type Column = Omit<DataDictionaryEntry, "table" | "retention"> & { retention?: string };

function table(name: string, retention: string, columns: Column[]): DataDictionaryEntry[] {
  return columns.map((c) => ({
    table: name,
    retention,
    ...c,
    ...(c.retention ? { retention: c.retention } : {}),
  }));
}

const rowId = (what: string): Column => ({
  column: "id",
  purpose: `Random id of the ${what}.`,
  piiClass: "identifier",
});
const familyId: Column = {
  column: "family_id",
  purpose: "The family the row belongs to; every query and row-level security policy is scoped by it.",
  piiClass: "identifier",
};
const childId: Column = {
  column: "child_id",
  purpose: "The child the row is about.",
  piiClass: "identifier",
};
const skillId: Column = {
  column: "skill_id",
  purpose: "The curriculum skill (a public curriculum id such as a standard code).",
  piiClass: "learning_data",
};
const createdAtCol = (what: string): Column => ({
  column: "created_at",
  purpose: `When the ${what} was created.`,
  piiClass: "operational",
});
const updatedAtCol = (what: string): Column => ({
  column: "updated_at",
  purpose: `When the ${what} last changed.`,
  piiClass: "operational",
});

export const DATA_DICTIONARY: readonly DataDictionaryEntry[] = [
  ...table("families", RETENTION.family, [
    rowId("family"),
    {
      column: "code",
      purpose:
        "The family code children type to sign in (then their name and PIN). Random; the parent can replace it at any time.",
      piiClass: "identifier",
    },
    {
      column: "timezone",
      purpose: "The family's time zone, for quiet hours (P24) and dates in reports.",
      piiClass: "operational",
    },
    createdAtCol("family"),
    updatedAtCol("family"),
    {
      column: "deleted_at",
      purpose: "When the parent deleted the family account; set means hidden from everyone (P19).",
      piiClass: "operational",
    },
    {
      column: "purge_after",
      purpose: "When the deleted family is permanently purged (30 days after deletion).",
      piiClass: "operational",
    },
  ]),
  ...table("family_keys", RETENTION.familyKey, [
    { ...familyId, purpose: "The family this data key encrypts for (one key per family)." },
    {
      column: "wrapped_key",
      purpose: "The family's data encryption key, itself encrypted by the master key (envelope encryption).",
      piiClass: "secret",
    },
    {
      column: "master_key_id",
      purpose: "Which master key wrapped the data key, so master keys rotate without downtime.",
      piiClass: "operational",
    },
    createdAtCol("data key"),
    {
      column: "rotated_at",
      purpose: "When the data key was last re-wrapped under a new master key.",
      piiClass: "operational",
    },
  ]),
  ...table("parents", RETENTION.family, [
    rowId("parent account"),
    familyId,
    {
      column: "email",
      purpose: "Sign-in and notices to the parent (P12); never sent to the AI provider (P11).",
      piiClass: "parent_contact",
    },
    {
      column: "display_name",
      purpose: "How the parent is greeted in the app and in emails (optional).",
      piiClass: "parent_contact",
    },
    {
      column: "password_hash",
      purpose: "bcrypt hash of the password, for local accounts only (none with Clerk).",
      piiClass: "secret",
    },
    {
      column: "clerk_user_id",
      purpose: "The parent's id at the sign-in provider (Clerk), when Clerk is used.",
      piiClass: "identifier",
    },
    {
      column: "is_admin",
      purpose: "Whether this parent identity may open the admin audit viewer.",
      piiClass: "operational",
    },
    createdAtCol("account"),
    updatedAtCol("account"),
  ]),
  ...table("parent_sessions", RETENTION.parentSession, [
    rowId("session"),
    { column: "parent_id", purpose: "The parent who signed in.", piiClass: "identifier" },
    familyId,
    {
      column: "token_hash",
      purpose: "SHA-256 of the session cookie's token; the token itself is never stored.",
      piiClass: "secret",
    },
    createdAtCol("session"),
    {
      column: "expires_at",
      purpose: "When the session ends by itself (8 hours, P16).",
      piiClass: "operational",
    },
    {
      column: "revoked_at",
      purpose: "When the session was ended early (sign-out).",
      piiClass: "operational",
    },
  ]),
  ...table("children", RETENTION.child, [
    rowId("child profile"),
    familyId,
    {
      column: "first_name",
      purpose: "What the child is called in the app and, if the parent allows it, by the AI tutor (P11).",
      piiClass: "child_profile",
    },
    {
      column: "birth_year",
      purpose:
        "Optional; gives an age band for starting level and tone. Only the band, never the year, reaches the AI provider (P11).",
      piiClass: "child_profile",
    },
    {
      column: "learning_style",
      purpose: "How the child likes to learn, to shape explanations.",
      piiClass: "child_profile",
    },
    {
      column: "pin_hash",
      purpose: "bcrypt hash of the child's sign-in PIN (peppered); the PIN itself is never stored (P2).",
      piiClass: "secret",
    },
    {
      column: "ai_consent",
      purpose: "The parent's recorded consent to the AI tutor; without it the offline coach is used (P23).",
      piiClass: "operational",
    },
    {
      column: "ai_consent_at",
      purpose: "When the AI consent was last given or withdrawn.",
      piiClass: "operational",
    },
    {
      column: "share_first_name_with_ai",
      purpose: "Whether the AI tutor may use the child's first name (P11).",
      piiClass: "operational",
    },
    {
      column: "failed_pin_attempts",
      purpose: "Consecutive wrong PINs, for sign-in throttling and lockout.",
      piiClass: "operational",
    },
    {
      column: "last_failed_pin_at",
      purpose: "When the last wrong PIN was entered (throttling).",
      piiClass: "operational",
    },
    {
      column: "locked_at",
      purpose: "When PIN sign-in was locked after too many wrong PINs; the parent clears it.",
      piiClass: "operational",
    },
    createdAtCol("profile"),
    updatedAtCol("profile"),
    {
      column: "deleted_at",
      purpose: "When the parent deleted the profile; set means hidden and unable to sign in (P19).",
      piiClass: "operational",
    },
    {
      column: "purge_after",
      purpose: "When the deleted profile is permanently purged (30 days after deletion).",
      piiClass: "operational",
    },
  ]),
  ...table("child_sessions", RETENTION.childSession, [
    rowId("session"),
    childId,
    familyId,
    {
      column: "token_hash",
      purpose: "SHA-256 of the session cookie's token; the token itself is never stored.",
      piiClass: "secret",
    },
    createdAtCol("session"),
    {
      column: "expires_at",
      purpose: "When the session ends by itself (8 hours, P16).",
      piiClass: "operational",
    },
    {
      column: "revoked_at",
      purpose: "When the session was ended early (sign-out, the parent, consent change or deletion).",
      piiClass: "operational",
    },
    { column: "last_seen_at", purpose: "When the session was last used.", piiClass: "operational" },
  ]),
  ...table("skill_mastery", RETENTION.child, [
    familyId,
    childId,
    skillId,
    {
      column: "p_known",
      purpose: "Estimated probability the child knows the skill (Bayesian Knowledge Tracing).",
      piiClass: "learning_data",
    },
    {
      column: "attempts",
      purpose: "How many answers on this skill have been graded.",
      piiClass: "learning_data",
    },
    { column: "correct", purpose: "How many of them were right.", piiClass: "learning_data" },
    { column: "mastered_at", purpose: "When the skill was first mastered.", piiClass: "learning_data" },
    updatedAtCol("estimate"),
  ]),
  ...table("mastery_history", RETENTION.child, [
    rowId("history entry"),
    familyId,
    childId,
    skillId,
    { column: "p_known", purpose: "The mastery estimate after the change.", piiClass: "learning_data" },
    {
      column: "source",
      purpose: "What changed it: practice, diagnostic, assessment or review.",
      piiClass: "learning_data",
    },
    { column: "created_at", purpose: "When the estimate changed.", piiClass: "learning_data" },
  ]),
  ...table("attempts", RETENTION.child, [
    rowId("answer"),
    familyId,
    childId,
    {
      column: "session_id",
      purpose: "The learning session the answer was given in.",
      piiClass: "identifier",
    },
    skillId,
    {
      column: "item_id",
      purpose: "The practice item answered (generated or authored, from the item bank).",
      piiClass: "learning_data",
    },
    { column: "correct", purpose: "Whether the answer was right.", piiClass: "learning_data" },
    { column: "hints_used", purpose: "How many hints the child asked for first.", piiClass: "learning_data" },
    {
      column: "answer_enc",
      purpose: "What the child typed, encrypted (AES-256-GCM), for the parent's review of mistakes.",
      piiClass: "child_content",
      encrypted: true,
    },
    { column: "created_at", purpose: "When the answer was given.", piiClass: "learning_data" },
  ]),
  ...table("review_cards", RETENTION.child, [
    rowId("review card"),
    familyId,
    childId,
    {
      column: "kind",
      purpose: "Whether the card reviews a whole skill or one missed item.",
      piiClass: "none",
    },
    skillId,
    { column: "item_id", purpose: "The missed item, for item cards.", piiClass: "learning_data" },
    {
      column: "card",
      purpose: "The spaced-repetition (FSRS) state: stability, difficulty, reps, lapses.",
      piiClass: "learning_data",
    },
    { column: "due", purpose: "When the card is next due for review.", piiClass: "learning_data" },
    createdAtCol("card"),
    updatedAtCol("card"),
  ]),
  ...table("assessments", RETENTION.child, [
    rowId("assessment"),
    familyId,
    childId,
    { column: "kind", purpose: "A placement diagnostic or a quiz.", piiClass: "none" },
    { column: "subject", purpose: "The subject assessed.", piiClass: "learning_data" },
    { column: "cluster_id", purpose: "The group of skills a quiz covers.", piiClass: "learning_data" },
    {
      column: "state_enc",
      purpose: "The assessment in progress (questions asked and answers), encrypted (P5).",
      piiClass: "child_content",
      encrypted: true,
    },
    {
      column: "result_enc",
      purpose: "The result, encrypted (P5).",
      piiClass: "child_content",
      encrypted: true,
    },
    { column: "created_at", purpose: "When it started.", piiClass: "learning_data" },
    { column: "completed_at", purpose: "When it was finished.", piiClass: "learning_data" },
  ]),
  ...table("learning_sessions", RETENTION.child, [
    rowId("learning session"),
    familyId,
    childId,
    { column: "subject", purpose: "The subject studied.", piiClass: "learning_data" },
    { column: "created_at", purpose: "When the session started.", piiClass: "learning_data" },
    {
      column: "last_activity_at",
      purpose: "The last activity, to leave idle time out.",
      piiClass: "learning_data",
    },
    { column: "ended_at", purpose: "When the session ended.", piiClass: "learning_data" },
    {
      column: "active_seconds",
      purpose: "Active learning time, for hours logs.",
      piiClass: "learning_data",
    },
  ]),
  ...table("child_settings", RETENTION.child, [
    { ...childId, purpose: "The child these tutoring settings are for (one row per child)." },
    familyId,
    {
      column: "max_help_level",
      purpose: "How far the tutor may go when helping: a nudge, a hint, a worked example or the answer.",
      piiClass: "operational",
    },
    { column: "read_aloud", purpose: "Whether tutor replies are read aloud.", piiClass: "operational" },
    updatedAtCol("settings"),
  ]),
  ...table("conversations", RETENTION.child, [
    rowId("conversation"),
    familyId,
    childId,
    { column: "subject", purpose: "The subject the conversation is about.", piiClass: "learning_data" },
    { ...skillId, purpose: "The skill being worked on, if any." },
    { column: "item_id", purpose: "The practice item being discussed, if any.", piiClass: "learning_data" },
    {
      column: "mode",
      purpose: "Whether the AI tutor or the offline coach answered (AI only with consent, P23).",
      piiClass: "none",
    },
    createdAtCol("conversation"),
    updatedAtCol("conversation"),
  ]),
  ...table("messages", RETENTION.child, [
    rowId("message"),
    familyId,
    childId,
    {
      column: "conversation_id",
      purpose: "The conversation the message belongs to.",
      piiClass: "identifier",
    },
    {
      column: "role",
      purpose: "Who wrote it: the child, the tutor, the coach or a notice.",
      piiClass: "none",
    },
    {
      column: "content_enc",
      purpose: "The message text, encrypted and bound to this row (P6).",
      piiClass: "child_content",
      encrypted: true,
    },
    {
      column: "withdrawn",
      purpose: "The reply was withdrawn by safety screening or the answer guard and replaced by a safe one.",
      piiClass: "operational",
    },
    {
      column: "status",
      purpose: "Whether the message is complete, still streaming, or failed.",
      piiClass: "operational",
    },
    createdAtCol("message"),
  ]),
  ...table("safety_events", RETENTION.child, [
    rowId("safety event"),
    familyId,
    childId,
    {
      column: "conversation_id",
      purpose: "The conversation the flagged exchange was in.",
      piiClass: "identifier",
    },
    {
      column: "category",
      purpose: "What the screening found (a fixed category, never the text), for the parent's alert (P25).",
      piiClass: "operational",
    },
    { column: "severity", purpose: "Low, medium or high.", piiClass: "operational" },
    {
      column: "source",
      purpose: "Whether the child's message or the tutor's reply was flagged.",
      piiClass: "none",
    },
    { column: "tier", purpose: "Which screening layer flagged it.", piiClass: "none" },
    createdAtCol("event"),
    {
      column: "acknowledged_at",
      purpose: "When the parent acknowledged the alert.",
      piiClass: "operational",
    },
  ]),
  ...table("token_usage", RETENTION.child, [
    rowId("usage record"),
    familyId,
    childId,
    { column: "subject", purpose: "The subject the model call served (P8).", piiClass: "operational" },
    {
      column: "purpose",
      purpose: "Tutoring, grading, question generation, safety or summaries (P8).",
      piiClass: "operational",
    },
    { column: "model", purpose: "The AI model used.", piiClass: "none" },
    { column: "input_tokens", purpose: "Tokens sent to the model.", piiClass: "operational" },
    { column: "output_tokens", purpose: "Tokens the model returned.", piiClass: "operational" },
    { column: "cache_read_tokens", purpose: "Prompt tokens served from the cache.", piiClass: "operational" },
    { column: "cache_write_tokens", purpose: "Prompt tokens written to the cache.", piiClass: "operational" },
    {
      column: "cost_micro_usd",
      purpose: "Estimated cost in millionths of a US dollar.",
      piiClass: "operational",
    },
    createdAtCol("model call"),
  ]),
  ...table("notifications", "Until the family is purged, or the child it concerns is purged (P19).", [
    rowId("notification"),
    familyId,
    { ...childId, purpose: "The child the notice concerns, if any; the notice itself never names them." },
    {
      column: "type",
      purpose: "Safety alert, PIN lock, milestone, session summary, deletion or policy notice.",
      piiClass: "none",
    },
    {
      column: "dedupe_key",
      purpose: "Stops the same notice twice (e.g. the conversation id of a safety alert).",
      piiClass: "identifier",
    },
    createdAtCol("notification"),
    { column: "read_at", purpose: "When the parent read it.", piiClass: "operational" },
  ]),
  ...table("family_settings", RETENTION.family, [
    { ...familyId, purpose: "The family these settings belong to (one row per family)." },
    {
      column: "worldview",
      purpose: "The worldview the tutor should respect, as the parent chose it (optional).",
      piiClass: "operational",
    },
    { column: "content_filter", purpose: "How strictly tutor content is filtered.", piiClass: "operational" },
    {
      column: "tutor_guidance",
      purpose: "The parent's own guidance for the tutor (e.g. topics to avoid), at most 500 characters.",
      piiClass: "operational",
    },
    updatedAtCol("settings"),
  ]),
  ...table("email_outbox", RETENTION.family, [
    rowId("email"),
    familyId,
    { column: "to_email", purpose: "The parent address the email goes to.", piiClass: "parent_contact" },
    {
      column: "subject",
      purpose: "The email's subject, in general words with no child information (P12).",
      piiClass: "operational",
    },
    {
      column: "html",
      purpose: "The email body (HTML), with no child information (P12).",
      piiClass: "operational",
    },
    {
      column: "text",
      purpose: "The email body (plain text), with no child information (P12).",
      piiClass: "operational",
    },
    createdAtCol("email"),
    { column: "sent_at", purpose: "When the email provider accepted it.", piiClass: "operational" },
    { column: "provider_id", purpose: "The email provider's id for the message.", piiClass: "identifier" },
    updatedAtCol("email"),
  ]),
  ...table("audit_log", RETENTION.audit, [
    { column: "seq", purpose: "Position in the hash chain.", piiClass: "operational" },
    { column: "at", purpose: "When it happened (database clock).", piiClass: "operational" },
    { ...familyId, purpose: "The family the entry concerns, so a family sees its own trail." },
    { column: "actor_type", purpose: "Parent, child, admin, system or anonymous.", piiClass: "none" },
    { column: "actor_id", purpose: "Who acted (an id, never a name).", piiClass: "identifier" },
    {
      column: "action",
      purpose: "What happened, from a fixed list (lib/audit/actions.ts).",
      piiClass: "none",
    },
    { column: "target_type", purpose: "The kind of thing acted on.", piiClass: "none" },
    { column: "target_id", purpose: "The id of the thing acted on.", piiClass: "identifier" },
    {
      column: "detail",
      purpose: "Typed details: field names, categories, counts; never names, PINs, messages or answers.",
      piiClass: "operational",
    },
    {
      column: "ip",
      purpose: "The request's IP address, as COPPA evidence of who acted from where.",
      piiClass: "identifier",
    },
    { column: "request_id", purpose: "Links the entry to one request in the logs.", piiClass: "operational" },
    {
      column: "prev_hash",
      purpose: "The previous entry's hash (tamper evidence, P3).",
      piiClass: "operational",
    },
    { column: "hash", purpose: "This entry's hash (tamper evidence, P3).", piiClass: "operational" },
  ]),
];

const TABLE_TITLES: Readonly<Record<string, string>> = {
  children: "Profile",
  child_settings: "Tutoring settings",
  families: "Family",
  family_keys: "Encryption key",
  family_settings: "Tutor settings",
  parents: "Parent accounts",
  parent_sessions: "Parent sessions",
};

/** A table's name for people, where a group shows more than one table. */
export function tableTitle(tableName: string): string {
  const title = TABLE_TITLES[tableName] ?? tableName.replace(/_/g, " ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The dictionary entries of one table, in dictionary order. */
export function dictionaryFor(tableName: string): DataDictionaryEntry[] {
  return DATA_DICTIONARY.filter((e) => e.table === tableName);
}

/** The display group a table belongs to. */
export function groupOfTable(tableName: string): DataGroup | undefined {
  return DATA_GROUPS.find((g) => g.tables.includes(tableName));
}

/** Tables listed in the dictionary. */
export function dictionaryTables(): string[] {
  return [...new Set(DATA_DICTIONARY.map((e) => e.table))];
}
