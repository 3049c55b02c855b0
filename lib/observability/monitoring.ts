import "server-only";
import { env } from "@/lib/env";
import { sentryBaseOptions } from "./scrubber";

/**
 * Error monitoring (P9): Sentry with every kind of PII collection off and the scrubber on every
 * event, breadcrumb and span. Loaded only when SENTRY_DSN is set; otherwise off.
 */
let started = false;

export async function startMonitoring(): Promise<void> {
  const e = env();
  if (started || !e.SENTRY_DSN) return;
  started = true;
  const Sentry = await import("@sentry/nextjs");
  Sentry.init({ ...sentryBaseOptions(e.SENTRY_DSN, e.NODE_ENV), tracePropagationTargets: [] });
}

type CaptureArgs = Parameters<typeof import("@sentry/nextjs").captureRequestError>;

export async function reportRequestError(...args: CaptureArgs): Promise<void> {
  if (!env().SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  Sentry.captureRequestError(...args);
}
