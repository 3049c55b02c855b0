import "server-only";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { FlaggedCategory, Severity } from "@/lib/safety/categories";
import { screenText } from "@/lib/safety/deterministic";
import { type ModelScreenResult, type ScreeningUsage, screenWithModel } from "@/lib/safety/model-tier";
import { safetyResponse } from "@/lib/safety/responses";
import { type Anthropic, classifyProviderError, type ProviderFailure } from "./client";
import { PROVIDER_FAILURE_MESSAGE, reportTutorFailure, type TurnFailure } from "./failures";
import { screeningHistory, toModelMessages } from "./history";
import type { TokenCounts } from "./pricing";
import { buildSystemPrompt, type HelpLevel } from "./prompt";
import { recordSafetyFlag, type SafetyFlag } from "./safety-alert";
import { SentenceBuffer } from "./sentence-buffer";
import type { Emit, PreparedTurn, TurnOutcome, TutorDeps, TutorTimeouts } from "./service";
import { insertMessage, recordUsage, withdrawMessage } from "./store";

/**
 * The AI half of a tutor turn. The order of events is the safety design (P25):
 *
 * 1. The tutor call and the model-tier input screen start together (no added latency).
 * 2. Streamed text is cut into sentences; nothing is released until the input screen has
 *    passed. Each sentence is then screened by the deterministic tier and the whole reply so
 *    far is checked by the answer guard, and only then sent to the child.
 * 3. A flagged input stops the tutor (help is shown instead); a flagged sentence or a leaked
 *    answer stops it too and replaces what was shown. Screening that cannot run fails closed.
 * 4. When the reply is complete, the model tier screens it in full; a flag withdraws it.
 * 5. Every call is written to the token ledger (P8), whatever happened, and the reply (or the
 *    withdrawn reply and its replacement) is saved encrypted (P6).
 */

const MAX_TOKENS = 1_024;
const RUNGS_ALLOWED: Record<HelpLevel, number> = { nudge: 1, hint: 2, worked_example: 3, answer: 4 };

type ModelDeps = TutorDeps & { client: Anthropic; timeouts: TutorTimeouts };

interface UsageRow {
  purpose: "tutoring" | "safety";
  model: string;
  tokens: TokenCounts;
}

type Stop =
  | { kind: "leak" }
  | { kind: "output_flag"; category: FlaggedCategory; severity: Severity; tier: "deterministic" | "model" };

function fromScreening(usage: ScreeningUsage): TokenCounts {
  return {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    cacheWriteTokens: usage.cacheCreationInputTokens,
    cacheReadTokens: usage.cacheReadInputTokens,
  };
}

function fromMessageUsage(usage: {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}): TokenCounts {
  return {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheWriteTokens: usage.cache_creation_input_tokens ?? 0,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
  };
}

/** The hint that replaces a reply which gave the answer away. */
export function guardReplacement(p: PreparedTurn): string {
  const hints = p.item?.hints ?? [];
  const allowed = Math.min(RUNGS_ALLOWED[p.settings.maxHelpLevel], hints.length);
  const rung = Math.min(p.attempts?.hintsSeen ?? 0, Math.max(0, allowed - 1));
  const hint = hints[rung];
  const lead = "Oops, I nearly gave away the answer, and you can find it yourself!";
  return hint ? `${lead} Here's a hint instead: ${hint}` : `${lead} What have you tried so far?`;
}

