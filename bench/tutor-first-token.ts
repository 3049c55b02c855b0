/**
 * The time the app adds before the tutor's first token reaches the browser, beyond the model's
 * own latency (PRODUCT.md §5: p50 ≤ 25 ms, p95 ≤ 60 ms).
 *
 * The fake Anthropic server answers every tutoring call with a fixed first-token delay. In the
 * same run, alternating, we time:
 *   direct   the real SDK calling the fake: request → first text delta;
 *   app      what the route does (lib/tutor/http.ts): resolve the child's session, parse and
 *            validate, load the conversation and settings, screen and redact, save the message
 *            encrypted, start the tutor call and the input screen in parallel, hold the text
 *            until the screen passes and the sentence is checked, stream NDJSON: request → first
 *            `delta` line read from the response body.
 * "Added" is app − direct. Next's own request plumbing is not included (it is the same for
 * every route). Two replies are timed: one whose first chunk is a whole sentence (the app can
 * release it at once), and one streamed word by word, where the app holds each sentence until it
 * is complete and screened; for that one "direct" is the time to the first complete sentence.
 *
 * Runs on PGlite in memory, or on the server named by BENCH_DATABASE_URL / TEST_DATABASE_URL.
 * Prints figures; never fails on time.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { resolveChildSession, signInChild } from "@/lib/auth/child-sign-in";
import { createChild } from "@/lib/family/children";
import { getFamily } from "@/lib/family/families";
import { signUpLocalParent } from "@/lib/family/parents";
import { tutorClient, tutorModels } from "@/lib/tutor/client";
import { parseEventLines } from "@/lib/tutor/events";
import { tutorResponse } from "@/lib/tutor/http";
import type { TutorDeps } from "@/lib/tutor/service";
import {
  type RecordedRequest,
  reply,
  SCREENING_PROMPT_MARKER,
  type ScriptedReply,
  socraticDefaultReply,
  startFakeAnthropic,
} from "@/tests/support/fake-anthropic";
import { systemText } from "@/tests/support/fake-anthropic/request-text";
import { createBenchDatabase, ms, percentile } from "./support/bench-database";

const FIRST_TOKEN_MS = 150;
const CHUNK_MS = 10;
const WARMUP = 5;
const RUNS = 60;
const TURNS_PER_CONVERSATION = 8;

type Shape = "sentence-first" | "word-by-word";

const REPLIES: Record<Shape, () => ScriptedReply> = {
  "sentence-first": () =>
    reply.text(["What do you notice about the tens? ", "Try that ", "first."], {
      firstTokenDelayMs: FIRST_TOKEN_MS,
      chunkDelayMs: CHUNK_MS,
    }),
  "word-by-word": () =>
    reply.text("Good thinking so far! What do you notice about the tens?", {
      firstTokenDelayMs: FIRST_TOKEN_MS,
      chunkDelayMs: CHUNK_MS,
    }),
};

export interface TutorFirstTokenResult {
  shape: Shape;
  direct: { p50: number; p95: number };
  app: { p50: number; p95: number };
  added: { p50: number; p95: number };
}

function firstSentenceEnd(text: string): boolean {
  return /[.!?]\s/.test(text);
}

export async function run(options: { runs?: number } = {}): Promise<TutorFirstTokenResult[]> {
  const runs = options.runs ?? RUNS;
  process.env.HEARTH_BCRYPT_COST ??= "4";
  let shape: Shape = "sentence-first";
  const fake = await startFakeAnthropic({
    defaultReply: (request: RecordedRequest) =>
      systemText(request.body).includes(SCREENING_PROMPT_MARKER)
        ? socraticDefaultReply(request)
        : REPLIES[shape](),
  });
  process.env.ANTHROPIC_API_KEY = "bench-key";
  process.env.ANTHROPIC_BASE_URL = fake.url;
  const database = await createBenchDatabase();
  const results: TutorFirstTokenResult[] = [];
  try {
    const db = database.db;
    const client = tutorClient();
    if (!client) throw new Error("the tutor client was not configured");
    const deps: TutorDeps = { db, client, models: tutorModels() };

    const parent = await signUpLocalParent(db, {
      email: `bench-${randomUUID()}@example.test`,
      password: "bench password 1",
    });
    const child = await createChild(
      db,
      { familyId: parent.familyId, actor: { type: "parent", id: parent.parentId } },
      {
        firstName: "Ada",
        birthYear: 2016,
        learningStyle: "mixed",
        pin: "3851",
        aiConsent: "yes",
        shareFirstNameWithAi: true,
      },
    );
    const family = await getFamily(db, parent.familyId);
    const signedIn = await signInChild(db, {
      familyCode: family!.code,
      childId: child.id,
      pin: "3851",
      clientKey: "bench",
    });
    if (!signedIn.ok) throw new Error("the bench child could not sign in");
    const token = signedIn.token;

    async function direct(): Promise<number> {
      const started = performance.now();
      const stream = client!.messages.stream({
        model: deps.models.tutor,
        max_tokens: 1024,
        system: [{ type: "text", text: "You are a tutor.", cache_control: { type: "ephemeral" } }],
        messages: [{ role: "user", content: "How do I start?" }],
      });
      let text = "";
      let first = Number.NaN;
      for await (const event of stream) {
        if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
          text += event.delta.text;
          // The app releases text a sentence at a time: compare like with like.
          if (Number.isNaN(first) && (shape === "sentence-first" || firstSentenceEnd(text))) {
            first = performance.now() - started;
          }
        }
      }
      return first;
    }

    let conversationId: string | null = null;
    let turns = 0;
    async function throughApp(): Promise<number> {
      if (turns % TURNS_PER_CONVERSATION === 0) conversationId = null;
      turns += 1;
      const started = performance.now();
      // What the route does first: the child's session (currentChild), then the rest.
      const identity = await resolveChildSession(db, token);
      const request = new Request("http://bench.local/api/tutor", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ subject: "math", conversationId, message: "How do I start with 64 - 22?" }),
      });
      const response = await tutorResponse(identity, request, deps, { requestId: "bench" });
      if (!response.body) throw new Error(`the tutor route answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let first = Number.NaN;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseEventLines(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) {
          if (event.type === "start") conversationId = event.conversationId;
          if (event.type === "delta" && Number.isNaN(first)) first = performance.now() - started;
          if (event.type === "error") throw new Error(`the tutor turn failed: ${event.message}`);
        }
      }
      return first;
    }

    console.log(`\n== tutor first token: ${database.label}`);
    console.log(
      `   fake provider: first token after ${FIRST_TOKEN_MS} ms, then a chunk every ${CHUNK_MS} ms; ${runs} runs per path after ${WARMUP} warm-up runs, alternating`,
    );
    for (const next of ["sentence-first", "word-by-word"] as const) {
      shape = next;
      for (let i = 0; i < WARMUP; i++) {
        await direct();
        await throughApp();
      }
      const directTimes: number[] = [];
      const appTimes: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Alternate which goes first, so neither always runs on a warmer process.
        if (i % 2 === 0) {
          directTimes.push(await direct());
          appTimes.push(await throughApp());
        } else {
          appTimes.push(await throughApp());
          directTimes.push(await direct());
        }
      }
      const d = { p50: percentile(directTimes, 50), p95: percentile(directTimes, 95) };
      const a = { p50: percentile(appTimes, 50), p95: percentile(appTimes, 95) };
      const added = { p50: a.p50 - d.p50, p95: a.p95 - d.p95 };
      results.push({ shape: next, direct: d, app: a, added });
      const label =
        next === "sentence-first" ? "first chunk is a whole sentence" : "word by word (first whole sentence)";
      console.log(`   ${label}:`);
      console.log(`     direct to the provider          p50 ${ms(d.p50)}  p95 ${ms(d.p95)}`);
      console.log(`     through the app (route's work)  p50 ${ms(a.p50)}  p95 ${ms(a.p95)}`);
      console.log(
        `     added by the app                p50 ${ms(added.p50)}  p95 ${ms(added.p95)}   (budget: p50 ≤ 25 ms, p95 ≤ 60 ms)`,
      );
    }
    return results;
  } finally {
    await database.close();
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
