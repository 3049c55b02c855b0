/**
 * What the fake Anthropic server answers. Every reply is plain data (JSON-serialisable), so a
 * Playwright spec can queue one over HTTP (`POST /__fake/script`) exactly as a unit test queues
 * one in memory with `server.script(...)`.
 *
 * Build replies with the `reply` helpers rather than by hand.
 */

export interface FakeUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export type FakeStopReason = "end_turn" | "max_tokens" | "stop_sequence" | "refusal";

interface TimingOptions {
  /** Wait this long after `message_start` before the first text delta (or before a JSON answer). */
  firstTokenDelayMs?: number;
  /** Wait this long between text deltas. */
  chunkDelayMs?: number;
}

/** A normal answer: streamed as one `text_delta` per chunk, or returned whole when not streaming. */
export interface TextReply extends TimingOptions {
  kind: "text";
  chunks: string[];
  /** Overrides the computed usage, field by field. */
  usage?: Partial<FakeUsage>;
  stopReason?: FakeStopReason;
}

/** An HTTP error with Anthropic's error body: `{ type: "error", error: { type, message } }`. */
export interface ErrorReply {
  kind: "error";
  status: number;
  errorType: string;
  message: string;
  headers?: Record<string, string>;
}

/** Streams `afterChunks` deltas, then destroys the socket (a connection cut mid-answer). */
export interface CutReply extends TimingOptions {
  kind: "cut";
  chunks: string[];
  afterChunks: number;
}

/** Streams `afterChunks` deltas, then sends an SSE line that is not JSON. Not streaming: a 200 with a broken JSON body. */
export interface MalformedReply extends TimingOptions {
  kind: "malformed";
  chunks: string[];
  afterChunks: number;
}

/** Streams `afterChunks` deltas, then an `event: error` (what the API sends when it overloads mid-answer). */
export interface StreamErrorReply extends TimingOptions {
  kind: "stream_error";
  chunks: string[];
  afterChunks: number;
  errorType: string;
  message: string;
}

/** Never answers: the request stays open until the client gives up or the server closes. */
export interface HangReply {
  kind: "hang";
}

export type ScriptedReply = TextReply | ErrorReply | CutReply | MalformedReply | StreamErrorReply | HangReply;

/** Splits text into word-sized chunks that keep their trailing whitespace, so joining them restores it. */
export function splitIntoChunks(text: string): string[] {
  const chunks = text.match(/\S+\s*|\s+/g);
  return chunks ?? [text];
}

function toChunks(text: string | string[]): string[] {
  return Array.isArray(text) ? text : splitIntoChunks(text);
}

export const reply = {
  text(text: string | string[], options: Omit<TextReply, "kind" | "chunks"> = {}): TextReply {
    return { kind: "text", chunks: toChunks(text), ...options };
  },
  error(status: number, errorType: string, message: string, headers?: Record<string, string>): ErrorReply {
    return { kind: "error", status, errorType, message, ...(headers ? { headers } : {}) };
  },
  /** 529, as the API answers when it is overloaded. */
  overloaded(): ErrorReply {
    return reply.error(529, "overloaded_error", "Overloaded", { "x-should-retry": "true" });
  },
  /** 429 with a `retry-after` header. */
  rateLimited(retryAfterSeconds = 1): ErrorReply {
    return reply.error(429, "rate_limit_error", "Number of request tokens has exceeded your rate limit.", {
      "retry-after": String(retryAfterSeconds),
      "x-should-retry": "true",
    });
  },
  /** 401, as the API answers a wrong or revoked key. */
  unauthorized(): ErrorReply {
    return reply.error(401, "authentication_error", "invalid x-api-key", { "x-should-retry": "false" });
  },
  cutMidStream(text: string | string[], afterChunks: number, timing: TimingOptions = {}): CutReply {
    return { kind: "cut", chunks: toChunks(text), afterChunks, ...timing };
  },
  malformed(text: string | string[] = "Let us think", afterChunks = 1): MalformedReply {
    return { kind: "malformed", chunks: toChunks(text), afterChunks };
  },
  streamError(
    text: string | string[],
    afterChunks: number,
    errorType = "overloaded_error",
    message = "Overloaded",
  ): StreamErrorReply {
    return { kind: "stream_error", chunks: toChunks(text), afterChunks, errorType, message };
  },
  hang(): HangReply {
    return { kind: "hang" };
  },
} as const;
