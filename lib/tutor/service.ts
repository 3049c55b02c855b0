import "server-only";
import { z } from "zod";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditContext } from "@/lib/audit/actions";
import type { ChildIdentity } from "@/lib/auth/child-sign-in";
import { AppError } from "@/lib/errors";
import { type AgeBand, ageBand } from "@/lib/learning/age";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { getSkill } from "@/lib/learning/curriculum/graph";
import { findItem } from "@/lib/learning/engine/item-bank";
import type { Item, Skill, SubjectId } from "@/lib/learning/types";
import type { FlaggedCategory } from "@/lib/safety/categories";
import { type ScreenResult, screenText } from "@/lib/safety/deterministic";
import { safetyResponse } from "@/lib/safety/responses";
import { type AnswerGuard, createAnswerGuard } from "./answer-guard";
import type { Anthropic, TutorModels } from "./client";
import { MAX_MESSAGE_CHARS, type TutorEvent, type TutorMode } from "./events";
import { reportTutorFailure } from "./failures";
import { nameRedactor, screeningHistory } from "./history";
import { runModelTurn } from "./model-turn";
import { coachTurn, replayCoach } from "./offline-coach";
import type { AttemptSummary } from "./prompt";
import { recordSafetyFlag } from "./safety-alert";
import {
  type ConversationRow,
  createConversation,
  findConversation,
  insertMessage,
  listMessages,
  loadTurnContext,
  practiceAttempts,
  type StoredMessage,
  type TutorSettings,
  touchConversation,
} from "./store";

/**
 * One turn of tutoring: a child's message in, a reply streamed out (PRODUCT.md §4.3, P6, P8,
 * P11, P23, P25). Two phases, so a route can answer bad input with a status before it streams:
 *
 * prepareTutorTurn — validate; resolve the conversation (the child's own, or a new one) and the
 *   item on screen; screen the message with the deterministic tier and redact personal
 *   information; SAVE the (redacted) message encrypted, before any model is called, so a
 *   failure loses nothing; on a flag, record the event and alert the parent in the same
 *   transaction.
 *
 * runTutorTurn — answer: the offline coach (no key, or no AI consent), or the model with the
 *   input screen running in parallel (model-turn.ts). Emits TutorEvents; never throws.
 */

export interface TutorTimeouts {
  /** No first event from the provider within this: give up (the SDK timeout covers headers only). */
  firstTokenMs: number;
  /** Silence between streamed events longer than this: give up. */
  idleMs: number;
  screeningMs: number;
}

export const DEFAULT_TIMEOUTS: TutorTimeouts = { firstTokenMs: 20_000, idleMs: 15_000, screeningMs: 8_000 };

export interface TutorDeps {
  db: Db;
  /** Null when no key is configured: the offline coach answers. */
  client: Anthropic | null;
  models: TutorModels;
  now?: () => Date;
  timeouts?: Partial<TutorTimeouts>;
}

const SUBJECT_IDS = ["math", "reading", "science"] as const satisfies readonly SubjectId[];

const optionalId = z
  .string()
  .trim()
  .max(220)
  .nullish()
  .transform((v) => (v ? v : undefined));

export const tutorRequestSchema = z.object({
  conversationId: z
    .uuid({ message: "That conversation could not be found." })
    .nullish()
    .transform((v) => v ?? undefined),
  subject: z.enum(SUBJECT_IDS, { message: "Please choose a subject." }),
  skillId: optionalId,
  itemId: optionalId,
  message: z
    .string({ message: "Please type a message." })
    .trim()
    .min(1, { message: "Please type a message." })
    .max(MAX_MESSAGE_CHARS, {
      message: `That's a long message! Please keep it under ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters.`,
    }),
  /** The id of the child's own message to answer again after a failure (it is not saved twice). */
  retryOf: z
    .uuid()
    .nullish()
    .transform((v) => v ?? undefined),
});

export type TutorRequest = z.infer<typeof tutorRequestSchema>;

export interface InputFlag {
  category: FlaggedCategory;
  /** Help is shown and the model is not called (everything but a personal-information reminder). */
  stop: boolean;
}

export interface PreparedTurn {
  child: ChildIdentity;
  ageBand: AgeBand;
  mode: TutorMode;
  conversation: ConversationRow;
  subjectTitle: string;
  skill: Skill | null;
  item: Item | null;
  settings: TutorSettings;
  childMessageId: string;
  /** The child's message as stored: personal information redacted. */
  childText: string;
  /** Earlier messages, oldest first, without this one. */
  history: StoredMessage[];
  inputFlag: InputFlag | null;
  attempts: AttemptSummary | null;
  /** The child solved the item on the practice page (the coach replays the chat itself). */
  solvedInPractice: boolean;
  /** Active while the item on screen is unsolved. */
  guard: AnswerGuard | null;
  /** Applied to everything sent to the provider (P11). */
  redactNames: (text: string) => string;
  context: AuditContext;
}

