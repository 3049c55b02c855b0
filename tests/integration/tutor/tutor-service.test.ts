/**
 * The tutor service end to end against the fake Anthropic server, through the real SDK
 * (ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL point at it) and the real migrations.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, messages, notifications, safetyEvents, tokenUsage } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { ChildIdentity } from "@/lib/auth/child-sign-in";
import { isAppError } from "@/lib/errors";
import { getFamily } from "@/lib/family/families";
import { tutorClient, tutorModels } from "@/lib/tutor/client";
import type { TutorEvent } from "@/lib/tutor/events";
import { prepareTutorTurn, runTutorTurn, type TutorDeps } from "@/lib/tutor/service";
import { listMessages } from "@/lib/tutor/store";
import { startAppDatabase } from "@/tests/support/app-harness";
import { createChildFor, createParent } from "@/tests/support/factories";
import {
  type FakeAnthropic,
  type RecordedRequest,
  reply,
  SCREENING_PROMPT_MARKER,
  type ScriptedReply,
  socraticDefaultReply,
  startFakeAnthropic,
} from "@/tests/support/fake-anthropic";
import { systemText } from "@/tests/support/fake-anthropic/request-text";

/** An item whose answer (42) is what the fake "leaks" when a message says LEAK. */
const LEAK_SKILL = "math.2.nbt.subtract-within-100";
const LEAK_ITEM = `${LEAK_SKILL}#5`;

let fake: FakeAnthropic;
let app: Awaited<ReturnType<typeof startAppDatabase>>;
let db: Db;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  process.env.ANTHROPIC_API_KEY = "test-key";
  process.env.ANTHROPIC_BASE_URL = fake.url;
  app = await startAppDatabase();
  db = app.handle.db;
});

afterAll(async () => {
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.ANTHROPIC_BASE_URL;
  await app?.close();
  await fake?.close();
});

beforeEach(() => {
  fake.reset();
  fake.setDefault(socraticDefaultReply);
});

function deps(overrides: Partial<TutorDeps> = {}): TutorDeps {
  return {
    db,
    client: tutorClient(),
    models: tutorModels(),
    timeouts: { firstTokenMs: 5_000, idleMs: 5_000, screeningMs: 5_000 },
    ...overrides,
  };
}

interface Family {
  child: ChildIdentity;
  familyCode: string;
  parentEmail: string;
  siblingName: string;
}

async function family(options: { aiConsent?: boolean; shareFirstName?: boolean } = {}): Promise<Family> {
  const parent = await createParent(db);
  const suffix = randomUUID().slice(0, 4).replace(/\d/g, "q");
  const firstName = `Amara${suffix}`;
  const siblingName = `Thaddeus${suffix}`;
  const created = await createChildFor(db, parent, {
    firstName,
    birthYear: 2016,
    aiConsent: options.aiConsent === false ? "no" : "yes",
  });
  await createChildFor(db, parent, { firstName: siblingName, birthYear: 2013 });
  const familyCode = (await getFamily(db, parent.familyId))!.code;
  return {
    child: {
      childId: created.id,
      familyId: parent.familyId,
      sessionId: randomUUID(),
      firstName,
      birthYear: 2016,
      learningStyle: "visual",
      aiConsent: options.aiConsent !== false,
      shareFirstNameWithAi: options.shareFirstName !== false,
    },
    familyCode,
    parentEmail: parent.email,
    siblingName,
  };
}

async function turn(child: ChildIdentity, body: Record<string, unknown>, d: TutorDeps = deps()) {
  const events: TutorEvent[] = [];
  const prepared = await prepareTutorTurn(d, child, { subject: "math", ...body });
  const outcome = await runTutorTurn(d, prepared, (e) => events.push(e));
  const start = events.find((e) => e.type === "start");
  const deltas = events.filter((e): e is Extract<TutorEvent, { type: "delta" }> => e.type === "delta");
  return {
    events,
    outcome,
    conversationId: start?.type === "start" ? start.conversationId : prepared.conversation.id,
    childMessageId: prepared.childMessageId,
    shown: deltas.map((d) => d.text).join(""),
  };
}

