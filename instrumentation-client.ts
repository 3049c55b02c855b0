/**
 * Browser error monitoring, only when NEXT_PUBLIC_SENTRY_DSN is set at build time. Same
 * privacy options as the server (lib/observability/scrubber.ts): no PII, no replays.
 */
const dsn = process.env.NEXT_PUBLIC_SENTRY_DSN;
if (dsn) {
  Promise.all([import("@sentry/nextjs"), import("./lib/observability/scrubber")]).then(
    ([Sentry, { sentryBaseOptions }]) => {
      Sentry.init(sentryBaseOptions(dsn, process.env.NODE_ENV ?? "production"));
    },
  );
}