const HISTORY_LIMIT = 32;

function badInput(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  const first = error.issues[0]?.message ?? "Please check your message.";
  return new AppError("bad_input", first, { fieldErrors });
}

function resolveItem(
  skillId: string | null | undefined,
  itemId: string | null | undefined,
): { skill: Skill | null; item: Item | null } {
  const item = itemId ? findItem(itemId) : null;
  if (itemId && !item)
    throw new AppError("bad_input", "We couldn't find that question. Try opening it again.");
  const skill =
    (skillId ? getSkill(skillId) : undefined) ?? (item ? getSkill(item.skillId) : undefined) ?? null;
  if (skillId && !skill)
    throw new AppError("bad_input", "We couldn't find that skill. Try opening it again.");
  if (item && skill && item.skillId !== skill.id) {
    throw new AppError("bad_input", "That question belongs to a different skill. Try opening it again.");
  }
  return { skill, item };
}

export function turnMode(
  deps: Pick<TutorDeps, "client">,
  child: Pick<ChildIdentity, "aiConsent">,
): TutorMode {
  // P23: no consent, no AI, whatever is configured.
  return deps.client && child.aiConsent ? "ai" : "offline";
}

export function subjectTitle(subject: string): string {
  return CURRICULUM.subjects.find((s) => s.id === subject)?.title ?? "Learning";
}

function attemptSummary(
  practice: Awaited<ReturnType<typeof practiceAttempts>>,
  guard: AnswerGuard | null,
  childTexts: readonly string[],
  withdrawnReplies: number,
): AttemptSummary {
  const foundInChat = guard !== null && childTexts.some((t) => guard.childFound(t));
  return {
    tries: practice.tries,
    wrongTries: practice.wrongTries,
    hintsSeen: practice.hintsUsed + withdrawnReplies,
    solved: practice.solved || foundInChat,
  };
}

export async function prepareTutorTurn(
  deps: TutorDeps,
  child: ChildIdentity,
  raw: unknown,
  context: AuditContext = {},
): Promise<PreparedTurn> {
  const parsed = tutorRequestSchema.safeParse(raw);
  if (!parsed.success) throw badInput(parsed.error);
  const input = parsed.data;
  const now = deps.now?.() ?? new Date();
  const mode = turnMode(deps, child);
  const scope = { familyId: child.familyId, childId: child.childId };

  return withFamily(deps.db, child.familyId, async (tx) => {
    let conversation: ConversationRow;
    let resolved: { skill: Skill | null; item: Item | null };
    if (input.conversationId) {
      const found = await findConversation(tx, { ...scope, conversationId: input.conversationId });
      // Someone else's conversation and a made-up id get the same answer (P17).
      if (!found) throw new AppError("not_found", "That conversation could not be found.");
      conversation = found;
      resolved = resolveItem(found.skillId, found.itemId);
    } else {
      if (input.retryOf) throw new AppError("bad_input", "That message can't be sent again.");
      resolved = resolveItem(input.skillId, input.itemId);
      conversation = await createConversation(tx, {
        ...scope,
        subject: resolved.skill?.subject ?? input.subject,
        skillId: resolved.skill?.id ?? null,
        itemId: resolved.item?.id ?? null,
        mode,
      });
    }
    const { skill, item } = resolved;

    // One query at a time: a transaction is one connection, and these are each a round trip.
    const { settings, siblings } = await loadTurnContext(tx, scope);
    const stored = input.conversationId
      ? await listMessages(tx, {
          familyId: child.familyId,
          conversationId: conversation.id,
          limit: HISTORY_LIMIT,
        })
      : [];
    const practice = item ? await practiceAttempts(tx, { ...scope, itemId: item.id }) : null;

    let history = stored;
    let childMessageId: string;
    let childText: string;
    let screen: ScreenResult;
    if (input.retryOf) {
      // Answer the saved message again: it must be the child's latest, still unanswered.
      const index = history.findIndex((m) => m.id === input.retryOf);
      const target = history[index];
      const answered = history.slice(index + 1).some((m) => m.role === "tutor" || m.role === "coach");
      if (target?.role !== "child" || target.withdrawn || answered) {
        throw new AppError("bad_input", "That message can't be sent again. Please type it once more.");
      }
      history = history.filter((m) => m.id !== target.id);
      childMessageId = target.id;
      childText = target.text;
      screen = screenText(childText, { role: "child", history: screeningHistory(history) });
    } else {
      screen = screenText(input.message, { role: "child", history: screeningHistory(history) });
      childText = screen.redacted;
      childMessageId = await insertMessage(tx, {
        ...scope,
        conversationId: conversation.id,
        role: "child",
        text: childText,
        withdrawn: screen.flagged && screen.category !== "personal_info",
      });
    }
    if (input.conversationId) {
      // Keeps "latest conversation" ordering (a new one is already fresh).
      await touchConversation(tx, { familyId: child.familyId, conversationId: conversation.id, mode });
    }

    let inputFlag: InputFlag | null = null;
    if (screen.flagged && screen.category !== "none") {
      inputFlag = { category: screen.category, stop: screen.category !== "personal_info" };
      await recordSafetyFlag(
        tx,
        { ...scope, conversationId: conversation.id },
        { category: screen.category, severity: screen.severity, source: "input", tier: "deterministic" },
        { context, now },
      );
      const help = safetyResponse(screen.category, ageBand(child.birthYear, now), "child");
      await insertMessage(tx, {
        ...scope,
        conversationId: conversation.id,
        role: "notice",
        text: help.message,
      });
    }

    const guard = item ? createAnswerGuard(item) : null;
    const childTexts = [
      ...history.filter((m) => m.role === "child" && !m.withdrawn).map((m) => m.text),
      childText,
    ];
    const withdrawnReplies = history.filter((m) => m.role === "tutor" && m.withdrawn).length;
    const attempts = practice ? attemptSummary(practice, guard, childTexts, withdrawnReplies) : null;

    return {
      child,
      ageBand: ageBand(child.birthYear, now),
      mode,
      conversation,
      subjectTitle: subjectTitle(conversation.subject),
      skill,
      item,
      settings,
      childMessageId,
      childText,
      history,
      inputFlag,
      attempts,
      solvedInPractice: practice?.solved ?? false,
      guard: attempts && !attempts.solved ? guard : null,
      // Without AI nothing leaves Hearth, so there is nothing to redact names from.
      redactNames: nameRedactor(
        mode !== "ai" ? [] : child.shareFirstNameWithAi ? siblings : [...siblings, child.firstName],
      ),
      context,
    };
  });
}