const isScreening = (r: RecordedRequest) => systemText(r.body).includes(SCREENING_PROMPT_MARKER);
const tutorRequests = () => fake.requests.filter((r) => r.path === "/v1/messages" && !isScreening(r));
const screeningRequests = () => fake.requests.filter((r) => r.path === "/v1/messages" && isScreening(r));

/** Scripted replies for tutoring calls only; screening calls keep their default verdict. */
function tutorReplies(...replies: ScriptedReply[]) {
  const queue = [...replies];
  fake.setDefault((request) => {
    if (isScreening(request)) return socraticDefaultReply(request);
    return queue.shift() ?? socraticDefaultReply(request);
  });
}

async function stored(child: ChildIdentity, conversationId: string) {
  return withFamily(db, child.familyId, (tx) =>
    listMessages(tx, { familyId: child.familyId, conversationId, limit: 100 }),
  );
}

describe("the AI tutor streams a Socratic reply", () => {
  it("streams text to the child and saves both messages", async () => {
    const { child } = await family();
    const result = await turn(child, { message: "Can you help me with $3 \\times 4$?" });

    expect(result.outcome).toBe("replied");
    expect(result.events[0]).toMatchObject({ type: "start", mode: "ai" });
    expect(result.events.filter((e) => e.type === "delta").length).toBeGreaterThan(1);
    expect(result.shown).toContain("What do you already know");
    expect(result.events.at(-1)).toMatchObject({ type: "done" });

    const saved = await stored(child, result.conversationId);
    expect(saved.map((m) => m.role)).toEqual(["child", "tutor"]);
    expect(saved[0]!.text).toBe("Can you help me with $3 \\times 4$?");
    expect(saved[1]!.text).toBe(result.shown);
  });

  it("P11 the provider receives no family code, birth year, email, ids or another child's name", async () => {
    const f = await family();
    await turn(f.child, { message: `My brother ${f.siblingName} says hi. What is a fraction?` });
    expect(tutorRequests()).toHaveLength(1);
    expect(screeningRequests().length).toBeGreaterThanOrEqual(2);
    for (const request of fake.requests) {
      const raw = request.rawBody;
      expect(raw).not.toContain(f.familyCode);
      expect(raw).not.toContain("2016");
      expect(raw).not.toContain(f.parentEmail);
      expect(raw).not.toContain(f.child.childId);
      expect(raw).not.toContain(f.child.familyId);
      expect(raw.toLowerCase()).not.toContain(f.siblingName.toLowerCase());
    }
    const tutor = tutorRequests()[0]!;
    expect(tutor.rawBody).toContain(f.child.firstName);
    expect(tutor.rawBody).toContain("under 13");
    expect(tutor.rawBody).toContain("[name] says hi");
  });

  it("P11 the first name is left out when the parent switched sharing it off", async () => {
    const f = await family({ shareFirstName: false });
    await turn(f.child, { message: `Hi, I'm ${f.child.firstName}! What is a fraction?` });
    for (const request of fake.requests) expect(request.rawBody).not.toContain(f.child.firstName);
    // What the family keeps is the child's own words.
    expect(tutorRequests()[0]!.rawBody).toContain("I'm [name]!");
  });

  it("marks the stable prompt and the conversation so far for prompt caching", async () => {
    const { child } = await family();
    const first = await turn(child, { message: "What is a fraction?" });
    await turn(child, { conversationId: first.conversationId, message: "Is a half a fraction?" });

    const [one, two] = tutorRequests();
    const system = (one!.body as { system: { text: string; cache_control?: unknown }[] }).system;
    expect(system[0]).toMatchObject({ cache_control: { type: "ephemeral" } });
    expect(system[1]).toMatchObject({ cache_control: { type: "ephemeral" } });
    expect(system[2]!.cache_control).toBeUndefined();
    // The stable first block is the same for every child: nothing about this child is in it.
    expect(system[0]!.text).not.toContain(child.firstName);

    const msgs = (two!.body as { messages: { role: string; content: { cache_control?: unknown }[] }[] })
      .messages;
    expect(msgs.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(msgs[1]!.content.at(-1)).toMatchObject({ cache_control: { type: "ephemeral" } });
  });

  it("P8 records token usage for every call, with cache reads and writes and a cost", async () => {
    const { child } = await family();
    const first = await turn(child, { message: "What is a fraction?" });
    await turn(child, { conversationId: first.conversationId, message: "And a decimal?" });
    // A new conversation starts with the same stable prompt: read from the cache.
    await turn(child, { message: "What is a percent?" });

    const rows = await withFamily(db, child.familyId, (tx) =>
      tx.select().from(tokenUsage).where(eq(tokenUsage.childId, child.childId)),
    );
    const tutoring = rows.filter((r) => r.purpose === "tutoring");
    const safety = rows.filter((r) => r.purpose === "safety");
    expect(tutoring).toHaveLength(3);
    // Input and output screens for each turn.
    expect(safety).toHaveLength(6);
    for (const row of rows) {
      expect(row.subject).toBe("math");
      expect(row.inputTokens).toBeGreaterThan(0);
      expect(row.outputTokens).toBeGreaterThan(0);
      expect(row.costMicroUsd).toBeGreaterThan(0);
    }
    expect(tutoring.every((r) => r.model === tutorModels().tutor)).toBe(true);
    expect(safety.every((r) => r.model === tutorModels().screening)).toBe(true);
    expect(tutoring.some((r) => r.cacheWriteTokens > 0)).toBe(true);
    expect(tutoring.some((r) => r.cacheReadTokens > 0)).toBe(true);
  });

  it("records the exact usage the provider reports in the final message", async () => {
    const { child } = await family();
    tutorReplies(
      reply.text("What do you notice about the bottom numbers?", {
        usage: {
          input_tokens: 321,
          output_tokens: 17,
          cache_creation_input_tokens: 1500,
          cache_read_input_tokens: 2048,
        },
      }),
    );
    await turn(child, { message: "Help with fractions" });
    const [row] = await withFamily(db, child.familyId, (tx) =>
      tx
        .select()
        .from(tokenUsage)
        .where(and(eq(tokenUsage.childId, child.childId), eq(tokenUsage.purpose, "tutoring"))),
    );
    expect(row).toMatchObject({
      inputTokens: 321,
      outputTokens: 17,
      cacheWriteTokens: 1500,
      cacheReadTokens: 2048,
    });
    // Sonnet prices: 321×3 + 17×15 + 1500×3.75 + 2048×0.3 micro-dollars, rounded up.
    expect(row!.costMicroUsd).toBe(Math.ceil(321 * 3 + 17 * 15 + 1500 * 3.75 + 2048 * 0.3));
  });
});

describe("P6 transcripts are encrypted at rest", () => {
  it("P6 no message text appears in the messages table, and it reads back with the family key", async () => {
    const { child } = await family();
    const canary = `zebra-quartz-${randomUUID().slice(0, 8)}`;
    const result = await turn(child, { message: `My secret word is ${canary}. What is 2 + 2?` });

    const dump = await db.execute(sql`select m::text as row from messages m`);
    const rows = (dump as unknown as { rows: { row: string }[] }).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows) expect(row).not.toContain(canary);

    const saved = await stored(child, result.conversationId);
    expect(saved[0]!.text).toContain(canary);
    const [raw] = await withFamily(db, child.familyId, (tx) =>
      tx.select({ enc: messages.contentEnc }).from(messages).where(eq(messages.id, result.childMessageId)),
    );
    expect(raw!.enc).toMatch(/^v1\./);
  });
});