export async function runModelTurn(deps: ModelDeps, p: PreparedTurn, emit: Emit): Promise<TurnOutcome> {
  const { client, models, timeouts } = deps;
  const usage: UsageRow[] = [];
  const history = screeningHistory(p.history);
  // The tutor's sentences are screened against the last few turns only (they are checked often).
  const recent = history.slice(-4);

  // 1. The input screen, in parallel with the tutor. Its own deadline; never aborted by ours.
  // Mutated from callbacks, so held in one object (TypeScript cannot narrow closed-over lets).
  const state: { gate: "pending" | "open" | "closed"; stop: Stop | null; tutorUsage: TokenCounts | null } = {
    gate: "pending",
    stop: null,
    tutorUsage: null,
  };
  const tutorAbort = new AbortController();
  const inputScreen: Promise<ModelScreenResult> = screenWithModel(
    client,
    models.screening,
    p.redactNames(p.childText),
    {
      role: "child",
      ageBand: p.ageBand,
      history: history.map((t) => ({ ...t, text: p.redactNames(t.text) })),
    },
    { timeoutMs: timeouts.screeningMs },
  ).then((result) => {
    if (result.usage)
      usage.push({ purpose: "safety", model: result.model, tokens: fromScreening(result.usage) });
    state.gate = result.verdict.flagged ? "closed" : "open";
    if (state.gate === "closed") tutorAbort.abort();
    else pump();
    return result;
  });

  // 2. Release text sentence by sentence, once the gate is open.
  const sentences = new SentenceBuffer();
  let raw = "";
  let held = "";
  let shown = "";

  function pump(): void {
    if (state.gate !== "open" || state.stop !== null || held === "") return;
    const segment = held;
    held = "";
    const whole = screenText(shown + segment, { role: "tutor", history: recent });
    // Personal details the tutor made up or repeated are redacted, not a reason to stop.
    const blocking = whole.matches.filter((m) => !(m.category === "personal_info" && m.severity === "low"));
    if (blocking.length > 0) {
      state.stop = {
        kind: "output_flag",
        category: whole.category === "none" ? "personal_info" : whole.category,
        severity: whole.severity,
        tier: "deterministic",
      };
      tutorAbort.abort();
      return;
    }
    const safe = screenText(segment, { role: "tutor" }).redacted;
    if (p.guard?.check(shown + safe).leaked) {
      state.stop = { kind: "leak" };
      tutorAbort.abort();
      return;
    }
    shown += safe;
    emit({ type: "delta", text: safe });
  }

  // The tutor call, with our own first-token and idle deadlines (the SDK's covers headers only).
  const system = buildSystemPrompt({
    ageBand: p.ageBand,
    learningStyle: p.child.learningStyle,
    worldview: p.settings.worldview,
    contentFilter: p.settings.contentFilter,
    tutorGuidance: p.settings.tutorGuidance,
    maxHelpLevel: p.settings.maxHelpLevel,
    subject: { title: p.subjectTitle },
    skill: p.skill ? { title: p.skill.title, description: p.skill.description } : null,
    item: p.item ? { prompt: p.item.prompt } : null,
    attempts: p.attempts,
    curriculumExcerpts: [],
    firstName: p.child.shareFirstNameWithAi ? p.child.firstName : null,
  });
  const messages = toModelMessages(p.history, p.childText, p.redactNames);

  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      tutorAbort.abort();
    }, ms);
  };

  let failure: ProviderFailure | null = null;
  arm(timeouts.firstTokenMs);
  try {
    const stream = client.messages.stream(
      { model: models.tutor, max_tokens: MAX_TOKENS, system, messages },
      { signal: tutorAbort.signal },
    );
    for await (const event of stream) {
      arm(timeouts.idleMs);
      if (event.type === "message_start") {
        state.tutorUsage = fromMessageUsage(event.message.usage);
      } else if (event.type === "message_delta" && state.tutorUsage) {
        state.tutorUsage = { ...state.tutorUsage, outputTokens: event.usage.output_tokens };
      } else if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
        raw += event.delta.text;
        held += sentences.push(event.delta.text);
        pump();
      }
    }
    const final = await stream.finalMessage();
    state.tutorUsage = fromMessageUsage(final.usage);
    held += sentences.flush();
  } catch (error) {
    // Our own aborts (a flag, a leak, a closed gate) are not failures; a deadline is.
    if (timedOut) failure = "timeout";
    else if (state.stop === null && state.gate !== "closed") failure = classifyProviderError(error);
  } finally {
    clearTimeout(timer);
  }
  if (state.tutorUsage) usage.push({ purpose: "tutoring", model: models.tutor, tokens: state.tutorUsage });

  const input = await inputScreen;
  pump();

  const scope = { familyId: p.child.familyId, childId: p.child.childId, conversationId: p.conversation.id };
  const fail = (
    kind: TurnFailure,
    call: "tutor" | "screening_input" | "screening_output",
    message?: string,
  ) => {
    reportTutorFailure(kind, {
      conversationId: p.conversation.id,
      childMessageId: p.childMessageId,
      requestId: p.context.requestId ?? null,
      call,
    });
    emit({
      type: "error",
      message: message ?? PROVIDER_FAILURE_MESSAGE,
      retryable: true,
      childMessageId: p.childMessageId,
    });
  };

  // 3–4. Decide what the child ends up seeing.
  let outcome: TurnOutcome;
  let save: (tx: Db) => Promise<string | null> = async () => null;
  let flag: SafetyFlag | null = null;
  const after: (() => void)[] = [];

  if (input.verdict.status === "unavailable") {
    // Fail closed: nothing from the tutor was shown; the child can try again.
    outcome = "failed";
    after.push(() =>
      fail("screening_unavailable", "screening_input", safetyResponse("unknown", p.ageBand).message),
    );
  } else if (input.verdict.flagged && input.verdict.category !== "none") {
    const category = input.verdict.category;
    const help = safetyResponse(category, p.ageBand, "child");
    flag = { category, severity: input.verdict.severity, source: "input", tier: "model" };
    outcome = "flagged_input";
    save = async (tx) => {
      await withdrawMessage(tx, { familyId: scope.familyId, messageId: p.childMessageId });
      await insertMessage(tx, { ...scope, role: "notice", text: help.message });
      return null;
    };
    after.push(() => {
      emit({ type: "notice", text: help.message, category, resources: help.resources });
      emit({ type: "done", replyId: null });
    });
  } else if (failure !== null) {
    outcome = "failed";
    after.push(() => fail(failure!, "tutor"));
  } else if (state.stop?.kind === "leak") {
    const hint = guardReplacement(p);
    outcome = "answer_withheld";
    save = async (tx) => {
      await insertMessage(tx, {
        ...scope,
        role: "tutor",
        text: screenText(raw, { role: "tutor" }).redacted,
        withdrawn: true,
      });
      return insertMessage(tx, { ...scope, role: "tutor", text: hint });
    };
    after.push(() => emit({ type: "replace", text: hint, reason: "answer_guard", resources: [] }));
  } else if (state.stop?.kind === "output_flag") {
    ({ outcome, save, flag } = withdrawFlagged(p, raw, state.stop, after, emit));
  } else if (shown.trim() === "") {
    outcome = "failed";
    after.push(() => fail("empty_reply", "tutor"));
  } else {
    // 4. The full reply, screened by the model tier before it is kept.
    const output = await screenWithModel(
      client,
      models.screening,
      p.redactNames(shown),
      {
        role: "tutor",
        ageBand: p.ageBand,
        history: history.map((t) => ({ ...t, text: p.redactNames(t.text) })),
      },
      { timeoutMs: timeouts.screeningMs },
    );
    if (output.usage)
      usage.push({ purpose: "safety", model: output.model, tokens: fromScreening(output.usage) });
    if (output.verdict.status === "unavailable") {
      outcome = "failed";
      const text = shown;
      save = async (tx) => {
        await insertMessage(tx, { ...scope, role: "tutor", text, withdrawn: true });
        return null;
      };
      after.push(() =>
        fail("screening_unavailable", "screening_output", safetyResponse("unknown", p.ageBand).message),
      );
    } else if (output.verdict.flagged && output.verdict.category !== "none") {
      ({ outcome, save, flag } = withdrawFlagged(
        p,
        raw,
        {
          kind: "output_flag",
          category: output.verdict.category,
          severity: output.verdict.severity,
          tier: "model",
        },
        after,
        emit,
      ));
    } else {
      outcome = "replied";
      const text = shown;
      save = (tx) => insertMessage(tx, { ...scope, role: "tutor", text });
    }
  }

  // 5. Ledger, messages and flags in one transaction; then tell the child.
  let replyId: string | null = null;
  try {
    replyId = await withFamily(deps.db, scope.familyId, async (tx) => {
      for (const row of usage) {
        await recordUsage(tx, { ...scope, subject: p.conversation.subject, ...row });
      }
      const id = await save(tx);
      if (flag)
        await recordSafetyFlag(tx, scope, flag, { context: p.context, now: deps.now?.() ?? new Date() });
      return id;
    });
  } catch {
    reportTutorFailure("storage", {
      conversationId: p.conversation.id,
      childMessageId: p.childMessageId,
      requestId: p.context.requestId ?? null,
      call: "storage",
    });
    emit({
      type: "error",
      message: "Something went wrong on our side. Your message is saved; please try again.",
      retryable: true,
      childMessageId: p.childMessageId,
    });
    return "failed";
  }
  for (const step of after) step();
  if (outcome === "replied" || outcome === "answer_withheld" || outcome === "flagged_output") {
    emit({ type: "done", replyId });
  }
  return outcome;
}

function withdrawFlagged(
  p: PreparedTurn,
  raw: string,
  stop: Extract<Stop, { kind: "output_flag" }>,
  after: (() => void)[],
  emit: Emit,
) {
  const scope = { familyId: p.child.familyId, childId: p.child.childId, conversationId: p.conversation.id };
  const help = safetyResponse(stop.category, p.ageBand, "tutor");
  const save = async (tx: Db) => {
    // Kept (encrypted, withdrawn) so the parent can see what the tutor tried to say.
    await insertMessage(tx, {
      ...scope,
      role: "tutor",
      text: screenText(raw, { role: "tutor" }).redacted,
      withdrawn: true,
    });
    return insertMessage(tx, { ...scope, role: "notice", text: help.message });
  };
  after.push(() =>
    emit({ type: "replace", text: help.message, reason: "safety", resources: help.resources }),
  );
  const flag: SafetyFlag = {
    category: stop.category,
    severity: stop.severity,
    source: "output",
    tier: stop.tier,
  };
  return { outcome: "flagged_output" as TurnOutcome, save, flag };
}
