import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import type { ProviderFailure } from "./client";

/**
 * When the provider fails (timeout, overload, rate limit, bad key, a cut or malformed stream),
 * the child sees one calm message and a retry, their message is already saved, and monitoring
 * gets the kind of failure and ids: never the conversation's text (P9).
 */

export const PROVIDER_FAILURE_MESSAGE =
  "The tutor needs a little break. Your message is saved, so nothing is lost. Tap \u201cTry again\u201d in a moment.";

export type TurnFailure = ProviderFailure | "screening_unavailable" | "empty_reply" | "storage";

export interface FailureFields {
  conversationId: string;
  childMessageId: string;
  requestId?: string | null;
  /** Which call failed. */
  call: "tutor" | "screening_input" | "screening_output" | "storage";
}

export function reportTutorFailure(failure: TurnFailure, fields: FailureFields): void {
  // A bad key is an operator problem, not a passing hiccup.
  const level = failure === "authentication" || failure === "storage" ? "error" : "warn";
  log[level]("tutor turn failed", { failure, ...fields });
  if (!env().SENTRY_DSN) return;
  void import("@sentry/nextjs")
    .then((Sentry) =>
      Sentry.captureMessage("tutor turn failed", {
        level: level === "error" ? "error" : "warning",
        tags: { failure, call: fields.call },
      }),
    )
    .catch(() => undefined);
}