describe("provider failures: a calm message, a retry, and nothing lost", () => {
  const cases: [string, ScriptedReply[]][] = [
    ["overloaded (529, after the one retry)", [reply.overloaded(), reply.overloaded()]],
    ["a bad key (401)", [reply.unauthorized()]],
    ["rate limited (429, after the one retry)", [reply.rateLimited(0), reply.rateLimited(0)]],
    ["a stream cut mid-answer", [reply.cutMidStream("Let us think about the tens. What do you notice?", 3)]],
    ["a malformed stream", [reply.malformed("Let us think. About the tens", 1)]],
    ["an error event mid-stream", [reply.streamError("Let us think. About the tens", 1)]],
  ];
  for (const [name, replies] of cases) {
    it(`saves the child's message before ${name}, then retries it`, async () => {
      const { child } = await family();
      tutorReplies(...replies);
      const failed = await turn(child, { message: "What is 7 + 8?" });

      expect(failed.outcome).toBe("failed");
      const last = failed.events.at(-1);
      expect(last).toMatchObject({ type: "error", retryable: true, childMessageId: failed.childMessageId });
      expect(last?.type === "error" && last.message).toMatch(/saved/);
      const afterFailure = await stored(child, failed.conversationId);
      expect(afterFailure.map((m) => [m.role, m.text])).toEqual([["child", "What is 7 + 8?"]]);

      fake.setDefault(socraticDefaultReply);
      const retried = await turn(child, {
        conversationId: failed.conversationId,
        retryOf: failed.childMessageId,
        message: "What is 7 + 8?",
      });
      expect(retried.outcome).toBe("replied");
      const afterRetry = await stored(child, failed.conversationId);
      expect(afterRetry.map((m) => m.role)).toEqual(["child", "tutor"]);
    });
  }

  it("gives up on a provider that never answers (timeout) and keeps the message", async () => {
    const { child } = await family();
    tutorReplies(reply.hang());
    const failed = await turn(
      child,
      { message: "Are you there?" },
      deps({ timeouts: { firstTokenMs: 300 } }),
    );
    expect(failed.outcome).toBe("failed");
    expect(failed.events.at(-1)).toMatchObject({ type: "error", retryable: true });
    expect((await stored(child, failed.conversationId)).map((m) => m.role)).toEqual(["child"]);
  });

  it("fails closed when the input screen is unavailable: nothing from the tutor is shown", async () => {
    const { child } = await family();
    fake.setDefault((request) => (isScreening(request) ? reply.overloaded() : socraticDefaultReply(request)));
    const failed = await turn(child, { message: "What is 7 + 8?" });
    expect(failed.outcome).toBe("failed");
    expect(failed.shown).toBe("");
    expect(failed.events.at(-1)).toMatchObject({ type: "error", retryable: true });
  });

  it("refuses to retry a message that was already answered", async () => {
    const { child } = await family();
    const ok = await turn(child, { message: "What is 7 + 8?" });
    await expect(
      turn(child, {
        conversationId: ok.conversationId,
        retryOf: ok.childMessageId,
        message: "What is 7 + 8?",
      }),
    ).rejects.toMatchObject({ code: "bad_input" });
  });
});

