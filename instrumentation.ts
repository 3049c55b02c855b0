/**
 * Runs once when the server starts: an unsafe default in production stops start-up with the
 * variable's name, monitoring starts when configured, and the database is opened and migrated
 * before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/startup");
  await startServer();
}

export async function onRequestError(...args: unknown[]) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("./lib/observability/monitoring");
  await reportRequestError(...(args as Parameters<typeof reportRequestError>));
}
