import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { childRef, familyRef } from "./refs";

/**
 * Learning data (P7): skill mastery and its history, attempts, assessment results (encrypted,
 * P5), session time and activity, and the spaced-repetition schedule. Nothing else.
 */

/** The curriculum graph, loaded from versioned seed data (lib/learning/curriculum). Not family data. */
export const curriculumSkills = pgTable(
  "curriculum_skills",
  {
    id: text("id").primaryKey(),
    subject: text("subject").notNull(),
    grade: text("grade").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    standardCode: text("standard_code"),
    prerequisites: text("prerequisites").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull(),
  },
  (t) => [index("curriculum_skills_subject_idx").on(t.subject)],
);

/** Current Bayesian Knowledge Tracing estimate per child and skill. */
export const skillMastery = pgTable(
  "skill_mastery",
  {
    familyId: familyRef(),
    childId: childRef(),
    skillId: text("skill_id").notNull(),
    pKnown: real("p_known").notNull(),
    attempts: integer("attempts").notNull().default(0),
    correct: integer("correct").notNull().default(0),
    masteredAt: timestamptz("mastered_at"),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.skillId] }), index("skill_mastery_family_idx").on(t.familyId)],
);

/** Every change of mastery, for the parent's charts. */
export const masteryHistory = pgTable(
  "mastery_history",
  {
    id: id(),
    familyId: familyRef(),
    childId: childRef(),
    skillId: text("skill_id").notNull(),
    pKnown: real("p_known").notNull(),
    source: text("source", { enum: ["practice", "diagnostic", "assessment", "review"] }).notNull(),
    at: createdAt(),
  },
  (t) => [
    index("mastery_history_child_at_idx").on(t.childId, t.at),
    index("mastery_history_family_idx").on(t.familyId),
  ],
);

/** One graded answer to a practice or review item. The typed answer is encrypted. */
export const attempts = pgTable(
  "attempts",
  {
    id: id(),
    familyId: familyRef(),
    childId: childRef(),
    sessionId: uuid("session_id"),
    skillId: text("skill_id").notNull(),
    itemId: text("item_id").notNull(),
    correct: boolean("correct").notNull(),
    hintsUsed: smallint("hints_used").notNull().default(0),
    answerEnc: text("answer_enc"),
    at: createdAt(),
  },
  (t) => [index("attempts_child_at_idx").on(t.childId, t.at), index("attempts_family_idx").on(t.familyId)],
);

/** FSRS review cards: mastered skills and missed items. `card` is ts-fsrs state (JSON-safe). */
export const reviewCards = pgTable(
  "review_cards",
  {
    id: id(),
    familyId: familyRef(),
    childId: childRef(),
    kind: text("kind", { enum: ["skill", "item"] }).notNull(),
    skillId: text("skill_id").notNull(),
    itemId: text("item_id"),
    card: jsonb("card").notNull(),
    due: timestamptz("due").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // One index answers the due query exactly, under row-level security too: equality on family
  // (the policy's condition) and child, then due in order, stopping after the limit.
  (t) => [index("review_cards_family_child_due_idx").on(t.familyId, t.childId, t.due)],
);

/** Assessments and diagnostic runs. Results and state are encrypted (P5). */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    familyId: familyRef(),
    childId: childRef(),
    kind: text("kind", { enum: ["diagnostic", "quiz"] }).notNull(),
    subject: text("subject").notNull(),
    /** Skill cluster for quizzes; null for a diagnostic. */
    clusterId: text("cluster_id"),
    stateEnc: text("state_enc").notNull(),
    resultEnc: text("result_enc"),
    startedAt: createdAt(),
    completedAt: timestamptz("completed_at"),
  },
  (t) => [
    index("assessments_child_idx").on(t.childId, t.startedAt),
    index("assessments_family_idx").on(t.familyId),
  ],
);

/** Time on task per subject (idle time excluded): the basis of hours logs. */
export const learningSessions = pgTable(
  "learning_sessions",
  {
    id: id(),
    familyId: familyRef(),
    childId: childRef(),
    subject: text("subject").notNull(),
    startedAt: createdAt(),
    lastActivityAt: timestamptz("last_activity_at").notNull().defaultNow(),
    endedAt: timestamptz("ended_at"),
    activeSeconds: integer("active_seconds").notNull().default(0),
  },
  (t) => [
    index("learning_sessions_child_idx").on(t.childId, t.startedAt),
    index("learning_sessions_family_idx").on(t.familyId),
  ],
);
