import "server-only";
import Anthropic, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@anthropic-ai/sdk";
import { env, serviceModes } from "@/lib/env";

/**
 * The one place in lib/tutor that talks to `@anthropic-ai/sdk` (the model tier of lib/safety
 * takes the client it builds). Everything the tutor needs from the provider goes through the
 * names exported here, so tests point the real SDK at a local fake with ANTHROPIC_BASE_URL and
 * nothing else in the code knows.
 *
 * Models (set by env, defaults in lib/env.ts):
 *   HEARTH_TUTOR_MODEL      default "claude-sonnet-4-5": the Socratic tutor
 *   HEARTH_SCREENING_MODEL  default "claude-haiku-4-5": the P25 model-tier screen (small, fast)
 *
 * No ANTHROPIC_API_KEY → no client: the child gets the offline coach (PRODUCT.md §2).
 */

export type TutorClient = Anthropic;
export type { Anthropic };

/** Whole-request ceiling handed to the SDK; the service adds its own first-token and idle deadlines. */
export const PROVIDER_TIMEOUT_MS = 60_000;
/** One retry: a 529 or 429 often clears in a second, and a child should not wait for three tries. */
export const PROVIDER_MAX_RETRIES = 1;

export interface TutorModels {
  tutor: string;
  screening: string;
}

let cached: { key: string; baseURL: string | undefined; client: Anthropic } | undefined;

/** The configured client, or null when no key is set (offline coach). */
export function tutorClient(): Anthropic | null {
  const e = env();
  if (serviceModes(e).tutor !== "anthropic" || !e.ANTHROPIC_API_KEY) return null;
  if (cached && cached.key === e.ANTHROPIC_API_KEY && cached.baseURL === e.ANTHROPIC_BASE_URL) {
    return cached.client;
  }
  const client = new Anthropic({
    apiKey: e.ANTHROPIC_API_KEY,
    ...(e.ANTHROPIC_BASE_URL ? { baseURL: e.ANTHROPIC_BASE_URL } : {}),
    maxRetries: PROVIDER_MAX_RETRIES,
    timeout: PROVIDER_TIMEOUT_MS,
    // The SDK's own logger could print request bodies at debug level: never child content (P9).
    logLevel: "off",
  });
  cached = { key: e.ANTHROPIC_API_KEY, baseURL: e.ANTHROPIC_BASE_URL, client };
  return client;
}

export function tutorModels(): TutorModels {
  const e = env();
  return { tutor: e.HEARTH_TUTOR_MODEL, screening: e.HEARTH_SCREENING_MODEL };
}

/** Why a provider call failed, by kind only (what monitoring and the child's message need). */
export type ProviderFailure =
  | "timeout"
  | "overloaded"
  | "rate_limited"
  | "authentication"
  | "connection"
  | "stream"
  | "aborted"
  | "api_error";

export function classifyProviderError(error: unknown): ProviderFailure {
  if (error instanceof APIConnectionTimeoutError) return "timeout";
  if (error instanceof APIUserAbortError) return "aborted";
  if (error instanceof APIConnectionError) return "connection";
  if (error instanceof APIError) {
    if (error.status === 529 || error.type === "overloaded_error") return "overloaded";
    if (error.status === 429 || error.type === "rate_limit_error") return "rate_limited";
    if (error.status === 401 || error.status === 403 || error.type === "authentication_error") {
      return "authentication";
    }
    // An `event: error` inside a stream carries no HTTP status.
    if (error.status === undefined) return "stream";
    return "api_error";
  }
  // A socket cut mid-answer or an SSE line that is not JSON surfaces as a plain error.
  if (error instanceof SyntaxError || error instanceof TypeError) return "stream";
  return "api_error";
}
