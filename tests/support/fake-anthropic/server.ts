/**
 * A local HTTP server that speaks the Anthropic Messages API, so tests run the real
 * `@anthropic-ai/sdk` against it through `baseURL` (PRODUCT.md §2: "the real SDK pointed at a
 * local server"). Dependency-free: node:http only.
 *
 *   const server = await startFakeAnthropic();
 *   const client = new Anthropic({ apiKey: "test-key", baseURL: server.url, maxRetries: 0 });
 *   server.script(reply.text("What do you notice about the numbers?"));
 *   ...
 *   expect(server.requests[0]?.body).toMatchObject({ system: [...] });   // P11: what reached the provider
 *   await server.close();
 *
 * Routes
 *   POST /v1/messages               non-streaming JSON, or SSE when the body has `stream: true`
 *   POST /v1/messages/count_tokens  `{ input_tokens }`
 *   GET  /__fake/health             200 (Playwright's webServer readiness check)
 *   GET  /__fake/requests           the recorded requests as JSON (for specs in another process)
 *   DELETE /__fake/requests         clear them
 *   POST /__fake/script             queue replies: one ScriptedReply or an array of them
 *
 * Authentication: SDK 1.12 sends the key as `Authorization: Bearer <key>`; older SDKs sent
 * `x-api-key`. Both are accepted. A request with neither, or with a key other than
 * `options.apiKey` when one is set, gets the API's 401 `authentication_error`.
 *
 * Replies: each request to /v1/messages takes the next scripted reply from the queue; when the
 * queue is empty the default handler answers (the Socratic default of `default-behaviour.ts`
 * unless `options.defaultReply` says otherwise).
 *
 * Usage: computed from the request unless the reply overrides it. Prompt caching is simulated:
 * text up to the last `cache_control` marker counts as `cache_creation_input_tokens` the first
 * time this server sees it and as `cache_read_input_tokens` afterwards.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { socraticDefaultReply } from "./default-behaviour";
import type { FakeUsage, ScriptedReply } from "./replies";
import { cacheSplit, estimateTokens } from "./request-text";

export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-cased header names, as node:http gives them. */
  headers: Record<string, string>;
  /** The key the client authenticated with (`Authorization: Bearer` or `x-api-key`), if any. */
  apiKey: string | null;
  /** The parsed JSON body, or null when the body was not JSON. */
  body: unknown;
  rawBody: string;
  receivedAt: Date;
}

export type ReplyHandler = (request: RecordedRequest) => ScriptedReply | Promise<ScriptedReply>;

export interface FakeAnthropicOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, only this key is accepted. */
  apiKey?: string;
  /** Answers when nothing is scripted. */
  defaultReply?: ReplyHandler;
}