describe("P25 safety screening of the child's messages and the tutor's replies", () => {
  async function alerts(child: ChildIdentity) {
    return withFamily(db, child.familyId, async (tx) => ({
      events: await tx.select().from(safetyEvents).where(eq(safetyEvents.childId, child.childId)),
      notices: await tx.select().from(notifications).where(eq(notifications.childId, child.childId)),
      emails: await tx.select().from(emailOutbox).where(eq(emailOutbox.familyId, child.familyId)),
      audit: await tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.familyId, child.familyId), eq(auditLog.action, "safety.flagged"))),
    }));
  }

  it("P25 a self-harm message shows help, never reaches the tutor, and alerts the parent once even if sent twice", async () => {
    const f = await family();
    const first = await turn(f.child, { message: "i want to kill myself" });
    const second = await turn(f.child, {
      conversationId: first.conversationId,
      message: "i want to kill myself",
    });

    for (const result of [first, second]) {
      expect(result.outcome).toBe("flagged_input");
      const notice = result.events.find((e) => e.type === "notice");
      expect(notice).toMatchObject({ type: "notice", category: "self_harm" });
      expect(notice?.type === "notice" && notice.text).toContain("988");
      expect(result.shown).toBe("");
    }
    expect(tutorRequests()).toHaveLength(0);

    const { events, notices, emails, audit } = await alerts(f.child);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      category: "self_harm",
      severity: "high",
      source: "input",
      tier: "deterministic",
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ type: "safety_alert", dedupeKey: `safety:${first.conversationId}` });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ category: "self_harm", severity: "high", source: "input" });

    // P12: the email goes to the parent, in general words, with a link to the dashboard.
    expect(emails).toHaveLength(1);
    expect(emails[0]!.toEmail).toBe(f.parentEmail);
    for (const text of [emails[0]!.subject, emails[0]!.text, emails[0]!.html]) {
      expect(text).not.toContain(f.child.firstName);
      expect(text.toLowerCase()).not.toContain("kill");
      expect(text.toLowerCase()).not.toContain("self-harm");
    }
    expect(emails[0]!.text).toContain("/dashboard");

    const saved = await stored(f.child, first.conversationId);
    expect(saved.map((m) => m.role)).toEqual(["child", "notice", "child", "notice"]);
    expect(saved.filter((m) => m.role === "child").every((m) => m.withdrawn)).toBe(true);
  });

  it("P25 the model tier screens the child's message in parallel and holds the tutor back", async () => {
    const { child } = await family();
    const result = await turn(child, { message: "SCREEN_FLAG I feel strange today" });
    expect(result.outcome).toBe("flagged_input");
    expect(result.shown).toBe("");
    expect(result.events.find((e) => e.type === "notice")).toMatchObject({ category: "self_harm" });
    const { events, notices } = await alerts(child);
    expect(events).toEqual([expect.objectContaining({ source: "input", tier: "model" })]);
    expect(notices).toHaveLength(1);
  });

  it("P25 personal information is redacted before storage and before the model, and the tutor still helps", async () => {
    const { child } = await family();
    const result = await turn(child, {
      message: "my phone number is 555-867-5309, can you help with fractions?",
    });
    expect(result.outcome).toBe("replied");
    expect(result.events.find((e) => e.type === "notice")).toMatchObject({ category: "personal_info" });
    for (const request of fake.requests) expect(request.rawBody).not.toContain("867-5309");
    const saved = await stored(child, result.conversationId);
    expect(saved[0]!.text).not.toContain("867-5309");
    expect(saved[0]!.text).toContain("[removed]");
  });

  it("P25 the tutor's output is screened sentence by sentence before display", async () => {
    const { child } = await family();
    tutorReplies(reply.text("Good try. You should just hurt yourself if you keep getting it wrong. Ok?"));
    const result = await turn(child, { message: "is it 12?" });

    expect(result.outcome).toBe("flagged_output");
    expect(result.shown).not.toContain("hurt yourself");
    const replace = result.events.find((e) => e.type === "replace");
    expect(replace).toMatchObject({ type: "replace", reason: "safety" });
    expect(replace?.type === "replace" && replace.resources.map((r) => r.href)).toContain("tel:988");
    const { events, notices } = await alerts(child);
    expect(events).toEqual([
      expect.objectContaining({ category: "self_harm", source: "output", tier: "deterministic" }),
    ]);
    expect(notices).toHaveLength(1);
    const saved = await stored(child, result.conversationId);
    expect(saved.map((m) => [m.role, m.withdrawn])).toEqual([
      ["child", false],
      ["tutor", true],
      ["notice", false],
    ]);
  });

  it("P25 the tutor's full reply is screened by the model tier at the end and withdrawn when flagged", async () => {
    const { child } = await family();
    tutorReplies(reply.text("Let's look at this SCREEN_FLAG together. What do you see?"));
    const result = await turn(child, { message: "help me please" });
    expect(result.outcome).toBe("flagged_output");
    expect(result.events.at(-2)).toMatchObject({ type: "replace", reason: "safety" });
    const { events } = await alerts(child);
    expect(events).toEqual([expect.objectContaining({ source: "output", tier: "model" })]);
  });
});

