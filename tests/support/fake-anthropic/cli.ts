/**
 * Starts the fake Anthropic server as its own process, for Playwright's `webServer`:
 *
 *   FAKE_ANTHROPIC_PORT=4010 npx tsx tests/support/fake-anthropic/cli.ts
 *
 *   webServer: [{ command: "npx tsx tests/support/fake-anthropic/cli.ts",
 *                 env: { FAKE_ANTHROPIC_PORT: "4010" },
 *                 url: "http://127.0.0.1:4010/__fake/health" }, ...]
 *
 * and the app started with ANTHROPIC_API_KEY=<anything> ANTHROPIC_BASE_URL=http://127.0.0.1:4010.
 *
 * Default behaviour (see default-behaviour.ts), chosen by words in the last user message:
 *   - a Socratic reply echoing the start of the child's message, streamed word by word;
 *   - "LEAK"  → "The answer is 42." (the tutor leaking a final answer);
 *   - "SLOW"  → the first token comes after 2.5 s;
 *   - safety-screening calls get a JSON verdict "none" ("SCREEN_FLAG" → self_harm, high).
 * A spec can queue other replies over HTTP (`POST /__fake/script` with a ScriptedReply, e.g.
 * `{"kind":"error","status":529,"errorType":"overloaded_error","message":"Overloaded"}`) and read
 * what the app sent to the provider (`GET /__fake/requests`, P11), `DELETE` to clear.
 */
import { startFakeAnthropic } from "./server";

const raw = process.env.FAKE_ANTHROPIC_PORT;
const port = Number(raw);
if (raw === undefined || raw.trim() === "" || !Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`FAKE_ANTHROPIC_PORT must be a port number (got ${JSON.stringify(raw)})`);
  process.exit(1);
}

const server = await startFakeAnthropic({ port });
console.log(`fake Anthropic Messages API listening on ${server.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