export type Emit = (event: TutorEvent) => void;

export type TurnOutcome =
  | "coached"
  | "replied"
  | "answer_withheld"
  | "flagged_input"
  | "flagged_output"
  | "failed";

async function runCoachTurn(deps: TutorDeps, p: PreparedTurn, emit: Emit): Promise<TurnOutcome> {
  const context = {
    item: p.item,
    maxHelpLevel: p.settings.maxHelpLevel,
    solvedBefore: p.solvedInPractice,
  };
  const earlier = p.history.filter((m) => m.role === "child" && !m.withdrawn).map((m) => m.text);
  const turn = coachTurn(context, replayCoach(context, earlier), p.childText);
  try {
    const replyId = await withFamily(deps.db, p.child.familyId, (tx) =>
      insertMessage(tx, {
        familyId: p.child.familyId,
        childId: p.child.childId,
        conversationId: p.conversation.id,
        role: "coach",
        text: turn.reply,
      }),
    );
    emit({ type: "delta", text: turn.reply });
    emit({ type: "done", replyId });
    return "coached";
  } catch (error) {
    reportTutorFailure("storage", {
      conversationId: p.conversation.id,
      childMessageId: p.childMessageId,
      requestId: p.context.requestId ?? null,
      call: "storage",
    });
    void error;
    emit({
      type: "error",
      message: "Something went wrong on our side. Your message is saved; please try again.",
      retryable: true,
      childMessageId: p.childMessageId,
    });
    return "failed";
  }
}

/** Answers a prepared turn. Never throws: every failure becomes an `error` event. */
export async function runTutorTurn(deps: TutorDeps, p: PreparedTurn, emit: Emit): Promise<TurnOutcome> {
  emit({
    type: "start",
    conversationId: p.conversation.id,
    childMessageId: p.childMessageId,
    mode: p.mode,
  });
  if (p.inputFlag) {
    const help = safetyResponse(p.inputFlag.category, p.ageBand, "child");
    emit({ type: "notice", text: help.message, category: p.inputFlag.category, resources: help.resources });
    if (p.inputFlag.stop) {
      emit({ type: "done", replyId: null });
      return "flagged_input";
    }
  }
  if (p.mode === "offline" || !deps.client) return runCoachTurn(deps, p, emit);
  return runModelTurn(
    { ...deps, client: deps.client, timeouts: { ...DEFAULT_TIMEOUTS, ...deps.timeouts } },
    p,
    emit,
  );
}