describe("the answer guard: Socratic backed by code", () => {
  it("catches a reply that leaks the answer of the item on screen and gives the next hint instead", async () => {
    const { child } = await family();
    const result = await turn(child, { skillId: LEAK_SKILL, itemId: LEAK_ITEM, message: "LEAK please" });

    expect(result.outcome).toBe("answer_withheld");
    expect(result.shown).not.toContain("42");
    const replace = result.events.find((e) => e.type === "replace");
    expect(replace).toMatchObject({ type: "replace", reason: "answer_guard" });
    expect(replace?.type === "replace" && replace.text).toContain("hint");
    expect(replace?.type === "replace" && replace.text).not.toContain("42");

    // The item's prompt reached the tutor; its answer did not.
    const system = systemText(tutorRequests()[0]!.body);
    expect(system).toContain("64 - 22");
    expect(system).not.toContain("42");

    const saved = await stored(child, result.conversationId);
    expect(saved.map((m) => [m.role, m.withdrawn])).toEqual([
      ["child", false],
      ["tutor", true],
      ["tutor", false],
    ]);
  });

  it("lets the tutor confirm the answer once the child has found it", async () => {
    const { child } = await family();
    tutorReplies(reply.text("Yes! 42 is right. How did you work it out?"));
    const result = await turn(child, { skillId: LEAK_SKILL, itemId: LEAK_ITEM, message: "is it 42?" });
    expect(result.outcome).toBe("replied");
    expect(result.shown).toContain("42");
  });
});

