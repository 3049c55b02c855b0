import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { startAuditCsvExport } from "@/lib/audit/csv";
import { parseAuditSearchParams } from "@/lib/audit/query";
import { currentParent } from "@/lib/auth/current";
import { GENERIC_FAILURE_MESSAGE, isAppError } from "@/lib/errors";
import { requestContext } from "@/lib/http/request-context";
import { log } from "@/lib/observability/logger";
import { hitRateLimit, LIMITS } from "@/lib/ratelimit/limiter";

/**
 * GET /admin/audit/export: the viewer's filters as a CSV download (PRODUCT.md §4.7). Anyone
 * but an admin gets a 404, so the route does not even confirm it exists. The export is
 * recorded (`admin.audit_exported`) before the first row is sent.
 */
function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export async function GET(request: NextRequest): Promise<Response> {
  try {
    const parent = await currentParent();
    if (!parent?.isAdmin) return text(404, "Not found.");
    const db = await getDb();
    const rate = await hitRateLimit(db, { key: `general:parent:${parent.parentId}`, ...LIMITS.general });
    if (!rate.allowed) {
      return text(429, "That's a lot of requests in a short time. Please wait a moment and try again.", {
        "Retry-After": String(rate.retryAfterSeconds),
      });
    }
    const search = parseAuditSearchParams(request.nextUrl.searchParams);
    if (!search.ok) return text(400, search.message);
    const exported = await startAuditCsvExport(db, {
      filters: search.filters,
      actor: { type: "admin", id: parent.parentId },
      context: await requestContext(),
    });
    return new Response(exported.stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exported.filename}"`,
        "Cache-Control": "no-store",
        "X-Audit-Rows": String(exported.rows),
      },
    });
  } catch (error) {
    if (isAppError(error)) return text(error.status, error.message);
    log.error("audit export failed", { error });
    return text(500, GENERIC_FAILURE_MESSAGE);
  }
}