export interface FakeAnthropic {
  /** Base URL for the SDK, e.g. `http://127.0.0.1:54321`. */
  url: string;
  port: number;
  /** Every request received, in order (including rejected ones). Cleared by `reset()`. */
  requests: RecordedRequest[];
  /** Queues replies (or handlers) for the next requests to /v1/messages, in order. */
  script(...replies: (ScriptedReply | ReplyHandler)[]): void;
  /** How many scripted replies are still waiting. */
  pending(): number;
  setDefault(handler: ReplyHandler): void;
  /** Clears recorded requests, queued replies and the simulated prompt cache. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const CUT_GRACE_MS = 20;

const STATUS_BY_ERROR_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

let messageCounter = 0;

function nextId(prefix: string): string {
  messageCounter += 1;
  return `${prefix}_fake${String(messageCounter).padStart(6, "0")}`;
}

function sleep(ms: number | undefined): Promise<void> {
  if (!ms || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("request body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function apiKeyOf(headers: Record<string, string>): string | null {
  const bearer = headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  return bearer ?? headers["x-api-key"] ?? null;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendApiError(
  res: ServerResponse,
  status: number,
  errorType: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const requestId = nextId("req");
  sendJson(
    res,
    status,
    { type: "error", error: { type: errorType, message }, request_id: requestId },
    { "request-id": requestId, ...headers },
  );
}

const REPLY_KINDS = new Set(["text", "error", "cut", "malformed", "stream_error", "hang"]);

function isScriptedReply(value: unknown): value is ScriptedReply {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof kind === "string" && REPLY_KINDS.has(kind);
}

function modelOf(body: unknown): string {
  const model = (body as { model?: unknown } | null)?.model;
  return typeof model === "string" ? model : "claude-fake";
}

export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  const queue: (ScriptedReply | ReplyHandler)[] = [];
  const seenCachePrefixes = new Set<string>();
  let defaultReply: ReplyHandler = options.defaultReply ?? socraticDefaultReply;

  function usageFor(body: unknown, outputText: string, override: Partial<FakeUsage> = {}): FakeUsage {
    const { prefix, rest } = cacheSplit(body);
    let creation = 0;
    let read = 0;
    if (prefix !== "") {
      const key = createHash("sha256").update(prefix).digest("hex");
      if (seenCachePrefixes.has(key)) read = estimateTokens(prefix);
      else {
        seenCachePrefixes.add(key);
        creation = estimateTokens(prefix);
      }
    }
    return {
      input_tokens: Math.max(1, estimateTokens(rest)),
      output_tokens: Math.max(1, estimateTokens(outputText)),
      cache_creation_input_tokens: creation,
      cache_read_input_tokens: read,
      ...override,
    };
  }

  function fullUsage(usage: FakeUsage) {
    return {
      ...usage,
      cache_creation: {
        ephemeral_5m_input_tokens: usage.cache_creation_input_tokens,
        ephemeral_1h_input_tokens: 0,
      },
      server_tool_use: null,
      service_tier: "standard",
      inference_geo: null,
      output_tokens_details: null,
      speed: null,
    };
  }

  function messageJson(
    id: string,
    model: string,
    text: string | null,
    usage: FakeUsage,
    stop: string | null,
  ) {
    return {
      id,
      type: "message",
      role: "assistant",
      model,
      content: text === null ? [] : [{ type: "text", text, citations: null }],
      stop_reason: stop,
      stop_sequence: null,
      stop_details: null,
      container: null,
      diagnostics: null,
      usage: fullUsage(usage),
    };
  }

  async function nextReply(request: RecordedRequest): Promise<ScriptedReply> {
    const next = queue.shift();
    if (next === undefined) return defaultReply(request);
    return typeof next === "function" ? next(request) : next;
  }

  async function answerWhole(res: ServerResponse, request: RecordedRequest, scripted: ScriptedReply) {
    const model = modelOf(request.body);
    switch (scripted.kind) {
      case "hang":
        return; // the socket stays open until the client aborts or the server closes
      case "error":
        sendApiError(res, scripted.status, scripted.errorType, scripted.message, scripted.headers);
        return;
      case "stream_error":
        sendApiError(
          res,
          STATUS_BY_ERROR_TYPE[scripted.errorType] ?? 500,
          scripted.errorType,
          scripted.message,
        );
        return;
      case "cut": {
        await sleep(scripted.firstTokenDelayMs);
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"id":"msg_cut","type":"message","content":[{"type":"text","text":"');
        res.socket?.destroy();
        return;
      }
      case "malformed":
        await sleep(scripted.firstTokenDelayMs);
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"id": "msg_malformed", "content": [ this is not json');
        return;
      case "text": {
        await sleep(scripted.firstTokenDelayMs);
        const text = scripted.chunks.join("");
        const usage = usageFor(request.body, text, scripted.usage);
        const requestId = nextId("req");
        sendJson(
          res,
          200,
          messageJson(nextId("msg"), model, text, usage, scripted.stopReason ?? "end_turn"),
          {
            "request-id": requestId,
          },
        );
        return;
      }
    }
  }

  async function answerStream(res: ServerResponse, request: RecordedRequest, scripted: ScriptedReply) {
    if (scripted.kind === "hang") return;
    if (scripted.kind === "error") {
      sendApiError(res, scripted.status, scripted.errorType, scripted.message, scripted.headers);
      return;
    }

    const model = modelOf(request.body);
    const chunks = scripted.chunks;
    const stopAfter =
      scripted.kind === "text" ? chunks.length : Math.min(scripted.afterChunks, chunks.length);
    const text = chunks.join("");
    const usage = usageFor(request.body, text, scripted.kind === "text" ? scripted.usage : undefined);
    const closed = () => res.destroyed || res.writableEnded;
    const send = (event: string, data: unknown) => {
      if (!closed()) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };

    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "request-id": nextId("req"),
    });
    res.flushHeaders();

    // message_start carries the input side of usage; output_tokens grows in message_delta.
    send("message_start", {
      type: "message_start",
      message: messageJson(nextId("msg"), model, null, { ...usage, output_tokens: 1 }, null),
    });
    send("content_block_start", {
      type: "content_block_start",
      index: 0,
      content_block: { type: "text", text: "", citations: null },
    });
    send("ping", { type: "ping" });

    await sleep(scripted.firstTokenDelayMs);
    for (let i = 0; i < stopAfter; i++) {
      if (closed()) return;
      if (i > 0) await sleep(scripted.chunkDelayMs);
      send("content_block_delta", {
        type: "content_block_delta",
        index: 0,
        delta: { type: "text_delta", text: chunks[i] },
      });
    }
    if (closed()) return;

    switch (scripted.kind) {
      case "cut":
        // Let what was written reach the client first: a real cut loses the rest, not the start.
        await new Promise<void>((resolve) => res.write("", () => resolve()));
        await sleep(CUT_GRACE_MS);
        res.socket?.destroy();
        return;
      case "malformed":
        res.write("event: content_block_delta\ndata: {this is not json\n\n");
        res.end();
        return;
      case "stream_error":
        send("error", { type: "error", error: { type: scripted.errorType, message: scripted.message } });
        res.end();
        return;
      case "text":
        send("content_block_stop", { type: "content_block_stop", index: 0 });
        send("message_delta", {
          type: "message_delta",
          delta: { stop_reason: scripted.stopReason ?? "end_turn", stop_sequence: null },
          usage: { output_tokens: usage.output_tokens },
        });
        send("message_stop", { type: "message_stop" });
        res.end();
        return;
    }
  }

  async function handleMessages(res: ServerResponse, request: RecordedRequest) {
    if (request.apiKey === null || (options.apiKey !== undefined && request.apiKey !== options.apiKey)) {
      sendApiError(res, 401, "authentication_error", "invalid x-api-key");
      return;
    }
    const body = request.body as { model?: unknown; max_tokens?: unknown; messages?: unknown } | null;
    if (
      body === null ||
      typeof body.model !== "string" ||
      typeof body.max_tokens !== "number" ||
      !Array.isArray(body.messages)
    ) {
      sendApiError(
        res,
        400,
        "invalid_request_error",
        "model, max_tokens and messages are required (body must be JSON)",
      );
      return;
    }
    const scripted = await nextReply(request);
    if ((request.body as { stream?: unknown }).stream === true) await answerStream(res, request, scripted);
    else await answerWhole(res, request, scripted);
  }

  async function handleControl(res: ServerResponse, request: RecordedRequest) {
    const route = `${request.method} ${request.path}`;
    if (route === "GET /__fake/health" || route === "GET /") {
      sendJson(res, 200, { ok: true });
    } else if (route === "GET /__fake/requests") {
      sendJson(res, 200, requests);
    } else if (route === "DELETE /__fake/requests") {
      requests.length = 0;
      sendJson(res, 200, { ok: true });
    } else if (route === "POST /__fake/script") {
      const replies: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
      if (!replies.every(isScriptedReply)) {
        sendApiError(res, 400, "invalid_request_error", "expected a ScriptedReply or an array of them");
        return;
      }
      queue.push(...replies);
      sendJson(res, 200, { queued: replies.length });
    } else {
      sendApiError(res, 404, "not_found_error", `Not found: ${route}`);
    }
  }

  const server = createServer(async (req, res) => {
    try {
      const rawBody = await readBody(req);
      const headers = headerRecord(req);
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        path,
        headers,
        apiKey: apiKeyOf(headers),
        body: parseJson(rawBody),
        rawBody,
        receivedAt: new Date(),
      };

      if (path.startsWith("/__fake/") || path === "/") {
        await handleControl(res, request);
        return;
      }
      requests.push(request);
      if (req.method === "POST" && path === "/v1/messages") {
        await handleMessages(res, request);
      } else if (req.method === "POST" && path === "/v1/messages/count_tokens") {
        const { prefix, rest } = cacheSplit(request.body);
        sendJson(res, 200, { input_tokens: estimateTokens(`${prefix}${rest}`) });
      } else {
        sendApiError(res, 404, "not_found_error", `Not found: ${req.method} ${path}`);
      }
    } catch (error) {
      if (!res.headersSent) {
        sendApiError(res, 500, "api_error", error instanceof Error ? error.message : "fake server error");
      } else {
        res.destroy();
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";

  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    script(...replies) {
      queue.push(...replies);
    },
    pending() {
      return queue.length;
    },
    setDefault(handler) {
      defaultReply = handler;
    },
    reset() {
      requests.length = 0;
      queue.length = 0;
      seenCachePrefixes.clear();
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
