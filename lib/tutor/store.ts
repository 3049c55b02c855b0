import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import {
  attempts,
  children,
  childSettings,
  conversations,
  familySettings,
  messages,
  tokenUsage,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { familyDataKey } from "@/lib/crypto/family-keys";
import { decryptField, encryptField } from "@/lib/crypto/field";
import type { SubjectId } from "@/lib/learning/types";
import { estimateCostMicroUsd, type TokenCounts } from "./pricing";
import type { ContentFilter, HelpLevel, Worldview } from "./prompt";

/**
 * The tutor's queries. Each takes a transaction opened with `withFamily` and the family id, and
 * puts the family (and child) in every `where`: row-level security is the second lock, not the
 * first. Message text is sealed to its row (P6): the id is made here, before the insert, because
 * the ciphertext is bound to it.
 */

export const MESSAGE_FIELD = { table: "messages", column: "content_enc" } as const;

/**
 * The family's data key, looked up once per transaction: a conversation's history is a dozen
 * or more ciphertexts, and each lookup is a query.
 */
const keysByTransaction = new WeakMap<Db, Promise<Buffer>>();
function dataKey(tx: Db, familyId: string): Promise<Buffer> {
  let key = keysByTransaction.get(tx);
  if (!key) {
    key = familyDataKey(tx, familyId);
    keysByTransaction.set(tx, key);
  }
  return key;
}

export type MessageRole = "child" | "tutor" | "coach" | "notice";
export type Mode = "ai" | "offline";

export interface StoredMessage {
  id: string;
  role: MessageRole;
  text: string;
  withdrawn: boolean;
  status: "complete" | "streaming" | "failed";
  createdAt: Date;
}

export interface ConversationRow {
  id: string;
  subject: string;
  skillId: string | null;
  itemId: string | null;
  mode: Mode;
}

export interface TutorSettings {
  worldview: Worldview;
  contentFilter: ContentFilter;
  tutorGuidance: string | null;
  maxHelpLevel: HelpLevel;
  readAloud: boolean;
}

interface ChildScope {
  familyId: string;
  childId: string;
}

const conversationColumns = {
  id: conversations.id,
  subject: conversations.subject,
  skillId: conversations.skillId,
  itemId: conversations.itemId,
  mode: conversations.mode,
};

export async function findConversation(
  tx: Db,
  scope: ChildScope & { conversationId: string },
): Promise<ConversationRow | null> {
  const [row] = await tx
    .select(conversationColumns)
    .from(conversations)
    .where(
      and(
        eq(conversations.id, scope.conversationId),
        eq(conversations.familyId, scope.familyId),
        eq(conversations.childId, scope.childId),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The child's latest conversation about exactly this subject, skill and item (or free chat). */
export async function latestConversation(
  tx: Db,
  scope: ChildScope & { subject: string; skillId: string | null; itemId: string | null },
): Promise<ConversationRow | null> {
  const [row] = await tx
    .select(conversationColumns)
    .from(conversations)
    .where(
      and(
        eq(conversations.familyId, scope.familyId),
        eq(conversations.childId, scope.childId),
        eq(conversations.subject, scope.subject),
        scope.skillId === null ? isNull(conversations.skillId) : eq(conversations.skillId, scope.skillId),
        scope.itemId === null ? isNull(conversations.itemId) : eq(conversations.itemId, scope.itemId),
      ),
    )
    .orderBy(desc(conversations.updatedAt))
    .limit(1);
  return row ?? null;
}

export async function createConversation(
  tx: Db,
  scope: ChildScope & { subject: SubjectId; skillId: string | null; itemId: string | null; mode: Mode },
): Promise<ConversationRow> {
  const [row] = await tx
    .insert(conversations)
    .values({
      familyId: scope.familyId,
      childId: scope.childId,
      subject: scope.subject,
      skillId: scope.skillId,
      itemId: scope.itemId,
      mode: scope.mode,
    })
    .returning(conversationColumns);
  return row!;
}

/** Marks the conversation as used now (and in which mode), which also orders "latest". */
export async function touchConversation(
  tx: Db,
  scope: { familyId: string; conversationId: string; mode: Mode },
) {
  await tx
    .update(conversations)
    .set({ mode: scope.mode, updatedAt: sql`now()` })
    .where(and(eq(conversations.id, scope.conversationId), eq(conversations.familyId, scope.familyId)));
}

/**
 * Locks the conversation row for the rest of the transaction: two flags raised at once in the
 * same conversation (two tabs, a double tap) then see each other, so one alert is sent, not two.
 */
export async function lockConversation(tx: Db, scope: { familyId: string; conversationId: string }) {
  await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.id, scope.conversationId), eq(conversations.familyId, scope.familyId)))
    .for("update");
}

/** The last `limit` messages, oldest first, decrypted. */
export async function listMessages(
  tx: Db,
  scope: { familyId: string; conversationId: string; limit: number },
): Promise<StoredMessage[]> {
  const rows = await tx
    .select({
      id: messages.id,
      role: messages.role,
      contentEnc: messages.contentEnc,
      withdrawn: messages.withdrawn,
      status: messages.status,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(and(eq(messages.conversationId, scope.conversationId), eq(messages.familyId, scope.familyId)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(scope.limit);
  rows.reverse();
  if (rows.length === 0) return [];
  const key = await dataKey(tx, scope.familyId);
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    text: decryptField(key, row.contentEnc, { ...MESSAGE_FIELD, rowId: row.id, familyId: scope.familyId }),
    withdrawn: row.withdrawn,
    status: row.status,
    createdAt: row.createdAt,
  }));
}

export async function insertMessage(
  tx: Db,
  scope: ChildScope & {
    conversationId: string;
    role: MessageRole;
    text: string;
    withdrawn?: boolean;
  },
): Promise<string> {
  const id = randomUUID();
  const contentEnc = encryptField(await dataKey(tx, scope.familyId), scope.text, {
    ...MESSAGE_FIELD,
    rowId: id,
    familyId: scope.familyId,
  });
  await tx.insert(messages).values({
    id,
    familyId: scope.familyId,
    childId: scope.childId,
    conversationId: scope.conversationId,
    role: scope.role,
    contentEnc,
    withdrawn: scope.withdrawn ?? false,
    status: "complete",
    // Not now(): that is the transaction's start, shared by every row it writes, and a child's
    // message and the notice after it must keep their order. Some clocks tick in milliseconds
    // (PGlite's does), so each message is also placed after the conversation's latest.
    createdAt: sql`greatest(clock_timestamp(), (select max(m.created_at) + interval '1 microsecond' from messages m where m.conversation_id = ${scope.conversationId} and m.family_id = ${scope.familyId}))`,
  });
  return id;
}

/** Holds a message back from the model from now on (a flagged child message, a withdrawn reply). */
export async function withdrawMessage(tx: Db, scope: { familyId: string; messageId: string }) {
  await tx
    .update(messages)
    .set({ withdrawn: true })
    .where(and(eq(messages.id, scope.messageId), eq(messages.familyId, scope.familyId)));
}

const DEFAULT_SETTINGS: TutorSettings = {
  worldview: "unspecified",
  contentFilter: "strict",
  tutorGuidance: null,
  maxHelpLevel: "worked_example",
  readAloud: false,
};

export async function loadTutorSettings(tx: Db, scope: ChildScope): Promise<TutorSettings> {
  // One round trip: the child's row, with the family's and the child's settings if they exist.
  const [row] = await tx
    .select({
      worldview: familySettings.worldview,
      contentFilter: familySettings.contentFilter,
      tutorGuidance: familySettings.tutorGuidance,
      maxHelpLevel: childSettings.maxHelpLevel,
      readAloud: childSettings.readAloud,
    })
    .from(children)
    .leftJoin(familySettings, eq(familySettings.familyId, children.familyId))
    .leftJoin(
      childSettings,
      and(eq(childSettings.childId, children.id), eq(childSettings.familyId, children.familyId)),
    )
    .where(and(eq(children.id, scope.childId), eq(children.familyId, scope.familyId)))
    .limit(1);
  return {
    worldview: row?.worldview ?? DEFAULT_SETTINGS.worldview,
    contentFilter: row?.contentFilter ?? DEFAULT_SETTINGS.contentFilter,
    tutorGuidance: row?.tutorGuidance ?? DEFAULT_SETTINGS.tutorGuidance,
    maxHelpLevel: row?.maxHelpLevel ?? DEFAULT_SETTINGS.maxHelpLevel,
    readAloud: row?.readAloud ?? DEFAULT_SETTINGS.readAloud,
  };
}

/**
 * The child's settings and their brothers' and sisters' first names (to keep them out of what
 * the provider sees, P11), in one round trip: this runs before every tutor reply.
 */
export async function loadTurnContext(
  tx: Db,
  scope: ChildScope,
): Promise<{ settings: TutorSettings; siblings: string[] }> {
  const rows = await tx
    .select({
      id: children.id,
      firstName: children.firstName,
      worldview: familySettings.worldview,
      contentFilter: familySettings.contentFilter,
      tutorGuidance: familySettings.tutorGuidance,
      maxHelpLevel: childSettings.maxHelpLevel,
      readAloud: childSettings.readAloud,
    })
    .from(children)
    .leftJoin(familySettings, eq(familySettings.familyId, children.familyId))
    .leftJoin(
      childSettings,
      and(eq(childSettings.childId, children.id), eq(childSettings.familyId, children.familyId)),
    )
    .where(eq(children.familyId, scope.familyId));
  const own = rows.find((r) => r.id === scope.childId);
  return {
    settings: {
      worldview: own?.worldview ?? DEFAULT_SETTINGS.worldview,
      contentFilter: own?.contentFilter ?? DEFAULT_SETTINGS.contentFilter,
      tutorGuidance: own?.tutorGuidance ?? DEFAULT_SETTINGS.tutorGuidance,
      maxHelpLevel: own?.maxHelpLevel ?? DEFAULT_SETTINGS.maxHelpLevel,
      readAloud: own?.readAloud ?? DEFAULT_SETTINGS.readAloud,
    },
    siblings: rows.filter((r) => r.id !== scope.childId).map((r) => r.firstName),
  };
}

export interface PracticeAttempts {
  tries: number;
  wrongTries: number;
  hintsUsed: number;
  solved: boolean;
}

/** The child's graded answers to one item on the practice page. */
export async function practiceAttempts(
  tx: Db,
  scope: ChildScope & { itemId: string },
): Promise<PracticeAttempts> {
  const rows = await tx
    .select({ correct: attempts.correct, hintsUsed: attempts.hintsUsed })
    .from(attempts)
    .where(
      and(
        eq(attempts.familyId, scope.familyId),
        eq(attempts.childId, scope.childId),
        eq(attempts.itemId, scope.itemId),
      ),
    )
    .orderBy(asc(attempts.at))
    .limit(100);
  return {
    tries: rows.length,
    wrongTries: rows.filter((r) => !r.correct).length,
    hintsUsed: rows.reduce((max, r) => Math.max(max, r.hintsUsed), 0),
    solved: rows.some((r) => r.correct),
  };
}

export type UsagePurpose = "tutoring" | "safety";

/** P8: one ledger row per model call. */
export async function recordUsage(
  tx: Db,
  scope: ChildScope & { subject: string; purpose: UsagePurpose; model: string; tokens: TokenCounts },
) {
  await tx.insert(tokenUsage).values({
    familyId: scope.familyId,
    childId: scope.childId,
    subject: scope.subject,
    purpose: scope.purpose,
    model: scope.model,
    inputTokens: scope.tokens.inputTokens,
    outputTokens: scope.tokens.outputTokens,
    cacheReadTokens: scope.tokens.cacheReadTokens,
    cacheWriteTokens: scope.tokens.cacheWriteTokens,
    costMicroUsd: estimateCostMicroUsd(scope.model, scope.tokens),
  });
}
