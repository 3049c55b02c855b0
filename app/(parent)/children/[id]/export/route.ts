import { getDb } from "@/db/client";
import { currentParent } from "@/lib/auth/current";
import { requestContext } from "@/lib/http/request-context";
import { childExportResponse } from "@/lib/privacy/child-export";

/**
 * GET /children/<id>/export?format=json|pdf: everything held about the child, as a download
 * (P20). Linked with a plain <a> (never next/link): a prefetch must not make an export.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const context = await requestContext();
  return childExportResponse(await getDb(), await currentParent(), {
    childId: id,
    format: new URL(request.url).searchParams.get("format"),
    context: { ip: context.ip, requestId: context.requestId },
  });
}
