import { getDb } from "@/db/client";
import { currentChild } from "@/lib/auth/current";
import { requestContext } from "@/lib/http/request-context";
import { tutorClient, tutorModels } from "@/lib/tutor/client";
import { tutorResponse } from "@/lib/tutor/http";

/**
 * POST /api/tutor: a child's message in, the tutor's reply streamed out as NDJSON
 * (lib/tutor/events.ts). Child session required; proxy.ts applies the AI rate limit (P14) and
 * the body limit (P15) before this runs.
 */
export async function POST(request: Request): Promise<Response> {
  const [child, context, db] = await Promise.all([currentChild(), requestContext(), getDb()]);
  return tutorResponse(
    child,
    request,
    { db, client: tutorClient(), models: tutorModels() },
    { ip: context.ip, requestId: context.requestId },
  );
}
