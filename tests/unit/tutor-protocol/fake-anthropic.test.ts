import Anthropic, { APIError } from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeAnthropic, reply, startFakeAnthropic } from "@/tests/support/fake-anthropic";

let server: FakeAnthropic;
let client: Anthropic;

beforeAll(async () => {
  server = await startFakeAnthropic();
  client = new Anthropic({ apiKey: "test-key", baseURL: server.url, maxRetries: 0, logLevel: "off" });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
});

const SYSTEM_PROMPT = "You are Hearth's tutor. Guide with questions; never give the final answer.";

function streamParams(text: string) {
  return {
    model: "claude-sonnet-4-6",
    max_tokens: 256,
    system: [{ type: "text" as const, text: SYSTEM_PROMPT, cache_control: { type: "ephemeral" as const } }],
    messages: [{ role: "user" as const, content: text }],
  };
}

describe("fake Anthropic server with the real SDK", () => {
  it("streams text deltas and a final message with usage, including cache tokens", async () => {
    server.script(
      reply.text(["What ", "do you ", "notice?"], {
        usage: {
          input_tokens: 120,
          output_tokens: 7,
          cache_creation_input_tokens: 2048,
          cache_read_input_tokens: 512,
        },
      }),
    );

    const deltas: string[] = [];
    const stream = client.messages.stream(streamParams("What is 3 x 4?"));
    stream.on("text", (delta) => deltas.push(delta));
    const message = await stream.finalMessage();

    expect(deltas).toEqual(["What ", "do you ", "notice?"]);
    expect(message.content).toEqual([expect.objectContaining({ type: "text", text: "What do you notice?" })]);
    expect(message.stop_reason).toBe("end_turn");
    expect(message.usage).toMatchObject({
      input_tokens: 120,
      output_tokens: 7,
      cache_creation_input_tokens: 2048,
      cache_read_input_tokens: 512,
    });
  });

  it("simulates prompt caching: the marked prefix is created once, then read", async () => {
    server.script(reply.text("First?"), reply.text("Second?"));
    const first = await client.messages.stream(streamParams("first")).finalMessage();
    const second = await client.messages.stream(streamParams("second")).finalMessage();

    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
  });

  it("answers non-streaming requests with a JSON message", async () => {
    server.script(reply.text("Try drawing it."));
    const message = await client.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 64,
      messages: [{ role: "user", content: "help" }],
    });
    expect(message.content).toEqual([expect.objectContaining({ type: "text", text: "Try drawing it." })]);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it("surfaces 529 overloaded as the SDK's APIError with status 529", async () => {
    server.script(reply.overloaded());
    const error = await client.messages
      .stream(streamParams("hi"))
      .finalMessage()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(529);
    expect((error as APIError).type).toBe("overloaded_error");
    expect(server.requests).toHaveLength(1); // maxRetries: 0, so no retry
  });

  it("surfaces 429 and 401 with their Anthropic error types", async () => {
    server.script(reply.rateLimited(), reply.unauthorized());
    const params = { model: "m", max_tokens: 8, messages: [{ role: "user" as const, content: "x" }] };
    const rateLimited = await client.messages.create(params).catch((e: unknown) => e);
    const unauthorized = await client.messages.create(params).catch((e: unknown) => e);
    expect(rateLimited).toBeInstanceOf(Anthropic.RateLimitError);
    expect((rateLimited as APIError).type).toBe("rate_limit_error");
    expect(unauthorized).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((unauthorized as APIError).type).toBe("authentication_error");
  });

  it("rejects a client whose key is not the expected one", async () => {
    const strict = await startFakeAnthropic({ apiKey: "right-key" });
    try {
      const wrong = new Anthropic({
        apiKey: "wrong-key",
        baseURL: strict.url,
        maxRetries: 0,
        logLevel: "off",
      });
      const error = await wrong.messages
        .create({ model: "m", max_tokens: 8, messages: [{ role: "user", content: "x" }] })
        .catch((e: unknown) => e);
      expect((error as APIError).status).toBe(401);
    } finally {
      await strict.close();
    }
  });

  it("surfaces a connection cut mid-stream as an error after the first deltas", async () => {
    server.script(reply.cutMidStream("One two three four", 2));
    const deltas: string[] = [];
    const stream = client.messages.stream(streamParams("hi"));
    stream.on("text", (delta) => deltas.push(delta));
    await expect(stream.finalMessage()).rejects.toThrow();
    expect(deltas).toEqual(["One ", "two "]);
  });

  it("surfaces malformed SSE and a mid-stream error event as errors", async () => {
    server.script(reply.malformed(), reply.streamError("Let us", 1));
    await expect(client.messages.stream(streamParams("a")).finalMessage()).rejects.toThrow();
    const midStream = await client.messages
      .stream(streamParams("b"))
      .finalMessage()
      .catch((e: unknown) => e);
    expect(midStream).toBeInstanceOf(APIError);
    expect((midStream as APIError).type).toBe("overloaded_error");
  });

  it("times out when the first token never comes", async () => {
    server.script(reply.hang());
    const error = await client.messages
      .create({ model: "m", max_tokens: 8, messages: [{ role: "user", content: "x" }] }, { timeout: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
  });

  it("delays the first token and each chunk as scripted", async () => {
    server.script(reply.text(["a", "b", "c"], { firstTokenDelayMs: 120, chunkDelayMs: 40 }));
    const started = performance.now();
    let firstTokenAt = 0;
    const stream = client.messages.stream(streamParams("x"));
    stream.on("text", () => {
      firstTokenAt ||= performance.now();
    });
    await stream.finalMessage();
    const finished = performance.now();
    expect(firstTokenAt - started).toBeGreaterThanOrEqual(100);
    expect(finished - firstTokenAt).toBeGreaterThanOrEqual(60);
  });

  it("P11 records what reached the provider: headers, system prompt with cache_control, messages", async () => {
    server.script(reply.text("What do you notice?"));
    await client.messages.stream(streamParams("What is 7 + 5?")).finalMessage();

    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/v1/messages");
    // SDK 1.12 sends the key as a bearer token, not x-api-key.
    expect(request?.headers.authorization).toBe("Bearer test-key");
    expect(request?.apiKey).toBe("test-key");
    expect(request?.headers["anthropic-version"]).toBeTruthy();
    expect(request?.body).toMatchObject({
      stream: true,
      system: [{ type: "text", text: SYSTEM_PROMPT, cache_control: { type: "ephemeral" } }],
      messages: [{ role: "user", content: "What is 7 + 5?" }],
    });
  });

  it("also accepts the x-api-key header", async () => {
    const response = await fetch(`${server.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": "legacy-key" },
      body: JSON.stringify({ model: "m", max_tokens: 8, messages: [{ role: "user", content: "hi" }] }),
    });
    expect(response.status).toBe(200);
    expect(server.requests[0]?.apiKey).toBe("legacy-key");
  });

  it("answers with the Socratic default, LEAK and SLOW triggers when nothing is scripted", async () => {
    const ask = (content: string) =>
      client.messages.create({ model: "m", max_tokens: 64, messages: [{ role: "user", content }] });
    const socratic = await ask("How do I add fractions?");
    const leak = await ask("LEAK please");
    const text = (m: Anthropic.Message) => m.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    expect(text(socratic)).toMatch(/\?$/);
    expect(text(socratic)).toContain("How do I add fractions?");
    expect(text(leak)).toContain("42");
  });

  it("lets another process script replies and read requests over HTTP", async () => {
    const queued = await fetch(`${server.url}/__fake/script`, {
      method: "POST",
      body: JSON.stringify(reply.overloaded()),
    });
    expect(await queued.json()).toEqual({ queued: 1 });
    const error = await client.messages
      .create({ model: "m", max_tokens: 8, messages: [{ role: "user", content: "x" }] })
      .catch((e: unknown) => e);
    expect((error as APIError).status).toBe(529);

    const recorded = (await (await fetch(`${server.url}/__fake/requests`)).json()) as { path: string }[];
    expect(recorded.map((r) => r.path)).toEqual(["/v1/messages"]);

    const bad = await fetch(`${server.url}/__fake/script`, { method: "POST", body: '{"kind":"nope"}' });
    expect(bad.status).toBe(400);
  });
});
