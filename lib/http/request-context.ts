import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import type { AuditContext } from "@/lib/audit/actions";
import { clientIpFrom } from "./client-ip";

export interface RequestContext extends AuditContext {
  ip: string | null;
  requestId: string | null;
  /** An opaque key for per-client limits: a hash of the address, never the address itself. */
  clientKey: string;
}

export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  const ip = clientIpFrom(h);
  return {
    ip,
    requestId: h.get("x-request-id"),
    clientKey: createHash("sha256")
      .update(`client:${ip ?? "unknown"}`)
      .digest("hex")
      .slice(0, 32),
  };
}
