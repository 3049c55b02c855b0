import "server-only";
import type { AuditContext } from "@/lib/audit/actions";
import type { ChildIdentity } from "@/lib/auth/child-sign-in";
import { GENERIC_FAILURE_MESSAGE, isAppError } from "@/lib/errors";
import { log } from "@/lib/observability/logger";
import type { TutorEvent } from "./events";
import { prepareTutorTurn, runTutorTurn, type TutorDeps } from "./service";

/**
 * The tutor route's work, apart from Next (so the benchmark and tests drive exactly what the
 * route does): bad input and foreign ids get a JSON answer with the right status before anything
 * streams; then the reply streams as NDJSON (events.ts). The turn runs to the end even if the
 * browser goes away, so a finished reply is always saved.
 */

const STREAM_HEADERS = {
  "content-type": "application/x-ndjson; charset=utf-8",
  "cache-control": "no-store, no-transform",
  "x-accel-buffering": "no",
};

function json(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function tutorResponse(
  child: ChildIdentity | null,
  request: Request,
  deps: TutorDeps,
  context: AuditContext = {},
): Promise<Response> {
  if (!child) return json(401, { error: "Please sign in again with your family code." });

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: "That message couldn't be read. Please try again." });
  }

  let prepared: Awaited<ReturnType<typeof prepareTutorTurn>>;
  try {
    prepared = await prepareTutorTurn(deps, child, body, context);
  } catch (error) {
    if (isAppError(error)) {
      return json(error.status, { error: error.message, fieldErrors: error.options.fieldErrors ?? {} });
    }
    log.error("tutor turn could not start", { error, requestId: context.requestId ?? null });
    return json(503, { error: GENERIC_FAILURE_MESSAGE });
  }

  const encoder = new TextEncoder();
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const emit = (event: TutorEvent) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      void runTutorTurn(deps, prepared, emit)
        .catch((error: unknown) => {
          log.error("tutor turn failed unexpectedly", { error, requestId: context.requestId ?? null });
          emit({
            type: "error",
            message: GENERIC_FAILURE_MESSAGE,
            retryable: true,
            childMessageId: prepared.childMessageId,
          });
        })
        .finally(() => {
          if (!open) return;
          open = false;
          try {
            controller.close();
          } catch {
            // already closed by the reader going away
          }
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, { status: 200, headers: STREAM_HEADERS });
}