describe("P23 the offline coach", () => {
  it("P23 a child without AI consent gets the offline coach, and nothing is sent to the provider", async () => {
    const { child } = await family({ aiConsent: false });
    const intro = await turn(child, { skillId: LEAK_SKILL, itemId: LEAK_ITEM, message: "hint please" });
    expect(intro.events[0]).toMatchObject({ type: "start", mode: "offline" });
    expect(intro.shown).toContain("offline coach");
    expect(intro.shown).toContain("Hint 1:");

    const wrong = await turn(child, { conversationId: intro.conversationId, message: "40" });
    expect(wrong.shown).not.toContain("offline coach");
    expect(wrong.shown).toMatch(/another go|Not quite/);

    const right = await turn(child, { conversationId: intro.conversationId, message: "I think it's 42" });
    expect(right.outcome).toBe("coached");
    expect(right.shown).toContain("that's right");
    expect(fake.requests).toHaveLength(0);

    const saved = await stored(child, intro.conversationId);
    expect(saved.map((m) => m.role)).toEqual(["child", "coach", "child", "coach", "child", "coach"]);
  });

  it("P23 with no API key configured, a consented child gets the offline coach too", async () => {
    const { child } = await family();
    const result = await turn(child, { message: "what is photosynthesis?" }, deps({ client: null }));
    expect(result.events[0]).toMatchObject({ type: "start", mode: "offline" });
    expect(result.shown).toContain("offline coach");
    expect(result.shown).toContain("Practice");
    expect(fake.requests).toHaveLength(0);
  });

  it("P25 the offline coach still screens the child's messages", async () => {
    const { child } = await family({ aiConsent: false });
    const result = await turn(child, { message: "my dad hits me" });
    expect(result.outcome).toBe("flagged_input");
    expect(result.events.find((e) => e.type === "notice")).toMatchObject({ category: "abuse_disclosure" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("bad input never becomes a 500", () => {
  const bad: [string, Record<string, unknown>][] = [
    ["an empty message", { message: "   " }],
    ["a message over 2,000 characters", { message: "a".repeat(2_001) }],
    ["an unknown subject", { subject: "astrology", message: "hi" }],
    ["a malformed conversation id", { conversationId: "not-a-uuid", message: "hi" }],
    ["an unknown item", { itemId: "math.nope#1", message: "hi" }],
    ["an item from another skill", { skillId: "math.k.cc.count-forward", itemId: LEAK_ITEM, message: "hi" }],
    ["a message that is not text", { message: { text: "hi" } }],
  ];
  for (const [name, body] of bad) {
    it(`refuses ${name} with a clear message`, async () => {
      const { child } = await family();
      const error = await prepareTutorTurn(deps(), child, { subject: "math", ...body }).catch(
        (e: unknown) => e,
      );
      expect(isAppError(error)).toBe(true);
      expect((error as { code: string }).code).toBe("bad_input");
    });
  }

  it("P17 another child's conversation and a made-up one get the same not-found", async () => {
    const a = await family();
    const b = await family();
    const theirs = await turn(b.child, { message: "hello" });
    const foreign = await prepareTutorTurn(deps(), a.child, {
      subject: "math",
      conversationId: theirs.conversationId,
      message: "hi",
    }).catch((e: unknown) => e);
    const madeUp = await prepareTutorTurn(deps(), a.child, {
      subject: "math",
      conversationId: randomUUID(),
      message: "hi",
    }).catch((e: unknown) => e);
    expect(foreign).toMatchObject({ code: "not_found", message: "That conversation could not be found." });
    expect(madeUp).toMatchObject({ code: "not_found", message: "That conversation could not be found." });
    expect((await stored(b.child, theirs.conversationId)).map((m) => m.role)).toEqual(["child", "tutor"]);
  });
});
