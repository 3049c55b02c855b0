import "server-only";
import { z } from "zod";
import type { Db } from "@/db/types";
import type { AuditContext } from "@/lib/audit/actions";
import { GENERIC_FAILURE_MESSAGE, isAppError } from "@/lib/errors";
import type { ParentIdentity } from "@/lib/family/parents";
import { log } from "@/lib/observability/logger";
import { hitRateLimit, LIMITS } from "@/lib/ratelimit/limiter";
import { childDataJson, exportChildData } from "./child-data";
import { renderChildDataPdf } from "./child-data-pdf";

const formatSchema = z.enum(["json", "pdf"], { message: "The format must be json or pdf." });

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** `hearth-ada-data-2025-03-01.pdf`, with the exact name (any script) in `filename*`. */
function disposition(firstName: string, generatedAt: string, extension: string): string {
  const date = generatedAt.slice(0, 10);
  const ascii =
    firstName
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9-]/g, "")
      .toLowerCase() || "child";
  const exact = encodeURIComponent(`hearth-${firstName.toLowerCase()}-data-${date}.${extension}`);
  return `attachment; filename="hearth-${ascii}-data-${date}.${extension}"; filename*=UTF-8''${exact}`;
}

/**
 * The export endpoint (P20), with identity and database passed in: a parent session is
 * required (401), the format is validated (400), the parent's general rate limit applies
 * (429), a foreign, unknown or deleted child is not found (404, P17, P19), and a successful
 * export is audited (data.exported) in the transaction that collected it.
 */
export async function childExportResponse(
  db: Db,
  parent: ParentIdentity | null,
  input: { childId: string; format: string | null; context?: AuditContext; now?: Date },
): Promise<Response> {
  if (!parent) return problem(401, "Please sign in again to continue.");
  const format = formatSchema.safeParse(input.format ?? "json");
  if (!format.success) return problem(400, "The format must be json or pdf.");
  try {
    const rate = await hitRateLimit(db, { key: `general:parent:${parent.parentId}`, ...LIMITS.general });
    if (!rate.allowed) {
      return problem(429, "That's a lot of requests in a short time. Please wait a moment and try again.", {
        "retry-after": String(rate.retryAfterSeconds),
      });
    }
    const scope = {
      familyId: parent.familyId,
      actor: { type: "parent" as const, id: parent.parentId },
      context: input.context,
    };
    const { data, body } = await exportChildData(
      db,
      scope,
      { childId: input.childId, format: format.data, now: input.now },
      async (d): Promise<string | Uint8Array> =>
        format.data === "pdf" ? renderChildDataPdf(d) : childDataJson(d),
    );
    const headers = {
      "cache-control": "no-store",
      "content-disposition": disposition(data.child.firstName, data.generatedAt, format.data),
      "content-type": format.data === "pdf" ? "application/pdf" : "application/json; charset=utf-8",
      "x-content-type-options": "nosniff",
    };
    return new Response(body as BodyInit, { status: 200, headers });
  } catch (error) {
    if (isAppError(error)) return problem(error.status, error.message);
    log.error("child data export failed", { childId: input.childId, error });
    return problem(500, GENERIC_FAILURE_MESSAGE);
  }
}
